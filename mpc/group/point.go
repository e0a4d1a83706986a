package group

import (
	"encoding/hex"
	"fmt"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
)

const (
	// PointSize is the length of an encoded point (EIP-2537 layout).
	PointSize = 128
	// CompressedPointSize is the length of a compressed point.
	CompressedPointSize = 48
)

// Point is an element of G1. The zero value is the identity. Values are
// kept in affine form and are safe to copy.
type Point struct {
	p bls12381.G1Affine // (0,0) is the identity
}

var generatorG, generatorH Point

func init() {
	_, _, g1, _ := bls12381.Generators()
	generatorG.p = g1
	h, err := bls12381.HashToG1([]byte(secondGeneratorMessage), []byte(TagSecondGenerator))
	if err != nil {
		panic("group: deriving the second generator: " + err.Error())
	}
	generatorH.p = h
}

// NewIdentityPoint returns a new identity point.
func NewIdentityPoint() *Point { return new(Point) }

// NewGeneratorPoint returns a new point set to the standard generator G.
func NewGeneratorPoint() *Point { return new(Point).Set(&generatorG) }

// NewSecondGeneratorPoint returns a new point set to H, the second generator
// (hash-to-curve of a fixed message; nobody knows log_G H).
func NewSecondGeneratorPoint() *Point { return new(Point).Set(&generatorH) }

// Set sets v = u and returns v.
func (v *Point) Set(u *Point) *Point {
	u = pt(u)
	v.p = u.p
	return v
}

// Bytes returns the 128-byte EIP-2537 encoding of v.
func (v *Point) Bytes() []byte { return v.AppendBytes(make([]byte, 0, PointSize)) }

// AppendBytes appends the 128-byte EIP-2537 encoding of v to b.
func (v *Point) AppendBytes(b []byte) []byte {
	// The identity is (0,0), which encodes as zeros: no branch, and the
	// coordinates leave the Montgomery form in constant time (the point may
	// be secret, such as r·h in Encrypt).
	var out [PointSize]byte
	var x, y [48]byte
	fpBytes(&x, &v.p.X)
	fpBytes(&y, &v.p.Y)
	copy(out[16:64], x[:])
	copy(out[80:128], y[:])
	return append(b, out[:]...)
}

// SetBytes sets v to the point encoded in b (128 bytes, EIP-2537 layout). It
// rejects non-canonical coordinates, points off the curve or outside G1, and
// the identity. On error v is unchanged.
func (v *Point) SetBytes(b []byte) (*Point, error) {
	return v.setBytes(b, false)
}

// SetBytesAllowIdentity is SetBytes that also accepts the identity (128 zero
// bytes), for values such as commitments where it is legitimate.
func (v *Point) SetBytesAllowIdentity(b []byte) (*Point, error) {
	return v.setBytes(b, true)
}

func (v *Point) setBytes(b []byte, allowIdentity bool) (*Point, error) {
	if len(b) != PointSize {
		return nil, fmt.Errorf("%w: want %d bytes, got %d", ErrPointLength, PointSize, len(b))
	}
	for i := 0; i < 16; i++ {
		if b[i] != 0 || b[64+i] != 0 {
			return nil, ErrPointEncoding
		}
	}
	var a bls12381.G1Affine
	if err := a.X.SetBytesCanonical(b[16:64]); err != nil {
		return nil, ErrPointEncoding
	}
	if err := a.Y.SetBytesCanonical(b[80:128]); err != nil {
		return nil, ErrPointEncoding
	}
	if a.X.IsZero() && a.Y.IsZero() {
		if !allowIdentity {
			return nil, ErrIdentity
		}
		v.p = a
		return v, nil
	}
	if !a.IsOnCurve() {
		return nil, ErrNotOnCurve
	}
	if !a.IsInSubGroup() {
		return nil, ErrNotInSubgroup
	}
	v.p = a
	return v, nil
}

// CompressedBytes returns the 48-byte compressed encoding of v.
func (v *Point) CompressedBytes() []byte {
	b := v.p.Bytes()
	return b[:]
}

// SetCompressedBytes sets v to the point in the 48-byte compressed encoding
// b, with the same checks as SetBytes (the identity is rejected). On error v
// is unchanged.
func (v *Point) SetCompressedBytes(b []byte) (*Point, error) {
	if len(b) != CompressedPointSize {
		return nil, fmt.Errorf("%w: want %d bytes, got %d", ErrPointLength, CompressedPointSize, len(b))
	}
	if b[0]&0x80 == 0 {
		return nil, ErrPointEncoding
	}
	var a bls12381.G1Affine
	if _, err := a.SetBytes(b); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrPointEncoding, err)
	}
	if a.IsInfinity() {
		return nil, ErrIdentity
	}
	v.p = a
	return v, nil
}

// String returns the hex of the compressed encoding, for logs and tests.
func (v *Point) String() string { return hex.EncodeToString(v.CompressedBytes()) }

// Equal reports whether v = u.
func (v *Point) Equal(u *Point) bool {
	u = pt(u)
	return v.p.Equal(&u.p)
}

// IsIdentity reports whether v is the identity.
func (v *Point) IsIdentity() bool { return v.p.IsInfinity() }

// Add sets v = p + q in constant time and returns v. p and q may be
// secret (x_i·u + k_i·Y in a re-encryption share).
func (v *Point) Add(p, q *Point) *Point {
	p = pt(p)
	q = pt(q)
	addAffineCT(&v.p, &p.p, &q.p)
	return v
}

// Subtract sets v = p - q in constant time and returns v.
func (v *Point) Subtract(p, q *Point) *Point {
	p = pt(p)
	q = pt(q)
	var nq bls12381.G1Affine
	negAffineCT(&nq, &q.p)
	addAffineCT(&v.p, &p.p, &nq)
	return v
}

// Negate sets v = -p in constant time and returns v.
func (v *Point) Negate(p *Point) *Point {
	p = pt(p)
	negAffineCT(&v.p, &p.p)
	return v
}

// AddVarTime sets v = p + q and returns v. Not constant time: use it on
// public points only (sums of commitments or verification keys).
func (v *Point) AddVarTime(p, q *Point) *Point {
	p = pt(p)
	q = pt(q)
	v.p.Add(&p.p, &q.p)
	return v
}

// SubtractVarTime sets v = p - q and returns v. Not constant time.
func (v *Point) SubtractVarTime(p, q *Point) *Point {
	p = pt(p)
	q = pt(q)
	v.p.Sub(&p.p, &q.p)
	return v
}

// ScalarMult sets v = [x]q in constant time and returns v. x may be secret.
func (v *Point) ScalarMult(x *Scalar, q *Point) *Point {
	x = sc(x)
	q = pt(q)
	scalarMultCT(&v.p, x, &q.p)
	return v
}

// ScalarBaseMult sets v = [x]G in constant time and returns v. x may be
// secret.
func (v *Point) ScalarBaseMult(x *Scalar) *Point {
	x = sc(x)
	generatorTable().mult(&v.p, x)
	return v
}

// ScalarSecondBaseMult sets v = [x]H in constant time and returns v. x may
// be secret.
func (v *Point) ScalarSecondBaseMult(x *Scalar) *Point {
	x = sc(x)
	secondGeneratorTable().mult(&v.p, x)
	return v
}
