package dkg

import (
	"fmt"
	"io"

	"github.com/tkms/tkms/mpc/group"
)

// knowledgeChallenge is
//
//	e = Hs(TagDKGKnowledge, ceremony id, uint64 epoch, uint32 dealer, enc(A), enc(R)).
func knowledgeChallenge(h *Header, A, R *group.Point) *group.Scalar {
	return group.HashToScalar(group.TagDKGKnowledge, h.CeremonyID[:],
		group.Uint64Bytes(h.Epoch), group.Uint32Bytes(h.Sender), A.Bytes(), R.Bytes())
}

// proveKnowledge proves knowledge of a = log_G A, bound to the ceremony,
// epoch and dealer of h, so that it cannot be replayed by another dealer or
// in another ceremony (which would let a dealer copy or cancel another's
// A_i0 without knowing its logarithm):
//
//	ω = Hs(TagNonce, a, ceremony id, uint64 epoch, uint32 dealer, enc(A), 32 random bytes)
//	R = ω·G,  e = knowledgeChallenge(h, A, R),  z = ω + e·a.
//
// The nonce is hedged: it stays secret if rand is weak but a is not. a must
// be kept secret; the arithmetic on a and ω is constant time.
func proveKnowledge(rand io.Reader, h *Header, a *group.Scalar, A *group.Point) (*Proof, error) {
	if rand == nil {
		return nil, fmt.Errorf("%w: no randomness source", group.ErrRandomness)
	}
	var seed [32]byte
	if _, err := io.ReadFull(rand, seed[:]); err != nil {
		return nil, fmt.Errorf("%w: %v", group.ErrRandomness, err)
	}
	ab := a.Bytes()
	defer clear(ab)
	omega := group.HashToScalar(group.TagNonce, ab, h.CeremonyID[:], group.Uint64Bytes(h.Epoch),
		group.Uint32Bytes(h.Sender), A.Bytes(), seed[:])
	R := new(group.Point).ScalarBaseMult(omega)
	p := new(Proof)
	p.E.Set(knowledgeChallenge(h, A, R))
	p.Z.MultiplyAdd(&p.E, a, omega)
	omega.Set(group.NewScalar())
	return p, nil
}

// verifyKnowledge checks a proof made by proveKnowledge: with
// R = z·G − e·A, it accepts iff e = knowledgeChallenge(h, A, R). A must not
// be the identity. Everything is public; it runs in variable time.
func verifyKnowledge(h *Header, A *group.Point, p *Proof) bool {
	if p == nil || A.IsIdentity() {
		return false
	}
	negE := new(group.Scalar).Negate(&p.E)
	R := new(group.Point).MixedScalarMultVarTime(&p.Z, group.PrecomputedGenerator(), negE, A)
	return knowledgeChallenge(h, A, R).Equal(&p.E)
}
