// Package mpctest holds deterministic helpers for tests of the threshold
// protocols: a seeded randomness source, a trusted dealer that makes a key
// set in one place, and reconstruction of a secret from shares so tests can
// check results. It is for tests only: production code never assembles a
// key set's secret, and nothing outside _test files and the vector
// generator may import this package.
package mpctest

import (
	"crypto/sha256"
	"fmt"
	"io"
	"math/rand/v2"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/keyset"
)

// Reader returns a deterministic io.Reader (ChaCha8) seeded from label, so
// tests and known-answer vectors are reproducible.
func Reader(label string) io.Reader {
	return rand.NewChaCha8(sha256.Sum256([]byte("TKMS-v1/test-rng/" + label)))
}

// Threshold returns the largest f with n ≥ 3f+1.
func Threshold(n int) uint32 { return uint32((n - 1) / 3) }

// Deal makes a key set for parties 1..n with threshold f at epoch by
// sampling a random polynomial of degree f in one place (a trusted dealer:
// tests only). It returns the public key set, the shares and the secret.
func Deal(rnd io.Reader, n int, f uint32, epoch uint64) (*keyset.Public, []*keyset.Share, *group.Scalar, error) {
	coeffs := make([]*group.Scalar, f+1)
	for k := range coeffs {
		c, err := group.RandomNonZeroScalar(rnd)
		if err != nil {
			return nil, nil, nil, err
		}
		coeffs[k] = c
	}
	indices := make([]uint32, n)
	secrets := make([]*group.Scalar, n)
	vks := make([]*group.Point, n)
	for i := range n {
		indices[i] = uint32(i + 1)
		secrets[i] = Eval(coeffs, uint32(i+1))
		vks[i] = new(group.Point).ScalarBaseMult(secrets[i])
	}
	h := new(group.Point).ScalarBaseMult(coeffs[0])
	pub, err := keyset.NewPublic(epoch, f, h, indices, vks)
	if err != nil {
		return nil, nil, nil, err
	}
	shares := make([]*keyset.Share, n)
	for i := range n {
		if shares[i], err = keyset.NewShare(pub, indices[i], secrets[i]); err != nil {
			return nil, nil, nil, err
		}
	}
	return pub, shares, coeffs[0], nil
}

// Eval evaluates the polynomial with the given coefficients at x.
func Eval(coeffs []*group.Scalar, x uint32) *group.Scalar {
	X := group.ScalarFromUint64(uint64(x))
	acc := group.NewScalar()
	for k := len(coeffs) - 1; k >= 0; k-- {
		acc.MultiplyAdd(acc, X, coeffs[k])
	}
	return acc
}

// Reconstruct interpolates the secret from shares (tests only).
func Reconstruct(shares []*keyset.Share) (*group.Scalar, error) {
	idx := make([]uint32, len(shares))
	for k, s := range shares {
		if s == nil {
			return nil, fmt.Errorf("mpctest: share %d is nil", k)
		}
		idx[k] = s.Index
	}
	l, err := group.LagrangeCoefficients(idx)
	if err != nil {
		return nil, fmt.Errorf("mpctest: %w", err)
	}
	acc := group.NewScalar()
	for k, s := range shares {
		acc.MultiplyAdd(l[k], s.Secret(), acc)
	}
	return acc, nil
}

// Subsets returns up to max subsets of {0..n-1} of size k, deterministically
// spread (all of them when there are few).
func Subsets(n, k, max int) [][]int {
	var out [][]int
	var rec func(start int, cur []int)
	rec = func(start int, cur []int) {
		if len(out) >= max {
			return
		}
		if len(cur) == k {
			out = append(out, append([]int(nil), cur...))
			return
		}
		for i := start; i < n; i++ {
			rec(i+1, append(cur, i))
		}
	}
	rec(0, nil)
	return out
}
