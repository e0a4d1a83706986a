package types

import (
	"crypto/sha256"
	"encoding/binary"
	"time"
)

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
	// ChainID is the tKMS chain id and ID the ceremony's number on it; the
	// DKG binds both into its 32-byte ceremony id (CeremonyDigest).
	ChainID string
	ID      uint64
	Kind    CeremonyKind
	// N receivers with indices 1..N; F tolerated corruptions of the new set.
	N, F uint32
	// EncryptionKeys[i-1] is receiver i's enclave encryption key.
	EncryptionKeys [][]byte
	// Source is the mpc/keyset encoding of the key set being refreshed or
	// reshared (nil for a DKG); SourceDealers are the dealing indices of a
	// reshare (into Source), empty otherwise (the dealers are 1..N).
	Source        []byte
	SourceDealers []uint32
	// Epoch the ceremony's key set will have.
	Epoch uint64
}

// CeremonyDigest is the 32-byte ceremony id the DKG messages carry:
// SHA-256("TKMS-v1/ceremony" ‖ u32 len(chainID) ‖ chainID ‖ u64 id).
func CeremonyDigest(chainID string, id uint64) [32]byte {
	h := sha256.New()
	h.Write([]byte("TKMS-v1/ceremony"))
	var b [8]byte
	binary.BigEndian.PutUint32(b[:4], uint32(len(chainID)))
	h.Write(b[:4])
	h.Write([]byte(chainID))
	binary.BigEndian.PutUint64(b[:], id)
	h.Write(b[:])
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

// RequestDigest is the 32-byte id of handle position pos of request id, bound
// into every decryption share's proof:
// SHA-256("TKMS-v1/request" ‖ u32 len(chainID) ‖ chainID ‖ u64 id ‖ u32 pos).
func RequestDigest(chainID string, id uint64, pos uint32) [32]byte {
	h := sha256.New()
	h.Write([]byte("TKMS-v1/request"))
	var b [8]byte
	binary.BigEndian.PutUint32(b[:4], uint32(len(chainID)))
	h.Write(b[:4])
	h.Write([]byte(chainID))
	binary.BigEndian.PutUint64(b[:], id)
	h.Write(b[:])
	binary.BigEndian.PutUint32(b[:4], pos)
	h.Write(b[:4])
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

// Transcript is a ceremony's chain log, each slice in key order (dealer,
// then complainer) so the outcome never depends on arrival order.
type Transcript struct {
	Dealings       []Dealing
	Complaints     []Complaint
	Justifications []Justification
}

// DKGOutcome is the DKG's judgment of a transcript. On success it carries
// the new key set; on failure Failure says why and the key set fields are
// empty. Either way Faults names every party the judgment blames and Absent
// every dealer that did not deal.
type DKGOutcome struct {
	// PublicKey h and VerificationKeys h_1..h_N, compressed.
	PublicKey        []byte
	VerificationKeys [][]byte
	// Encoded is the mpc/keyset Public encoding of the new key set.
	Encoded []byte
	// Disqualified dealers (bad dealing, unanswered or wrong justification).
	Disqualified []uint32
	// Absent dealers (no dealing).
	Absent []uint32
	// Faults are the parties to blame, dealers by index, then receivers by
	// index; the chain records each as misbehaviour.
	Faults []CeremonyFault
	// Failure is empty when the ceremony produced a key set; otherwise why
	// it did not (too few qualified dealers, a zero share), and the
	// ceremony restarts without the parties blamed or absent.
	Failure string
}

// CeremonyFault is one party a transcript's judgment blames. Exactly one
// of Dealer (a dealing index: into the source key set for a reshare) and
// Receiver (an index of the ceremony's parties) is non-zero. For a missing
// justification, Complainer is the receiver left unanswered.
type CeremonyFault struct {
	Dealer, Receiver uint32
	Complainer       uint32
	Kind             MisbehaviourKind
	Reason           string
}

// DKG checks ceremonies, verifies their messages and finalises them. The
// sender indices passed in are authenticated by the chain (transaction
// signer); implementations must check the message's own sender field
// against them.
//
// Error contract: CheckCeremony's error means the ceremony cannot run (bad
// parameters or keys) and is reported at start. An error of a Verify method
// that wraps ErrInvalidCeremony means the same and blames nobody; any other
// error means the message is invalid and its sender is at fault. Finalize
// judges the transcript: a failed ceremony is an outcome with Failure set
// (and the parties at fault in Faults), and an error means the transcript
// could not be judged at all (the ceremony's configuration no longer runs).
type DKG interface {
	CheckCeremony(c CeremonyInfo) error
	VerifyDealing(c CeremonyInfo, dealer uint32, dealing []byte) error
	VerifyComplaint(c CeremonyInfo, complainer, dealer uint32, complaint []byte) error
	VerifyJustification(c CeremonyInfo, dealer, complainer uint32, dealing, justification []byte) error
	Finalize(c CeremonyInfo, t Transcript) (*DKGOutcome, error)
}

// RoundContext is what share verification and combination need about a
// share round.
type RoundContext struct {
	ChainID string
	RoundID uint64
	Kind    ShareKind
	// KeySet is the mpc/keyset Public encoding of the round's key set.
	KeySet []byte
	// Requests in batch order (ascending request id).
	Requests []RequestContext
}

// RequestContext is one request of a round.
type RequestContext struct {
	RequestID uint64
	// Ciphertexts in handle order (already validated at request time).
	Ciphertexts [][]byte
	// User decryption: the user's re-encryption key Y.
	ReencryptionKey []byte
}

// Shares is the number of shares a batch for the round carries: one per
// handle of every request.
func (c RoundContext) Shares() int {
	n := 0
	for _, r := range c.Requests {
		n += len(r.Ciphertexts)
	}
	return n
}

// IndexedBatch is a party's share batch.
type IndexedBatch struct {
	Index uint32
	Batch []byte
}

// ShareScheme is the threshold decryption scheme (TDH2 with re-encryption).
// Errors of VerifyShares that wrap ErrInvalidRequest concern the round
// itself and blame no party; any other error makes the batch invalid.
//
// A batch is one party's shares for every handle of every request of a
// round, in request then handle order, in the scheme's canonical encoding;
// the share of handle j of request id is bound to RequestDigest(chain id,
// id, j). A decryption round's batch carries one proof for all its shares.
type ShareScheme interface {
	// VerifyCiphertext checks the ciphertext's encoding and validity proof
	// under the key set.
	VerifyCiphertext(keySet, ciphertext []byte) error
	// CiphertextLabel returns the label the ciphertext's encoding carries,
	// the one its validity proof binds (package label reads it). It checks
	// the encoding only, so it is cheap; VerifyCiphertext still decides
	// whether the ciphertext is valid.
	CiphertextLabel(ciphertext []byte) ([]byte, error)
	// VerifyUserKey checks a user's re-encryption public key Y.
	VerifyUserKey(key []byte) error
	// VerifyShares checks party index's batch for the round.
	VerifyShares(c RoundContext, index uint32, batch []byte) error
	// Combine turns f+1 batches that VerifyShares accepted into outputs[i][j]
	// for handle j of request i: the cleartext for decryption rounds, the
	// aggregated re-encryption for re-encryption rounds.
	Combine(c RoundContext, batches []IndexedBatch) ([][][]byte, error)
}

// Prefetcher is implemented by share schemes that can do a block's
// verification work ahead of its execution, in parallel, and remember the
// results. It must be a pure cache: the outcome of every ShareScheme
// method is the same with or without it; only its cost changes. Gas is
// charged as if nothing were cached.
type Prefetcher interface {
	Prefetch(ciphertexts []CiphertextWork, batches []BatchWork)
}

// CiphertextWork is a ciphertext to validate under a key set.
type CiphertextWork struct {
	KeySet     []byte
	Ciphertext []byte
}

// BatchWork is party Index's batch for a round.
type BatchWork struct {
	Round RoundContext
	Index uint32
	Batch []byte
}

// EIP-712 result digests and signer recovery live in keeper code (go-ethereum).
