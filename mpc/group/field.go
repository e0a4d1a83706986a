package group

import (
	"math/big"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
)

// Constant-time arithmetic in Fp, the base field of BLS12-381, for the point
// arithmetic on secret scalars (ct.go). Elements are gnark-crypto's
// fp.Element (six little-endian limbs, Montgomery form with R = 2^384), so
// the same values flow between the constant-time and the variable-time
// code, but gnark-crypto's Add, Sub, Double and Neg are not used here: they
// branch on the data (the conditional final subtraction, and Neg's zero
// test). These functions compute both candidates and pick one with a mask.
//
// Multiplication is gnark-crypto's amd64 assembly when the CPU has ADX and
// BMI2 (fpMulAsm): that code has no data-dependent branch (its final
// subtraction is a sequence of CMOVs). Elsewhere, and with the purego build
// tag, the portable fpMulGeneric below runs instead: gnark-crypto's own
// portable multiplication ends with a data-dependent branch.

// pLimbs is p, the base field modulus; pInv is -p^-1 mod 2^64.
var (
	pLimbs fp.Element
	pInv   uint64
)

func init() {
	p := fp.Modulus()
	for i := range pLimbs {
		pLimbs[i] = new(big.Int).Rsh(p, uint(64*i)).Uint64()
	}
	pInv = negInverse64(pLimbs[0])
}

// negInverse64 returns -a^-1 mod 2^64 for odd a (Newton iteration on public
// constants).
func negInverse64(a uint64) uint64 {
	x := a // correct to 3 bits for odd a
	for range 5 {
		x *= 2 - a*x
	}
	return -x
}

// fpAdd sets z = x + y mod p. Inputs are below p < 2^381, so the sum does
// not overflow six limbs.
func fpAdd(z, x, y *fp.Element) {
	var s fp.Element
	var c uint64
	s[0], c = bits.Add64(x[0], y[0], 0)
	s[1], c = bits.Add64(x[1], y[1], c)
	s[2], c = bits.Add64(x[2], y[2], c)
	s[3], c = bits.Add64(x[3], y[3], c)
	s[4], c = bits.Add64(x[4], y[4], c)
	s[5], _ = bits.Add64(x[5], y[5], c)
	fpReduceOnce(z, &s)
}

// fpDouble sets z = 2x mod p.
func fpDouble(z, x *fp.Element) { fpAdd(z, x, x) }

// fpReduceOnce sets z = s - p if s ≥ p, else s, for s < 2p.
func fpReduceOnce(z, s *fp.Element) {
	var t fp.Element
	var b uint64
	t[0], b = bits.Sub64(s[0], pLimbs[0], 0)
	t[1], b = bits.Sub64(s[1], pLimbs[1], b)
	t[2], b = bits.Sub64(s[2], pLimbs[2], b)
	t[3], b = bits.Sub64(s[3], pLimbs[3], b)
	t[4], b = bits.Sub64(s[4], pLimbs[4], b)
	t[5], b = bits.Sub64(s[5], pLimbs[5], b)
	keep := -b // all ones when s < p
	for i := range z {
		z[i] = t[i] ^ (keep & (t[i] ^ s[i]))
	}
}

// fpSub sets z = x - y mod p.
func fpSub(z, x, y *fp.Element) {
	var d fp.Element
	var b uint64
	d[0], b = bits.Sub64(x[0], y[0], 0)
	d[1], b = bits.Sub64(x[1], y[1], b)
	d[2], b = bits.Sub64(x[2], y[2], b)
	d[3], b = bits.Sub64(x[3], y[3], b)
	d[4], b = bits.Sub64(x[4], y[4], b)
	d[5], b = bits.Sub64(x[5], y[5], b)
	m := -b // all ones when x < y: add p back
	var c uint64
	z[0], c = bits.Add64(d[0], pLimbs[0]&m, 0)
	z[1], c = bits.Add64(d[1], pLimbs[1]&m, c)
	z[2], c = bits.Add64(d[2], pLimbs[2]&m, c)
	z[3], c = bits.Add64(d[3], pLimbs[3]&m, c)
	z[4], c = bits.Add64(d[4], pLimbs[4]&m, c)
	z[5], _ = bits.Add64(d[5], pLimbs[5]&m, c)
}

// fpNeg sets z = -x mod p (0 for x = 0).
func fpNeg(z, x *fp.Element) {
	nz := ^isZeroMask(x)
	var b uint64
	z[0], b = bits.Sub64(pLimbs[0], x[0], 0)
	z[1], b = bits.Sub64(pLimbs[1], x[1], b)
	z[2], b = bits.Sub64(pLimbs[2], x[2], b)
	z[3], b = bits.Sub64(pLimbs[3], x[3], b)
	z[4], b = bits.Sub64(pLimbs[4], x[4], b)
	z[5], _ = bits.Sub64(pLimbs[5], x[5], b)
	for i := range z {
		z[i] &= nz
	}
}

// fpMul sets z = x·y mod p (Montgomery), in constant time. z may alias x
// or y.
func fpMul(z, x, y *fp.Element) {
	if fpMulAsm { // a property of the CPU, not of the data
		z.Mul(x, y)
		return
	}
	fpMulGeneric(z, x, y)
}

// fpSquare sets z = x² mod p, in constant time.
func fpSquare(z, x *fp.Element) { fpMul(z, x, x) }

// fpMulGeneric is Montgomery multiplication (CIOS) with a masked final
// subtraction. x and y must be below p; z may alias either.
func fpMulGeneric(z, x, y *fp.Element) {
	var t [8]uint64
	for i := 0; i < 6; i++ {
		var c uint64
		for j := 0; j < 6; j++ {
			t[j], c = madd2(x[j], y[i], t[j], c)
		}
		var cc uint64
		t[6], cc = bits.Add64(t[6], c, 0)
		t[7] = cc
		m := t[0] * pInv
		_, c = madd2(m, pLimbs[0], t[0], 0)
		for j := 1; j < 6; j++ {
			t[j-1], c = madd2(m, pLimbs[j], t[j], c)
		}
		t[5], cc = bits.Add64(t[6], c, 0)
		t[6] = t[7] + cc
	}
	// t < 2p: subtract p unless that borrows.
	var s fp.Element
	var b uint64
	for j := 0; j < 6; j++ {
		s[j], b = bits.Sub64(t[j], pLimbs[j], b)
	}
	_, b = bits.Sub64(t[6], 0, b)
	keep := -b
	for j := range z {
		z[j] = s[j] ^ (keep & (s[j] ^ t[j]))
	}
}

// madd2 returns the low and high words of a·b + c + d (no overflow:
// (2^64-1)² + 2(2^64-1) < 2^128).
func madd2(a, b, c, d uint64) (lo, hi uint64) {
	hi, lo = bits.Mul64(a, b)
	var k uint64
	lo, k = bits.Add64(lo, c, 0)
	hi += k
	lo, k = bits.Add64(lo, d, 0)
	hi += k
	return lo, hi
}

// fpOne is 1 in regular (non-Montgomery) form, for fpFromMont.
var fpOne = fp.Element{1}

// fpBytes writes x (Montgomery form) as 48 bytes big-endian, in constant
// time: x·1 through the Montgomery multiplication leaves the form.
func fpBytes(out *[fp.Bytes]byte, x *fp.Element) {
	var r fp.Element
	fpMul(&r, x, &fpOne)
	for i := range 6 {
		l := r[5-i]
		for j := range 8 {
			out[8*i+j] = byte(l >> (56 - 8*j))
		}
	}
}
