// Package wire is the canonical binary encoding shared by every mpc message:
// fixed-width big-endian integers, 32-byte scalars, 128-byte points,
// uint32-length-prefixed byte strings. A Reader records the first error and
// returns zero values afterwards, so decoders read every field and check
// once with Finish, which also rejects trailing bytes.
package wire

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/tkms/tkms/mpc/group"
)

// Errors.
var (
	ErrShort    = errors.New("wire: message truncated")
	ErrTrailing = errors.New("wire: trailing bytes")
	ErrTooLarge = errors.New("wire: length exceeds the message")
)

// Writer accumulates an encoding. The zero value is ready to use.
type Writer struct{ b []byte }

// Bytes returns the encoding.
func (w *Writer) Bytes() []byte { return w.b }

func (w *Writer) Uint8(v uint8)   { w.b = append(w.b, v) }
func (w *Writer) Uint16(v uint16) { w.b = binary.BigEndian.AppendUint16(w.b, v) }
func (w *Writer) Uint32(v uint32) { w.b = binary.BigEndian.AppendUint32(w.b, v) }
func (w *Writer) Uint64(v uint64) { w.b = binary.BigEndian.AppendUint64(w.b, v) }
func (w *Writer) Raw(b []byte)    { w.b = append(w.b, b...) }

// VarBytes writes uint32 length ‖ b.
func (w *Writer) VarBytes(b []byte) {
	w.Uint32(uint32(len(b)))
	w.b = append(w.b, b...)
}

// Scalar appends the scalar's encoding (zero for nil).
func (w *Writer) Scalar(s *group.Scalar) {
	if s == nil {
		s = group.NewScalar()
	}
	w.b = s.AppendBytes(w.b)
}

// Point appends the point's encoding (the identity for nil).
func (w *Writer) Point(p *group.Point) {
	if p == nil {
		p = group.NewIdentityPoint()
	}
	w.b = p.AppendBytes(w.b)
}

// Reader decodes an encoding strictly.
type Reader struct {
	b   []byte
	err error
}

// NewReader returns a Reader over b.
func NewReader(b []byte) *Reader { return &Reader{b: b} }

// Err returns the first error met.
func (r *Reader) Err() error { return r.err }

// Fail records err (if none is recorded yet).
func (r *Reader) Fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

// Finish returns the first error, or ErrTrailing if bytes remain.
func (r *Reader) Finish() error {
	if r.err != nil {
		return r.err
	}
	if len(r.b) != 0 {
		return fmt.Errorf("%w: %d", ErrTrailing, len(r.b))
	}
	return nil
}

func (r *Reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || len(r.b) < n {
		r.err = ErrShort
		return nil
	}
	out := r.b[:n:n]
	r.b = r.b[n:]
	return out
}

func (r *Reader) Uint8() uint8 {
	if b := r.take(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *Reader) Uint16() uint16 {
	if b := r.take(2); b != nil {
		return binary.BigEndian.Uint16(b)
	}
	return 0
}

func (r *Reader) Uint32() uint32 {
	if b := r.take(4); b != nil {
		return binary.BigEndian.Uint32(b)
	}
	return 0
}

func (r *Reader) Uint64() uint64 {
	if b := r.take(8); b != nil {
		return binary.BigEndian.Uint64(b)
	}
	return 0
}

// Fixed returns the next n bytes (a sub-slice of the input).
func (r *Reader) Fixed(n int) []byte { return r.take(n) }

// Fixed32 returns the next 32 bytes as an array.
func (r *Reader) Fixed32() (out [32]byte) {
	copy(out[:], r.take(32))
	return out
}

// VarBytes reads uint32 length ‖ bytes, refusing lengths beyond the input.
func (r *Reader) VarBytes() []byte {
	n := r.Uint32()
	if r.err == nil && uint64(n) > uint64(len(r.b)) {
		r.err = ErrTooLarge
		return nil
	}
	return r.take(int(n))
}

// Count reads a uint32 element count and checks that count elements of at
// least minSize bytes each can fit in what remains, so a hostile count
// cannot make the decoder allocate.
func (r *Reader) Count(minSize int) int {
	n := r.Uint32()
	if r.err != nil {
		return 0
	}
	if minSize > 0 && uint64(n)*uint64(minSize) > uint64(len(r.b)) {
		r.err = ErrTooLarge
		return 0
	}
	return int(n)
}

// Rest returns all remaining bytes.
func (r *Reader) Rest() []byte { return r.take(len(r.b)) }

// Scalar reads a canonical scalar.
func (r *Reader) Scalar() *group.Scalar {
	b := r.take(group.ScalarSize)
	if b == nil {
		return group.NewScalar()
	}
	s, err := new(group.Scalar).SetCanonicalBytes(b)
	if err != nil {
		r.Fail(err)
		return group.NewScalar()
	}
	return s
}

// Point reads a point, rejecting the identity.
func (r *Reader) Point() *group.Point { return r.point(false) }

// PointAllowIdentity reads a point that may be the identity.
func (r *Reader) PointAllowIdentity() *group.Point { return r.point(true) }

func (r *Reader) point(allowIdentity bool) *group.Point {
	b := r.take(group.PointSize)
	if b == nil {
		return group.NewIdentityPoint()
	}
	var p *group.Point
	var err error
	if allowIdentity {
		p, err = new(group.Point).SetBytesAllowIdentity(b)
	} else {
		p, err = new(group.Point).SetBytes(b)
	}
	if err != nil {
		r.Fail(err)
		return group.NewIdentityPoint()
	}
	return p
}
