package dkg_test

import (
	"fmt"
	"io"
	"slices"
	"testing"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/dkg/dkgtest"
	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/mpctest"
)

// run drives c to the end over a fresh board and returns every online
// party's outcome, by index.
func run(t testing.TB, rnd io.Reader, c *dkgtest.Ceremony, adv *dkgtest.Adversary) map[uint32]dkgtest.Outcome {
	t.Helper()
	ps, err := c.Participants(rnd)
	if err != nil {
		t.Fatal(err)
	}
	out, err := dkgtest.Run(c.Config, dkgtest.NewMemBoard(), ps, adv, rnd)
	if err != nil {
		t.Fatal(err)
	}
	m := make(map[uint32]dkgtest.Outcome, len(out))
	for _, o := range out {
		m[o.Index] = o
	}
	return m
}

// newDKG configures a DKG among 1..n with f = (n−1)/3.
func newDKG(t testing.TB, rnd io.Reader, n int) *dkgtest.Ceremony {
	t.Helper()
	c, err := dkgtest.NewDKG(rnd, dkg.KEMX25519, fmt.Sprintf("%s/%d", t.Name(), n), n, mpctest.Threshold(n))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// agreed checks that every honest party succeeded with the same result and
// returns it with the honest parties' shares (nil shares left out).
func agreed(t *testing.T, out map[uint32]dkgtest.Outcome, honest []uint32) (*dkg.Result, []*keyset.Share) {
	t.Helper()
	var res *dkg.Result
	var shares []*keyset.Share
	for _, i := range honest {
		o, ok := out[i]
		if !ok {
			t.Fatalf("party %d has no outcome", i)
		}
		if o.Err != nil {
			t.Fatalf("party %d failed: %v", i, o.Err)
		}
		if res == nil {
			res = o.Result
		} else {
			if !o.Result.Public.Equal(res.Public) {
				t.Fatalf("parties %d and %d computed different key sets", honest[0], i)
			}
			if !sameVerdict(&o.Result.Verdict, &res.Verdict) || !o.Result.Commitment.Equal(res.Commitment) {
				t.Fatalf("parties %d and %d reached different verdicts:\n%+v\n%+v", honest[0], i, res.Verdict, o.Result.Verdict)
			}
		}
		if o.Share != nil {
			shares = append(shares, o.Share)
		}
	}
	return res, shares
}

func sameVerdict(a, b *dkg.Verdict) bool {
	if !slices.Equal(a.Qual, b.Qual) || !slices.Equal(a.Absent, b.Absent) ||
		!slices.Equal(a.FalseComplaints, b.FalseComplaints) || len(a.Disqualified) != len(b.Disqualified) {
		return false
	}
	for k := range a.Disqualified {
		if a.Disqualified[k].Dealer != b.Disqualified[k].Dealer || a.Disqualified[k].Reason != b.Disqualified[k].Reason {
			return false
		}
	}
	return true
}

// disqualified returns the verdict's disqualifications as dealer → reason.
func disqualified(v *dkg.Verdict) map[uint32]dkg.Reason {
	m := make(map[uint32]dkg.Reason)
	for _, d := range v.Disqualified {
		m[d.Dealer] = d.Reason
	}
	return m
}

// consistent checks that every share matches its verification key and that
// every tested set of f+1 shares interpolates to log_G h. It returns that
// secret (tests only).
func consistent(t *testing.T, pub *keyset.Public, shares []*keyset.Share) *group.Scalar {
	t.Helper()
	f := int(pub.Threshold())
	if len(shares) < f+1 {
		t.Fatalf("%d shares cannot reconstruct a threshold of %d", len(shares), f)
	}
	for _, s := range shares {
		vk, err := pub.VerificationKey(s.Index)
		if err != nil || !new(group.Point).ScalarBaseMult(s.Secret()).Equal(vk) {
			t.Fatalf("share %d does not match its verification key", s.Index)
		}
		if !s.Public.Equal(pub) {
			t.Fatalf("share %d belongs to another key set", s.Index)
		}
	}
	var secret *group.Scalar
	for _, set := range mpctest.Subsets(len(shares), f+1, 30) {
		sub := make([]*keyset.Share, len(set))
		for k, i := range set {
			sub[k] = shares[i]
		}
		x, err := mpctest.Reconstruct(sub)
		if err != nil {
			t.Fatal(err)
		}
		if !new(group.Point).ScalarBaseMult(x).Equal(pub.PublicKey()) {
			t.Fatalf("shares %v do not interpolate to the public key's secret", set)
		}
		secret = x
	}
	return secret
}

// without returns the indices of all that are not in some.
func without(all []uint32, some ...uint32) []uint32 {
	var out []uint32
	for _, i := range all {
		if !slices.Contains(some, i) {
			out = append(out, i)
		}
	}
	return out
}

// corrupt returns f spread-out party indices 2, 5, 8, … among 1..n.
func corrupt(n int, f uint32) []uint32 {
	var out []uint32
	for k := uint32(0); k < f; k++ {
		if i := 2 + 3*k; int(i) <= n {
			out = append(out, i)
		}
	}
	return out
}
