package keyset_test

import (
	"bytes"
	"testing"

	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/mpctest"
)

func seeds(f *testing.F) ([]byte, []byte) {
	pub, shares, _, err := mpctest.Deal(mpctest.Reader("fuzz/keyset"), 4, 1, 2)
	if err != nil {
		f.Fatal(err)
	}
	p, _ := pub.MarshalBinary()
	s, _ := shares[1].MarshalBinary()
	return p, s
}

func FuzzUnmarshalPublic(f *testing.F) {
	p, _ := seeds(f)
	f.Add(p)
	f.Add(p[:20])
	f.Fuzz(func(t *testing.T, b []byte) {
		pub, err := keyset.UnmarshalPublic(b)
		if err != nil {
			return
		}
		again, _ := pub.MarshalBinary()
		if !bytes.Equal(again, b) {
			t.Fatal("accepted a non-canonical key set encoding")
		}
	})
}

func FuzzUnmarshalShare(f *testing.F) {
	_, s := seeds(f)
	f.Add(s)
	f.Fuzz(func(t *testing.T, b []byte) {
		sh, err := keyset.UnmarshalShare(b)
		if err != nil {
			return
		}
		again, _ := sh.MarshalBinary()
		if !bytes.Equal(again, b) {
			t.Fatal("accepted a non-canonical share encoding")
		}
	})
}
