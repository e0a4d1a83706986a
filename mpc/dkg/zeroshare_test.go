package dkg_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/dkg/dkgtest"
	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/mpctest"
	"github.com/tkms/tkms/mpc/vss"
)

// honestDealings has every dealer but skip deal honestly.
func honestDealings(t *testing.T, c *dkgtest.Ceremony, skip uint32) ([]*dkg.Participant, []*dkg.Dealing) {
	t.Helper()
	ps, err := c.Participants(mpctest.Reader(t.Name() + "/parties"))
	if err != nil {
		t.Fatal(err)
	}
	var ds []*dkg.Dealing
	for _, p := range ps {
		if p.Index() == skip {
			continue
		}
		d, err := p.Deal()
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, d)
	}
	return ps, ds
}

func TestADealerThatZeroesItsOwnShareIsNamedByFinalize(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	c := newDKG(t, rnd, 4)
	ps, ds := honestDealings(t, c, 4)
	// Dealer 4 deals last, having read its sub-shares of 1..3.
	bad, err := dkgtest.ZeroShareDealing(c.Config, 4, c.Keys[4], ds, rnd)
	if err != nil {
		t.Fatal(err)
	}
	if err := dkg.VerifyDealing(c.Config, bad); err != nil {
		t.Fatalf("the attacking dealing is valid on its face: %v", err)
	}
	tr := dkg.Transcript{Dealings: append(ds, bad)}
	// Nobody has reason to complain: every sub-share is consistent.
	for _, p := range ps {
		cs, err := p.ProcessDealings(tr.Dealings)
		if err != nil || len(cs) != 0 {
			t.Fatalf("party %d: %d complaints, %v", p.Index(), len(cs), err)
		}
	}
	_, err = dkg.Finalize(c.Config, tr)
	var zs *dkg.ZeroShareError
	if !errors.As(err, &zs) || !errors.Is(err, dkg.ErrZeroShare) {
		t.Fatalf("Finalize = %v, want a *ZeroShareError", err)
	}
	if !slices.Equal(zs.Receivers, []uint32{4}) {
		t.Fatalf("blamed %v, want [4]", zs.Receivers)
	}
	if !slices.Equal(zs.Qual, []uint32{1, 2, 3, 4}) || len(zs.Disqualified) != 0 {
		t.Fatalf("verdict %+v", zs.Verdict)
	}
	// Every party reaches the same judgment.
	for _, p := range ps {
		if _, _, err := p.Finalize(tr); !errors.As(err, &zs) || !slices.Equal(zs.Receivers, []uint32{4}) {
			t.Fatalf("party %d: %v", p.Index(), err)
		}
	}
}

func TestADealerAimingAtAnotherPartysShareIsDisqualifiedInstead(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	c := newDKG(t, rnd, 4)
	_, ds := honestDealings(t, c, 4)
	// Dealer 4 wants h_1 to be the identity: C_4(1) = −Σ_{i<4} C_i(1).
	// With j = 1, C(1) = Σ_k A_k, so it shifts its last commitment; it
	// does not know the resulting polynomial and encrypts its old one.
	var T group.Point
	for _, d := range ds {
		cm, err := d.Commitment()
		if err != nil {
			t.Fatal(err)
		}
		v, err := cm.EvalVarTime(1)
		if err != nil {
			t.Fatal(err)
		}
		T.Subtract(&T, v)
	}
	poly, err := vss.NewPolynomial(rnd, c.Config.Threshold, group.ScalarFromUint64(7))
	if err != nil {
		t.Fatal(err)
	}
	bad, err := dkg.NewDealing(c.Config, 4, poly, rnd)
	if err != nil {
		t.Fatal(err)
	}
	own, err := poly.Commit().EvalVarTime(1)
	if err != nil {
		t.Fatal(err)
	}
	last := &bad.Commitments[len(bad.Commitments)-1]
	last.Add(last, new(group.Point).Subtract(&T, own))
	if err := dkg.VerifyDealing(c.Config, bad); err != nil {
		t.Fatalf("the aimed dealing is valid on its face: %v", err)
	}
	tr := dkg.Transcript{Dealings: append(slices.Clone(ds), bad)}

	// Without complaints the aim is reached, and Finalize names the
	// victim, whose honest party does complain:
	ps, _ := honestDealings(t, c, 0)
	var complaints []*dkg.Complaint
	for _, p := range ps {
		cs, err := p.ProcessDealings(tr.Dealings)
		if err != nil {
			t.Fatal(err)
		}
		if p.Index() != 4 && len(cs) != 1 {
			t.Fatalf("party %d made %d complaints against the aimed dealing", p.Index(), len(cs))
		}
		complaints = append(complaints, cs...)
	}
	tr.Complaints = complaints
	// Dealer 4 cannot reveal a polynomial it does not know: with its
	// complaints unanswered it is disqualified and the rest completes.
	res, err := dkg.Finalize(c.Config, tr)
	if err != nil {
		t.Fatal(err)
	}
	if got := disqualified(&res.Verdict); got[4] != dkg.ReasonMissingJustification || len(got) != 1 {
		t.Fatalf("disqualified %v", got)
	}
	if res.Disqualified[0].Complainer != 1 {
		t.Fatalf("unanswered complaint of %d, want 1", res.Disqualified[0].Complainer)
	}
	vk, err := res.Public.VerificationKey(1)
	if err != nil || vk.IsIdentity() {
		t.Fatalf("h_1 = %v, %v", vk, err)
	}
}
