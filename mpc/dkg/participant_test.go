package dkg_test

import (
	"errors"
	"testing"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/dkg/dkgtest"
	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/mpctest"
)

func TestNewRejectsArgumentsThatDoNotMatchTheCeremony(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	_, old, _, err := mpctest.Deal(rnd, 4, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	_, otherOld, _, err := mpctest.Deal(rnd, 4, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	dkgC := newDKG(t, rnd, 4)
	refresh, err := dkgtest.NewRefresh(rnd, dkg.KEMX25519, "refresh", old)
	if err != nil {
		t.Fatal(err)
	}
	reshare, err := dkgtest.NewReshare(rnd, dkg.KEMX25519, "reshare", old, []uint32{1, 2}, dkgtest.Range(3, 4), 1)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		cfg  *dkg.Config
		self uint32
		key  *dkg.EncryptionPrivateKey
		old  *keyset.Share
		want error
	}{
		{"a DKG party passes", dkgC.Config, 2, dkgC.Keys[2], nil, nil},
		{"a refresh party with its old share passes", refresh.Config, 2, refresh.Keys[2], old[1], nil},
		{"a reshare dealer outside the new set needs no key", reshare.Config, 1, nil, old[0], nil},
		{"a new reshare party needs no old share", reshare.Config, 6, reshare.Keys[6], nil, nil},
		{"a stranger fails", dkgC.Config, 5, dkgC.Keys[1], nil, dkg.ErrNotParticipant},
		{"a receiver without its key fails", dkgC.Config, 2, nil, nil, dkg.ErrInvalidKey},
		{"a receiver with another party's key fails", dkgC.Config, 2, dkgC.Keys[3], nil, dkg.ErrInvalidKey},
		{"a DKG party with an old share fails", dkgC.Config, 1, dkgC.Keys[1], old[0], dkg.ErrOldShare},
		{"a refresh party without its old share fails", refresh.Config, 2, refresh.Keys[2], nil, dkg.ErrOldShare},
		{"a refresh party with another party's share fails", refresh.Config, 2, refresh.Keys[2], old[2], dkg.ErrOldShare},
		{"a refresh party with a share of another key set fails", refresh.Config, 2, refresh.Keys[2], otherOld[1], dkg.ErrOldShare},
		{"a reshare dealer without its old share fails", reshare.Config, 2, nil, nil, dkg.ErrOldShare},
		{"an invalid configuration fails", &dkg.Config{}, 1, nil, nil, dkg.ErrInvalidConfig},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := dkg.New(tt.cfg, tt.self, tt.key, tt.old, rnd)
			if tt.want == nil && (err != nil || p == nil || p.Index() != tt.self || p.Phase() != dkg.PhaseInit) ||
				tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := dkg.New(dkgC.Config, 1, dkgC.Keys[1], nil, nil); !errors.Is(err, dkg.ErrInvalidConfig) {
		t.Fatalf("a dealer without randomness: %v", err)
	}
}

func TestParticipantCallsOutOfOrderFailAndLeaveThePhaseUnchanged(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	_, old, _, err := mpctest.Deal(rnd, 4, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	c, err := dkgtest.NewReshare(rnd, dkg.KEMX25519, t.Name(), old, []uint32{1, 2}, dkgtest.Range(2, 3), 1)
	if err != nil {
		t.Fatal(err)
	}
	newcomer, err := dkg.New(c.Config, 4, c.Keys[4], nil, rnd)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := newcomer.Deal(); !errors.Is(err, dkg.ErrNotDealer) {
		t.Fatalf("a receiver that is not a dealer dealt: %v", err)
	}
	p, err := dkg.New(c.Config, 2, c.Keys[2], old[1], rnd)
	if err != nil {
		t.Fatal(err)
	}
	step := func(name string, f func() error, wantErr bool, wantPhase dkg.Phase) {
		t.Helper()
		err := f()
		if wantErr && !errors.Is(err, dkg.ErrInvalidTransition) || !wantErr && err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if p.Phase() != wantPhase {
			t.Fatalf("%s: phase %v, want %v", name, p.Phase(), wantPhase)
		}
	}
	finalize := func() error { _, _, err := p.Finalize(dkg.Transcript{}); return err }
	complain := func() error { _, err := p.ProcessComplaints(nil); return err }
	var d *dkg.Dealing
	deal := func() (err error) { d, err = p.Deal(); return err }
	process := func() error { _, err := p.ProcessDealings([]*dkg.Dealing{d}); return err }

	step("finalize first", finalize, true, dkg.PhaseInit)
	step("justify first", complain, true, dkg.PhaseInit)
	step("deal", deal, false, dkg.PhaseDealt)
	step("deal again", deal, true, dkg.PhaseDealt)
	step("justify before processing dealings", complain, true, dkg.PhaseDealt)
	step("process dealings", process, false, dkg.PhaseDealingsProcessed)
	step("process dealings again", process, true, dkg.PhaseDealingsProcessed)
	step("deal after processing dealings", deal, true, dkg.PhaseDealingsProcessed)
	step("process complaints", complain, false, dkg.PhaseComplaintsProcessed)
	step("process complaints again", complain, true, dkg.PhaseComplaintsProcessed)
	// Only one dealer of the two dealt: QUAL is too small, the party fails.
	_, _, err = p.Finalize(dkg.Transcript{Dealings: []*dkg.Dealing{d}})
	if !errors.Is(err, dkg.ErrQualTooSmall) || p.Phase() != dkg.PhaseFailed {
		t.Fatalf("finalize: %v in phase %v", err, p.Phase())
	}
	step("finalize after failing", finalize, true, dkg.PhaseFailed)
	step("process dealings after failing", process, true, dkg.PhaseFailed)
}

func TestAPartyThatMissedTheDealingsStillGetsItsShare(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	c := newDKG(t, rnd, 4)
	ps, err := c.Participants(rnd)
	if err != nil {
		t.Fatal(err)
	}
	var tr dkg.Transcript
	for _, p := range ps {
		d, err := p.Deal()
		if err != nil {
			t.Fatal(err)
		}
		tr.Dealings = append(tr.Dealings, d)
	}
	var shares []*keyset.Share
	for k, p := range ps {
		seen := tr.Dealings
		if k == 0 {
			seen = nil // party 1 saw nothing by the deadline
		}
		if _, err := p.ProcessDealings(seen); err != nil {
			t.Fatal(err)
		}
		s, res, err := p.Finalize(tr)
		if err != nil {
			t.Fatalf("party %d: %v", p.Index(), err)
		}
		if p.Phase() != dkg.PhaseFinished {
			t.Fatalf("party %d ends in phase %v", p.Index(), p.Phase())
		}
		if !s.Public.Equal(res.Public) || s.Index != p.Index() {
			t.Fatalf("party %d got a share of another key set or index", p.Index())
		}
		shares = append(shares, s)
	}
	consistent(t, shares[0].Public, shares)
}

func TestAPartyWithAnUnjustifiedBadSubshareFromAQualifiedDealerFails(t *testing.T) {
	// Party 1 did not see the dealings in time, so it did not complain
	// about dealer 2's bad sub-share; dealer 2 qualifies and party 1
	// cannot compute its share. Everyone else can.
	rnd := mpctest.Reader(t.Name())
	c := newDKG(t, rnd, 4)
	ps, err := c.Participants(rnd)
	if err != nil {
		t.Fatal(err)
	}
	var tr dkg.Transcript
	for _, p := range ps {
		d, err := p.Deal()
		if err != nil {
			t.Fatal(err)
		}
		tr.Dealings = append(tr.Dealings, d)
	}
	// Replace dealer 2's sub-share for party 1 with one of a random value.
	v, err := group.RandomScalar(rnd)
	if err != nil {
		t.Fatal(err)
	}
	ct, err := dkg.EncryptSubshare(c.Config, 2, 1, v)
	if err != nil {
		t.Fatal(err)
	}
	tr.Dealings[1].Subshares[0].Ciphertext = ct
	for k, p := range ps {
		seen := tr.Dealings
		if k == 0 {
			seen = nil
		}
		cs, err := p.ProcessDealings(seen)
		if err != nil || len(cs) != 0 {
			t.Fatalf("party %d: complaints %v, %v", p.Index(), cs, err)
		}
		_, _, err = p.Finalize(tr)
		if k == 0 {
			if !errors.Is(err, dkg.ErrShareUnavailable) || p.Phase() != dkg.PhaseFailed {
				t.Fatalf("party 1: %v in phase %v", err, p.Phase())
			}
		} else if err != nil {
			t.Fatalf("party %d: %v", p.Index(), err)
		}
	}
}
