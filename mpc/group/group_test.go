package group

import (
	"bytes"
	"crypto/rand"
	"errors"
	"math/big"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
)

func randScalar(t testing.TB) *Scalar {
	t.Helper()
	s, err := RandomScalar(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func randPoint(t testing.TB) *Point {
	return new(Point).ScalarBaseMult(randScalar(t))
}

// reference computes [k]P with gnark-crypto's own variable-time code.
func reference(k *Scalar, P *Point) *Point {
	var out Point
	out.p.ScalarMultiplication(&P.p, k.BigIntVarTime())
	return &out
}

func edgeScalars(t *testing.T) []*Scalar {
	rMinus1 := new(big.Int).Sub(Order(), big.NewInt(1))
	lambda := new(big.Int).SetUint64(glvLambda[1])
	lambda.Lsh(lambda, 64).Or(lambda, new(big.Int).SetUint64(glvLambda[0]))
	out := []*Scalar{
		NewScalar(), ScalarFromUint64(1), ScalarFromUint64(2), ScalarFromUint64(15), ScalarFromUint64(16),
		new(Scalar).SetBigIntVarTime(rMinus1),
		new(Scalar).SetBigIntVarTime(lambda),
		new(Scalar).SetBigIntVarTime(new(big.Int).Sub(lambda, big.NewInt(1))),
		new(Scalar).SetBigIntVarTime(new(big.Int).Add(lambda, big.NewInt(1))),
		new(Scalar).SetBigIntVarTime(new(big.Int).Lsh(big.NewInt(1), 128)),
		new(Scalar).SetBigIntVarTime(new(big.Int).Mul(lambda, lambda)),
	}
	for range 20 {
		out = append(out, randScalar(t))
	}
	return out
}

func TestGLVEndomorphismIsLambda(t *testing.T) {
	G := NewGeneratorPoint()
	var phi Point
	phi.p = G.p
	phi.p.X.Mul(&phi.p.X, &glvBeta)
	lambda := new(big.Int).SetUint64(glvLambda[1])
	lambda.Lsh(lambda, 64).Or(lambda, new(big.Int).SetUint64(glvLambda[0]))
	if !phi.Equal(reference(new(Scalar).SetBigIntVarTime(lambda), G)) {
		t.Fatal("φ(G) ≠ [λ]G: the GLV constants do not match")
	}
}

func TestSplitGLV(t *testing.T) {
	lambda := new(big.Int).SetUint64(glvLambda[1])
	lambda.Lsh(lambda, 64).Or(lambda, new(big.Int).SetUint64(glvLambda[0]))
	for _, k := range edgeScalars(t) {
		k1, k2 := splitGLV(k.regular())
		b1 := new(big.Int).SetUint64(k1[1])
		b1.Lsh(b1, 64).Or(b1, new(big.Int).SetUint64(k1[0]))
		b2 := new(big.Int).SetUint64(k2[1])
		b2.Lsh(b2, 64).Or(b2, new(big.Int).SetUint64(k2[0]))
		q, m := new(big.Int).DivMod(k.BigIntVarTime(), lambda, new(big.Int))
		if b1.Cmp(m) != 0 || b2.Cmp(q) != 0 {
			t.Fatalf("splitGLV(%s) = (%s, %s), want (%s, %s)", k, b1, b2, m, q)
		}
	}
}

func TestScalarMultMatchesReference(t *testing.T) {
	points := []*Point{NewGeneratorPoint(), NewSecondGeneratorPoint(), randPoint(t), NewIdentityPoint()}
	for _, P := range points {
		for _, k := range edgeScalars(t) {
			want := reference(k, P)
			if got := new(Point).ScalarMult(k, P); !got.Equal(want) {
				t.Fatalf("ScalarMult(%s, %s) = %s, want %s", k, P, got, want)
			}
			if got := new(Point).ScalarMultVarTime(k, P); !got.Equal(want) {
				t.Fatalf("ScalarMultVarTime(%s) mismatch", k)
			}
		}
	}
	for _, k := range edgeScalars(t) {
		if got, want := new(Point).ScalarBaseMult(k), reference(k, NewGeneratorPoint()); !got.Equal(want) {
			t.Fatalf("ScalarBaseMult(%s) = %s, want %s", k, got, want)
		}
		if got, want := new(Point).ScalarSecondBaseMult(k), reference(k, NewSecondGeneratorPoint()); !got.Equal(want) {
			t.Fatalf("ScalarSecondBaseMult(%s) mismatch", k)
		}
	}
}

func TestDoubleAndMultiScalarMult(t *testing.T) {
	for n := 0; n <= 20; n++ {
		scalars := make([]*Scalar, n)
		points := make([]*Point, n)
		want := NewIdentityPoint()
		for i := range n {
			scalars[i] = randScalar(t)
			points[i] = randPoint(t)
			if i%7 == 3 {
				points[i] = NewIdentityPoint()
			}
			want.Add(want, reference(scalars[i], points[i]))
		}
		got, err := MultiScalarMultVarTime(scalars, points)
		if err != nil {
			t.Fatal(err)
		}
		if !got.Equal(want) {
			t.Fatalf("n=%d: MultiScalarMultVarTime mismatch", n)
		}
		if n == 2 {
			d := new(Point).DoubleScalarMultVarTime(scalars[0], points[0], scalars[1], points[1])
			if !d.Equal(want) {
				t.Fatal("DoubleScalarMultVarTime mismatch")
			}
		}
	}
	// P and -P, and equal points, exercise the doubling and cancelling paths.
	P := randPoint(t)
	k := randScalar(t)
	got := new(Point).DoubleScalarMultVarTime(k, P, k, new(Point).Negate(P))
	if !got.IsIdentity() {
		t.Fatal("[k]P + [k](-P) is not the identity")
	}
	got = new(Point).DoubleScalarMultVarTime(k, P, k, P)
	if !got.Equal(reference(new(Scalar).Add(k, k), P)) {
		t.Fatal("[k]P + [k]P ≠ [2k]P")
	}
	if _, err := MultiScalarMultVarTime([]*Scalar{k}, nil); !errors.Is(err, ErrLengthMismatch) {
		t.Fatalf("length mismatch: got %v", err)
	}
}

func TestConstantTimeAdditionEdgeCases(t *testing.T) {
	P := randPoint(t)
	var phi bls12381.G1Affine
	phi.Set(&P.p)
	phi.X.Mul(&phi.X, &glvBeta)
	negPhi := phi
	negPhi.Y.Neg(&negPhi.Y)
	var negP bls12381.G1Affine
	negP.Neg(&P.p)
	identity := bls12381.G1Affine{}
	cases := []struct {
		name string
		a, b *bls12381.G1Affine
	}{
		{"P + P doubles", &P.p, &P.p},
		{"P + (-P) is the identity", &P.p, &negP},
		{"P + (-φ(P)) takes the degenerate slope", &P.p, &negPhi},
		{"P + φ(P) is an ordinary sum", &P.p, &phi},
		{"O + P is P", &identity, &P.p},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var want bls12381.G1Affine
			want.Add(c.a, c.b)
			b := affinePoint{c.b.X, c.b.Y}

			var jac bls12381.G1Jac
			jac.FromAffine(c.a)
			if c.a.IsInfinity() {
				jac.X.SetOne()
				jac.Y.SetOne()
				jac.Z.SetZero()
			}
			// A non-trivial Z, so the formula's scaling is exercised.
			jac.DoubleAssign()
			var half bls12381.G1Affine
			half.FromJacobian(&jac)
			var wantFromDouble bls12381.G1Affine
			wantFromDouble.Add(&half, c.b)
			addMixedJacCT(&jac, &b)
			var got bls12381.G1Affine
			jacToAffineCT(&got, &jac)
			if !got.Equal(&wantFromDouble) {
				t.Fatal("addMixedJacCT is wrong")
			}

			var pr projective
			pr.setIdentity()
			if !c.a.IsInfinity() {
				pr.x, pr.y = c.a.X, c.a.Y
				pr.z.SetOne()
			}
			pr.addMixed(&pr, &b)
			pr.toAffine(&got)
			if !got.Equal(&want) {
				t.Fatal("projective addMixed is wrong")
			}
		})
	}
}

func TestRegularDigits(t *testing.T) {
	for _, k := range edgeScalars(t) {
		for _, half := range func() [][2]uint64 { a, b := splitGLV(k.regular()); return [][2]uint64{a, b} }() {
			var d [digitCount]int64
			corr := regularDigits(half, &d)
			acc := new(big.Int)
			for i := digitCount - 1; i >= 0; i-- {
				if d[i]%2 == 0 || d[i] < -31 || d[i] > 31 || (i == digitCount-1 && d[i] < 0) {
					t.Fatalf("digit %d is out of range: %d", i, d[i])
				}
				acc.Lsh(acc, oddWindow).Add(acc, big.NewInt(d[i]))
			}
			want := new(big.Int).SetUint64(half[1])
			want.Lsh(want, 64).Or(want, new(big.Int).SetUint64(half[0]))
			want.Add(want, new(big.Int).SetUint64(corr))
			if acc.Cmp(want) != 0 {
				t.Fatalf("digits of %s sum to %s", want, acc)
			}
		}
	}
}

func TestScalarEncoding(t *testing.T) {
	for range 50 {
		s := randScalar(t)
		var d Scalar
		if _, err := d.SetCanonicalBytes(s.Bytes()); err != nil || !d.Equal(s) {
			t.Fatalf("round trip failed: %v", err)
		}
	}
	r := Order().FillBytes(make([]byte, 32))
	cases := []struct {
		name string
		in   []byte
		want error
	}{
		{"a scalar equal to the order is rejected", r, ErrScalarRange},
		{"a scalar of all ones is rejected", bytes.Repeat([]byte{0xff}, 32), ErrScalarRange},
		{"a short scalar is rejected", make([]byte, 31), ErrScalarLength},
		{"a long scalar is rejected", make([]byte, 33), ErrScalarLength},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := ScalarFromUint64(7)
			if _, err := s.SetCanonicalBytes(c.in); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if !s.Equal(ScalarFromUint64(7)) {
				t.Fatal("receiver changed on error")
			}
		})
	}
	rm1 := new(big.Int).Sub(Order(), big.NewInt(1)).FillBytes(make([]byte, 32))
	if _, err := new(Scalar).SetCanonicalBytes(rm1); err != nil {
		t.Fatalf("r-1 rejected: %v", err)
	}
}

func TestPointEncoding(t *testing.T) {
	for range 20 {
		P := randPoint(t)
		enc := P.Bytes()
		if len(enc) != PointSize {
			t.Fatalf("encoding length %d", len(enc))
		}
		var Q Point
		if _, err := Q.SetBytes(enc); err != nil || !Q.Equal(P) {
			t.Fatalf("round trip failed: %v", err)
		}
		var C Point
		if _, err := C.SetCompressedBytes(P.CompressedBytes()); err != nil || !C.Equal(P) {
			t.Fatalf("compressed round trip failed: %v", err)
		}
	}
	G := NewGeneratorPoint().Bytes()
	id := make([]byte, PointSize)
	if _, err := new(Point).SetBytesAllowIdentity(id); err != nil {
		t.Fatalf("identity rejected where allowed: %v", err)
	}

	notOnCurve := append([]byte(nil), G...)
	notOnCurve[127] ^= 1
	highBytes := append([]byte(nil), G...)
	highBytes[0] = 1
	xTooBig := append([]byte(nil), G...)
	p := new(big.Int).SetBytes(xTooBig[16:64])
	// x + p has the same residue but is not canonical.
	pMod := fp.Modulus()
	if new(big.Int).Add(p, pMod).BitLen() <= 384 {
		new(big.Int).Add(p, pMod).FillBytes(xTooBig[16:64])
	} else {
		pMod.FillBytes(xTooBig[16:64])
	}
	notInSubgroup := bls12381.GeneratePointNotInG1(bls12381.G1Jac{}.X)
	var nis bls12381.G1Affine
	nis.FromJacobian(&notInSubgroup)
	nisPoint := Point{p: nis}
	cases := []struct {
		name string
		in   []byte
		want error
	}{
		{"the identity is rejected by default", id, ErrIdentity},
		{"a point off the curve is rejected", notOnCurve, ErrNotOnCurve},
		{"nonzero padding is rejected", highBytes, ErrPointEncoding},
		{"a coordinate not below p is rejected", xTooBig, ErrPointEncoding},
		{"a point outside the subgroup is rejected", nisPoint.Bytes(), ErrNotInSubgroup},
		{"a short encoding is rejected", G[:127], ErrPointLength},
		{"a compressed encoding is rejected by the full decoder", NewGeneratorPoint().CompressedBytes(), ErrPointLength},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			P := NewSecondGeneratorPoint()
			if _, err := P.SetBytes(c.in); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if !P.Equal(NewSecondGeneratorPoint()) {
				t.Fatal("receiver changed on error")
			}
		})
	}
	if _, err := new(Point).SetCompressedBytes(NewIdentityPoint().CompressedBytes()); !errors.Is(err, ErrIdentity) {
		t.Fatalf("compressed identity: %v", err)
	}
}

func TestSecondGeneratorIsIndependentAndInSubgroup(t *testing.T) {
	H := NewSecondGeneratorPoint()
	if H.IsIdentity() || H.Equal(NewGeneratorPoint()) || !H.p.IsInSubGroup() {
		t.Fatal("H is degenerate")
	}
}

func TestHashToScalarSeparatesInputs(t *testing.T) {
	a := HashToScalar(TagDLEQ, []byte("ab"), []byte("c"))
	b := HashToScalar(TagDLEQ, []byte("a"), []byte("bc"))
	c := HashToScalar(TagTDH2Challenge, []byte("ab"), []byte("c"))
	if a.Equal(b) || a.Equal(c) {
		t.Fatal("length prefixes or tags do not separate inputs")
	}
	if !a.Equal(HashToScalar(TagDLEQ, []byte("ab"), []byte("c"))) {
		t.Fatal("hash is not deterministic")
	}
	ss, err := HashToScalars(TagDLEQ, 3, []byte("x"))
	if err != nil || len(ss) != 3 || ss[0].Equal(ss[1]) {
		t.Fatalf("HashToScalars: %v", err)
	}
}

func TestLagrange(t *testing.T) {
	// f(z) = 5 + 3z + 2z²: any 3 points interpolate f(0) = 5 and f(4) = 49.
	f := func(z uint64) *Scalar { return ScalarFromUint64(5 + 3*z + 2*z*z) }
	for _, S := range [][]uint32{{1, 2, 3}, {2, 5, 7}, {13, 1, 4}} {
		for _, x := range []uint32{0, 4} {
			l, err := LagrangeCoefficientsAt(S, x)
			if err != nil {
				t.Fatal(err)
			}
			acc := NewScalar()
			for k, i := range S {
				acc.MultiplyAdd(l[k], f(uint64(i)), acc)
			}
			if !acc.Equal(f(uint64(x))) {
				t.Fatalf("S=%v x=%d: interpolation wrong", S, x)
			}
		}
	}
	if _, err := LagrangeCoefficients([]uint32{1, 1}); !errors.Is(err, ErrDuplicateIndex) {
		t.Fatalf("duplicate: %v", err)
	}
	if _, err := LagrangeCoefficients([]uint32{0, 1}); !errors.Is(err, ErrZeroIndex) {
		t.Fatalf("zero: %v", err)
	}
}

func TestPrecomputedPoint(t *testing.T) {
	for _, P := range []*Point{NewGeneratorPoint(), randPoint(t), NewIdentityPoint()} {
		pp := NewPrecomputedPoint(P)
		for _, k := range edgeScalars(t) {
			if got, want := new(Point).ScalarMultPrecomputedVarTime(k, pp), reference(k, P); !got.Equal(want) {
				t.Fatalf("ScalarMultPrecomputedVarTime(%s) mismatch", k)
			}
		}
	}
	A := randPoint(t)
	a, b := randScalar(t), randScalar(t)
	got := new(Point).DoubleScalarMultPrecomputedVarTime(a, NewPrecomputedPoint(A), b, PrecomputedGenerator())
	want := new(Point).Add(reference(a, A), reference(b, NewGeneratorPoint()))
	if !got.Equal(want) {
		t.Fatal("DoubleScalarMultPrecomputedVarTime mismatch")
	}
}

func TestWNAF(t *testing.T) {
	for _, k := range edgeScalars(t) {
		k1, _ := splitGLV(k.regular())
		var digits [130]int8
		n := wnaf(k1, &digits)
		acc := new(big.Int)
		for i := n - 1; i >= 0; i-- {
			acc.Lsh(acc, 1).Add(acc, big.NewInt(int64(digits[i])))
		}
		want := new(big.Int).SetUint64(k1[1])
		want.Lsh(want, 64).Or(want, new(big.Int).SetUint64(k1[0]))
		if acc.Cmp(want) != 0 {
			t.Fatalf("wnaf(%s) = %s", want, acc)
		}
	}
}

func TestMixedScalarMultVarTime(t *testing.T) {
	for _, Q := range []*Point{randPoint(t), NewIdentityPoint()} {
		a, b := randScalar(t), randScalar(t)
		got := new(Point).MixedScalarMultVarTime(a, PrecomputedSecondGenerator(), b, Q)
		want := new(Point).Add(reference(a, NewSecondGeneratorPoint()), reference(b, Q))
		if !got.Equal(want) {
			t.Fatal("MixedScalarMultVarTime mismatch")
		}
	}
}

func TestMultTable(t *testing.T) {
	P := randPoint(t)
	table := NewMultTable(P)
	for i, k := range edgeScalars(t) {
		if !table.ScalarMult(k).Equal(reference(k, P)) {
			t.Fatalf("MultTable.ScalarMult[%d] (%s) mismatch", i, k)
		}
	}
	if !NewMultTable(NewIdentityPoint()).ScalarMult(randScalar(t)).IsIdentity() {
		t.Fatal("a multiple of the identity is not the identity")
	}
}

func TestCachedPrecomputedPoint(t *testing.T) {
	P := randPoint(t)
	a := CachedPrecomputedPoint(P)
	b := CachedPrecomputedPoint(new(Point).Set(P))
	if a != b {
		t.Fatal("the cache built a second table for the same point")
	}
	k := randScalar(t)
	if !new(Point).ScalarMultPrecomputedVarTime(k, a).Equal(reference(k, P)) {
		t.Fatal("cached table is wrong")
	}
	for range precomputedCacheSize + 1 {
		CachedPrecomputedPoint(randPoint(t))
	}
	if len(precomputedCache.m) > precomputedCacheSize || len(precomputedCache.order) != len(precomputedCache.m) {
		t.Fatal("the cache grew past its bound")
	}
}
