package dkg_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/dkg/dkgtest"
	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/mpctest"
)

func TestHonestDKGGivesEveryPartyTheSameKeySetAndConsistentShares(t *testing.T) {
	for _, n := range []int{1, 4, 7, 13} {
		t.Run(fmt.Sprintf("n=%d", n), func(t *testing.T) {
			rnd := mpctest.Reader(t.Name())
			c := newDKG(t, rnd, n)
			out := run(t, rnd, c, nil)
			all := dkgtest.Range(1, n)
			res, shares := agreed(t, out, all)
			if !slices.Equal(res.Qual, all) || len(res.Absent) != 0 || len(res.Disqualified) != 0 || len(res.FalseComplaints) != 0 {
				t.Fatalf("honest run verdict: %+v", res.Verdict)
			}
			pub := res.Public
			if pub.Epoch() != c.Config.Epoch || pub.Threshold() != mpctest.Threshold(n) || pub.N() != n {
				t.Fatalf("key set: epoch %d, f %d, n %d", pub.Epoch(), pub.Threshold(), pub.N())
			}
			if !res.Commitment.Coefficient(0).Equal(pub.PublicKey()) || res.Commitment.Degree() != pub.Threshold() {
				t.Fatal("the aggregated commitment does not match the public key")
			}
			if len(shares) != n {
				t.Fatalf("%d shares for %d parties", len(shares), n)
			}
			consistent(t, pub, shares)
		})
	}
}

func TestDKGRunsWithTheHybridPostQuantumKEM(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	c, err := dkgtest.NewDKG(rnd, dkg.KEMMLKEM768X25519, t.Name(), 4, 1)
	if err != nil {
		t.Fatal(err)
	}
	res, shares := agreed(t, run(t, rnd, c, nil), dkgtest.Range(1, 4))
	if len(res.Qual) != 4 {
		t.Fatalf("QUAL = %v", res.Qual)
	}
	consistent(t, res.Public, shares)
}

// maliciousCase sets up corrupt parties bad and says what must happen.
type maliciousCase struct {
	name string
	// adversary returns the attack of the corrupt parties bad against
	// the honest parties good.
	adversary func(bad, good []uint32) *dkgtest.Adversary
	// reason is the disqualification of every corrupt dealer; 0 for none.
	reason dkg.Reason
	// absent: the corrupt dealers are absent rather than disqualified.
	absent bool
	// falseComplaints returns the complaints recorded as false.
	falseComplaints func(bad, good []uint32) []dkg.FalseComplaint
}

// victims maps every corrupt dealer to the first honest party.
func victims(bad, good []uint32) map[uint32][]uint32 {
	m := make(map[uint32][]uint32)
	for _, i := range bad {
		m[i] = []uint32{good[0]}
	}
	return m
}

var dkgAttacks = []maliciousCase{
	{
		name:      "dealers that withhold their dealing are absent",
		adversary: func(bad, _ []uint32) *dkgtest.Adversary { return &dkgtest.Adversary{Withhold: bad} },
		absent:    true,
	},
	{
		name:      "dealers with a bad proof of knowledge are disqualified",
		adversary: func(bad, _ []uint32) *dkgtest.Adversary { return &dkgtest.Adversary{BadProof: bad} },
		reason:    dkg.ReasonBadProof,
	},
	{
		name:      "dealers that change A_i0 after proving are disqualified for the proof",
		adversary: func(bad, _ []uint32) *dkgtest.Adversary { return &dkgtest.Adversary{WrongConstant: bad} },
		reason:    dkg.ReasonBadProof,
	},
	{
		name:      "dealers that publish two dealings are disqualified",
		adversary: func(bad, _ []uint32) *dkgtest.Adversary { return &dkgtest.Adversary{Equivocate: bad} },
		reason:    dkg.ReasonEquivocation,
	},
	{
		name: "dealers that send a bad sub-share and do not justify are disqualified",
		adversary: func(bad, good []uint32) *dkgtest.Adversary {
			return &dkgtest.Adversary{BadSubshare: victims(bad, good), NoJustification: bad}
		},
		reason: dkg.ReasonMissingJustification,
	},
	{
		name: "dealers that send an undecryptable sub-share and do not justify are disqualified",
		adversary: func(bad, good []uint32) *dkgtest.Adversary {
			return &dkgtest.Adversary{GarbledSubshare: victims(bad, good), NoJustification: bad}
		},
		reason: dkg.ReasonMissingJustification,
	},
	{
		name: "dealers that send a bad sub-share and justify with a wrong value are disqualified",
		adversary: func(bad, good []uint32) *dkgtest.Adversary {
			return &dkgtest.Adversary{BadSubshare: victims(bad, good), BadJustification: bad}
		},
		reason: dkg.ReasonBadJustification,
	},
	{
		name: "dealers that send a bad sub-share but justify it stay qualified",
		adversary: func(bad, good []uint32) *dkgtest.Adversary {
			return &dkgtest.Adversary{BadSubshare: victims(bad, good)}
		},
		falseComplaints: func(bad, good []uint32) []dkg.FalseComplaint {
			var out []dkg.FalseComplaint
			for _, i := range bad {
				out = append(out, dkg.FalseComplaint{Complainer: good[0], Dealer: i})
			}
			return out
		},
	},
	{
		name: "false complaints are recorded and do not disqualify the accused",
		adversary: func(bad, good []uint32) *dkgtest.Adversary {
			m := make(map[uint32][]uint32)
			for _, i := range bad {
				m[i] = []uint32{good[len(good)-1]}
			}
			return &dkgtest.Adversary{FalseComplaint: m}
		},
		falseComplaints: func(bad, good []uint32) []dkg.FalseComplaint {
			var out []dkg.FalseComplaint
			for _, i := range bad {
				out = append(out, dkg.FalseComplaint{Complainer: i, Dealer: good[len(good)-1]})
			}
			return out
		},
	},
}

func TestMaliciousDealersAreExcludedAndHonestPartiesAgree(t *testing.T) {
	for _, n := range []int{4, 7, 13} {
		for _, tt := range dkgAttacks {
			t.Run(fmt.Sprintf("n=%d/%s", n, tt.name), func(t *testing.T) {
				rnd := mpctest.Reader(t.Name())
				c := newDKG(t, rnd, n)
				all := dkgtest.Range(1, n)
				bad := corrupt(n, c.Config.Threshold)
				good := without(all, bad...)
				out := run(t, rnd, c, tt.adversary(bad, good))
				res, shares := agreed(t, out, good)
				checkVerdict(t, &res.Verdict, tt, all, bad, good)
				consistent(t, res.Public, shares)
			})
		}
	}
}

func checkVerdict(t *testing.T, v *dkg.Verdict, tt maliciousCase, dealers, bad, good []uint32) {
	t.Helper()
	dq := disqualified(v)
	switch {
	case tt.absent:
		if !slices.Equal(v.Absent, bad) || len(dq) != 0 {
			t.Fatalf("absent %v, disqualified %v; want absent %v", v.Absent, dq, bad)
		}
	case tt.reason != 0:
		if len(dq) != len(bad) || len(v.Absent) != 0 {
			t.Fatalf("disqualified %v, absent %v; want %v disqualified", dq, v.Absent, bad)
		}
		for _, i := range bad {
			if dq[i] != tt.reason {
				t.Fatalf("dealer %d: reason %v, want %v", i, dq[i], tt.reason)
			}
		}
	default:
		if len(dq) != 0 || len(v.Absent) != 0 {
			t.Fatalf("disqualified %v, absent %v; want nobody", dq, v.Absent)
		}
	}
	wantQual := dealers
	if tt.absent || tt.reason != 0 {
		wantQual = without(dealers, bad...)
	}
	if !slices.Equal(v.Qual, wantQual) {
		t.Fatalf("QUAL = %v, want %v", v.Qual, wantQual)
	}
	var wantFalse []dkg.FalseComplaint
	if tt.falseComplaints != nil {
		wantFalse = tt.falseComplaints(bad, good)
		slices.SortFunc(wantFalse, func(a, b dkg.FalseComplaint) int {
			if a.Dealer != b.Dealer {
				return int(a.Dealer) - int(b.Dealer)
			}
			return int(a.Complainer) - int(b.Complainer)
		})
	}
	if !slices.Equal(v.FalseComplaints, wantFalse) {
		t.Fatalf("false complaints %v, want %v", v.FalseComplaints, wantFalse)
	}
}

func TestDifferentAttacksAtOnceAreEachJudgedForWhatTheyAre(t *testing.T) {
	const n = 13 // f = 4
	rnd := mpctest.Reader(t.Name())
	c := newDKG(t, rnd, n)
	all := dkgtest.Range(1, n)
	adv := &dkgtest.Adversary{
		Withhold:        []uint32{2},
		BadProof:        []uint32{5},
		Equivocate:      []uint32{8},
		BadSubshare:     map[uint32][]uint32{11: {1, 3}},
		NoJustification: []uint32{11},
		FalseComplaint:  map[uint32][]uint32{5: {1}},
	}
	good := without(all, 2, 5, 8, 11)
	res, shares := agreed(t, run(t, rnd, c, adv), good)
	want := map[uint32]dkg.Reason{5: dkg.ReasonBadProof, 8: dkg.ReasonEquivocation, 11: dkg.ReasonMissingJustification}
	if got := disqualified(&res.Verdict); !mapsEqual(got, want) {
		t.Fatalf("disqualified %v, want %v", got, want)
	}
	if !slices.Equal(res.Absent, []uint32{2}) || !slices.Equal(res.Qual, good) {
		t.Fatalf("absent %v, QUAL %v", res.Absent, res.Qual)
	}
	if !slices.Equal(res.FalseComplaints, []dkg.FalseComplaint{{Complainer: 5, Dealer: 1}}) {
		t.Fatalf("false complaints %v", res.FalseComplaints)
	}
	consistent(t, res.Public, shares)
}

func mapsEqual[K comparable, V comparable](a, b map[K]V) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func TestTooFewQualifiedDealersFailWithTheTypedError(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	c := newDKG(t, rnd, 4) // f = 1: QUAL needs 3
	out := run(t, rnd, c, &dkgtest.Adversary{Withhold: []uint32{1}, BadProof: []uint32{2}})
	for i, o := range out {
		var qe *dkg.QualTooSmallError
		if !errors.As(o.Err, &qe) || !errors.Is(o.Err, dkg.ErrQualTooSmall) {
			t.Fatalf("party %d: got %v, want a QualTooSmallError", i, o.Err)
		}
		if qe.Need != 3 || !slices.Equal(qe.Qual, []uint32{3, 4}) || !slices.Equal(qe.Absent, []uint32{1}) ||
			disqualified(&qe.Verdict)[2] != dkg.ReasonBadProof {
			t.Fatalf("party %d: %+v", i, qe)
		}
		if o.Share != nil || o.Result != nil {
			t.Fatalf("party %d got a share from a failed ceremony", i)
		}
	}
}

func TestRefreshKeepsThePublicKeyAndChangesEveryShare(t *testing.T) {
	const n = 4
	rnd := mpctest.Reader(t.Name())
	oldPub, oldShares, secret, err := mpctest.Deal(rnd, n, mpctest.Threshold(n), 1)
	if err != nil {
		t.Fatal(err)
	}
	c, err := dkgtest.NewRefresh(rnd, dkg.KEMX25519, t.Name(), oldShares)
	if err != nil {
		t.Fatal(err)
	}
	res, shares := agreed(t, run(t, rnd, c, nil), dkgtest.Range(1, n))
	pub := res.Public
	if !pub.PublicKey().Equal(oldPub.PublicKey()) || pub.Epoch() != 2 || pub.Threshold() != oldPub.Threshold() {
		t.Fatal("refresh changed the public key, epoch or threshold")
	}
	if !res.Commitment.Coefficient(0).IsIdentity() {
		t.Fatal("the refresh commitment does not commit to a sharing of zero")
	}
	for k, s := range shares {
		if s.Secret().Equal(oldShares[k].Secret()) {
			t.Fatalf("share %d did not change", s.Index)
		}
		oldVK, _ := oldPub.VerificationKey(s.Index)
		newVK, _ := pub.VerificationKey(s.Index)
		if oldVK.Equal(newVK) {
			t.Fatalf("verification key %d did not change", s.Index)
		}
	}
	if got := consistent(t, pub, shares); !got.Equal(secret) {
		t.Fatal("refreshed shares interpolate to another secret")
	}

	// An old share and a new share (f+1 = 2 of them) do not combine.
	mixed := []*keyset.Share{oldShares[0], shares[1]}
	x, err := mpctest.Reconstruct(mixed)
	if err != nil {
		t.Fatal(err)
	}
	if x.Equal(secret) {
		t.Fatal("an old and a new share interpolate to the secret")
	}
	if new(group.Point).ScalarBaseMult(x).Equal(pub.PublicKey()) {
		t.Fatal("an old and a new share interpolate to the public key's secret")
	}
}

func TestRefreshExcludesDealersThatDoNotShareZero(t *testing.T) {
	const n = 7
	tests := []struct {
		name   string
		adv    func(bad []uint32) *dkgtest.Adversary
		reason dkg.Reason
	}{
		{"a dealer with A_i0 ≠ identity", func(bad []uint32) *dkgtest.Adversary { return &dkgtest.Adversary{WrongConstant: bad} }, dkg.ReasonBadConstantTerm},
		{"a dealer that attaches a proof", func(bad []uint32) *dkgtest.Adversary { return &dkgtest.Adversary{BadProof: bad} }, dkg.ReasonInvalidDealing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rnd := mpctest.Reader(t.Name())
			oldPub, oldShares, secret, err := mpctest.Deal(rnd, n, mpctest.Threshold(n), 3)
			if err != nil {
				t.Fatal(err)
			}
			c, err := dkgtest.NewRefresh(rnd, dkg.KEMX25519, t.Name(), oldShares)
			if err != nil {
				t.Fatal(err)
			}
			bad := corrupt(n, c.Config.Threshold)
			res, shares := agreed(t, run(t, rnd, c, tt.adv(bad)), without(dkgtest.Range(1, n), bad...))
			for _, i := range bad {
				if disqualified(&res.Verdict)[i] != tt.reason {
					t.Fatalf("dealer %d: %v, want %v", i, disqualified(&res.Verdict)[i], tt.reason)
				}
			}
			if !res.Public.PublicKey().Equal(oldPub.PublicKey()) {
				t.Fatal("refresh changed the public key")
			}
			if !consistent(t, res.Public, shares).Equal(secret) {
				t.Fatal("refreshed shares interpolate to another secret")
			}
		})
	}
}

func TestReshareMovesTheKeyToNewPartiesAndThreshold(t *testing.T) {
	tests := []struct {
		name      string
		oldN      int
		dealers   []uint32
		receivers []uint32
		adv       *dkgtest.Adversary
		reason    map[uint32]dkg.Reason
	}{
		{name: "4 to 7", oldN: 4, dealers: dkgtest.Range(1, 4), receivers: dkgtest.Range(1, 7)},
		{name: "7 to 4", oldN: 7, dealers: dkgtest.Range(1, 7), receivers: dkgtest.Range(1, 4)},
		{name: "7 to 4 from a qualified subset", oldN: 7, dealers: []uint32{2, 3, 5}, receivers: dkgtest.Range(1, 4)},
		{name: "4 to 4 new parties", oldN: 4, dealers: dkgtest.Range(1, 4), receivers: dkgtest.Range(5, 4)},
		{name: "7 to 4 with a dealer that commits to another share", oldN: 7, dealers: dkgtest.Range(1, 7), receivers: dkgtest.Range(1, 4),
			adv: &dkgtest.Adversary{WrongConstant: []uint32{6}}, reason: map[uint32]dkg.Reason{6: dkg.ReasonBadConstantTerm}},
		{name: "4 to 7 with a dealer that sends a bad sub-share and does not justify", oldN: 4, dealers: dkgtest.Range(1, 4), receivers: dkgtest.Range(1, 7),
			adv:    &dkgtest.Adversary{BadSubshare: map[uint32][]uint32{2: {7}}, NoJustification: []uint32{2}},
			reason: map[uint32]dkg.Reason{2: dkg.ReasonMissingJustification}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rnd := mpctest.Reader(t.Name())
			oldPub, oldShares, secret, err := mpctest.Deal(rnd, tt.oldN, mpctest.Threshold(tt.oldN), 5)
			if err != nil {
				t.Fatal(err)
			}
			f := mpctest.Threshold(len(tt.receivers))
			c, err := dkgtest.NewReshare(rnd, dkg.KEMX25519, t.Name(), oldShares, tt.dealers, tt.receivers, f)
			if err != nil {
				t.Fatal(err)
			}
			var bad []uint32
			for i := range tt.reason {
				bad = append(bad, i)
			}
			out := run(t, rnd, c, tt.adv)
			res, shares := agreed(t, out, without(c.Parties(), bad...))
			if got := disqualified(&res.Verdict); !mapsEqual(got, tt.reason) {
				t.Fatalf("disqualified %v, want %v", got, tt.reason)
			}
			pub := res.Public
			if !pub.PublicKey().Equal(oldPub.PublicKey()) || pub.Threshold() != f || pub.Epoch() != 6 ||
				!slices.Equal(pub.Indices(), tt.receivers) {
				t.Fatal("reshare did not keep h or did not move to the new parties and threshold")
			}
			if len(shares) != len(without(tt.receivers, bad...)) {
				t.Fatalf("%d shares for %d receivers", len(shares), len(tt.receivers))
			}
			if got := consistent(t, pub, shares); !got.Equal(secret) {
				t.Fatal("new shares interpolate to another secret")
			}
			for _, i := range c.Parties() {
				o := out[i]
				if !slices.Contains(tt.receivers, i) && (o.Share != nil || o.Result == nil) {
					t.Fatalf("dealer %d outside the new set: share %v, result %v", i, o.Share, o.Result)
				}
			}
		})
	}
}

func TestReshareWithTooFewQualifiedOldPartiesFailsWithTheTypedError(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	_, oldShares, _, err := mpctest.Deal(rnd, 4, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	c, err := dkgtest.NewReshare(rnd, dkg.KEMX25519, t.Name(), oldShares, []uint32{1, 2}, dkgtest.Range(1, 7), 2)
	if err != nil {
		t.Fatal(err)
	}
	out := run(t, rnd, c, &dkgtest.Adversary{WrongConstant: []uint32{2}})
	for i, o := range out {
		var qe *dkg.QualTooSmallError
		if !errors.As(o.Err, &qe) || qe.Need != 2 || !slices.Equal(qe.Qual, []uint32{1}) {
			t.Fatalf("party %d: got %v, want a QualTooSmallError with QUAL [1] of 2", i, o.Err)
		}
		if disqualified(&qe.Verdict)[2] != dkg.ReasonBadConstantTerm {
			t.Fatalf("party %d: verdict %+v", i, qe.Verdict)
		}
	}

	// The configuration itself refuses fewer than f_old+1 dealers.
	if _, err := dkgtest.NewReshare(rnd, dkg.KEMX25519, t.Name(), oldShares, []uint32{1}, dkgtest.Range(1, 7), 2); !errors.Is(err, dkg.ErrInvalidConfig) {
		t.Fatalf("a reshare with one dealer for f_old = 1: %v", err)
	}
}

func TestChainedCeremoniesKeepTheKey(t *testing.T) {
	// DKG among 4, refresh, reshare to 7, refresh again: h never changes
	// and the final shares interpolate to the DKG's secret.
	rnd := mpctest.Reader(t.Name())
	res, shares := agreed(t, run(t, rnd, newDKG(t, rnd, 4), nil), dkgtest.Range(1, 4))
	h := res.Public.PublicKey()
	secret := consistent(t, res.Public, shares)
	steps := []func(old []*keyset.Share) (*dkgtest.Ceremony, error){
		func(old []*keyset.Share) (*dkgtest.Ceremony, error) {
			return dkgtest.NewRefresh(rnd, dkg.KEMX25519, "refresh 1", old)
		},
		func(old []*keyset.Share) (*dkgtest.Ceremony, error) {
			return dkgtest.NewReshare(rnd, dkg.KEMX25519, "reshare", old, []uint32{1, 3, 4}, dkgtest.Range(1, 7), 2)
		},
		func(old []*keyset.Share) (*dkgtest.Ceremony, error) {
			return dkgtest.NewRefresh(rnd, dkg.KEMX25519, "refresh 2", old)
		},
	}
	for k, step := range steps {
		c, err := step(shares)
		if err != nil {
			t.Fatal(err)
		}
		res, shares = agreed(t, run(t, rnd, c, nil), c.Parties())
		if !res.Public.PublicKey().Equal(h) || res.Public.Epoch() != uint64(k+2) {
			t.Fatalf("step %d: h or epoch wrong", k)
		}
		if !consistent(t, res.Public, shares).Equal(secret) {
			t.Fatalf("step %d: shares interpolate to another secret", k)
		}
	}
}
