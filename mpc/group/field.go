package group

import (
	"encoding/binary"
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

// p, the base field modulus, as little-endian limbs; pInv is -p^-1 mod
// 2^64. init checks them against gnark-crypto's modulus.
const (
	p0 uint64 = 0xb9feffffffffaaab
	p1 uint64 = 0x1eabfffeb153ffff
	p2 uint64 = 0x6730d2a0f6b0f624
	p3 uint64 = 0x64774b84f38512bf
	p4 uint64 = 0x4b1ba7b6434bacd7
	p5 uint64 = 0x1a0111ea397fe69a
)

var (
	pLimbs = fp.Element{p0, p1, p2, p3, p4, p5}
	pInv   uint64
)

func init() {
	p := fp.Modulus()
	for i := range pLimbs {
		if pLimbs[i] != new(big.Int).Rsh(p, uint(64*i)).Uint64() {
			panic("group: base field modulus constants are wrong")
		}
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

// The additive functions below are written out limb by limb, with the
// modulus as constants, so that the values stay in registers: these masked
// versions cost about twice gnark-crypto's branching ones, and the point
// formulas call them often.

// fpAdd sets z = x + y mod p. Inputs are below p < 2^381, so the sum does
// not overflow six limbs; p is subtracted, and the difference kept unless
// it borrowed.
func fpAdd(z, x, y *fp.Element) {
	var c, b uint64
	s0, c := bits.Add64(x[0], y[0], 0)
	s1, c := bits.Add64(x[1], y[1], c)
	s2, c := bits.Add64(x[2], y[2], c)
	s3, c := bits.Add64(x[3], y[3], c)
	s4, c := bits.Add64(x[4], y[4], c)
	s5, _ := bits.Add64(x[5], y[5], c)
	t0, b := bits.Sub64(s0, p0, 0)
	t1, b := bits.Sub64(s1, p1, b)
	t2, b := bits.Sub64(s2, p2, b)
	t3, b := bits.Sub64(s3, p3, b)
	t4, b := bits.Sub64(s4, p4, b)
	t5, b := bits.Sub64(s5, p5, b)
	keep := -b // all ones when the sum is below p
	z[0] = t0 ^ (keep & (t0 ^ s0))
	z[1] = t1 ^ (keep & (t1 ^ s1))
	z[2] = t2 ^ (keep & (t2 ^ s2))
	z[3] = t3 ^ (keep & (t3 ^ s3))
	z[4] = t4 ^ (keep & (t4 ^ s4))
	z[5] = t5 ^ (keep & (t5 ^ s5))
}

// fpDouble sets z = 2x mod p.
func fpDouble(z, x *fp.Element) { fpAdd(z, x, x) }

// fpSub sets z = x - y mod p: p is added back, masked, when x < y.
func fpSub(z, x, y *fp.Element) {
	var b, c uint64
	d0, b := bits.Sub64(x[0], y[0], 0)
	d1, b := bits.Sub64(x[1], y[1], b)
	d2, b := bits.Sub64(x[2], y[2], b)
	d3, b := bits.Sub64(x[3], y[3], b)
	d4, b := bits.Sub64(x[4], y[4], b)
	d5, b := bits.Sub64(x[5], y[5], b)
	m := -b
	z[0], c = bits.Add64(d0, p0&m, 0)
	z[1], c = bits.Add64(d1, p1&m, c)
	z[2], c = bits.Add64(d2, p2&m, c)
	z[3], c = bits.Add64(d3, p3&m, c)
	z[4], c = bits.Add64(d4, p4&m, c)
	z[5], _ = bits.Add64(d5, p5&m, c)
}

// fpNeg sets z = -x mod p (0 for x = 0).
func fpNeg(z, x *fp.Element) {
	nz := ^eqMask(x[0]|x[1]|x[2]|x[3]|x[4]|x[5], 0)
	var b uint64
	n0, b := bits.Sub64(p0, x[0], 0)
	n1, b := bits.Sub64(p1, x[1], b)
	n2, b := bits.Sub64(p2, x[2], b)
	n3, b := bits.Sub64(p3, x[3], b)
	n4, b := bits.Sub64(p4, x[4], b)
	n5, _ := bits.Sub64(p5, x[5], b)
	z[0], z[1], z[2], z[3], z[4], z[5] = n0&nz, n1&nz, n2&nz, n3&nz, n4&nz, n5&nz
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
		binary.BigEndian.PutUint64(out[8*i:], r[5-i])
	}
}
