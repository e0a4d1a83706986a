package types

import "time"

// The interfaces below are what x/kms needs from the cryptography and the
// attestation code. The keeper holds nothing else of them, so the real
// implementations (enclave/attest, mpc/dkg, mpc/tdh2) plug in through small
// adapters in tkmschain/crypto, and tests use fakes. Every method must be a
// pure function of its arguments: it runs in consensus.

// AttestationVerifier checks a party's enclave attestation document against
// everything in req: the signature, the certificate chain to one of
// req.Roots with every certificate valid at req.Now, freshness (produced no
// earlier than req.Now − req.MaxAge), a PCR match against req.PCRAllowlist,
// and user data binding the party's keys, the chain id and the nonce. It is
// implemented over enclave/attest.VerifyParty.
type AttestationVerifier interface {
	VerifyParty(doc []byte, req AttestationRequest) (*AttestedEnclave, error)
}

// AttestationRequest is everything an attestation verification depends on.
type AttestationRequest struct {
	// Roots are PEM certificates (params.attestation_roots).
	Roots        [][]byte
	Now          time.Time
	MaxAge       time.Duration
	PCRAllowlist []PcrSet
	// The binding the document's user data must attest.
	SigningAddress [20]byte
	EncryptionKey  []byte
	ChainID        string
	// Nonce is the operator's bech32 address, so a document cannot be
	// replayed by another operator.
	Nonce []byte
}

// AttestedEnclave is what a verified attestation document established.
type AttestedEnclave struct {
	// Measurement is the name of the allowlist entry the PCRs matched.
	Measurement string
}

// CeremonyInfo is the public context of a ceremony, as the DKG code needs it.
type CeremonyInfo struct {
	ID   uint64
	Kind CeremonyKind
	// N parties with indices 1..N; F tolerated corruptions.
	N, F uint32
	// EncryptionKeys[i-1] is party i's enclave encryption key.
	EncryptionKeys [][]byte
	// Source is the mpc/keyset encoding of the key set being refreshed or
	// reshared (nil for a DKG); SourceDealers are its dealing indices.
	Source        []byte
	SourceDealers []uint32
	// Epoch the ceremony's key set will have.
	Epoch uint64
}

// Transcript is a ceremony's chain log, each slice ordered by (dealer,
// complainer) so the outcome never depends on arrival order.
type Transcript struct {
	Dealings       []Dealing
	Complaints     []Complaint
	Justifications []Justification
}

// DKGOutcome is what a successful Finalize computes from the transcript.
type DKGOutcome struct {
	// PublicKey h and VerificationKeys h_1..h_N, compressed.
	PublicKey        []byte
	VerificationKeys [][]byte
	// Encoded is the mpc/keyset Public encoding of the new key set.
	Encoded []byte
	// Disqualified dealers (bad proof, unanswered or wrong justification).
	Disqualified []uint32
}

// DKG verifies ceremony messages and finalises ceremonies. A returned error
// from a Verify method means the message is invalid (the sender is at fault);
// Finalize's error means the ceremony failed (too few qualified dealers).
type DKG interface {
	VerifyDealing(c CeremonyInfo, dealer uint32, dealing []byte) error
	VerifyComplaint(c CeremonyInfo, complainer, dealer uint32, complaint []byte) error
	VerifyJustification(c CeremonyInfo, dealer, complainer uint32, dealing, justification []byte) error
	Finalize(c CeremonyInfo, t Transcript) (*DKGOutcome, error)
}

// ShareContext is what share verification and combination need about one
// handle of a request.
type ShareContext struct {
	// KeySet is the mpc/keyset Public encoding of the request's key set.
	KeySet    []byte
	RequestID uint64
	Kind      RequestKind
	// Handle position within the request.
	Position   uint32
	Ciphertext []byte
	// User decryption: the user's re-encryption key Y.
	ReencryptionKey []byte
}

// IndexedShare is a party's share for one handle.
type IndexedShare struct {
	Index uint32
	Share []byte
}

// ShareScheme is the threshold decryption scheme (TDH2 with re-encryption).
type ShareScheme interface {
	// VerifyCiphertext checks the ciphertext's encoding and validity proof
	// under the key set.
	VerifyCiphertext(keySet, ciphertext []byte) error
	// VerifyShare checks party index's share (decryption share with its
	// DLEQ proof, or re-encryption share with its proof for user requests).
	VerifyShare(c ShareContext, index uint32, share []byte) error
	// Combine turns f+1 verified shares into the output: the cleartext for
	// public and app requests, the aggregated re-encryption for user ones.
	Combine(c ShareContext, shares []IndexedShare) ([]byte, error)
}

// EIP-712 result digests and signer recovery live in keeper code (go-ethereum).
