package attest

import "errors"

// Errors returned by Verify, VerifyParty, ParseUnverified and the party
// binding. Every failure wraps exactly one of them with %w, so callers (and
// the chain, which maps them to result codes) test with errors.Is. The text
// after the sentinel gives detail for logs; it is deterministic too, but only
// the sentinel is part of the contract.
var (
	// ErrOptions: the verification options are incomplete or unsafe (no
	// roots, zero Now, non-positive MaxAge, empty or insecure PCR allowlist).
	ErrOptions = errors.New("attest: invalid verification options")
	// ErrMalformed: the input is not a well-formed AWS Nitro attestation
	// document (empty, too large, truncated, not the expected CBOR shape,
	// a field missing, duplicated, unknown or out of range).
	ErrMalformed = errors.New("attest: malformed attestation document")
	// ErrUnsupportedAlgorithm: the document is well formed but uses an
	// algorithm or key type other than ES384 / ECDSA P-384 with SHA-384
	// (for example a P-521 or RSA certificate).
	ErrUnsupportedAlgorithm = errors.New("attest: unsupported algorithm or key type")
	// ErrUntrustedRoot: the certificate chain does not lead to any of the
	// configured roots.
	ErrUntrustedRoot = errors.New("attest: certificate chain does not lead to a trusted root")
	// ErrCertificateValidity: a certificate in the chain is expired or not
	// yet valid at Options.Now.
	ErrCertificateValidity = errors.New("attest: certificate not valid at the verification time")
	// ErrCertificate: the certificate chain is rejected for another reason
	// (bad CA constraints, bad certificate signature, …).
	ErrCertificate = errors.New("attest: certificate chain rejected")
	// ErrSignature: the COSE_Sign1 signature does not verify under the
	// document's certificate.
	ErrSignature = errors.New("attest: signature does not verify")
	// ErrStale: the document timestamp is more than MaxAge before Now.
	ErrStale = errors.New("attest: document is older than the maximum age")
	// ErrFromFuture: the document timestamp is more than MaxFutureSkew
	// after Now.
	ErrFromFuture = errors.New("attest: document timestamp is in the future")
	// ErrPCRNotAllowed: the document's PCRs match none of the allowed
	// measurements.
	ErrPCRNotAllowed = errors.New("attest: measurements are not in the allowlist")
	// ErrUserDataMismatch: user_data differs from the expected value.
	ErrUserDataMismatch = errors.New("attest: user data does not match")
	// ErrNonceMismatch: nonce differs from the expected value.
	ErrNonceMismatch = errors.New("attest: nonce does not match")
	// ErrBinding: a PartyBinding is invalid or its encoding is not canonical.
	ErrBinding = errors.New("attest: invalid party binding")
	// ErrInternal: the underlying verifier failed in an unexpected way (it
	// panicked, or it disagreed with this package's decoding). The input is
	// rejected; the condition is deterministic for a given input.
	ErrInternal = errors.New("attest: internal verifier failure")
)
