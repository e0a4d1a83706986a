package vss_test

import (
	"errors"
	"testing"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/mpctest"
	"github.com/tkms/tkms/mpc/vss"
)

func mustPoly(t *testing.T, label string, degree uint32, constant *group.Scalar) *vss.Polynomial {
	t.Helper()
	p, err := vss.NewPolynomial(mpctest.Reader(label), degree, constant)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSharesOfAPolynomialVerifyAgainstItsCommitment(t *testing.T) {
	for _, degree := range []uint32{0, 1, 4, 10} {
		secret := group.ScalarFromUint64(42)
		p := mustPoly(t, t.Name(), degree, secret)
		c := p.Commit()
		if c.Degree() != degree || p.Degree() != degree {
			t.Fatalf("degree %d: got %d and %d", degree, p.Degree(), c.Degree())
		}
		if !p.Secret().Equal(secret) || !p.Eval(0).Equal(secret) {
			t.Fatal("the constant term is not the secret")
		}
		for x := uint32(1); x <= 2*degree+2; x++ {
			s := p.Eval(x)
			if !c.VerifyShare(x, s) || !c.VerifyPublicShare(x, s) {
				t.Fatalf("degree %d: share %d does not verify", degree, x)
			}
			wrong := new(group.Scalar).Add(s, group.ScalarFromUint64(1))
			if c.VerifyShare(x, wrong) || c.VerifyPublicShare(x, wrong) {
				t.Fatalf("degree %d: a wrong share %d verifies", degree, x)
			}
			if degree > 0 && c.VerifyShare(x+1, s) {
				t.Fatalf("degree %d: share %d verifies at another index", degree, x)
			}
			want := new(group.Point).ScalarBaseMult(s)
			got, err := c.EvalVarTime(x)
			if err != nil || !got.Equal(want) {
				t.Fatalf("degree %d: A(%d) ≠ a(%d)·G", degree, x, x)
			}
		}
	}
}

func TestAnyDegreePlusOneSharesInterpolateTheSecret(t *testing.T) {
	const degree = 3
	secret := group.ScalarFromUint64(7)
	p := mustPoly(t, t.Name(), degree, secret)
	for _, set := range mpctest.Subsets(8, degree+1, 20) {
		idx := make([]uint32, len(set))
		for k, i := range set {
			idx[k] = uint32(i + 1)
		}
		l, err := group.LagrangeCoefficients(idx)
		if err != nil {
			t.Fatal(err)
		}
		acc := group.NewScalar()
		for k, i := range idx {
			acc.MultiplyAdd(l[k], p.Eval(i), acc)
		}
		if !acc.Equal(secret) {
			t.Fatalf("set %v does not interpolate the secret", idx)
		}
	}
}

func TestSumAndLinearCombinationCommitToTheCombinedPolynomial(t *testing.T) {
	const degree = 2
	a := mustPoly(t, t.Name()+"a", degree, group.ScalarFromUint64(3))
	b := mustPoly(t, t.Name()+"b", degree, group.ScalarFromUint64(5))
	wa, wb := group.ScalarFromUint64(11), group.ScalarFromUint64(13)
	sum, err := vss.Sum([]*vss.Commitment{a.Commit(), b.Commit()})
	if err != nil {
		t.Fatal(err)
	}
	lin, err := vss.LinearCombinationVarTime([]*group.Scalar{wa, wb}, []*vss.Commitment{a.Commit(), b.Commit()})
	if err != nil {
		t.Fatal(err)
	}
	for x := uint32(0); x < 6; x++ {
		if !sum.VerifyShare(x, new(group.Scalar).Add(a.Eval(x), b.Eval(x))) {
			t.Fatalf("sum: share %d does not verify", x)
		}
		s := new(group.Scalar).Multiply(wa, a.Eval(x))
		s.MultiplyAdd(wb, b.Eval(x), s)
		if !lin.VerifyShare(x, s) {
			t.Fatalf("linear combination: share %d does not verify", x)
		}
	}
}

func TestCommitmentOperationsRejectBadInputs(t *testing.T) {
	c1 := mustPoly(t, "1", 1, group.NewScalar()).Commit()
	c2 := mustPoly(t, "2", 2, group.NewScalar()).Commit()
	tests := []struct {
		name string
		err  error
		want error
	}{
		{"sum of nothing", second(vss.Sum(nil)), vss.ErrEmpty},
		{"sum of different degrees", second(vss.Sum([]*vss.Commitment{c1, c2})), vss.ErrDegreeMismatch},
		{"combination of different degrees", second(vss.LinearCombinationVarTime(
			[]*group.Scalar{group.NewScalar(), group.NewScalar()}, []*vss.Commitment{c1, c2})), vss.ErrDegreeMismatch},
		{"combination with too few weights", second(vss.LinearCombinationVarTime(nil, []*vss.Commitment{c1})), vss.ErrLengthMismatch},
		{"empty commitment", second(vss.NewCommitment(nil)), vss.ErrEmpty},
		{"commitment above the maximum degree", second(vss.NewCommitment(make([]group.Point, vss.MaxDegree+2))), vss.ErrDegree},
		{"polynomial above the maximum degree", second(vss.NewPolynomial(mpctest.Reader("x"), vss.MaxDegree+1, group.NewScalar())), vss.ErrDegree},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !errors.Is(tt.err, tt.want) {
				t.Fatalf("got %v, want %v", tt.err, tt.want)
			}
		})
	}
}

func second[T any](_ T, err error) error { return err }

func TestCommitmentIsACopyAndCoefficientsBeyondTheDegreeAreZero(t *testing.T) {
	p := mustPoly(t, t.Name(), 1, group.ScalarFromUint64(9))
	c := p.Commit()
	pts := c.Points()
	pts[0] = *group.NewGeneratorPoint()
	if !c.Coefficient(0).Equal(new(group.Point).ScalarBaseMult(group.ScalarFromUint64(9))) {
		t.Fatal("changing Points() changed the commitment")
	}
	if !c.Coefficient(2).IsIdentity() || !c.Coefficient(-1).IsIdentity() {
		t.Fatal("coefficients beyond the degree are not the identity")
	}
	d, err := vss.NewCommitment(c.Points())
	if err != nil || !d.Equal(c) {
		t.Fatal("a commitment rebuilt from its points differs")
	}
}

func TestErasedPolynomialIsZero(t *testing.T) {
	p := mustPoly(t, t.Name(), 3, group.ScalarFromUint64(5))
	p.Erase()
	if !p.Secret().IsZero() || !p.Eval(1).IsZero() || !p.Eval(7).IsZero() || p.Degree() != 3 {
		t.Fatal("an erased polynomial is not the zero polynomial")
	}
}
