package dkgtest

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/vss"
)

// ZeroShareDealing is the dealing with which DKG dealer self, dealing after
// the dealings in others (which it assumes will all qualify), makes its own
// new share zero: it opens its sub-shares s_k = a_k(self) of the others with
// its key and deals a valid polynomial a (random, with a proof of knowledge
// of a(0)) with a(self) = −Σ_k s_k, so that Σ_{i∈QUAL} a_i(self) = 0 and its
// verification key is the identity. It is the attack Finalize answers with
// a *dkg.ZeroShareError naming self.
func ZeroShareDealing(cfg *dkg.Config, self uint32, key *dkg.EncryptionPrivateKey, others []*dkg.Dealing, rnd io.Reader) (*dkg.Dealing, error) {
	if cfg == nil || rnd == nil {
		return nil, errors.New("dkgtest: no configuration or randomness")
	}
	if cfg.Kind != dkg.KindDKG {
		return nil, errors.New("dkgtest: the zero-share dealing is built for a DKG")
	}
	target := group.NewScalar()
	for _, d := range others {
		if d == nil || d.Sender == self {
			continue
		}
		s, err := dkg.DecryptSubshare(cfg, key, self, d)
		if err != nil {
			return nil, fmt.Errorf("dkgtest: sub-share of dealer %d: %w", d.Sender, err)
		}
		target.Subtract(target, s)
	}
	// a(x) = c + r(x) with r(0) = 0 drawn from a seeded stream twice: once
	// to learn r(self), once with c = target − r(self).
	var seed [32]byte
	if _, err := io.ReadFull(rnd, seed[:]); err != nil {
		return nil, err
	}
	r, err := vss.NewPolynomial(rand.NewChaCha8(seed), cfg.Threshold, group.NewScalar())
	if err != nil {
		return nil, err
	}
	c := new(group.Scalar).Subtract(target, r.Eval(self))
	if c.IsZero() {
		return nil, errors.New("dkgtest: zero constant term (negligible)")
	}
	poly, err := vss.NewPolynomial(rand.NewChaCha8(seed), cfg.Threshold, c)
	if err != nil {
		return nil, err
	}
	return dkg.NewDealing(cfg, self, poly, rnd)
}
