package group

import (
	"math/bits"
	"sync"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
)

// This file holds the constant-time arithmetic used with secret scalars
// and with points derived from them.
//
// Points are in homogeneous projective coordinates (X:Y:Z), x = X/Z,
// y = Y/Z, identity (0:1:0), and are added with the complete formulas of
// Renes, Costello and Batina (ePrint 2015/1060, Algorithms 7 and 9, a = 0).
// They are complete on E: y² = x³ + 4 over Fp because E(Fp) has odd order
// (no point of order two), so no input needs a special case and no branch
// depends on the points. Table entries are selected by scanning the whole
// table with masks.
//
// The field arithmetic is field.go's: masked additions, subtractions and
// negations, and a multiplication without data-dependent branches. The
// only variable-time step is the final field inversion, which is blinded
// by a fresh random factor (see projective.toAffine).

type projective struct{ x, y, z fp.Element }

// b3 multiplies by 3·b = 12 with additions.
func mulBy12(z, x *fp.Element) {
	var t fp.Element
	fpDouble(&t, x)  // 2x
	fpAdd(&t, &t, x) // 3x
	fpDouble(&t, &t) // 6x
	fpDouble(z, &t)  // 12x
}

func (p *projective) setIdentity() *projective {
	p.x.SetZero()
	p.y.SetOne()
	p.z.SetZero()
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
	fpMul(&zr, &p.z, &rho)
	zinv.Inverse(&zr) // 0 when z = 0, which yields (0,0)
	fpMul(&zinv, &zinv, &rho)
	fpMul(&a.X, &p.x, &zinv)
	fpMul(&a.Y, &p.y, &zinv)
}

// selectFrom sets p = b if mask is all ones, p = a if it is zero.
func (p *projective) selectFrom(a, b *projective, mask uint64) {
	ctSelectFp(&p.x, &a.x, &b.x, mask)
	ctSelectFp(&p.y, &a.y, &b.y, mask)
	ctSelectFp(&p.z, &a.z, &b.z, mask)
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

// Variable base, secret scalar. The accumulator is in Jacobian coordinates
// (x = X/Z², y = Y/Z³, identity Z = 0) and doubles with jacDoubleCT
// (the identity stays the identity; there are no points of order two).
// Additions use the unified mixed formula of libsecp256k1
// (secp256k1_gej_add_ge), which handles the identity, P + P, P + (-P) and
// the degenerate y1 = -y2 case with masks instead of branches. The scalar
// is split by GLV into two 128-bit halves, each recoded into odd signed
// 5-bit digits (Joye–Tunstall regular recoding), so every look-up hits one
// of the sixteen odd multiples P, 3P, …, 31P, never the identity. The point
// itself is treated as public (it always is here: ciphertext components,
// user keys, composites).

// oddEntries is the number of odd multiples in a table; digitCount the
// number of 5-bit digits of a (corrected) 128-bit half.
const (
	oddWindow  = 5
	oddEntries = 1 << (oddWindow - 1)
	digitCount = 26 // 25 steps of 5 bits and the final digit
)

// oddTable holds ±(2j+1)·P and its GLV image, affine.
type oddTable struct {
	p, phi [oddEntries]affinePoint
	// negP and negPhi are -P and -φ(P), for the even-scalar corrections.
	negP, negPhi affinePoint
}

func newOddTable(P *bls12381.G1Affine) *oddTable {
	var jac [oddEntries]bls12381.G1Jac
	var twice bls12381.G1Jac
	jac[0].FromAffine(P)
	twice.Double(&jac[0])
	for j := 1; j < oddEntries; j++ {
		jac[j].Set(&jac[j-1]).AddAssign(&twice)
	}
	// P is public: one variable-time inversion for the whole table, which
	// also yields the φ images. batchToAffine works in groups of eight:
	// group g's points land in aff[16g:16g+8], their images in
	// aff[16g+8:16g+16].
	var aff [2 * oddEntries]bls12381.G1Affine
	batchToAffine(jac[:], aff[:], oddEntries/8)
	t := new(oddTable)
	for j := range oddEntries {
		g, o := j/8, j%8
		t.p[j] = affinePoint{aff[16*g+o].X, aff[16*g+o].Y}
		t.phi[j] = affinePoint{aff[16*g+8+o].X, aff[16*g+8+o].Y}
	}
	t.negP = t.p[0]
	t.negP.y.Neg(&t.negP.y)
	t.negPhi = t.phi[0]
	t.negPhi.y.Neg(&t.negPhi.y)
	return t
}

// lookupOdd returns sign(d)·table[(|d|-1)/2] for an odd digit
// d ∈ [-31, 31], reading every entry.
func lookupOdd(table *[oddEntries]affinePoint, d int64) affinePoint {
	neg := uint64(d >> 63)
	abs := uint64((d ^ int64(neg)) - int64(neg))
	idx := (abs - 1) >> 1
	var out affinePoint
	for j := range table {
		m := eqMask(uint64(j), idx)
		e := &table[j]
		out.x[0] |= m & e.x[0]
		out.x[1] |= m & e.x[1]
		out.x[2] |= m & e.x[2]
		out.x[3] |= m & e.x[3]
		out.x[4] |= m & e.x[4]
		out.x[5] |= m & e.x[5]
		out.y[0] |= m & e.y[0]
		out.y[1] |= m & e.y[1]
		out.y[2] |= m & e.y[2]
		out.y[3] |= m & e.y[3]
		out.y[4] |= m & e.y[4]
		out.y[5] |= m & e.y[5]
	}
	var ny fp.Element
	fpNeg(&ny, &out.y)
	ctSelectFp(&out.y, &out.y, &ny, neg)
	return out
}

// regularDigits makes the 128-bit value k odd (returning 1 if it added one)
// and writes its 26 odd signed 5-bit digits: k = Σ d_i 32^i, d_i odd in
// [-31, 31], d_25 > 0. No branch depends on k.
func regularDigits(k [2]uint64, out *[digitCount]int64) (corr uint64) {
	corr = 1 - k[0]&1
	var c uint64
	k[0], c = bits.Add64(k[0], corr, 0)
	k[1] += c
	for i := 0; i < digitCount-1; i++ {
		d := int64(k[0]&63) - 32
		out[i] = d
		// k = (k - d) / 32, exact since k - d ≡ 32 mod 64 is divisible by
		// 32. Subtract the sign-extended digit as a two-limb value.
		var b uint64
		k[0], b = bits.Sub64(k[0], uint64(d), 0)
		k[1], _ = bits.Sub64(k[1], uint64(d>>63), b)
		k[0] = k[0]>>oddWindow | k[1]<<(64-oddWindow)
		k[1] >>= oddWindow
	}
	out[digitCount-1] = int64(k[0])
	return corr
}

// addMixedJacCT sets p = p + b in constant time (b affine, not the
// identity), following libsecp256k1's unified formula.
func addMixedJacCT(p *bls12381.G1Jac, b *affinePoint) {
	f1 := isZeroMask(&p.Z) // p is the identity: the result is b
	var res bls12381.G1Jac
	var one fp.Element
	one.SetOne()
	ctSelectFp(&res.X, &p.X, &b.x, f1)
	ctSelectFp(&res.Y, &p.Y, &b.y, f1)
	ctSelectFp(&res.Z, &p.Z, &one, f1)

	var z, u1, u2, s1, s2 fp.Element
	u1 = p.X
	s1 = p.Y
	fpSquare(&z, &p.Z)
	fpMul(&u2, &b.x, &z)
	fpMul(&z, &z, &p.Z)
	fpMul(&s2, &b.y, &z)
	// p = -b: the result is the identity.
	f3 := eqMaskFp(&u1, &u2) &^ eqMaskFp(&s1, &s2)
	var id bls12381.G1Jac
	id.X.SetOne()
	id.Y.SetOne()
	sel := f3 &^ f1
	ctSelectFp(&res.X, &res.X, &id.X, sel)
	ctSelectFp(&res.Y, &res.Y, &id.Y, sel)
	ctSelectFp(&res.Z, &res.Z, &id.Z, sel)

	var t, m, rr, mAlt, tt, rrAlt, n, q, z3, x3, y3 fp.Element
	fpAdd(&t, &u1, &u2)
	fpAdd(&m, &s1, &s2)
	fpSquare(&rr, &t)
	fpMul(&tt, &u1, &u2)
	fpSub(&rr, &rr, &tt)
	// Degenerate: x1 ≠ x2 but y1 = -y2 (possible since p ≡ 1 mod 3); use
	// the alternative slope (y1 - y2)/(x1 - x2).
	degenerate := isZeroMask(&m) & isZeroMask(&rr)
	fpDouble(&rrAlt, &s1)
	fpSub(&mAlt, &u1, &u2)
	ctSelectFp(&rrAlt, &rr, &rrAlt, degenerate)
	ctSelectFp(&mAlt, &m, &mAlt, degenerate)
	fpSquare(&n, &mAlt)
	fpMul(&q, &n, &t)
	fpSquare(&n, &n)
	ctSelectFp(&n, &n, &m, degenerate)
	fpSquare(&t, &rrAlt)
	fpMul(&z3, &mAlt, &p.Z)
	fpDouble(&z3, &z3)
	fpSub(&t, &t, &q)
	x3 = t
	fpDouble(&t, &t)
	fpSub(&t, &t, &q)
	fpMul(&t, &t, &rrAlt)
	fpAdd(&t, &t, &n)
	fpNeg(&y3, &t)
	fpDouble(&x3, &x3)
	fpDouble(&x3, &x3)
	fpDouble(&y3, &y3)
	fpDouble(&y3, &y3)
	keep := ^(f1 | f3)
	ctSelectFp(&res.X, &res.X, &x3, keep)
	ctSelectFp(&res.Y, &res.Y, &y3, keep)
	ctSelectFp(&res.Z, &res.Z, &z3, keep)
	*p = res
}

func eqMaskFp(a, b *fp.Element) uint64 {
	var acc uint64
	for l := range a {
		acc |= a[l] ^ b[l]
	}
	return eqMask(acc, 0)
}

// jacToAffineCT converts p to affine with a blinded inversion (see
// projective.toAffine); the identity becomes (0,0).
func jacToAffineCT(out *bls12381.G1Affine, p *bls12381.G1Jac) {
	var rho, zr, zinv, zinv2 fp.Element
	if _, err := rho.SetRandom(); err != nil {
		panic("group: reading randomness for inversion blinding: " + err.Error())
	}
	fpMul(&zr, &p.Z, &rho)
	zinv.Inverse(&zr)
	fpMul(&zinv, &zinv, &rho)
	fpSquare(&zinv2, &zinv)
	fpMul(&out.X, &p.X, &zinv2)
	fpMul(&out.Y, &p.Y, &zinv2)
	fpMul(&out.Y, &out.Y, &zinv)
}

// jacDoubleCT sets p = 2p in Jacobian coordinates (dbl-2009-l, a = 0:
// 2M + 5S), with field.go's arithmetic. The identity (Z = 0) stays the
// identity; there are no points of order two.
func jacDoubleCT(p *bls12381.G1Jac) {
	var a, b, c, d, e, f, t fp.Element
	fpSquare(&a, &p.X)
	fpSquare(&b, &p.Y)
	fpSquare(&c, &b)
	fpAdd(&t, &p.X, &b)
	fpSquare(&t, &t)
	fpSub(&t, &t, &a)
	fpSub(&t, &t, &c)
	fpDouble(&d, &t)
	fpDouble(&e, &a)
	fpAdd(&e, &e, &a)
	fpSquare(&f, &e)
	fpMul(&p.Z, &p.Y, &p.Z)
	fpDouble(&p.Z, &p.Z)
	fpDouble(&t, &d)
	fpSub(&p.X, &f, &t)
	fpSub(&t, &d, &p.X)
	fpMul(&t, &t, &e)
	fpDouble(&c, &c)
	fpDouble(&c, &c)
	fpDouble(&c, &c)
	fpSub(&p.Y, &t, &c)
}

// fromAffineCT sets p to the projective form of a (gnark-crypto's affine
// identity (0,0) becomes (0:1:0)) without branching.
func (p *projective) fromAffineCT(a *bls12381.G1Affine) *projective {
	id := isZeroMask(&a.X) & isZeroMask(&a.Y)
	var one fp.Element
	one.SetOne()
	p.x = a.X
	ctSelectFp(&p.y, &a.Y, &one, id)
	for i := range p.z {
		p.z[i] = one[i] &^ id
	}
	return p
}

// add sets p = a + b (RCB Algorithm 7, a = 0: 12 multiplications),
// complete: any inputs, the identity included. p may alias a or b.
func (p *projective) add(a, b *projective) *projective {
	var t0, t1, t2, t3, t4, x3, y3, z3 fp.Element
	fpMul(&t0, &a.x, &b.x)
	fpMul(&t1, &a.y, &b.y)
	fpMul(&t2, &a.z, &b.z)
	fpAdd(&t3, &a.x, &a.y)
	fpAdd(&t4, &b.x, &b.y)
	fpMul(&t3, &t3, &t4)
	fpAdd(&t4, &t0, &t1)
	fpSub(&t3, &t3, &t4)
	fpAdd(&t4, &a.y, &a.z)
	fpAdd(&x3, &b.y, &b.z)
	fpMul(&t4, &t4, &x3)
	fpAdd(&x3, &t1, &t2)
	fpSub(&t4, &t4, &x3)
	fpAdd(&x3, &a.x, &a.z)
	fpAdd(&y3, &b.x, &b.z)
	fpMul(&x3, &x3, &y3)
	fpAdd(&y3, &t0, &t2)
	fpSub(&y3, &x3, &y3)
	fpDouble(&x3, &t0)
	fpAdd(&t0, &x3, &t0)
	mulBy12(&t2, &t2)
	fpAdd(&z3, &t1, &t2)
	fpSub(&t1, &t1, &t2)
	mulBy12(&y3, &y3)
	fpMul(&x3, &t4, &y3)
	fpMul(&t2, &t3, &t1)
	fpSub(&x3, &t2, &x3)
	fpMul(&y3, &y3, &t0)
	fpMul(&t1, &t1, &z3)
	fpAdd(&y3, &t1, &y3)
	fpMul(&t0, &t0, &t3)
	fpMul(&z3, &z3, &t4)
	fpAdd(&z3, &z3, &t0)
	p.x, p.y, p.z = x3, y3, z3
	return p
}

// addAffineCT sets out = a + b in constant time (complete addition and a
// blinded inversion); either may be the identity.
func addAffineCT(out, a, b *bls12381.G1Affine) {
	var pa, pb projective
	pa.fromAffineCT(a)
	pb.fromAffineCT(b)
	pa.add(&pa, &pb)
	pa.toAffine(out)
}

// negAffineCT sets out = -a without branching (the identity stays (0,0)).
func negAffineCT(out, a *bls12381.G1Affine) {
	out.X = a.X
	fpNeg(&out.Y, &a.Y)
}

// scalarMultCT sets out = [k]P in constant time.
func scalarMultCT(out *bls12381.G1Affine, k *Scalar, P *bls12381.G1Affine) {
	if P.IsInfinity() { // P is public
		*out = *P
		return
	}
	scalarMultTableCT(out, k, newOddTable(P))
}

func scalarMultTableCT(out *bls12381.G1Affine, k *Scalar, t *oddTable) {
	k1, k2 := splitGLV(k.regular())
	var d1, d2 [digitCount]int64
	c1 := regularDigits(k1, &d1)
	c2 := regularDigits(k2, &d2)
	var acc bls12381.G1Jac
	acc.X.SetOne()
	acc.Y.SetOne() // identity; the first additions set it
	for w := digitCount - 1; w >= 0; w-- {
		if w != digitCount-1 {
			for range oddWindow {
				jacDoubleCT(&acc)
			}
		}
		e := lookupOdd(&t.p, d1[w])
		addMixedJacCT(&acc, &e)
		e = lookupOdd(&t.phi, d2[w])
		addMixedJacCT(&acc, &e)
	}
	// Undo the +1 that made each half odd.
	var fixed bls12381.G1Jac
	fixed = acc
	addMixedJacCT(&fixed, &t.negP)
	m1 := -c1
	ctSelectFp(&acc.X, &acc.X, &fixed.X, m1)
	ctSelectFp(&acc.Y, &acc.Y, &fixed.Y, m1)
	ctSelectFp(&acc.Z, &acc.Z, &fixed.Z, m1)
	fixed = acc
	addMixedJacCT(&fixed, &t.negPhi)
	m2 := -c2
	ctSelectFp(&acc.X, &acc.X, &fixed.X, m2)
	ctSelectFp(&acc.Y, &acc.Y, &fixed.Y, m2)
	ctSelectFp(&acc.Z, &acc.Z, &fixed.Z, m2)
	jacToAffineCT(out, &acc)
}

// affinePoint is an affine point for the constant-time comb (never the
// identity).
type affinePoint struct{ x, y fp.Element }

// addMixed sets p = a + b for an affine b that is not the identity (RCB
// Algorithm 8, a = 0: 11 multiplications). p may alias a.
func (p *projective) addMixed(a *projective, b *affinePoint) *projective {
	var t0, t1, t2, t3, t4, x3, y3, z3 fp.Element
	fpMul(&t0, &a.x, &b.x)
	fpMul(&t1, &a.y, &b.y)
	fpAdd(&t3, &b.x, &b.y)
	fpAdd(&t4, &a.x, &a.y)
	fpMul(&t3, &t3, &t4)
	fpAdd(&t4, &t0, &t1)
	fpSub(&t3, &t3, &t4)
	fpMul(&t4, &b.y, &a.z)
	fpAdd(&t4, &t4, &a.y)
	fpMul(&y3, &b.x, &a.z)
	fpAdd(&y3, &y3, &a.x)
	fpDouble(&x3, &t0)
	fpAdd(&t0, &x3, &t0)
	mulBy12(&t2, &a.z)
	fpAdd(&z3, &t1, &t2)
	fpSub(&t1, &t1, &t2)
	mulBy12(&y3, &y3)
	fpMul(&x3, &t4, &y3)
	fpMul(&t2, &t3, &t1)
	fpSub(&x3, &t2, &x3)
	fpMul(&y3, &y3, &t0)
	fpMul(&t1, &t1, &z3)
	fpAdd(&y3, &t1, &y3)
	fpMul(&t0, &t0, &t3)
	fpMul(&z3, &z3, &t4)
	fpAdd(&z3, &z3, &t0)
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
		fpNeg(&ny, &sel.y)
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
	t     *oddTable
	ident bool
}

// NewMultTable precomputes P's small multiples and their GLV images.
func NewMultTable(P *Point) *MultTable {
	P = pt(P)
	if P.IsIdentity() {
		return &MultTable{ident: true}
	}
	return &MultTable{t: newOddTable(&P.p)}
}

// ScalarMult returns [k]P in constant time. k may be secret.
func (t *MultTable) ScalarMult(k *Scalar) *Point {
	k = sc(k)
	out := new(Point)
	if !t.ident && t.t != nil { // the zero MultTable is the identity's
		scalarMultTableCT(&out.p, k, t.t)
	}
	return out
}
