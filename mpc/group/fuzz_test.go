package group

import (
	"bytes"
	"testing"
)

func FuzzPointSetBytes(f *testing.F) {
	f.Add(NewGeneratorPoint().Bytes())
	f.Add(NewSecondGeneratorPoint().Bytes())
	f.Add(make([]byte, PointSize))
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		P, err := new(Point).SetBytesAllowIdentity(b)
		if err != nil {
			return
		}
		if !bytes.Equal(P.Bytes(), b) {
			t.Fatalf("accepted a non-canonical encoding %x", b)
		}
		if !P.IsIdentity() && !P.p.IsInSubGroup() {
			t.Fatal("accepted a point outside G1")
		}
		if _, err := new(Point).SetBytes(b); (err == nil) == P.IsIdentity() {
			t.Fatal("SetBytes and SetBytesAllowIdentity disagree")
		}
	})
}

func FuzzPointSetCompressedBytes(f *testing.F) {
	f.Add(NewGeneratorPoint().CompressedBytes())
	f.Add(NewIdentityPoint().CompressedBytes())
	f.Add(make([]byte, CompressedPointSize))
	f.Fuzz(func(t *testing.T, b []byte) {
		P, err := new(Point).SetCompressedBytes(b)
		if err != nil {
			return
		}
		if !bytes.Equal(P.CompressedBytes(), b) {
			t.Fatalf("accepted a non-canonical compressed encoding %x", b)
		}
	})
}

func FuzzScalarSetCanonicalBytes(f *testing.F) {
	f.Add(make([]byte, 32))
	f.Add(Order().FillBytes(make([]byte, 32)))
	f.Add(bytes.Repeat([]byte{0xff}, 32))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := new(Scalar).SetCanonicalBytes(b)
		if err != nil {
			return
		}
		if !bytes.Equal(s.Bytes(), b) {
			t.Fatalf("accepted a non-canonical scalar %x", b)
		}
	})
}
