// Package vss is Feldman verifiable secret sharing in the group of package
// group.
//
// A dealer holds a secret polynomial of degree t over Z_r,
//
//	a(z) = a_0 + a_1·z + … + a_t·z^t,
//
// gives party j the share a(j), and publishes the commitment
// A_k = a_k·G (k = 0..t). Anyone can then check a share s for index j:
//
//	s·G = Σ_k j^k·A_k = A(j).
//
// The commitment binds the dealer to a single polynomial (the discrete
// logarithm is hard), so shares that pass the check lie on one polynomial of
// degree at most t, and any t+1 of them determine a_0. It hides a_0 only
// computationally (A_0 = a_0·G is public), which is all the DKG needs.
//
// Polynomial holds secrets and uses constant-time arithmetic only.
// Commitment is public and uses variable-time multi-scalar multiplication.
package vss

import (
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/tkms/tkms/mpc/group"
)

// MaxDegree bounds the degree of polynomials and commitments, so that a
// hostile length cannot make a caller allocate without limit.
const MaxDegree = 4095

// Errors.
var (
	ErrDegree         = errors.New("vss: degree out of range")
	ErrEmpty          = errors.New("vss: no commitments")
	ErrDegreeMismatch = errors.New("vss: commitments of different degrees")
	ErrLengthMismatch = errors.New("vss: weights and commitments differ in number")
)

// Polynomial is a secret polynomial over Z_r. Its coefficients must be kept
// secret. Make one with NewPolynomial; the zero value is the zero
// polynomial (with no coefficients: Degree is meaningless).
type Polynomial struct {
	coeffs []group.Scalar // coeffs[k] = a_k
}

// NewPolynomial returns a polynomial of the given degree whose constant
// term is constant and whose other coefficients are drawn uniformly with
// rand. constant may be secret. It returns an error if degree exceeds
// MaxDegree or rand fails.
func NewPolynomial(rand io.Reader, degree uint32, constant *group.Scalar) (*Polynomial, error) {
	if degree > MaxDegree {
		return nil, fmt.Errorf("%w: %d", ErrDegree, degree)
	}
	p := &Polynomial{coeffs: make([]group.Scalar, degree+1)}
	p.coeffs[0].Set(constant)
	for k := 1; k < len(p.coeffs); k++ {
		c, err := group.RandomScalar(rand)
		if err != nil {
			p.Erase()
			return nil, err
		}
		p.coeffs[k].Set(c)
		c.Set(group.NewScalar())
	}
	return p, nil
}

// Degree returns t.
func (p *Polynomial) Degree() uint32 { return uint32(len(p.coeffs) - 1) }

// Secret returns a copy of a_0. Must be kept secret.
func (p *Polynomial) Secret() *group.Scalar {
	if len(p.coeffs) == 0 {
		return group.NewScalar()
	}
	return new(group.Scalar).Set(&p.coeffs[0])
}

// Eval returns a(x) by Horner's rule. The point x is public; the arithmetic
// on the coefficients is constant time. The result must be kept secret.
func (p *Polynomial) Eval(x uint32) *group.Scalar {
	X := group.ScalarFromUint64(uint64(x))
	acc := group.NewScalar()
	for k := len(p.coeffs) - 1; k >= 0; k-- {
		acc.MultiplyAdd(acc, X, &p.coeffs[k])
	}
	return acc
}

// Commit returns the commitment A_k = a_k·G, computed in constant time.
func (p *Polynomial) Commit() *Commitment {
	c := &Commitment{points: make([]group.Point, len(p.coeffs))}
	for k := range p.coeffs {
		c.points[k].ScalarBaseMult(&p.coeffs[k])
	}
	return c
}

// Erase overwrites the coefficients with zeros, leaving the zero
// polynomial of the same degree. (Go may have copied the values elsewhere;
// this is a best effort that shortens their life in memory.)
func (p *Polynomial) Erase() {
	zero := group.NewScalar()
	for k := range p.coeffs {
		p.coeffs[k].Set(zero)
	}
}

// Commitment is the public commitment A_0, …, A_t to a polynomial of degree
// t. It is immutable once made. The zero value commits to the zero
// polynomial (no coefficients).
type Commitment struct {
	points []group.Point
}

// NewCommitment returns the commitment with the given coefficients (copied).
// Any point may be the identity. It returns an error if points is empty or
// longer than MaxDegree+1.
func NewCommitment(points []group.Point) (*Commitment, error) {
	if len(points) == 0 {
		return nil, ErrEmpty
	}
	if len(points) > MaxDegree+1 {
		return nil, fmt.Errorf("%w: %d coefficients", ErrDegree, len(points))
	}
	return &Commitment{points: append([]group.Point(nil), points...)}, nil
}

// Degree returns t.
func (c *Commitment) Degree() uint32 { return uint32(len(c.points) - 1) }

// Coefficient returns a copy of A_k; the identity for k > t, as for a
// polynomial whose higher coefficients are zero.
func (c *Commitment) Coefficient(k int) *group.Point {
	if k < 0 || k >= len(c.points) {
		return group.NewIdentityPoint()
	}
	return new(group.Point).Set(&c.points[k])
}

// Points returns a copy of A_0, …, A_t.
func (c *Commitment) Points() []group.Point { return append([]group.Point(nil), c.points...) }

// Equal reports whether c and d commit to the same polynomial.
func (c *Commitment) Equal(d *Commitment) bool {
	if d == nil || len(c.points) != len(d.points) {
		return false
	}
	for k := range c.points {
		if !c.points[k].Equal(&d.points[k]) {
			return false
		}
	}
	return true
}

// powers returns 1, x, x², …, x^t as scalars.
func powers(x uint32, t int) []*group.Scalar {
	if t < 0 {
		return nil
	}
	out := make([]*group.Scalar, t+1)
	X := group.ScalarFromUint64(uint64(x))
	out[0] = group.ScalarFromUint64(1)
	for k := 1; k <= t; k++ {
		out[k] = new(group.Scalar).Multiply(out[k-1], X)
	}
	return out
}

// EvalVarTime returns A(x) = Σ_k x^k·A_k, the commitment to a(x), with one
// multi-scalar multiplication. Not constant time; everything here is public.
func (c *Commitment) EvalVarTime(x uint32) (*group.Point, error) {
	pts := make([]*group.Point, len(c.points))
	for k := range c.points {
		pts[k] = &c.points[k]
	}
	return group.MultiScalarMultVarTime(powers(x, len(c.points)-1), pts)
}

// VerifyShare reports whether s is the share of index x: s·G = A(x). The
// share may be secret (the receiving party checks its own): s·G is computed
// in constant time; only public values go through variable-time code.
func (c *Commitment) VerifyShare(x uint32, s *group.Scalar) bool {
	want, err := c.EvalVarTime(x)
	if err != nil {
		return false
	}
	return new(group.Point).ScalarBaseMult(s).Equal(want)
}

// VerifyPublicShare is VerifyShare for a share that is public (revealed in
// a justification): it checks s·G − A(x) = 0 with a single variable-time
// multi-scalar multiplication.
func (c *Commitment) VerifyPublicShare(x uint32, s *group.Scalar) bool {
	t := len(c.points) - 1
	scalars := powers(x, t)
	pts := make([]*group.Point, 0, t+2)
	for k := range c.points {
		pts = append(pts, &c.points[k])
	}
	scalars = append(scalars, new(group.Scalar).Negate(s))
	pts = append(pts, group.NewGeneratorPoint())
	sum, err := group.MultiScalarMultVarTime(scalars, pts)
	return err == nil && sum.IsIdentity()
}

// Sum returns the commitment to the sum of the committed polynomials:
// (Σ_i A_i0, …, Σ_i A_it). All commitments must have the same degree.
func Sum(cs []*Commitment) (*Commitment, error) {
	if len(cs) == 0 {
		return nil, ErrEmpty
	}
	if slices.Contains(cs, nil) {
		return nil, fmt.Errorf("%w: nil commitment", ErrEmpty)
	}
	t := len(cs[0].points)
	out := &Commitment{points: make([]group.Point, t)}
	for _, c := range cs {
		if len(c.points) != t {
			return nil, fmt.Errorf("%w: %d and %d", ErrDegreeMismatch, t-1, len(c.points)-1)
		}
		for k := range c.points {
			out.points[k].AddVarTime(&out.points[k], &c.points[k])
		}
	}
	return out, nil
}

// LinearCombinationVarTime returns the commitment to Σ_i w_i·a_i(z):
// (Σ_i w_i·A_i0, …, Σ_i w_i·A_it), one multi-scalar multiplication per
// coefficient. All commitments must have the same degree. Not constant time.
func LinearCombinationVarTime(weights []*group.Scalar, cs []*Commitment) (*Commitment, error) {
	if len(weights) != len(cs) {
		return nil, ErrLengthMismatch
	}
	if len(cs) == 0 {
		return nil, ErrEmpty
	}
	if slices.Contains(cs, nil) {
		return nil, fmt.Errorf("%w: nil commitment", ErrEmpty)
	}
	t := len(cs[0].points)
	for _, c := range cs {
		if len(c.points) != t {
			return nil, fmt.Errorf("%w: %d and %d", ErrDegreeMismatch, t-1, len(c.points)-1)
		}
	}
	out := &Commitment{points: make([]group.Point, t)}
	col := make([]*group.Point, len(cs))
	for k := range t {
		for i, c := range cs {
			col[i] = &c.points[k]
		}
		v, err := group.MultiScalarMultVarTime(weights, col)
		if err != nil {
			return nil, err
		}
		out.points[k].Set(v)
	}
	return out, nil
}
