package group

import (
	"bytes"
	"crypto/rand"
	"math/big"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// The constant-time field arithmetic (field.go, scalarfield.go) is checked
// against gnark-crypto's and math/big's results on edge and random values.

func bigPow2(n uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), n) }

// edgeFr returns values below r that exercise carries and the final
// subtraction: 0, 1, 2, r-1, r-2, (r±1)/2, 2^k ± 1, all-ones limbs, and
// random values.
func edgeFr(t *testing.T) []*big.Int {
	r := fr.Modulus()
	half := new(big.Int).Rsh(r, 1)
	out := []*big.Int{
		big.NewInt(0), big.NewInt(1), big.NewInt(2),
		new(big.Int).Sub(r, big.NewInt(1)), new(big.Int).Sub(r, big.NewInt(2)),
		half, new(big.Int).Add(half, big.NewInt(1)),
		new(big.Int).Sub(bigPow2(64), big.NewInt(1)), bigPow2(64),
		new(big.Int).Sub(bigPow2(128), big.NewInt(1)), bigPow2(192),
		new(big.Int).Sub(bigPow2(254), big.NewInt(1)),
	}
	for range 40 {
		v, err := rand.Int(rand.Reader, r)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

func edgeFp(t *testing.T) []*big.Int {
	p := fp.Modulus()
	out := []*big.Int{
		big.NewInt(0), big.NewInt(1), big.NewInt(2),
		new(big.Int).Sub(p, big.NewInt(1)), new(big.Int).Sub(p, big.NewInt(2)),
		new(big.Int).Rsh(p, 1), new(big.Int).Add(new(big.Int).Rsh(p, 1), big.NewInt(1)),
		new(big.Int).Sub(bigPow2(64), big.NewInt(1)), new(big.Int).Sub(bigPow2(320), big.NewInt(1)),
		new(big.Int).Sub(bigPow2(380), big.NewInt(1)),
	}
	for range 40 {
		v, err := rand.Int(rand.Reader, p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

func TestScalarFieldMatchesBigInt(t *testing.T) {
	r := fr.Modulus()
	vals := edgeFr(t)
	for _, a := range vals {
		for _, b := range vals {
			var x, y, got fr.Element
			x.SetBigInt(a)
			y.SetBigInt(b)
			check := func(op string, got *fr.Element, want *big.Int) {
				t.Helper()
				want.Mod(want, r)
				if g := got.BigInt(new(big.Int)); g.Cmp(want) != 0 {
					t.Fatalf("%s(%x, %x) = %x, want %x", op, a, b, g, want)
				}
			}
			frAdd(&got, &x, &y)
			check("add", &got, new(big.Int).Add(a, b))
			frSub(&got, &x, &y)
			check("sub", &got, new(big.Int).Sub(a, b))
			frMul(&got, &x, &y)
			check("mul", &got, new(big.Int).Mul(a, b))
			frNeg(&got, &x)
			check("neg", &got, new(big.Int).Neg(a))
			if (frEqualMask(&x, &y) != 0) != (a.Cmp(b) == 0) {
				t.Fatalf("equal(%x, %x) wrong", a, b)
			}
			// Aliasing: z is x.
			z := x
			frMul(&z, &z, &y)
			check("mul aliased", &z, new(big.Int).Mul(a, b))
		}
		var x, reg fr.Element
		x.SetBigInt(a)
		frFromMont(&reg, &x)
		if reg != x.Bits() {
			t.Fatalf("fromMont(%x) = %v, want %v", a, reg, x.Bits())
		}
	}
}

func TestScalarMethodsMatchGnark(t *testing.T) {
	vals := edgeFr(t)
	for _, a := range vals {
		for _, b := range vals {
			x := new(Scalar).SetBigIntVarTime(a)
			y := new(Scalar).SetBigIntVarTime(b)
			var want fr.Element
			if got := new(Scalar).Add(x, y); !got.v.Equal(want.Add(&x.v, &y.v)) {
				t.Fatalf("Add(%x, %x)", a, b)
			}
			if got := new(Scalar).Subtract(x, y); !got.v.Equal(want.Sub(&x.v, &y.v)) {
				t.Fatalf("Subtract(%x, %x)", a, b)
			}
			if got := new(Scalar).Multiply(x, y); !got.v.Equal(want.Mul(&x.v, &y.v)) {
				t.Fatalf("Multiply(%x, %x)", a, b)
			}
			var t2 fr.Element
			t2.Mul(&x.v, &y.v)
			if got := new(Scalar).MultiplyAdd(x, y, x); !got.v.Equal(want.Add(&t2, &x.v)) {
				t.Fatalf("MultiplyAdd(%x, %x, %x)", a, b, a)
			}
		}
		x := new(Scalar).SetBigIntVarTime(a)
		var want fr.Element
		if got := new(Scalar).Negate(x); !got.v.Equal(want.Neg(&x.v)) {
			t.Fatalf("Negate(%x)", a)
		}
		gb := x.v.Bytes()
		if !bytes.Equal(x.Bytes(), gb[:]) {
			t.Fatalf("Bytes(%x) = %x, want %x", a, x.Bytes(), gb)
		}
		if x.IsZero() != x.v.IsZero() {
			t.Fatalf("IsZero(%x)", a)
		}
	}
	for _, u := range []uint64{0, 1, 2, 1<<63 - 1, 1 << 63, ^uint64(0)} {
		var want fr.Element
		want.SetUint64(u)
		if !ScalarFromUint64(u).v.Equal(&want) {
			t.Fatalf("ScalarFromUint64(%d)", u)
		}
	}
}

func TestSetCanonicalBytesBoundaries(t *testing.T) {
	r := fr.Modulus()
	cases := []struct {
		v  *big.Int
		ok bool
	}{
		{big.NewInt(0), true},
		{big.NewInt(1), true},
		{new(big.Int).Sub(r, big.NewInt(1)), true},
		{r, false},
		{new(big.Int).Add(r, big.NewInt(1)), false},
		{new(big.Int).Sub(bigPow2(255), big.NewInt(1)), false},
		{new(big.Int).Sub(bigPow2(256), big.NewInt(1)), false},
	}
	for _, c := range cases {
		b := c.v.FillBytes(make([]byte, 32))
		s, err := new(Scalar).SetCanonicalBytes(b)
		if (err == nil) != c.ok {
			t.Fatalf("SetCanonicalBytes(%x): err = %v, want ok = %v", b, err, c.ok)
		}
		if c.ok && s.BigIntVarTime().Cmp(c.v) != 0 {
			t.Fatalf("SetCanonicalBytes(%x) = %s", b, s)
		}
	}
}

// TestWideReductionMatchesBigInt checks SetUniformBytes, the reduction of
// RandomScalar and HashToScalar, at every allowed length, on values near
// multiples of r and near powers of two, against math/big.
func TestWideReductionMatchesBigInt(t *testing.T) {
	r := fr.Modulus()
	var vals []*big.Int
	for _, n := range []uint{255, 256, 383, 384, 511, 512} {
		vals = append(vals, new(big.Int).Sub(bigPow2(n), big.NewInt(1)), bigPow2(n-1))
	}
	for _, k := range []int64{1, 2, 3, 1 << 40} {
		m := new(big.Int).Mul(r, big.NewInt(k))
		vals = append(vals, m, new(big.Int).Sub(m, big.NewInt(1)), new(big.Int).Add(m, big.NewInt(1)))
	}
	vals = append(vals, big.NewInt(0), big.NewInt(1))
	for range 200 {
		v, err := rand.Int(rand.Reader, bigPow2(512))
		if err != nil {
			t.Fatal(err)
		}
		vals = append(vals, v)
	}
	for _, v := range vals {
		for n := 48; n <= 64; n++ {
			if v.BitLen() > 8*n {
				continue
			}
			b := v.FillBytes(make([]byte, n))
			s, err := new(Scalar).SetUniformBytes(b)
			if err != nil {
				t.Fatal(err)
			}
			want := new(big.Int).Mod(v, r)
			if s.BigIntVarTime().Cmp(want) != 0 {
				t.Fatalf("SetUniformBytes(%x) = %s, want %x", b, s, want)
			}
		}
	}
	// The 256-bit entry into Montgomery form accepts values ≥ r.
	for _, v := range []*big.Int{r, new(big.Int).Sub(bigPow2(256), big.NewInt(1))} {
		var x, got fr.Element
		for i := range x {
			x[i] = new(big.Int).Rsh(v, uint(64*i)).Uint64()
		}
		frToMont(&got, &x)
		if got.BigInt(new(big.Int)).Cmp(new(big.Int).Mod(v, r)) != 0 {
			t.Fatalf("frToMont(%x) wrong", v)
		}
	}
}

func TestHashToScalarMatchesGnark(t *testing.T) {
	for i := range 50 {
		msg := make([]byte, i*7)
		if _, err := rand.Read(msg); err != nil {
			t.Fatal(err)
		}
		got := HashToScalar(TagNonce, msg)
		want, err := fr.Hash(LengthPrefixed(msg), []byte(TagNonce), 1)
		if err != nil {
			t.Fatal(err)
		}
		if !got.v.Equal(&want[0]) {
			t.Fatalf("HashToScalar differs from fr.Hash for %x", msg)
		}
		if want, err = fr.Hash(LengthPrefixed(msg), []byte(TagNonce), 3); err != nil {
			t.Fatal(err)
		}
		gots, err := HashToScalars(TagNonce, 3, msg)
		if err != nil {
			t.Fatal(err)
		}
		for j := range gots {
			if !gots[j].v.Equal(&want[j]) {
				t.Fatalf("HashToScalars[%d] differs from fr.Hash for %x", j, msg)
			}
		}
	}
}

func TestBaseFieldMatchesGnark(t *testing.T) {
	vals := edgeFp(t)
	for _, a := range vals {
		for _, b := range vals {
			var x, y, got, want fp.Element
			x.SetBigInt(a)
			y.SetBigInt(b)
			fpAdd(&got, &x, &y)
			if !got.Equal(want.Add(&x, &y)) {
				t.Fatalf("fpAdd(%x, %x)", a, b)
			}
			fpSub(&got, &x, &y)
			if !got.Equal(want.Sub(&x, &y)) {
				t.Fatalf("fpSub(%x, %x)", a, b)
			}
			fpMul(&got, &x, &y)
			if !got.Equal(want.Mul(&x, &y)) {
				t.Fatalf("fpMul(%x, %x)", a, b)
			}
			fpMulGeneric(&got, &x, &y)
			if !got.Equal(want.Mul(&x, &y)) {
				t.Fatalf("fpMulGeneric(%x, %x)", a, b)
			}
			z := x
			fpMulGeneric(&z, &z, &z)
			if !z.Equal(want.Square(&x)) {
				t.Fatalf("fpMulGeneric aliased (%x)", a)
			}
		}
		var x, got, want fp.Element
		x.SetBigInt(a)
		fpNeg(&got, &x)
		if !got.Equal(want.Neg(&x)) {
			t.Fatalf("fpNeg(%x)", a)
		}
		fpDouble(&got, &x)
		if !got.Equal(want.Double(&x)) {
			t.Fatalf("fpDouble(%x)", a)
		}
		var enc [fp.Bytes]byte
		fpBytes(&enc, &x)
		if wantEnc := x.Bytes(); enc != wantEnc {
			t.Fatalf("fpBytes(%x) = %x, want %x", a, enc, wantEnc)
		}
	}
}

func TestConstantTimePointArithmetic(t *testing.T) {
	P, Q := randPoint(t), randPoint(t)
	id := NewIdentityPoint()
	var negP Point
	negP.p.Neg(&P.p)
	cases := []struct {
		name string
		a, b *Point
	}{
		{"distinct points", P, Q},
		{"a point and itself", P, P},
		{"a point and its negation", P, &negP},
		{"the identity and a point", id, P},
		{"a point and the identity", P, id},
		{"the identity twice", id, id},
		{"the generators", NewGeneratorPoint(), NewSecondGeneratorPoint()},
	}
	for _, c := range cases {
		var want, got Point
		want.p.Add(&c.a.p, &c.b.p)
		if !got.Add(c.a, c.b).Equal(&want) {
			t.Errorf("%s: Add = %s, want %s", c.name, &got, &want)
		}
		if !got.AddVarTime(c.a, c.b).Equal(&want) {
			t.Errorf("%s: AddVarTime = %s, want %s", c.name, &got, &want)
		}
		want.p.Sub(&c.a.p, &c.b.p)
		if !got.Subtract(c.a, c.b).Equal(&want) {
			t.Errorf("%s: Subtract = %s, want %s", c.name, &got, &want)
		}
		if !got.SubtractVarTime(c.a, c.b).Equal(&want) {
			t.Errorf("%s: SubtractVarTime = %s, want %s", c.name, &got, &want)
		}
		want.p.Neg(&c.a.p)
		if !got.Negate(c.a).Equal(&want) {
			t.Errorf("%s: Negate = %s, want %s", c.name, &got, &want)
		}
	}
	// Doubling in Jacobian coordinates, including the identity.
	for _, pt := range []*Point{P, Q, id} {
		var j, want bls12381.G1Jac
		j.FromAffine(&pt.p)
		want.Set(&j)
		for range 5 {
			jacDoubleCT(&j)
			want.DoubleAssign()
		}
		if !j.Equal(&want) {
			t.Errorf("jacDoubleCT of %s differs from gnark-crypto", pt)
		}
	}
}
