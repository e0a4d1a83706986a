package tdh2

import (
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"io"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/internal/wire"
	"github.com/tkms/tkms/mpc/keyset"
)

var (
	errNoKeySet = fmt.Errorf("%w: no key set", ErrBatchMismatch)
	errNoShare  = fmt.Errorf("%w: no key share", ErrBatchMismatch)
)

// RequestID identifies a decryption request (the tKMS chain's id); it is
// bound into every share's proof.
type RequestID [32]byte

// ValidCiphertext is a ciphertext whose validity proof verified against a
// key set's public key. Only Validate makes one, so a party cannot make a
// share for a ciphertext it has not checked.
type ValidCiphertext struct {
	ct     Ciphertext
	key    group.Point
	digest [32]byte // SHA-256 of the ciphertext's encoding
}

// Validate parses and verifies a ciphertext for public key h.
func Validate(h *group.Point, ciphertext []byte) (*ValidCiphertext, error) {
	ct, err := ParseCiphertext(ciphertext)
	if err != nil {
		return nil, err
	}
	return ValidateParsed(h, ct)
}

// ValidateParsed verifies an already parsed (or hand-built) ciphertext for
// public key h with the same rules as Validate: Verify, which also refuses
// what the parser refuses (u or ū the identity, an overlong label).
func ValidateParsed(h *group.Point, ct *Ciphertext) (*ValidCiphertext, error) {
	if ct == nil {
		return nil, fmt.Errorf("%w: nil ciphertext", ErrMalformed)
	}
	if err := ct.Verify(h); err != nil {
		return nil, err
	}
	enc, err := ct.MarshalBinary()
	if err != nil {
		return nil, err
	}
	v := &ValidCiphertext{ct: *ct, key: *h, digest: sha256.Sum256(enc)}
	v.ct.Label = append([]byte(nil), ct.Label...)
	return v, nil
}

// Ciphertext returns a copy of the validated ciphertext.
func (v *ValidCiphertext) Ciphertext() *Ciphertext {
	c := v.ct
	c.Label = append([]byte(nil), v.ct.Label...)
	return &c
}

// Request pairs a request id with its validated ciphertext.
type Request struct {
	ID         RequestID
	Ciphertext *ValidCiphertext
}

// ShareBatch is party Index's decryption shares u_ij = x_i·u_j for a batch
// of requests at key epoch Epoch, with one Chaum–Pedersen proof (E, Z) that
// every share uses the same x_i as the verification key h_i (docs/CRYPTO.md,
// "Decryption shares"). A batch of one is a single share with its proof.
type ShareBatch struct {
	Epoch  uint64
	Index  uint32
	IDs    []RequestID
	Shares []group.Point
	E, Z   group.Scalar
}

// NewShareBatch computes party share.Index's shares for reqs and proves
// them. The share's secret is used with constant-time arithmetic only; the
// proof nonce is hedged (derived from the secret, the transcript and fresh
// randomness from rand).
func NewShareBatch(rand io.Reader, share *keyset.Share, reqs []Request) (*ShareBatch, error) {
	if len(reqs) == 0 {
		return nil, ErrEmptyBatch
	}
	if share == nil || share.Public == nil {
		return nil, errNoShare
	}
	if rand == nil {
		return nil, fmt.Errorf("%w: no randomness source", group.ErrRandomness)
	}
	pub := share.Public
	h := pub.PublicKey()
	hi, err := pub.VerificationKey(share.Index)
	if err != nil {
		return nil, err
	}
	x := share.Secret()
	b := &ShareBatch{Epoch: pub.Epoch(), Index: share.Index,
		IDs: make([]RequestID, len(reqs)), Shares: make([]group.Point, len(reqs))}
	us := make([]*group.Point, len(reqs))
	var nonceSeed [32]byte
	if _, err := io.ReadFull(rand, nonceSeed[:]); err != nil {
		return nil, fmt.Errorf("%w: %v", group.ErrRandomness, err)
	}
	for j, r := range reqs {
		if r.Ciphertext == nil || !r.Ciphertext.key.Equal(h) {
			return nil, fmt.Errorf("%w: request %d was not validated for this key set", ErrBatchMismatch, j)
		}
		b.IDs[j] = r.ID
		us[j] = &r.Ciphertext.ct.U
	}
	// With one request U = u_1, so the share and the nonce commitment
	// multiply the same base and share its table.
	var single *group.MultTable
	if len(reqs) == 1 {
		single = group.NewMultTable(us[0])
		b.Shares[0].Set(single.ScalarMult(x))
	} else {
		for j := range reqs {
			b.Shares[j].ScalarMult(x, us[j])
		}
	}
	seed := batchSeed(h, hi, b, us)
	rho := coefficients(seed, len(us))
	omega := group.HashToScalar(group.TagNonce, x.Bytes(), seed, nonceSeed[:])
	var A1, A2 group.Point
	A1.ScalarBaseMult(omega)
	if single != nil {
		A2.Set(single.ScalarMult(omega))
	} else {
		U, err := group.MultiScalarMultVarTime(rho, us)
		if err != nil {
			return nil, err
		}
		A2.ScalarMult(omega, U)
	}
	b.E.Set(group.HashToScalar(group.TagDLEQ, seed, A1.Bytes(), A2.Bytes()))
	b.Z.MultiplyAdd(&b.E, x, omega)
	return b, nil
}

// batchSeed = Expand("TKMS-v1/DLEQ/batch", 32, h, h_i, ε, i, k, (q_j, u_j, u_ij)_j).
func batchSeed(h, hi *group.Point, b *ShareBatch, us []*group.Point) []byte {
	parts := make([][]byte, 0, 5+3*len(us))
	parts = append(parts, h.Bytes(), hi.Bytes(), group.Uint64Bytes(b.Epoch),
		group.Uint32Bytes(b.Index), group.Uint32Bytes(uint32(len(us))))
	for j := range us {
		parts = append(parts, b.IDs[j][:], us[j].Bytes(), b.Shares[j].Bytes())
	}
	seed, err := group.ExpandMessage(group.TagDLEQBatch, 32, parts...)
	if err != nil {
		panic("tdh2: " + err.Error()) // fixed, valid parameters
	}
	return seed
}

// coefficients returns ρ_1 = 1 and ρ_j = Hs("TKMS-v1/DLEQ/batch", seed, j)
// for j = 2..k.
func coefficients(seed []byte, k int) []*group.Scalar {
	rho := make([]*group.Scalar, k)
	rho[0] = group.ScalarFromUint64(1)
	for j := 1; j < k; j++ {
		rho[j] = group.HashToScalar(group.TagDLEQBatch, seed, group.Uint32Bytes(uint32(j+1)))
	}
	return rho
}

// VerifiedShare is one decryption share from a batch that verified. Only
// VerifyShareBatch makes them, so Combine never sees an unchecked share.
type VerifiedShare struct {
	shareMeta
	share group.Point
}

// shareMeta is what every verified share carries besides its points: the
// context it was verified in. Combination refuses shares whose context is
// not the one it is asked to decrypt in, so shares verified for one
// ciphertext never decrypt another sent under the same request id.
type shareMeta struct {
	epoch  uint64
	index  uint32
	id     RequestID
	ct     [32]byte // ValidCiphertext digest
	keySet [32]byte // keyset.Public digest
}

func newShareMeta(pub *keyset.Public, epoch uint64, index uint32, req Request) shareMeta {
	return shareMeta{epoch: epoch, index: index, id: req.ID, ct: req.Ciphertext.digest, keySet: pub.Digest()}
}

// Index returns the party index of the share.
func (v VerifiedShare) Index() uint32 { return v.index }

// ID returns the request id of the share.
func (v VerifiedShare) ID() RequestID { return v.id }

// VerifyShareBatch checks a share batch against the key set and the
// requests it answers (same ids in the same order). It uses only public
// data: A1 = z·G − e·h_i, A2 = z·U − e·U_i, e = Hs(seed, A1, A2). On success
// it returns one VerifiedShare per request; on failure an error wrapping
// ErrInvalidShare, ErrEpochMismatch, ErrUnknownParty or ErrBatchMismatch.
func VerifyShareBatch(pub *keyset.Public, b *ShareBatch, reqs []Request) ([]VerifiedShare, error) {
	if pub == nil {
		return nil, errNoKeySet
	}
	if b == nil {
		return nil, fmt.Errorf("%w: nil batch", ErrBatchMismatch)
	}
	if b.Epoch != pub.Epoch() {
		return nil, fmt.Errorf("%w: share epoch %d, key set epoch %d", ErrEpochMismatch, b.Epoch, pub.Epoch())
	}
	if len(b.IDs) == 0 || len(b.IDs) != len(b.Shares) || len(b.IDs) != len(reqs) {
		return nil, fmt.Errorf("%w: %d ids, %d shares, %d requests", ErrBatchMismatch, len(b.IDs), len(b.Shares), len(reqs))
	}
	hiPre, err := pub.PrecomputedVerificationKey(b.Index)
	if err != nil {
		return nil, fmt.Errorf("%w: %d", ErrUnknownParty, b.Index)
	}
	h := pub.PublicKey()
	us := make([]*group.Point, len(reqs))
	for j, r := range reqs {
		if subtle.ConstantTimeCompare(r.ID[:], b.IDs[j][:]) != 1 {
			return nil, fmt.Errorf("%w: request %d has another id", ErrBatchMismatch, j)
		}
		if r.Ciphertext == nil || !r.Ciphertext.key.Equal(h) {
			return nil, fmt.Errorf("%w: request %d was not validated for this key set", ErrBatchMismatch, j)
		}
		if b.Shares[j].IsIdentity() {
			return nil, fmt.Errorf("%w: share %d is the identity", ErrInvalidShare, j)
		}
		us[j] = &r.Ciphertext.ct.U
	}
	seed := batchSeed(h, hiPre.Point(), b, us)
	rho := coefficients(seed, len(us))
	shares := make([]*group.Point, len(us))
	for j := range b.Shares {
		shares[j] = &b.Shares[j]
	}
	U, err := group.MultiScalarMultVarTime(rho, us)
	if err != nil {
		return nil, err
	}
	Ui, err := group.MultiScalarMultVarTime(rho, shares)
	if err != nil {
		return nil, err
	}
	var negE group.Scalar
	negE.Negate(&b.E)
	var A1, A2 group.Point
	A1.DoubleScalarMultPrecomputedVarTime(&b.Z, group.PrecomputedGenerator(), &negE, hiPre)
	A2.DoubleScalarMultVarTime(&b.Z, U, &negE, Ui)
	if !group.HashToScalar(group.TagDLEQ, seed, A1.Bytes(), A2.Bytes()).Equal(&b.E) {
		return nil, fmt.Errorf("%w: proof of party %d does not verify", ErrInvalidShare, b.Index)
	}
	out := make([]VerifiedShare, len(reqs))
	for j := range reqs {
		out[j] = VerifiedShare{newShareMeta(pub, b.Epoch, b.Index, reqs[j]), b.Shares[j]}
	}
	return out, nil
}

// Combine decrypts ct from f+1 verified shares of distinct parties for the
// same request, all of the key set's epoch: r·h = Σ λ_i u_i, m = c ⊕ H1(r·h).
// Extra shares beyond f+1 are ignored (the first f+1 are used). Every share
// used must have been verified for request id and ciphertext ct (else
// ErrCiphertextMismatch) against this key set (else ErrKeySetMismatch).
func Combine(pub *keyset.Public, id RequestID, ct *ValidCiphertext, shares []VerifiedShare) ([]byte, error) {
	metas := make([]shareMeta, len(shares))
	pts := make([]*group.Point, len(shares))
	for k := range shares {
		metas[k], pts[k] = shares[k].shareMeta, &shares[k].share
	}
	hr, err := interpolate(pub, id, ct, metas, pts)
	if err != nil {
		return nil, err
	}
	m := make([]byte, MessageSize)
	subtle.XORBytes(m, ct.ct.C[:], maskFor(hr[0]))
	return m, nil
}

// interpolate checks that the first f+1 shares can be combined for request
// id and ciphertext ct (enough of them, distinct parties of the key set,
// its epoch, this request, verified for ct against pub) and returns Σ λ_i P_i over those shares for
// every list of points given (one point per share in each list).
func interpolate(pub *keyset.Public, id RequestID, ct *ValidCiphertext, metas []shareMeta, lists ...[]*group.Point) ([]*group.Point, error) {
	if pub == nil {
		return nil, errNoKeySet
	}
	if ct == nil {
		return nil, fmt.Errorf("%w: no ciphertext", ErrBatchMismatch)
	}
	need := int(pub.Threshold()) + 1
	if len(metas) < need {
		return nil, fmt.Errorf("%w: have %d, need %d", ErrNotEnough, len(metas), need)
	}
	if !ct.key.Equal(pub.PublicKey()) {
		return nil, fmt.Errorf("%w: ciphertext validated for another key", ErrBatchMismatch)
	}
	keySet := pub.Digest()
	idx := make([]uint32, need)
	seen := make(map[uint32]bool, need)
	for k, m := range metas[:need] {
		switch {
		case m.epoch != pub.Epoch():
			return nil, fmt.Errorf("%w: share of party %d is from epoch %d", ErrEpochMismatch, m.index, m.epoch)
		case m.id != id:
			return nil, fmt.Errorf("%w: share of party %d answers another request", ErrBatchMismatch, m.index)
		case m.keySet != keySet:
			return nil, fmt.Errorf("%w: share of party %d", ErrKeySetMismatch, m.index)
		case m.ct != ct.digest:
			return nil, fmt.Errorf("%w: share of party %d", ErrCiphertextMismatch, m.index)
		case seen[m.index]:
			return nil, fmt.Errorf("%w: %d", ErrDuplicateParty, m.index)
		}
		if _, err := pub.VerificationKey(m.index); err != nil {
			return nil, fmt.Errorf("%w: %d", ErrUnknownParty, m.index)
		}
		seen[m.index] = true
		idx[k] = m.index
	}
	lambdas, err := group.LagrangeCoefficients(idx)
	if err != nil {
		return nil, err
	}
	out := make([]*group.Point, len(lists))
	for l, pts := range lists {
		if out[l], err = group.MultiScalarMultVarTime(lambdas, pts[:need]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Fault attributes an invalid share batch to the party that sent it.
type Fault struct {
	Index uint32
	Err   error
}

func (f Fault) Error() string { return fmt.Sprintf("party %d: %v", f.Index, f.Err) }

// Result is the outcome of combining shares for one request.
type Result struct {
	ID        RequestID
	Plaintext []byte   // nil when fewer than f+1 valid shares arrived
	Used      []uint32 // parties whose shares were combined, in order
}

// CombineBatches verifies every batch against reqs, attributes the invalid
// ones, and decrypts every request for which f+1 parties sent valid shares,
// using the first f+1 valid batches in the order given (the chain's order).
// Batches must answer exactly reqs (same ids, same order).
func CombineBatches(pub *keyset.Public, reqs []Request, batches []*ShareBatch) ([]Result, []Fault) {
	var faults []Fault
	perReq := make([][]VerifiedShare, len(reqs))
	seen := make(map[uint32]bool)
	for _, b := range batches {
		if b == nil {
			faults = append(faults, Fault{0, fmt.Errorf("%w: nil batch", ErrBatchMismatch)})
			continue
		}
		if seen[b.Index] {
			faults = append(faults, Fault{b.Index, ErrDuplicateParty})
			continue
		}
		vs, err := VerifyShareBatch(pub, b, reqs)
		if err != nil {
			faults = append(faults, Fault{b.Index, err})
			continue
		}
		seen[b.Index] = true
		for j := range vs {
			perReq[j] = append(perReq[j], vs[j])
		}
	}
	results := make([]Result, len(reqs))
	for j, r := range reqs {
		results[j].ID = r.ID
		m, err := Combine(pub, r.ID, r.Ciphertext, perReq[j])
		if err != nil {
			continue
		}
		results[j].Plaintext = m
		for _, s := range perReq[j][:pub.Threshold()+1] { // Combine checked pub and the count
			results[j].Used = append(results[j].Used, s.index)
		}
	}
	return results, faults
}

// MarshalBinary encodes the batch: uint64 ε ‖ uint32 i ‖ uint32 k ‖
// (q_j ‖ u_ij)_j ‖ e ‖ z.
func (b *ShareBatch) MarshalBinary() ([]byte, error) {
	if len(b.IDs) != len(b.Shares) {
		return nil, ErrBatchMismatch
	}
	var w wire.Writer
	w.Uint64(b.Epoch)
	w.Uint32(b.Index)
	w.Uint32(uint32(len(b.IDs)))
	for j := range b.IDs {
		w.Raw(b.IDs[j][:])
		w.Point(&b.Shares[j])
	}
	w.Scalar(&b.E)
	w.Scalar(&b.Z)
	return w.Bytes(), nil
}

// UnmarshalShareBatch decodes a batch strictly (every share on the curve, in
// G1, not the identity; no trailing bytes; counts bounded by the input).
func UnmarshalShareBatch(data []byte) (*ShareBatch, error) {
	r := wire.NewReader(data)
	b := &ShareBatch{Epoch: r.Uint64(), Index: r.Uint32()}
	k := r.Count(32 + group.PointSize)
	if r.Err() == nil && k == 0 {
		return nil, ErrEmptyBatch
	}
	b.IDs = make([]RequestID, k)
	b.Shares = make([]group.Point, k)
	for j := 0; j < k; j++ {
		b.IDs[j] = r.Fixed32()
		b.Shares[j].Set(r.Point())
	}
	b.E.Set(r.Scalar())
	b.Z.Set(r.Scalar())
	if err := r.Finish(); err != nil {
		return nil, fmt.Errorf("tdh2: decoding share batch: %w", err)
	}
	return b, nil
}
