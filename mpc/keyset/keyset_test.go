package keyset_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/mpctest"
)

// sharing returns h = a_0·G and h_i = a(i)·G for a random polynomial a of
// the given degree.
func sharing(t *testing.T, rnd interface{ Read([]byte) (int, error) }, degree int, indices []uint32) (*group.Point, []*group.Point) {
	t.Helper()
	coeffs := make([]*group.Scalar, degree+1)
	for k := range coeffs {
		c, err := group.RandomNonZeroScalar(rnd)
		if err != nil {
			t.Fatal(err)
		}
		coeffs[k] = c
	}
	vks := make([]*group.Point, len(indices))
	for k, i := range indices {
		vks[k] = new(group.Point).ScalarBaseMult(mpctest.Eval(coeffs, i))
	}
	return new(group.Point).ScalarBaseMult(coeffs[0]), vks
}

func TestConsistentKeySetsAreAccepted(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	for _, c := range []struct {
		f       uint32
		indices []uint32
	}{
		{0, []uint32{1}},
		{0, []uint32{3, 9}},
		{1, []uint32{1, 2}},
		{1, []uint32{1, 2, 3, 4}},
		{2, []uint32{2, 5, 6, 11, 12, 40, 1000}},
		{3, []uint32{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
	} {
		t.Run(fmt.Sprintf("f=%d of %v", c.f, c.indices), func(t *testing.T) {
			h, vks := sharing(t, rnd, int(c.f), c.indices)
			pub, err := keyset.NewPublic(5, c.f, h, c.indices, vks)
			if err != nil {
				t.Fatal(err)
			}
			enc, _ := pub.MarshalBinary()
			if _, err := keyset.UnmarshalPublic(enc); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// Verification keys that do not all lie with h on one degree-f polynomial
// would make different sets of f+1 shares decrypt to different values (or
// none to the right one): NewPublic refuses them.
func TestInconsistentKeySetsAreRefused(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	idx := []uint32{1, 2, 3, 4, 5, 6, 7}
	const f = 2
	h, vks := sharing(t, rnd, f, idx)
	otherH, otherVKs := sharing(t, rnd, f, idx)
	_, highVKs := sharing(t, rnd, f+1, idx)
	with := func(k int, p *group.Point) []*group.Point {
		out := append([]*group.Point(nil), vks...)
		out[k] = p
		return out
	}
	g := group.NewGeneratorPoint()
	// A degree-(f+1) polynomial through h: shift a degree-f sharing by
	// i^(f+1)·G.
	lifted := make([]*group.Point, len(idx))
	for k, i := range idx {
		e := group.ScalarFromUint64(uint64(i * i * i))
		lifted[k] = new(group.Point).Add(vks[k], new(group.Point).ScalarBaseMult(e))
	}
	swapped := append([]*group.Point(nil), vks...)
	swapped[0], swapped[1] = swapped[1], swapped[0]
	cases := []struct {
		name    string
		f       uint32
		h       *group.Point
		indices []uint32
		vks     []*group.Point
	}{
		{"one verification key moved by G", f, h, idx, with(3, new(group.Point).Add(vks[3], g))},
		{"the last verification key replaced", f, h, idx, with(6, otherVKs[6])},
		{"another sharing's public key", f, otherH, idx, vks},
		{"another sharing's verification keys", f, h, idx, otherVKs},
		{"keys on a polynomial of degree f+1 through h", f, h, idx, lifted},
		{"a random degree-(f+1) sharing", f, h, idx, highVKs},
		{"two verification keys swapped", f, h, idx, swapped},
		{"n = f+1 with the wrong public key", f, otherH, idx[:f+1], vks[:f+1]},
		{"the keys under a lower threshold", f - 1, h, idx, vks},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := keyset.NewPublic(5, c.f, c.h, c.indices, c.vks); !errors.Is(err, keyset.ErrInconsistent) {
				t.Fatalf("got %v, want ErrInconsistent", err)
			}
		})
	}
	t.Run("the decoder refuses an inconsistent encoding", func(t *testing.T) {
		pub, err := keyset.NewPublic(5, f, h, idx, vks)
		if err != nil {
			t.Fatal(err)
		}
		enc, _ := pub.MarshalBinary()
		// Replace h (bytes 12..140) with another sharing's public key.
		copy(enc[12:], otherH.Bytes())
		if _, err := keyset.UnmarshalPublic(enc); !errors.Is(err, keyset.ErrInconsistent) {
			t.Fatalf("got %v, want ErrInconsistent", err)
		}
	})
}

func BenchmarkNewPublic(b *testing.B) {
	for _, n := range []int{4, 100, 1024} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			pub, _, _, err := mpctest.Deal(mpctest.Reader(b.Name()), n, mpctest.Threshold(n), 1)
			if err != nil {
				b.Fatal(err)
			}
			enc, _ := pub.MarshalBinary()
			b.ResetTimer()
			for b.Loop() {
				if _, err := keyset.UnmarshalPublic(enc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
