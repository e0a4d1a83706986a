package attest

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// A minimal CBOR (RFC 8949) reader for the closed set of shapes that occur in
// an attestation document: unsigned integers, byte and text strings, arrays,
// maps and null. Anything else (negative integers, tags, floats, other
// simple values, chunked strings) is rejected. It never allocates more than
// the input it is given and never recurses, so hostile input costs at most a
// linear scan.
//
// Two modes:
//   - strict (the unsigned COSE envelope): every head uses the shortest
//     form and every length is definite, so the envelope has one encoding.
//   - signed (the payload, covered by the signature): heads may use longer
//     forms and maps and arrays may be indefinite-length; AWS NSMs in the
//     field emit the payload map both ways.

const (
	majorUint  = 0
	majorBytes = 2
	majorText  = 3
	majorArray = 4
	majorMap   = 5
	majorTag   = 6
	majorOther = 7

	cborNull  = 0xf6
	cborBreak = 0xff

	// indefinite is the count returned for an indefinite-length container.
	indefinite = -1
)

// errCBOR is wrapped in ErrMalformed by callers; it never escapes the package.
var errCBOR = errors.New("cbor")

type cborReader struct {
	b      []byte
	off    int
	strict bool
}

func (r *cborReader) fail(format string, args ...any) error {
	return fmt.Errorf("%w: offset %d: %s", errCBOR, r.off, fmt.Sprintf(format, args...))
}

func (r *cborReader) done() bool { return r.off == len(r.b) }

func (r *cborReader) remaining() int { return len(r.b) - r.off }

// peek returns the next byte without consuming it.
func (r *cborReader) peek() (byte, error) {
	if r.off >= len(r.b) {
		return 0, r.fail("unexpected end of input")
	}
	return r.b[r.off], nil
}

// head reads an initial byte and its argument. For ai = 31 it returns
// indef = true (the caller decides whether that is allowed for the major
// type). Reserved additional information (28–30) is rejected.
func (r *cborReader) head() (major byte, arg uint64, indef bool, err error) {
	ib, err := r.peek()
	if err != nil {
		return 0, 0, false, err
	}
	r.off++
	major, ai := ib>>5, ib&0x1f
	switch {
	case ai < 24:
		return major, uint64(ai), false, nil
	case ai == 31:
		if r.strict {
			return 0, 0, false, r.fail("indefinite length in the envelope")
		}
		return major, 0, true, nil
	case ai > 27:
		return 0, 0, false, r.fail("reserved additional information %d", ai)
	}
	n := 1 << (ai - 24) // 1, 2, 4 or 8 bytes
	if r.remaining() < n {
		return 0, 0, false, r.fail("truncated head")
	}
	for _, c := range r.b[r.off : r.off+n] {
		arg = arg<<8 | uint64(c)
	}
	r.off += n
	if r.strict {
		// Shortest form: the value must not fit in a shorter head.
		min := [...]uint64{24, 1 << 8, 1 << 16, 1 << 32}[ai-24]
		if arg < min {
			return 0, 0, false, r.fail("non-minimal head")
		}
	}
	return major, arg, false, nil
}

func (r *cborReader) expect(major byte) (uint64, bool, error) {
	m, arg, indef, err := r.head()
	if err != nil {
		return 0, false, err
	}
	if m != major {
		return 0, false, r.fail("major type %d where %d was expected", m, major)
	}
	return arg, indef, nil
}

// uint reads an unsigned integer.
func (r *cborReader) uint() (uint64, error) {
	v, indef, err := r.expect(majorUint)
	if err == nil && indef {
		err = r.fail("indefinite integer")
	}
	return v, err
}

// bytes reads a definite-length byte string. The result aliases the input.
func (r *cborReader) bytes() ([]byte, error) {
	return r.str(majorBytes)
}

// text reads a definite-length, valid UTF-8 text string.
func (r *cborReader) text() (string, error) {
	b, err := r.str(majorText)
	if err != nil {
		return "", err
	}
	if !utf8.Valid(b) {
		return "", r.fail("text string is not valid UTF-8")
	}
	return string(b), nil
}

func (r *cborReader) str(major byte) ([]byte, error) {
	n, indef, err := r.expect(major)
	if err != nil {
		return nil, err
	}
	if indef {
		return nil, r.fail("chunked string")
	}
	if n > uint64(r.remaining()) {
		return nil, r.fail("string of %d bytes exceeds the input", n)
	}
	b := r.b[r.off : r.off+int(n)]
	r.off += int(n)
	return b, nil
}

// nullOrBytes reads null (returning nil) or a byte string.
func (r *cborReader) nullOrBytes() ([]byte, error) {
	c, err := r.peek()
	if err != nil {
		return nil, err
	}
	if c == cborNull {
		r.off++
		return nil, nil
	}
	return r.bytes()
}

// container reads an array or map head and returns its count, or indefinite.
// A definite count is bounded by max and by the bytes left (each element
// takes at least one byte), so callers may loop on it safely.
func (r *cborReader) container(major byte, max int) (int, error) {
	n, indef, err := r.expect(major)
	if err != nil {
		return 0, err
	}
	if indef {
		return indefinite, nil
	}
	if n > uint64(max) || n > uint64(r.remaining()) {
		return 0, r.fail("container of %d elements is too large", n)
	}
	return int(n), nil
}

// more reports whether another element of a container follows. For a
// definite container it counts i against n; for an indefinite one it looks
// for the break byte (consuming it) and enforces max.
func (r *cborReader) more(i, n, max int) (bool, error) {
	if n != indefinite {
		return i < n, nil
	}
	c, err := r.peek()
	if err != nil {
		return false, err
	}
	if c == cborBreak {
		r.off++
		return false, nil
	}
	if i >= max {
		return false, r.fail("container has more than %d elements", max)
	}
	return true, nil
}
