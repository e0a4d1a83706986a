package group

import (
	"fmt"
	"io"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// ScalarSize is the length of an encoded scalar.
const ScalarSize = 32

// Scalar is an element of Z_r, r the order of G1. The zero value is 0.
// Every method is constant time (no branch or memory access depends on the
// value; see scalarfield.go) except those whose names end in VarTime.
type Scalar struct {
	v fr.Element // Montgomery form
}

// Order returns r, the order of G1, as a new big.Int.
func Order() *big.Int { return fr.Modulus() }

// NewScalar returns a new zero Scalar.
func NewScalar() *Scalar { return new(Scalar) }

// ScalarFromUint64 returns a new Scalar set to u.
func ScalarFromUint64(u uint64) *Scalar {
	return new(Scalar).SetUint64(u)
}

// Set sets s = x and returns s.
func (s *Scalar) Set(x *Scalar) *Scalar {
	x = sc(x)
	s.v = x.v
	return s
}

// SetUint64 sets s = u and returns s.
func (s *Scalar) SetUint64(u uint64) *Scalar {
	frToMont(&s.v, &fr.Element{u})
	return s
}

// SetCanonicalBytes sets s to the 32-byte big-endian value b. It returns an
// error, and leaves s unchanged, if b is not 32 bytes or not below r.
// Decoding a valid b is constant time; only the verdict is revealed.
func (s *Scalar) SetCanonicalBytes(b []byte) (*Scalar, error) {
	if len(b) != ScalarSize {
		return nil, fmt.Errorf("%w (got %d)", ErrScalarLength, len(b))
	}
	e := frLimbsBE(b)
	if frBelowModulusMask(&e) == 0 {
		return nil, ErrScalarRange
	}
	frToMont(&s.v, &e)
	return s, nil
}

// SetUniformBytes sets s to the big-endian integer b reduced modulo r. b must
// hold at least 48 bytes (so the result is within 2^-128 of uniform when b
// is) and at most 64. The reduction is constant time (no math/big): with
// b = hi·2^256 + lo, two Montgomery multiplications by R³ and R² mod r
// and a masked addition.
func (s *Scalar) SetUniformBytes(b []byte) (*Scalar, error) {
	if len(b) < 48 || len(b) > 64 {
		return nil, fmt.Errorf("group: uniform bytes must be 48 to 64 bytes (got %d)", len(b))
	}
	frFromWideBE(&s.v, b)
	return s, nil
}

// RandomScalar returns a scalar drawn uniformly (within 2^-256) from Z_r
// using 64 bytes from rand.
func RandomScalar(rand io.Reader) (*Scalar, error) {
	if rand == nil {
		return nil, fmt.Errorf("%w: no randomness source", ErrRandomness)
	}
	var buf [64]byte
	if _, err := io.ReadFull(rand, buf[:]); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrRandomness, err)
	}
	return new(Scalar).SetUniformBytes(buf[:])
}

// RandomNonZeroScalar is RandomScalar, drawing again in the (negligible) case
// of zero.
func RandomNonZeroScalar(rand io.Reader) (*Scalar, error) {
	for {
		s, err := RandomScalar(rand)
		if err != nil {
			return nil, err
		}
		if !s.IsZero() {
			return s, nil
		}
	}
}

// Bytes returns the 32-byte big-endian encoding of s.
func (s *Scalar) Bytes() []byte {
	var b [ScalarSize]byte
	frBytesBE(&b, &s.v)
	return b[:]
}

// AppendBytes appends the encoding of s to b.
func (s *Scalar) AppendBytes(b []byte) []byte {
	var e [ScalarSize]byte
	frBytesBE(&e, &s.v)
	return append(b, e[:]...)
}

// Add sets s = x + y and returns s.
func (s *Scalar) Add(x, y *Scalar) *Scalar {
	x = sc(x)
	y = sc(y)
	frAdd(&s.v, &x.v, &y.v)
	return s
}

// Subtract sets s = x - y and returns s.
func (s *Scalar) Subtract(x, y *Scalar) *Scalar {
	x = sc(x)
	y = sc(y)
	frSub(&s.v, &x.v, &y.v)
	return s
}

// Multiply sets s = x · y and returns s.
func (s *Scalar) Multiply(x, y *Scalar) *Scalar {
	x = sc(x)
	y = sc(y)
	frMul(&s.v, &x.v, &y.v)
	return s
}

// MultiplyAdd sets s = x · y + z and returns s.
func (s *Scalar) MultiplyAdd(x, y, z *Scalar) *Scalar {
	x = sc(x)
	y = sc(y)
	z = sc(z)
	var t fr.Element
	frMul(&t, &x.v, &y.v)
	frAdd(&s.v, &t, &z.v)
	return s
}

// Negate sets s = -x and returns s.
func (s *Scalar) Negate(x *Scalar) *Scalar {
	x = sc(x)
	frNeg(&s.v, &x.v)
	return s
}

// InvertVarTime sets s = 1/x (0 if x = 0) and returns s. It is not constant
// time: use it on public values only (Lagrange coefficients).
func (s *Scalar) InvertVarTime(x *Scalar) *Scalar {
	x = sc(x)
	s.v.Inverse(&x.v)
	return s
}

// Equal reports whether s = x, in constant time.
func (s *Scalar) Equal(x *Scalar) bool {
	x = sc(x)
	return frEqualMask(&s.v, &x.v) != 0
}

// IsZero reports whether s = 0, in constant time.
func (s *Scalar) IsZero() bool { return frEqualMask(&s.v, &fr.Element{}) != 0 }

// BigIntVarTime returns s as a new big.Int. The big.Int arithmetic is not
// constant time: use it on public values only.
func (s *Scalar) BigIntVarTime() *big.Int {
	return s.v.BigInt(new(big.Int))
}

// SetBigIntVarTime sets s = v mod r and returns s. The reduction goes
// through math/big and is not constant time: use it on public values only.
func (s *Scalar) SetBigIntVarTime(v *big.Int) *Scalar {
	if v == nil {
		return s.Set(nil)
	}
	s.v.SetBigInt(v)
	return s
}

// String returns the scalar in hex, for tests and logs of public values.
func (s *Scalar) String() string { return fmt.Sprintf("%x", s.Bytes()) }

// regular returns s out of Montgomery form as four little-endian limbs, in
// constant time.
func (s *Scalar) regular() [4]uint64 {
	var r fr.Element
	frFromMont(&r, &s.v)
	return r
}
