// Package attest verifies AWS Nitro Enclaves attestation documents, the
// evidence a tKMS party's enclave gives when it registers (ARCHITECTURE.md,
// flow 1). The tKMS chain runs Verify in consensus, so it is deterministic,
// reads no clock (the caller passes block time), and never panics.
//
// # Document format
//
// A document is an untagged COSE_Sign1 (RFC 9052) array
//
//	[ protected: bstr .cbor {1: -35}, unprotected: {}, payload: bstr, signature: bstr(96) ]
//
// signed with ES384 (ECDSA P-384, SHA-384 over the COSE Sig_structure,
// signature r ‖ s), whose payload is a CBOR map with the fields
//
//	module_id    text (1..255)
//	digest       "SHA384"
//	timestamp    uint, milliseconds since the Unix epoch
//	pcrs         {index 0..31 => bstr(48)}, 1 to 32 entries
//	certificate  bstr (DER, 1..1024): the leaf whose key signed the document
//	cabundle     [+ bstr (DER, 1..1024)]: root first, then intermediates
//	public_key   bstr (1..1024) or null, optional
//	user_data    bstr (0..1024) or null, optional
//	nonce        bstr (0..1024) or null, optional
//
// The unsigned envelope is decoded strictly (shortest-form heads, definite
// lengths, empty unprotected header). The signed payload may use
// indefinite-length containers — NSMs in the field emit the payload map
// both definite (2024) and indefinite (2026); both are in testdata — but
// unknown or repeated fields are rejected.
//
// # Trust
//
// AWSRoots is the production anchor (AWS_NitroEnclaves_Root-G1, fingerprint
// AWSRootFingerprint). A devnet instead configures the root of its dev CA
// (package enclave/nsm/devnsm), whose documents have the same format and go
// through the same Verify; they fail against AWSRoots with ErrUntrustedRoot.
//
// # Party binding
//
// PartyBinding ties a document to a tKMS registration: user_data is
// SHA-256 over the tag "TKMS-v1/attest/party" and the length-prefixed
// signing address, encryption key, chain id and registration nonce.
// VerifyParty checks that on top of Verify.
package attest
