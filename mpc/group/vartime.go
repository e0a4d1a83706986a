package group

import (
	"math/bits"
	"sync"

	"github.com/consensys/gnark-crypto/ecc"
	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// This file holds variable-time arithmetic for public data: verification of
// proofs and shares. Never pass secrets to these functions.

// ScalarMultVarTime sets v = [x]q and returns v. Not constant time.
func (v *Point) ScalarMultVarTime(x *Scalar, q *Point) *Point {
	x = sc(x)
	q = pt(q)
	v.p.ScalarMultiplication(&q.p, x.BigIntVarTime())
	return v
}

// DoubleScalarMultVarTime sets v = [a]P + [b]Q and returns v. Not constant
// time. It interleaves the four GLV half-scalars (Straus, width-5 NAF), about
// 1.4 times the cost of one scalar multiplication.
func (v *Point) DoubleScalarMultVarTime(a *Scalar, P *Point, b *Scalar, Q *Point) *Point {
	a = sc(a)
	P = pt(P)
	b = sc(b)
	Q = pt(Q)
	straus(&v.p, []*Scalar{a, b}, []*Point{P, Q})
	return v
}

// strausThreshold is the size from which Pippenger's method (gnark-crypto's
// MultiExp) beats interleaved GLV-wNAF.
const strausThreshold = 32

// MultiScalarMultVarTime returns Σ [scalars[i]] points[i]. Not constant time.
func MultiScalarMultVarTime(scalars []*Scalar, points []*Point) (*Point, error) {
	scalars = scs(scalars)
	points = pts(points)
	if len(scalars) != len(points) {
		return nil, ErrLengthMismatch
	}
	v := new(Point)
	if len(points) == 0 {
		return v, nil
	}
	if len(points) < strausThreshold {
		straus(&v.p, scalars, points)
		return v, nil
	}
	ps := make([]bls12381.G1Affine, len(points))
	ss := make([]fr.Element, len(scalars))
	for i := range points {
		ps[i] = points[i].p
		ss[i] = scalars[i].v
	}
	if _, err := v.p.MultiExp(ps, ss, ecc.MultiExpConfig{}); err != nil {
		return nil, err
	}
	return v, nil
}

const wnafWidth = 5

// wnaf writes the width-5 non-adjacent form of the 128-bit value k
// (little-endian limbs) into out (odd digits in (-16, 16)) and returns its
// length. Variable time.
func wnaf(k [2]uint64, out *[130]int8) int {
	n := 0
	for k[0] != 0 || k[1] != 0 {
		if k[0]&1 == 1 {
			d := int64(k[0] & 31)
			if d >= 16 {
				d -= 32
			}
			out[n] = int8(d)
			// k -= d
			if d > 0 {
				var b uint64
				k[0], b = bits.Sub64(k[0], uint64(d), 0)
				k[1] -= b
			} else {
				var c uint64
				k[0], c = bits.Add64(k[0], uint64(-d), 0)
				k[1] += c
			}
		} else {
			out[n] = 0
		}
		k[0] = k[0]>>1 | k[1]<<63
		k[1] >>= 1
		n++
	}
	return n
}

// straus computes Σ [s_i] P_i for fewer than strausThreshold points by
// splitting every scalar with GLV and walking all the half-scalars' width-5
// NAFs together. It works on fixed-size arrays: no allocation.
func straus(out *bls12381.G1Affine, scalars []*Scalar, points []*Point) {
	var acc bls12381.G1Jac
	strausJac(&acc, scalars, points)
	out.FromJacobian(&acc)
}

// strausJac is straus with a Jacobian result, for callers that add more.
func strausJac(acc *bls12381.G1Jac, scalars []*Scalar, points []*Point) {
	var (
		pts   [strausThreshold]*bls12381.G1Affine
		ks    [strausThreshold]*Scalar
		nafs  [2 * strausThreshold][130]int8
		lens  [2 * strausThreshold]int
		jac   [8 * strausThreshold]bls12381.G1Jac
		table [16 * strausThreshold]bls12381.G1Affine
	)
	m := 0
	for i := range points {
		// The identity contributes nothing and has no affine table.
		if !points[i].IsIdentity() {
			pts[m], ks[m] = &points[i].p, scalars[i]
			m++
		}
	}
	acc.X.SetOne()
	acc.Y.SetOne() // (1:1:0) is gnark's Jacobian identity
	acc.Z.SetZero()
	if m == 0 {
		return
	}
	maxLen := 0
	for i := 0; i < m; i++ {
		k1, k2 := splitGLV(ks[i].regular())
		lens[2*i] = wnaf(k1, &nafs[2*i])
		lens[2*i+1] = wnaf(k2, &nafs[2*i+1])
		maxLen = max(maxLen, lens[2*i], lens[2*i+1])
	}
	// Odd multiples P, 3P, …, 15P of every point, made affine in one batch
	// so that the main loop uses mixed additions; φ gives the second half's.
	for i := 0; i < m; i++ {
		var twice bls12381.G1Jac
		t := jac[8*i : 8*i+8]
		t[0].FromAffine(pts[i])
		twice.Double(&t[0])
		for j := 1; j < 8; j++ {
			t[j].Set(&t[j-1]).AddAssign(&twice)
		}
	}
	batchToAffine(jac[:8*m], table[:], m)
	var neg bls12381.G1Affine
	for bit := maxLen - 1; bit >= 0; bit-- {
		acc.DoubleAssign()
		for idx := 0; idx < 2*m; idx++ {
			if bit >= lens[idx] {
				continue
			}
			d := nafs[idx][bit]
			switch {
			case d > 0:
				acc.AddMixed(&table[8*idx+int(d-1)/2])
			case d < 0:
				neg.Neg(&table[8*idx+int(-d-1)/2])
				acc.AddMixed(&neg)
			}
		}
	}
}

// batchToAffine converts the m groups of 8 non-identity Jacobian points in
// jac to affine with one inversion (Montgomery's trick), writing group i to
// table[16i:16i+8] and its image under φ to table[16i+8:16i+16].
func batchToAffine(jac []bls12381.G1Jac, table []bls12381.G1Affine, m int) {
	var prod [8 * strausThreshold]fp.Element
	var acc fp.Element
	acc.SetOne()
	for i := range jac {
		prod[i] = acc
		acc.Mul(&acc, &jac[i].Z)
	}
	acc.Inverse(&acc)
	for i := len(jac) - 1; i >= 0; i-- {
		var zinv, zinv2 fp.Element
		zinv.Mul(&acc, &prod[i])
		acc.Mul(&acc, &jac[i].Z)
		zinv2.Square(&zinv)
		a := &table[16*(i/8)+i%8]
		a.X.Mul(&jac[i].X, &zinv2)
		a.Y.Mul(&jac[i].Y, &zinv2).Mul(&a.Y, &zinv)
		b := &table[16*(i/8)+8+i%8]
		b.X.Mul(&a.X, &glvBeta)
		b.Y = a.Y
	}
}

// PrecomputedPoint is a public point with a table that makes multiplying it
// by a scalar about three times faster (65 mixed additions, no doublings).
// Build one for points used many times: G, H, parties' verification keys.
// It is read-only after construction and safe for concurrent use.
type PrecomputedPoint struct {
	point Point
	// table[i][j] = (j+1)·16^i·P, affine.
	table [65][8]bls12381.G1Affine
}

// NewPrecomputedPoint builds the table for P (about 80 scalar-multiplication
// equivalents of work; 50 KiB).
func NewPrecomputedPoint(P *Point) *PrecomputedPoint {
	P = pt(P)
	pp := &PrecomputedPoint{point: *P}
	if P.IsIdentity() {
		return pp
	}
	jac := make([]bls12381.G1Jac, 65*8)
	var base bls12381.G1Jac
	base.FromAffine(&P.p)
	for i := 0; i < 65; i++ {
		row := jac[8*i : 8*i+8]
		row[0] = base
		for j := 1; j < 8; j++ {
			row[j].Set(&row[j-1]).AddAssign(&base)
		}
		for range 4 {
			base.DoubleAssign()
		}
	}
	aff := bls12381.BatchJacobianToAffineG1(jac)
	for i := range pp.table {
		copy(pp.table[i][:], aff[8*i:8*i+8])
	}
	return pp
}

// Point returns the precomputed point.
func (pp *PrecomputedPoint) Point() *Point { return new(Point).Set(&pp.point) }

func (pp *PrecomputedPoint) accumulate(acc *bls12381.G1Jac, k *Scalar) {
	if pp.point.IsIdentity() {
		return
	}
	limbs := k.regular()
	var d [65]int64
	signedDigits(limbs[:], d[:])
	var neg bls12381.G1Affine
	for i, di := range d {
		switch {
		case di > 0:
			acc.AddMixed(&pp.table[i][di-1])
		case di < 0:
			neg.Neg(&pp.table[i][-di-1])
			acc.AddMixed(&neg)
		}
	}
}

// ScalarMultPrecomputedVarTime sets v = [a]A and returns v. Not constant time.
func (v *Point) ScalarMultPrecomputedVarTime(a *Scalar, A *PrecomputedPoint) *Point {
	a = sc(a)
	A = pre(A)
	var acc bls12381.G1Jac
	acc.X.SetOne()
	acc.Y.SetOne()
	A.accumulate(&acc, a)
	v.p.FromJacobian(&acc)
	return v
}

// DoubleScalarMultPrecomputedVarTime sets v = [a]A + [b]B and returns v. Not
// constant time.
func (v *Point) DoubleScalarMultPrecomputedVarTime(a *Scalar, A *PrecomputedPoint, b *Scalar, B *PrecomputedPoint) *Point {
	a = sc(a)
	A = pre(A)
	b = sc(b)
	B = pre(B)
	var acc bls12381.G1Jac
	acc.X.SetOne()
	acc.Y.SetOne()
	A.accumulate(&acc, a)
	B.accumulate(&acc, b)
	v.p.FromJacobian(&acc)
	return v
}

// MixedScalarMultVarTime sets v = [a]A + [b]Q for a precomputed A and any Q,
// and returns v. Not constant time.
func (v *Point) MixedScalarMultVarTime(a *Scalar, A *PrecomputedPoint, b *Scalar, Q *Point) *Point {
	a = sc(a)
	A = pre(A)
	b = sc(b)
	Q = pt(Q)
	var acc bls12381.G1Jac
	strausJac(&acc, []*Scalar{b}, []*Point{Q})
	A.accumulate(&acc, a)
	v.p.FromJacobian(&acc)
	return v
}

var (
	precomputedGOnce, precomputedHOnce sync.Once
	precomputedG, precomputedH         *PrecomputedPoint
)

// PrecomputedGenerator returns the shared precomputed table of G.
func PrecomputedGenerator() *PrecomputedPoint {
	precomputedGOnce.Do(func() { precomputedG = NewPrecomputedPoint(&generatorG) })
	return precomputedG
}

// PrecomputedSecondGenerator returns the shared precomputed table of H.
func PrecomputedSecondGenerator() *PrecomputedPoint {
	precomputedHOnce.Do(func() { precomputedH = NewPrecomputedPoint(&generatorH) })
	return precomputedH
}

// signedDigits recodes the little-endian limbs k (value < 2^(64·len(k)-1))
// into 4-bit signed digits d_i ∈ [-8, 8) with k = Σ d_i 16^i, plus a final
// carry digit. out must have 16·len(k)+1 entries.
func signedDigits(k []uint64, out []int64) {
	var carry int64
	for i := 0; i < 16*len(k); i++ {
		d := int64((k[i/16]>>(uint(i%16)*4))&0xf) + carry
		carry = (d + 8) >> 4
		out[i] = d - carry<<4
	}
	out[16*len(k)] = carry
}

// precomputedCacheSize bounds the process-wide table cache (about 50 KiB a
// table): enough for the verification keys of a few large key sets.
const precomputedCacheSize = 512

var precomputedCache = struct {
	sync.Mutex
	m     map[[PointSize]byte]*PrecomputedPoint
	order [][PointSize]byte // insertion order, for FIFO eviction
}{m: make(map[[PointSize]byte]*PrecomputedPoint)}

// CachedPrecomputedPoint returns the precomputed table of P from a bounded
// process-wide cache, building it on a miss. Verifiers that decode the same
// long-lived keys again and again (a chain node re-reading a key set from
// state) pay for each table once. Safe for concurrent use.
func CachedPrecomputedPoint(P *Point) *PrecomputedPoint {
	P = pt(P)
	var key [PointSize]byte
	copy(key[:], P.Bytes())
	c := &precomputedCache
	c.Lock()
	pp, ok := c.m[key]
	c.Unlock()
	if ok {
		return pp
	}
	pp = NewPrecomputedPoint(P)
	c.Lock()
	defer c.Unlock()
	if existing, ok := c.m[key]; ok {
		return existing
	}
	if len(c.order) >= precomputedCacheSize {
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
	c.m[key] = pp
	c.order = append(c.order, key)
	return pp
}
