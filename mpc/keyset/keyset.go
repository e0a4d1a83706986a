// Package keyset holds the public description of a threshold key set at an
// epoch (public key, threshold, every party's verification key) and one
// party's secret share of it. Every protocol in mpc/ takes these types; the
// DKG, refresh and resharing produce them.
package keyset

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/internal/wire"
)

// Errors.
var (
	ErrUnknownParty   = errors.New("keyset: unknown party index")
	ErrInvalid        = errors.New("keyset: invalid key set")
	ErrEpochMismatch  = errors.New("keyset: epoch mismatch")
	ErrShareMismatch  = errors.New("keyset: secret share does not match its verification key")
	ErrTooFewParties  = errors.New("keyset: fewer parties than threshold + 1")
	ErrPartyNotSorted = errors.New("keyset: party indices must be strictly increasing")
	// ErrInconsistent reports verification keys that do not lie, with the
	// public key at 0, on one polynomial of degree f in the exponent.
	ErrInconsistent = errors.New("keyset: verification keys are not a degree-f sharing of the public key")
)

// Public is the public part of a key set at one epoch: h = x·G, the number
// of tolerated corruptions f (any f+1 shares decrypt), and h_i = x_i·G for
// every party i. It is immutable after NewPublic.
type Public struct {
	epoch     uint64
	threshold uint32
	publicKey group.Point
	indices   []uint32 // strictly increasing
	vks       []group.Point
	digest    [32]byte // SHA-256 of the encoding

	tablesMu sync.Mutex
	tables   []*group.PrecomputedPoint // built per party on first use
}

// NewPublic checks and builds a key set: indices strictly increasing and
// non-zero, at least f+1 parties, no identity (or nil) keys, and the
// verification keys consistent with the public key: (0, h), (i_1, h_1), …,
// (i_n, h_n) lie on one polynomial of degree at most f in the exponent, so
// that every f+1 of the h_i interpolate to h (ErrInconsistent otherwise).
// A key set NewPublic accepts therefore decrypts with any f+1 valid shares.
func NewPublic(epoch uint64, threshold uint32, publicKey *group.Point, indices []uint32, vks []*group.Point) (*Public, error) {
	if len(indices) != len(vks) {
		return nil, fmt.Errorf("%w: %d indices, %d keys", ErrInvalid, len(indices), len(vks))
	}
	if uint64(len(indices)) < uint64(threshold)+1 {
		return nil, fmt.Errorf("%w: %d parties, f = %d", ErrTooFewParties, len(indices), threshold)
	}
	if publicKey == nil || publicKey.IsIdentity() {
		return nil, fmt.Errorf("%w: public key is missing or the identity", ErrInvalid)
	}
	p := &Public{epoch: epoch, threshold: threshold, publicKey: *publicKey}
	for k, i := range indices {
		if i == 0 || (k > 0 && indices[k-1] >= i) {
			return nil, ErrPartyNotSorted
		}
		if vks[k] == nil || vks[k].IsIdentity() {
			return nil, fmt.Errorf("%w: verification key of party %d is missing or the identity", ErrInvalid, i)
		}
		p.indices = append(p.indices, i)
		p.vks = append(p.vks, *vks[k])
	}
	enc, err := p.MarshalBinary()
	if err != nil {
		return nil, err
	}
	if err := p.checkConsistent(enc); err != nil {
		return nil, err
	}
	p.digest = sha256.Sum256(enc)
	return p, nil
}

// checkConsistent checks that the n+1 points P_0 = h at α_0 = 0 and
// P_j = h_j at α_j = i_j lie on one polynomial of degree ≤ f in the
// exponent, with one multi-scalar multiplication. Such vectors form a
// Reed–Solomon code whose dual is {(v_j·g(α_j))_j : deg g ≤ n−f−1} with
// v_j = 1/Π_{k≠j}(α_j − α_k), so the check is Σ_j v_j·g(α_j)·P_j = identity
// for g(X) = Σ_{k=0}^{n−f−1} ρ^k X^k, ρ = Hs("TKMS-v1/batch-verify",
// "keyset", encoding). For a consistent key set the sum is the identity for
// every g; otherwise it is a non-zero polynomial of degree ≤ n−f−1 in ρ
// (in the exponent), so a key set that passes without being consistent
// needs a hash output among at most n−f−1 roots: probability ≤ n/r per
// hash evaluation (ρ comes from a hash of the whole key set, the
// Fiat–Shamir form of a random linear combination, so the check is
// deterministic). With n = f+1, g = 1 and the check is exact
// interpolation. Public data only (variable time). Cost: one MSM of n+1
// points and O(n²) scalar multiplications.
func (p *Public) checkConsistent(enc []byte) error {
	n := len(p.indices)
	alphas := make([]group.Scalar, n+1) // alphas[0] = 0
	for k, i := range p.indices {
		alphas[k+1].SetUint64(uint64(i))
	}
	rho := group.HashToScalar(group.TagBatchVerify, []byte("keyset"), enc)
	deg := n - int(p.threshold) - 1
	weights := make([]*group.Scalar, n+1)
	points := make([]*group.Point, n+1)
	var diff group.Scalar
	for j := range alphas {
		den := group.ScalarFromUint64(1)
		for k := range alphas {
			if k != j {
				den.Multiply(den, diff.Subtract(&alphas[j], &alphas[k]))
			}
		}
		// g(α_j) by Horner: Σ_k ρ^k α_j^k = 1 + ρα_j(1 + ρα_j(…)).
		var t, g group.Scalar
		t.Multiply(rho, &alphas[j])
		g.SetUint64(1)
		for range deg {
			g.Multiply(&g, &t)
			g.Add(&g, group.ScalarFromUint64(1))
		}
		weights[j] = den.Multiply(&g, den.InvertVarTime(den))
		if j == 0 {
			points[j] = &p.publicKey
		} else {
			points[j] = &p.vks[j-1]
		}
	}
	sum, err := group.MultiScalarMultVarTime(weights, points)
	if err != nil {
		return err
	}
	if !sum.IsIdentity() {
		return ErrInconsistent
	}
	return nil
}

// Digest returns SHA-256 of the key set's encoding (MarshalBinary). Two key
// sets have the same digest exactly when they are Equal; tdh2 binds every
// verified share to it so that shares are combined only under the key set
// they were verified against. It is a local identifier, not part of any
// protocol message.
func (p *Public) Digest() [32]byte { return p.digest }

// Epoch returns the key epoch.
func (p *Public) Epoch() uint64 { return p.epoch }

// Threshold returns f: f+1 shares are needed, f reveal nothing.
func (p *Public) Threshold() uint32 { return p.threshold }

// PublicKey returns a copy of h.
func (p *Public) PublicKey() *group.Point { return new(group.Point).Set(&p.publicKey) }

// Indices returns a copy of the party indices, increasing.
func (p *Public) Indices() []uint32 { return slices.Clone(p.indices) }

// N returns the number of parties.
func (p *Public) N() int { return len(p.indices) }

// VerificationKey returns a copy of h_i.
func (p *Public) VerificationKey(i uint32) (*group.Point, error) {
	k, ok := slices.BinarySearch(p.indices, i)
	if !ok {
		return nil, fmt.Errorf("%w: %d", ErrUnknownParty, i)
	}
	return new(group.Point).Set(&p.vks[k]), nil
}

// PrecomputedVerificationKey returns h_i with its multiplication table,
// taken from group's process-wide cache the first time it is asked for, so
// that key sets decoded afresh (from chain state, say) reuse tables.
func (p *Public) PrecomputedVerificationKey(i uint32) (*group.PrecomputedPoint, error) {
	k, ok := slices.BinarySearch(p.indices, i)
	if !ok {
		return nil, fmt.Errorf("%w: %d", ErrUnknownParty, i)
	}
	p.tablesMu.Lock()
	defer p.tablesMu.Unlock()
	if p.tables == nil {
		p.tables = make([]*group.PrecomputedPoint, len(p.vks))
	}
	if p.tables[k] == nil {
		p.tables[k] = group.CachedPrecomputedPoint(&p.vks[k])
	}
	return p.tables[k], nil
}

// Equal reports whether p and q describe the same key set.
func (p *Public) Equal(q *Public) bool {
	if q == nil {
		return false
	}
	if p.epoch != q.epoch || p.threshold != q.threshold || !p.publicKey.Equal(&q.publicKey) ||
		!slices.Equal(p.indices, q.indices) {
		return false
	}
	for k := range p.vks {
		if !p.vks[k].Equal(&q.vks[k]) {
			return false
		}
	}
	return true
}

// MarshalBinary encodes p: uint64 epoch ‖ uint32 f ‖ h ‖ uint32 n ‖ (uint32 i ‖ h_i)*.
func (p *Public) MarshalBinary() ([]byte, error) {
	var w wire.Writer
	w.Uint64(p.epoch)
	w.Uint32(p.threshold)
	w.Point(&p.publicKey)
	w.Uint32(uint32(len(p.indices)))
	for k, i := range p.indices {
		w.Uint32(i)
		w.Point(&p.vks[k])
	}
	return w.Bytes(), nil
}

// UnmarshalPublic decodes and checks a key set encoded by MarshalBinary.
func UnmarshalPublic(b []byte) (*Public, error) {
	r := wire.NewReader(b)
	epoch := r.Uint64()
	f := r.Uint32()
	h := r.Point()
	n := r.Count(4 + group.PointSize)
	indices := make([]uint32, 0, n)
	vks := make([]*group.Point, 0, n)
	for range n {
		indices = append(indices, r.Uint32())
		vks = append(vks, r.Point())
	}
	if err := r.Finish(); err != nil {
		return nil, fmt.Errorf("keyset: decoding public key set: %w", err)
	}
	return NewPublic(epoch, f, h, indices, vks)
}

// Share is party Index's secret share x_i of a key set. The secret must be
// kept secret: it never leaves the party (sealed at rest).
type Share struct {
	Public *Public
	Index  uint32
	secret group.Scalar
}

// NewShare binds secret x_i to the key set, checking x_i·G = h_i.
func NewShare(pub *Public, index uint32, secret *group.Scalar) (*Share, error) {
	if pub == nil || secret == nil {
		return nil, fmt.Errorf("%w: missing key set or secret", ErrInvalid)
	}
	vk, err := pub.VerificationKey(index)
	if err != nil {
		return nil, err
	}
	if !new(group.Point).ScalarBaseMult(secret).Equal(vk) {
		return nil, ErrShareMismatch
	}
	return &Share{Public: pub, Index: index, secret: *secret}, nil
}

// Secret returns x_i. Must be kept secret.
func (s *Share) Secret() *group.Scalar { return new(group.Scalar).Set(&s.secret) }

// MarshalBinary encodes the share for sealed storage:
// uint32 index ‖ x_i ‖ public key set. The result must be kept secret.
func (s *Share) MarshalBinary() ([]byte, error) {
	if s.Public == nil {
		return nil, fmt.Errorf("%w: share without a key set", ErrInvalid)
	}
	pub, err := s.Public.MarshalBinary()
	if err != nil {
		return nil, err
	}
	var w wire.Writer
	w.Uint32(s.Index)
	w.Scalar(&s.secret)
	w.Raw(pub)
	return w.Bytes(), nil
}

// UnmarshalShare decodes and checks a share encoded by MarshalBinary.
func UnmarshalShare(b []byte) (*Share, error) {
	r := wire.NewReader(b)
	idx := r.Uint32()
	x := r.Scalar()
	rest := r.Rest()
	if err := r.Finish(); err != nil {
		return nil, fmt.Errorf("keyset: decoding share: %w", err)
	}
	pub, err := UnmarshalPublic(rest)
	if err != nil {
		return nil, err
	}
	return NewShare(pub, idx, x)
}
