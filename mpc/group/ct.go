package group

import (
	"math/bits"
	"sync"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
)

// This file holds the constant-time arithmetic used with secret scalars.
//
// Points are in homogeneous projective coordinates (X:Y:Z), x = X/Z,
// y = Y/Z, identity (0:1:0), and are added with the complete formulas of
// Renes, Costello and Batina (ePrint 2015/1060, Algorithms 7 and 9, a = 0).
// They are complete on E: y² = x³ + 4 over Fp because E(Fp) has odd order
// (no point of order two), so no input needs a special case and no branch
// depends on the points. Table entries are selected by scanning the whole
// table with masks.
//
// The field arithmetic is gnark-crypto's, whose Montgomery multiplication
// has no secret-dependent branches on amd64/arm64 (assembly) other than the
// final conditional subtraction, the residual the whole Go ecosystem shares.

type projective struct{ x, y, z fp.Element }

// b3 multiplies by 3·b = 12 with additions.
func mulBy12(z, x *fp.Element) {
	var t fp.Element
	t.Double(x)  // 2x
	t.Add(&t, x) // 3x
	t.Double(&t) // 6x
	z.Double(&t) // 12x
}

func (p *projective) setIdentity() *projective {
	p.x.SetZero()
	p.y.SetOne()
	p.z.SetZero()
	return p
}

// fromAffine sets p to the affine point a; gnark's (0,0) encodes the identity.
func (p *projective) fromAffine(a *bls12381.G1Affine) *projective {
	p.x = a.X
	p.y = a.Y
	p.z.SetOne()
	inf := isZeroMask(&a.X) & isZeroMask(&a.Y)
	var id projective
	id.setIdentity()
	p.selectFrom(p, &id, inf)
	return p
}

// add sets p = a + b (RCB Algorithm 7, a = 0). p may alias a or b.
func (p *projective) add(a, b *projective) *projective {
	var t0, t1, t2, t3, t4, x3, y3, z3 fp.Element
	t0.Mul(&a.x, &b.x)
	t1.Mul(&a.y, &b.y)
	t2.Mul(&a.z, &b.z)
	t3.Add(&a.x, &a.y)
	t4.Add(&b.x, &b.y)
	t3.Mul(&t3, &t4)
	t4.Add(&t0, &t1)
	t3.Sub(&t3, &t4)
	t4.Add(&a.y, &a.z)
	x3.Add(&b.y, &b.z)
	t4.Mul(&t4, &x3)
	x3.Add(&t1, &t2)
	t4.Sub(&t4, &x3)
	x3.Add(&a.x, &a.z)
	y3.Add(&b.x, &b.z)
	x3.Mul(&x3, &y3)
	y3.Add(&t0, &t2)
	y3.Sub(&x3, &y3)
	x3.Double(&t0)
	t0.Add(&x3, &t0)
	mulBy12(&t2, &t2)
	z3.Add(&t1, &t2)
	t1.Sub(&t1, &t2)
	mulBy12(&y3, &y3)
	x3.Mul(&t4, &y3)
	t2.Mul(&t3, &t1)
	x3.Sub(&t2, &x3)
	y3.Mul(&y3, &t0)
	t1.Mul(&t1, &z3)
	y3.Add(&t1, &y3)
	t0.Mul(&t0, &t3)
	z3.Mul(&z3, &t4)
	z3.Add(&z3, &t0)
	p.x, p.y, p.z = x3, y3, z3
	return p
}

// double sets p = 2a (RCB Algorithm 9, a = 0). p may alias a.
func (p *projective) double(a *projective) *projective {
	var t0, t1, t2, x3, y3, z3 fp.Element
	t0.Square(&a.y)
	z3.Double(&t0)
	z3.Double(&z3)
	z3.Double(&z3)
	t1.Mul(&a.y, &a.z)
	t2.Square(&a.z)
	mulBy12(&t2, &t2)
	x3.Mul(&t2, &z3)
	y3.Add(&t0, &t2)
	z3.Mul(&t1, &z3)
	t1.Double(&t2)
	t2.Add(&t1, &t2)
	t0.Sub(&t0, &t2)
	y3.Mul(&t0, &y3)
	y3.Add(&x3, &y3)
	t1.Mul(&a.x, &a.y)
	x3.Mul(&t0, &t1)
	x3.Double(&x3)
	p.x, p.y, p.z = x3, y3, z3
	return p
}

// toAffine converts p to affine coordinates; the identity becomes gnark's
// (0,0). The field inversion is variable time, so it inverts Z·ρ for a fresh
// random ρ and multiplies by ρ afterwards: its timing then depends on a
// uniformly random value, not on Z.
func (p *projective) toAffine(a *bls12381.G1Affine) {
	var rho, zr, zinv fp.Element
	if _, err := rho.SetRandom(); err != nil {
		panic("group: reading randomness for inversion blinding: " + err.Error())
	}
	zr.Mul(&p.z, &rho)
	zinv.Inverse(&zr) // 0 when z = 0, which yields (0,0)
	zinv.Mul(&zinv, &rho)
	a.X.Mul(&p.x, &zinv)
	a.Y.Mul(&p.y, &zinv)
}

// selectFrom sets p = b if mask is all ones, p = a if it is zero.
func (p *projective) selectFrom(a, b *projective, mask uint64) {
	ctSelectFp(&p.x, &a.x, &b.x, mask)
	ctSelectFp(&p.y, &a.y, &b.y, mask)
	ctSelectFp(&p.z, &a.z, &b.z, mask)
}

// lookupSigned sets p = [d]T where T = table[1] and table[j] = [j]T for
// j = 0..8, d a signed digit in [-8, 8], reading every entry.
func (p *projective) lookupSigned(table *[9]projective, d int64) {
	neg := uint64(d >> 63) // all ones when d < 0
	abs := uint64((d ^ int64(neg)) - int64(neg))
	var x, y, z fp.Element
	for i := range table {
		m := eqMask(uint64(i), abs)
		e := &table[i]
		for l := range x {
			x[l] |= m & e.x[l]
			y[l] |= m & e.y[l]
			z[l] |= m & e.z[l]
		}
	}
	var ny fp.Element
	ny.Neg(&y)
	ctSelectFp(&y, &y, &ny, neg)
	p.x, p.y, p.z = x, y, z
}

func ctSelectFp(z, a, b *fp.Element, mask uint64) {
	for i := range z {
		z[i] = a[i] ^ (mask & (a[i] ^ b[i]))
	}
}

// eqMask returns all ones when a = b, else zero, without branching.
func eqMask(a, b uint64) uint64 {
	x := a ^ b
	// x | -x has its top bit set iff x != 0.
	return ((x | -x) >> 63) - 1
}

func isZeroMask(e *fp.Element) uint64 {
	var acc uint64
	for _, l := range e {
		acc |= l
	}
	return eqMask(acc, 0)
}

// signedDigits recodes the little-endian limbs k (value < 2^(64·len(k)-1))
// into 4-bit signed digits d_i ∈ [-8, 8) with k = Σ d_i 16^i, plus a final
// carry digit, without branching on k. out must have 16·len(k)+1 entries.
func signedDigits(k []uint64, out []int64) {
	var carry int64
	for i := 0; i < 16*len(k); i++ {
		d := int64((k[i/16]>>(uint(i%16)*4))&0xf) + carry
		carry = (d + 8) >> 4
		out[i] = d - carry<<4
	}
	out[16*len(k)] = carry
}

// GLV: φ(x, y) = (βx, y) acts on G1 as multiplication by λ = z² - 1, where
// z = -0xd201000000010000 is the BLS parameter; λ has 128 bits.
var (
	glvBeta   fp.Element
	glvLambda = [2]uint64{0x00000000ffffffff, 0xac45a4010001a402} // little-endian limbs
)

func init() {
	glvBeta.SetString("4002409555221667392624310435006688643935503118305586438271171395842971157480381377015405980053539358417135540939436")
}

// splitGLV writes k = k1 + k2·λ with 0 ≤ k1 < λ and k2 = ⌊k/λ⌋ < 2^128, by
// restoring long division with a fixed number of steps and masked updates.
func splitGLV(k [4]uint64) (k1, k2 [2]uint64) {
	// remainder r (3 limbs, < 2λ < 2^129), quotient q (2 limbs).
	var r [3]uint64
	var q [2]uint64
	for i := 255; i >= 0; i-- {
		bit := (k[i/64] >> (uint(i) % 64)) & 1
		// r = 2r + bit
		r[2] = r[2]<<1 | r[1]>>63
		r[1] = r[1]<<1 | r[0]>>63
		r[0] = r[0]<<1 | bit
		// t = r - λ; keep it if no borrow.
		var t [3]uint64
		var b uint64
		t[0], b = bits.Sub64(r[0], glvLambda[0], 0)
		t[1], b = bits.Sub64(r[1], glvLambda[1], b)
		t[2], b = bits.Sub64(r[2], 0, b)
		keep := b - 1 // all ones when r ≥ λ
		for j := range r {
			r[j] = r[j] ^ (keep & (r[j] ^ t[j]))
		}
		if i < 128 {
			q[i/64] |= (keep & 1) << (uint(i) % 64)
		}
	}
	return [2]uint64{r[0], r[1]}, q
}

// scalarMultCT sets out = [k]P in constant time: GLV split into two
// 128-bit halves, signed 4-bit windows walked jointly (132 doublings, 66
// additions), look-ups by masking.
func scalarMultCT(out *bls12381.G1Affine, k *Scalar, P *bls12381.G1Affine) {
	var t1, t2 [9]projective
	precomputeCT(&t1, &t2, P)
	scalarMultPrecomputedCT(out, k, &t1, &t2)
}

// precomputeCT fills t1[j] = [j]P and t2[j] = φ([j]P) for j = 0..8.
func precomputeCT(t1, t2 *[9]projective, P *bls12381.G1Affine) {
	t1[0].setIdentity()
	t1[1].fromAffine(P)
	t1[2].double(&t1[1])
	for i := 3; i < 9; i++ {
		t1[i].add(&t1[i-1], &t1[1])
	}
	for i := range t2 {
		t2[i].x.Mul(&t1[i].x, &glvBeta)
		t2[i].y = t1[i].y
		t2[i].z = t1[i].z
	}
}

func scalarMultPrecomputedCT(out *bls12381.G1Affine, k *Scalar, t1, t2 *[9]projective) {
	k1, k2 := splitGLV(k.regular())
	// Each half is below 2^128, so its top limb bit is clear except when the
	// half itself reaches 2^127; the extra carry digit absorbs that.
	var d1, d2 [33]int64
	signedDigits(k1[:], d1[:])
	signedDigits(k2[:], d2[:])
	var acc, sel projective
	acc.setIdentity()
	for w := 32; w >= 0; w-- {
		if w != 32 {
			acc.double(&acc)
			acc.double(&acc)
			acc.double(&acc)
			acc.double(&acc)
		}
		sel.lookupSigned(t1, d1[w])
		acc.add(&acc, &sel)
		sel.lookupSigned(t2, d2[w])
		acc.add(&acc, &sel)
	}
	acc.toAffine(out)
}

// affinePoint is an affine point for the constant-time comb (never the
// identity).
type affinePoint struct{ x, y fp.Element }

// addMixed sets p = a + b for an affine b that is not the identity (RCB
// Algorithm 8, a = 0: 11 multiplications). p may alias a.
func (p *projective) addMixed(a *projective, b *affinePoint) *projective {
	var t0, t1, t2, t3, t4, x3, y3, z3 fp.Element
	t0.Mul(&a.x, &b.x)
	t1.Mul(&a.y, &b.y)
	t3.Add(&b.x, &b.y)
	t4.Add(&a.x, &a.y)
	t3.Mul(&t3, &t4)
	t4.Add(&t0, &t1)
	t3.Sub(&t3, &t4)
	t4.Mul(&b.y, &a.z)
	t4.Add(&t4, &a.y)
	y3.Mul(&b.x, &a.z)
	y3.Add(&y3, &a.x)
	x3.Double(&t0)
	t0.Add(&x3, &t0)
	mulBy12(&t2, &a.z)
	z3.Add(&t1, &t2)
	t1.Sub(&t1, &t2)
	mulBy12(&y3, &y3)
	x3.Mul(&t4, &y3)
	t2.Mul(&t3, &t1)
	x3.Sub(&t2, &x3)
	y3.Mul(&y3, &t0)
	t1.Mul(&t1, &z3)
	y3.Add(&t1, &y3)
	t0.Mul(&t0, &t3)
	z3.Mul(&z3, &t4)
	z3.Add(&z3, &t0)
	p.x, p.y, p.z = x3, y3, z3
	return p
}

const (
	combWindow  = 5
	combWindows = 52 // ⌈255/5⌉ = 51 signed digits and a carry
	combEntries = 1 << (combWindow - 1)
)

// fixedBase is a comb table for constant-time multiplication of a fixed
// point B: table[i][j] = (j+1)·32^i·B, affine, for 52 signed 5-bit windows.
type fixedBase struct {
	table [combWindows][combEntries]affinePoint
}

func newFixedBase(B *bls12381.G1Affine) *fixedBase {
	fb := new(fixedBase)
	jac := make([]bls12381.G1Jac, combWindows*combEntries)
	var base bls12381.G1Jac
	base.FromAffine(B)
	for i := 0; i < combWindows; i++ {
		row := jac[i*combEntries : (i+1)*combEntries]
		row[0] = base
		for j := 1; j < combEntries; j++ {
			row[j].Set(&row[j-1]).AddAssign(&base)
		}
		for range combWindow {
			base.DoubleAssign()
		}
	}
	// B is public, so the variable-time batch conversion is fine here.
	aff := bls12381.BatchJacobianToAffineG1(jac)
	for i := range fb.table {
		for j := range fb.table[i] {
			a := &aff[i*combEntries+j]
			fb.table[i][j] = affinePoint{a.X, a.Y}
		}
	}
	return fb
}

// signedDigits5 recodes k (four little-endian limbs, k < 2^255) into 5-bit
// signed digits d_i ∈ [-16, 16) with k = Σ d_i 32^i, without branching.
func signedDigits5(k [4]uint64, out *[combWindows]int64) {
	var carry int64
	for i := 0; i < combWindows-1; i++ {
		bit := uint(i * combWindow)
		w := k[bit/64] >> (bit % 64)
		if bit%64 > 64-combWindow && bit/64 < 3 {
			w |= k[bit/64+1] << (64 - bit%64)
		}
		d := int64(w&0x1f) + carry
		carry = (d + 16) >> 5
		out[i] = d - carry<<5
	}
	out[combWindows-1] = carry
}

// mult sets out = [k]B in constant time: 52 masked look-ups and mixed
// additions, no doublings.
func (fb *fixedBase) mult(out *bls12381.G1Affine, k *Scalar) {
	var d [combWindows]int64
	signedDigits5(k.regular(), &d)
	var acc, sum projective
	acc.setIdentity()
	for i := range fb.table {
		neg := uint64(d[i] >> 63)
		abs := uint64((d[i] ^ int64(neg)) - int64(neg))
		// Select entry |d|-1 (entry 0 when d = 0; the sum is discarded).
		var sel affinePoint
		for j := range fb.table[i] {
			m := eqMask(uint64(j+1), abs)
			e := &fb.table[i][j]
			for l := range sel.x {
				sel.x[l] |= m & e.x[l]
				sel.y[l] |= m & e.y[l]
			}
		}
		zero := eqMask(abs, 0)
		for l := range sel.x {
			sel.x[l] |= zero & fb.table[i][0].x[l]
			sel.y[l] |= zero & fb.table[i][0].y[l]
		}
		var ny fp.Element
		ny.Neg(&sel.y)
		ctSelectFp(&sel.y, &sel.y, &ny, neg)
		sum.addMixed(&acc, &sel)
		acc.selectFrom(&sum, &acc, zero)
	}
	acc.toAffine(out)
}

var (
	baseTableOnce, secondTableOnce sync.Once
	baseTable, secondTable         *fixedBase
)

func generatorTable() *fixedBase {
	baseTableOnce.Do(func() { baseTable = newFixedBase(&generatorG.p) })
	return baseTable
}

func secondGeneratorTable() *fixedBase {
	secondTableOnce.Do(func() { secondTable = newFixedBase(&generatorH.p) })
	return secondTable
}

// MultTable holds the multiples of a point for repeated constant-time
// multiplication by secret scalars (a share and a proof nonce on the same
// base, say). Build one with NewMultTable.
type MultTable struct {
	t1, t2 [9]projective
}

// NewMultTable precomputes P's small multiples and their GLV images.
func NewMultTable(P *Point) *MultTable {
	t := new(MultTable)
	precomputeCT(&t.t1, &t.t2, &P.p)
	return t
}

// ScalarMult returns [k]P in constant time. k may be secret.
func (t *MultTable) ScalarMult(k *Scalar) *Point {
	out := new(Point)
	scalarMultPrecomputedCT(&out.p, k, &t.t1, &t.t2)
	return out
}
