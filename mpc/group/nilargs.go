package group

// Nil arguments. Every exported function and method of the package reads a
// nil *Point argument as the identity, a nil *Scalar as zero and a nil
// *PrecomputedPoint as the identity's table, instead of panicking (element
// arithmetic has no error to return). Receivers must not be nil.

var (
	zeroScalar          Scalar
	identityPoint       Point
	identityPrecomputed PrecomputedPoint
)

// sc returns x, or zero for nil. The result is read, never written.
func sc(x *Scalar) *Scalar {
	if x == nil {
		return &zeroScalar
	}
	return x
}

// pt returns p, or the identity for nil. The result is read, never written.
func pt(p *Point) *Point {
	if p == nil {
		return &identityPoint
	}
	return p
}

// pre returns A, or the identity's table for nil.
func pre(A *PrecomputedPoint) *PrecomputedPoint {
	if A == nil {
		return &identityPrecomputed
	}
	return A
}

// scs returns s with nil entries read as zero (s itself if it has none).
func scs(s []*Scalar) []*Scalar {
	for i, x := range s {
		if x == nil {
			out := append([]*Scalar(nil), s...)
			for j := i; j < len(out); j++ {
				out[j] = sc(out[j])
			}
			return out
		}
	}
	return s
}

// pts returns ps with nil entries read as the identity.
func pts(ps []*Point) []*Point {
	for i, p := range ps {
		if p == nil {
			out := append([]*Point(nil), ps...)
			for j := i; j < len(out); j++ {
				out[j] = pt(out[j])
			}
			return out
		}
	}
	return ps
}
