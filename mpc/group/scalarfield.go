package group

import (
	"encoding/binary"
	"math/big"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// Constant-time arithmetic in Z_r, r the order of G1, on gnark-crypto's
// fr.Element representation (four little-endian limbs, Montgomery form
// with R = 2^256), so that scalars pass unchanged to the variable-time code.
// None of gnark-crypto's fr arithmetic is used on secrets: its Add, Sub,
// Double and Neg branch on the data, and its reductions of wide values go
// through math/big. Every function here runs the same instructions and
// touches the same memory whatever the values: both candidates of each
// final subtraction are computed and one is kept with a mask. Montgomery
// multiplication is the portable CIOS loop on bits.Mul64, which compiles
// to a single constant-time multiply instruction on amd64 and arm64.

var (
	rLimbs fr.Element // r
	rInv   uint64     // -r^-1 mod 2^64
	rR2    fr.Element // R² mod r: Montgomery multiplication by it enters the form
	rR3    fr.Element // R³ mod r: multiplies a value by 2^256 while entering the form
)

func init() {
	r := fr.Modulus()
	for i := range rLimbs {
		rLimbs[i] = new(big.Int).Rsh(r, uint(64*i)).Uint64()
	}
	rInv = negInverse64(rLimbs[0])
	R := new(big.Int).Lsh(big.NewInt(1), 256)
	r2 := new(big.Int).Mul(R, R)
	r2.Mod(r2, r)
	r3 := new(big.Int).Mul(r2, R)
	r3.Mod(r3, r)
	for i := range rR2 {
		rR2[i] = new(big.Int).Rsh(r2, uint(64*i)).Uint64()
		rR3[i] = new(big.Int).Rsh(r3, uint(64*i)).Uint64()
	}
}

// frAdd sets z = x + y mod r for x, y < r (the sum is below 2r < 2^256).
func frAdd(z, x, y *fr.Element) {
	var s fr.Element
	var c uint64
	s[0], c = bits.Add64(x[0], y[0], 0)
	s[1], c = bits.Add64(x[1], y[1], c)
	s[2], c = bits.Add64(x[2], y[2], c)
	s[3], _ = bits.Add64(x[3], y[3], c)
	frReduceOnce(z, &s, 0)
}

// frReduceOnce sets z = (hi·2^256 + s) - r if that is not negative, else s,
// for a value below 2r.
func frReduceOnce(z, s *fr.Element, hi uint64) {
	var t fr.Element
	var b uint64
	t[0], b = bits.Sub64(s[0], rLimbs[0], 0)
	t[1], b = bits.Sub64(s[1], rLimbs[1], b)
	t[2], b = bits.Sub64(s[2], rLimbs[2], b)
	t[3], b = bits.Sub64(s[3], rLimbs[3], b)
	_, b = bits.Sub64(hi, 0, b)
	keep := -b // all ones when the value is below r
	for i := range z {
		z[i] = t[i] ^ (keep & (t[i] ^ s[i]))
	}
}

// frSub sets z = x - y mod r for x, y < r.
func frSub(z, x, y *fr.Element) {
	var d fr.Element
	var b uint64
	d[0], b = bits.Sub64(x[0], y[0], 0)
	d[1], b = bits.Sub64(x[1], y[1], b)
	d[2], b = bits.Sub64(x[2], y[2], b)
	d[3], b = bits.Sub64(x[3], y[3], b)
	m := -b
	var c uint64
	z[0], c = bits.Add64(d[0], rLimbs[0]&m, 0)
	z[1], c = bits.Add64(d[1], rLimbs[1]&m, c)
	z[2], c = bits.Add64(d[2], rLimbs[2]&m, c)
	z[3], _ = bits.Add64(d[3], rLimbs[3]&m, c)
}

// frNeg sets z = -x mod r (0 for x = 0).
func frNeg(z, x *fr.Element) {
	nz := ^eqMask(x[0]|x[1]|x[2]|x[3], 0)
	var b uint64
	z[0], b = bits.Sub64(rLimbs[0], x[0], 0)
	z[1], b = bits.Sub64(rLimbs[1], x[1], b)
	z[2], b = bits.Sub64(rLimbs[2], x[2], b)
	z[3], _ = bits.Sub64(rLimbs[3], x[3], b)
	for i := range z {
		z[i] &= nz
	}
}

// frMontMul sets z = x·y·2^-256 mod r (Montgomery multiplication, CIOS).
// y must be below r; x may be any 256-bit value (the result, below
// x·y/2^256 + r < 2r, is then reduced once). z may alias x or y.
func frMontMul(z, x, y *fr.Element) {
	var t [6]uint64
	for i := 0; i < 4; i++ {
		var c, cc uint64
		t[0], c = madd2(x[0], y[i], t[0], 0)
		t[1], c = madd2(x[1], y[i], t[1], c)
		t[2], c = madd2(x[2], y[i], t[2], c)
		t[3], c = madd2(x[3], y[i], t[3], c)
		t[4], cc = bits.Add64(t[4], c, 0)
		t[5] = cc
		m := t[0] * rInv
		_, c = madd2(m, rLimbs[0], t[0], 0)
		t[0], c = madd2(m, rLimbs[1], t[1], c)
		t[1], c = madd2(m, rLimbs[2], t[2], c)
		t[2], c = madd2(m, rLimbs[3], t[3], c)
		t[3], cc = bits.Add64(t[4], c, 0)
		t[4] = t[5] + cc
	}
	s := fr.Element{t[0], t[1], t[2], t[3]}
	frReduceOnce(z, &s, t[4])
}

// frMul sets z = x·y mod r for x, y in Montgomery form.
func frMul(z, x, y *fr.Element) { frMontMul(z, x, y) }

// frToMont sets z to the Montgomery form of the 256-bit value x, reduced
// modulo r: x·R²/R = x·R mod r. x need not be below r.
func frToMont(z, x *fr.Element) { frMontMul(z, x, &rR2) }

// frFromMont sets z to the regular form of x (x·1/R), below r.
func frFromMont(z, x *fr.Element) {
	one := fr.Element{1}
	frMontMul(z, x, &one)
}

// frEqualMask returns all ones when x = y, else zero.
func frEqualMask(x, y *fr.Element) uint64 {
	return eqMask((x[0]^y[0])|(x[1]^y[1])|(x[2]^y[2])|(x[3]^y[3]), 0)
}

// frLimbsBE reads 32 big-endian bytes into four little-endian limbs.
func frLimbsBE(b []byte) fr.Element {
	var e fr.Element
	for i := range 4 {
		e[i] = binary.BigEndian.Uint64(b[24-8*i:])
	}
	return e
}

// frBelowModulusMask returns all ones when x < r, else zero.
func frBelowModulusMask(x *fr.Element) uint64 {
	var b uint64
	_, b = bits.Sub64(x[0], rLimbs[0], 0)
	_, b = bits.Sub64(x[1], rLimbs[1], b)
	_, b = bits.Sub64(x[2], rLimbs[2], b)
	_, b = bits.Sub64(x[3], rLimbs[3], b)
	return -b
}

// frFromWideBE sets z to the Montgomery form of the big-endian integer b
// (at most 64 bytes) reduced modulo r, in constant time for a given
// length: b = hi·2^256 + lo with lo the last 32 bytes, and
// z = lo·R² /R + hi·R³/R = (lo + hi·2^256)·R mod r.
func frFromWideBE(z *fr.Element, b []byte) {
	var buf [64]byte
	copy(buf[64-len(b):], b)
	hi := frLimbsBE(buf[:32])
	lo := frLimbsBE(buf[32:])
	var h, l fr.Element
	frMontMul(&h, &hi, &rR3)
	frMontMul(&l, &lo, &rR2)
	frAdd(z, &h, &l)
	clear(buf[:])
}

// frBytesBE writes x (Montgomery form) as 32 bytes big-endian.
func frBytesBE(out *[ScalarSize]byte, x *fr.Element) {
	var r fr.Element
	frFromMont(&r, x)
	for i := range 4 {
		binary.BigEndian.PutUint64(out[8*i:], r[3-i])
	}
}
