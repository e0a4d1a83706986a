package tdh2

import (
	"crypto/subtle"
	"errors"
	"fmt"
	"io"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/internal/wire"
	"github.com/tkms/tkms/mpc/keyset"
)

// User decryption: verifiable re-encryption of decryption shares to a
// user's key (docs/CRYPTO.md, "User decryption"). The plaintext exists only
// on the user's device: parties re-encrypt their shares, anyone verifies
// and aggregates them, and only the holder of y opens the aggregate.

// ErrInvalidReencryption reports a re-encryption share whose proof fails.
var ErrInvalidReencryption = errors.New("tdh2: invalid re-encryption share")

// UserKey is a user's re-encryption key pair (y, Y = y·G). y must be kept
// secret; it never leaves the user's device.
type UserKey struct {
	y group.Scalar
	Y group.Point
}

// GenerateUserKey draws a fresh user key from rand. Use a new key per
// request or session.
func GenerateUserKey(rand io.Reader) (*UserKey, error) {
	y, err := group.RandomNonZeroScalar(rand)
	if err != nil {
		return nil, err
	}
	k := &UserKey{y: *y}
	k.Y.ScalarBaseMult(y)
	return k, nil
}

// PublicKey returns a copy of Y.
func (k *UserKey) PublicKey() *group.Point { return new(group.Point).Set(&k.Y) }

// ReencryptionShare is party Index's share x_i·u re-encrypted to Y:
// R_i = k_i·G, S_i = x_i·u + k_i·Y, with a proof (E, Z1, Z2) of knowledge of
// (x_i, k_i) such that h_i = x_i·G, R_i = k_i·G and S_i = x_i·u + k_i·Y.
type ReencryptionShare struct {
	Epoch  uint64
	Index  uint32
	ID     RequestID
	R, S   group.Point
	E      group.Scalar
	Z1, Z2 group.Scalar
}

func reencSeed(h, hi *group.Point, s *ReencryptionShare, u, Y *group.Point) []byte {
	seed, err := group.ExpandMessage(group.TagReencrypt, 32, h.Bytes(), hi.Bytes(),
		group.Uint64Bytes(s.Epoch), group.Uint32Bytes(s.Index), s.ID[:],
		u.Bytes(), Y.Bytes(), s.R.Bytes(), s.S.Bytes())
	if err != nil {
		panic("tdh2: " + err.Error())
	}
	return seed
}

// NewReencryptionShare re-encrypts party share.Index's decryption share of
// req to the user key Y and proves it. Secrets (x_i, k_i, nonces) use
// constant-time arithmetic; nonces are hedged with fresh randomness.
func NewReencryptionShare(rand io.Reader, share *keyset.Share, req Request, Y *group.Point) (*ReencryptionShare, error) {
	if share == nil || share.Public == nil {
		return nil, errNoShare
	}
	if rand == nil {
		return nil, fmt.Errorf("%w: no randomness source", group.ErrRandomness)
	}
	if Y == nil {
		return nil, errors.New("tdh2: no user key")
	}
	pub := share.Public
	h := pub.PublicKey()
	if req.Ciphertext == nil || !req.Ciphertext.key.Equal(h) {
		return nil, fmt.Errorf("%w: request was not validated for this key set", ErrBatchMismatch)
	}
	if Y.IsIdentity() {
		return nil, errors.New("tdh2: user key is the identity")
	}
	hi, err := pub.VerificationKey(share.Index)
	if err != nil {
		return nil, err
	}
	x := share.Secret()
	k, err := group.RandomNonZeroScalar(rand)
	if err != nil {
		return nil, err
	}
	var hedge [32]byte
	if _, err := io.ReadFull(rand, hedge[:]); err != nil {
		return nil, fmt.Errorf("%w: %v", group.ErrRandomness, err)
	}
	u := &req.Ciphertext.ct.U
	uTable, yTable := group.NewMultTable(u), group.NewMultTable(Y)
	s := &ReencryptionShare{Epoch: pub.Epoch(), Index: share.Index, ID: req.ID}
	s.R.ScalarBaseMult(k)
	s.S.Add(uTable.ScalarMult(x), yTable.ScalarMult(k))
	seed := reencSeed(h, hi, s, u, Y)
	a := group.HashToScalar(group.TagNonce, x.Bytes(), k.Bytes(), seed, hedge[:], []byte{1})
	b := group.HashToScalar(group.TagNonce, x.Bytes(), k.Bytes(), seed, hedge[:], []byte{2})
	var T1, T2, T3 group.Point
	T1.ScalarBaseMult(a)
	T2.ScalarBaseMult(b)
	T3.Add(uTable.ScalarMult(a), yTable.ScalarMult(b))
	s.E.Set(group.HashToScalar(group.TagReencrypt, seed, T1.Bytes(), T2.Bytes(), T3.Bytes()))
	s.Z1.MultiplyAdd(&s.E, x, a)
	s.Z2.MultiplyAdd(&s.E, k, b)
	return s, nil
}

// VerifiedReencryptionShare is a re-encryption share whose proof verified.
type VerifiedReencryptionShare struct {
	shareMeta
	y    group.Point
	r, s group.Point
}

// Index returns the party index.
func (v VerifiedReencryptionShare) Index() uint32 { return v.index }

// VerifyReencryptionShare checks s against the key set, the request and
// the user key Y: T1 = z1·G − e·h_i, T2 = z2·G − e·R_i,
// T3 = z1·u + z2·Y − e·S_i, e = Hs(seed, T1, T2, T3). Public data only.
func VerifyReencryptionShare(pub *keyset.Public, s *ReencryptionShare, req Request, Y *group.Point) (VerifiedReencryptionShare, error) {
	var none VerifiedReencryptionShare
	if pub == nil {
		return none, errNoKeySet
	}
	if s == nil || Y == nil {
		return none, fmt.Errorf("%w: no share or no user key", ErrInvalidReencryption)
	}
	if s.Epoch != pub.Epoch() {
		return none, fmt.Errorf("%w: share epoch %d, key set epoch %d", ErrEpochMismatch, s.Epoch, pub.Epoch())
	}
	h := pub.PublicKey()
	if req.Ciphertext == nil || !req.Ciphertext.key.Equal(h) {
		return none, fmt.Errorf("%w: request was not validated for this key set", ErrBatchMismatch)
	}
	if subtle.ConstantTimeCompare(req.ID[:], s.ID[:]) != 1 {
		return none, fmt.Errorf("%w: share answers another request", ErrBatchMismatch)
	}
	if Y.IsIdentity() || s.R.IsIdentity() || s.S.IsIdentity() {
		return none, fmt.Errorf("%w: identity element", ErrInvalidReencryption)
	}
	hiPre, err := pub.PrecomputedVerificationKey(s.Index)
	if err != nil {
		return none, fmt.Errorf("%w: %d", ErrUnknownParty, s.Index)
	}
	u := &req.Ciphertext.ct.U
	seed := reencSeed(h, hiPre.Point(), s, u, Y)
	var negE group.Scalar
	negE.Negate(&s.E)
	G := group.PrecomputedGenerator()
	var T1, T2 group.Point
	T1.DoubleScalarMultPrecomputedVarTime(&s.Z1, G, &negE, hiPre)
	T2.MixedScalarMultVarTime(&s.Z2, G, &negE, &s.R)
	T3, err := group.MultiScalarMultVarTime([]*group.Scalar{&s.Z1, &s.Z2, &negE}, []*group.Point{u, Y, &s.S})
	if err != nil {
		return none, err
	}
	if !group.HashToScalar(group.TagReencrypt, seed, T1.Bytes(), T2.Bytes(), T3.Bytes()).Equal(&s.E) {
		return none, fmt.Errorf("%w: proof of party %d does not verify", ErrInvalidReencryption, s.Index)
	}
	return VerifiedReencryptionShare{newShareMeta(pub, s.Epoch, s.Index, req), *Y, s.R, s.S}, nil
}

// Reencrypted is the aggregate of f+1 re-encryption shares: an ElGamal
// encryption (R, S) of r·h under Y, and c. Only the holder of y opens it.
type Reencrypted struct {
	ID   RequestID
	C    [MessageSize]byte
	R, S group.Point
}

// AggregateReencryption combines the first f+1 verified shares (distinct
// parties, the key set's epoch, all for id and the same user key, each
// verified for ct against pub: ErrCiphertextMismatch, ErrKeySetMismatch
// otherwise): R = Σ λ_i R_i, S = Σ λ_i S_i.
func AggregateReencryption(pub *keyset.Public, id RequestID, ct *ValidCiphertext, shares []VerifiedReencryptionShare) (*Reencrypted, error) {
	metas := make([]shareMeta, len(shares))
	rs := make([]*group.Point, len(shares))
	ss := make([]*group.Point, len(shares))
	for k := range shares {
		if !shares[k].y.Equal(&shares[0].y) {
			return nil, fmt.Errorf("%w: shares re-encrypt to different user keys", ErrBatchMismatch)
		}
		metas[k], rs[k], ss[k] = shares[k].shareMeta, &shares[k].r, &shares[k].s
	}
	RS, err := interpolate(pub, id, ct, metas, rs, ss)
	if err != nil {
		return nil, err
	}
	return &Reencrypted{ID: id, C: ct.ct.C, R: *RS[0], S: *RS[1]}, nil
}

// Open recovers the plaintext: r·h = S − y·R, m = c ⊕ H1(r·h) (nil for a
// nil aggregate). It uses y in constant time. A wrong key or a tampered aggregate yields a wrong
// plaintext, not an error: integrity comes from the verified shares.
func (k *UserKey) Open(r *Reencrypted) []byte {
	if r == nil {
		return nil
	}
	var hr group.Point
	hr.Subtract(&r.S, new(group.Point).ScalarMult(&k.y, &r.R))
	m := make([]byte, MessageSize)
	subtle.XORBytes(m, r.C[:], maskFor(&hr))
	return m
}

// MarshalBinary encodes a re-encryption share:
// uint64 ε ‖ uint32 i ‖ q ‖ R ‖ S ‖ e ‖ z1 ‖ z2.
func (s *ReencryptionShare) MarshalBinary() ([]byte, error) {
	var w wire.Writer
	w.Uint64(s.Epoch)
	w.Uint32(s.Index)
	w.Raw(s.ID[:])
	w.Point(&s.R)
	w.Point(&s.S)
	w.Scalar(&s.E)
	w.Scalar(&s.Z1)
	w.Scalar(&s.Z2)
	return w.Bytes(), nil
}

// UnmarshalReencryptionShare decodes a re-encryption share strictly.
func UnmarshalReencryptionShare(data []byte) (*ReencryptionShare, error) {
	r := wire.NewReader(data)
	s := &ReencryptionShare{Epoch: r.Uint64(), Index: r.Uint32(), ID: r.Fixed32()}
	s.R.Set(r.Point())
	s.S.Set(r.Point())
	s.E.Set(r.Scalar())
	s.Z1.Set(r.Scalar())
	s.Z2.Set(r.Scalar())
	if err := r.Finish(); err != nil {
		return nil, fmt.Errorf("tdh2: decoding re-encryption share: %w", err)
	}
	return s, nil
}

// MarshalBinary encodes the aggregate: q ‖ c ‖ R ‖ S.
func (r *Reencrypted) MarshalBinary() ([]byte, error) {
	var w wire.Writer
	w.Raw(r.ID[:])
	w.Raw(r.C[:])
	w.Point(&r.R)
	w.Point(&r.S)
	return w.Bytes(), nil
}

// UnmarshalReencrypted decodes an aggregate strictly.
func UnmarshalReencrypted(data []byte) (*Reencrypted, error) {
	rd := wire.NewReader(data)
	out := &Reencrypted{ID: rd.Fixed32(), C: rd.Fixed32()}
	out.R.Set(rd.Point())
	out.S.Set(rd.Point())
	if err := rd.Finish(); err != nil {
		return nil, fmt.Errorf("tdh2: decoding re-encrypted aggregate: %w", err)
	}
	return out, nil
}

// MarshalBinary encodes the user's public key Y (for requests).
func (k *UserKey) MarshalBinary() ([]byte, error) { return k.Y.Bytes(), nil }
