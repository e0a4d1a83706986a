package dkg_test

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/dkg/dkgtest"
	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/mpctest"
)

// transcriptOf runs c with adv and returns the final transcript.
func transcriptOf(t *testing.T, c *dkgtest.Ceremony, adv *dkgtest.Adversary) dkg.Transcript {
	t.Helper()
	rnd := mpctest.Reader(t.Name())
	ps, err := c.Participants(rnd)
	if err != nil {
		t.Fatal(err)
	}
	b := dkgtest.NewMemBoard()
	if _, err := dkgtest.Run(c.Config, b, ps, adv, rnd); err != nil {
		t.Fatal(err)
	}
	tr, err := b.Transcript(dkg.RoundJustify)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func TestFinalizeDependsOnTheSetOfMessagesNotTheirOrder(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	c := newDKG(t, rnd, 7)
	adv := &dkgtest.Adversary{
		Equivocate:     []uint32{2},
		BadSubshare:    map[uint32][]uint32{5: {1}},
		FalseComplaint: map[uint32][]uint32{2: {6}},
	}
	tr := transcriptOf(t, c, adv)
	want, err := dkg.Finalize(c.Config, tr)
	if err != nil {
		t.Fatal(err)
	}
	shuffle := rand.New(rand.NewPCG(1, 2))
	for k := range 5 {
		mixed := dkg.Transcript{
			Dealings:       slices.Clone(tr.Dealings),
			Complaints:     slices.Clone(tr.Complaints),
			Justifications: slices.Clone(tr.Justifications),
		}
		// Duplicates, nil entries and reordering change nothing.
		mixed.Dealings = append(mixed.Dealings, mixed.Dealings[k], nil)
		mixed.Complaints = append(mixed.Complaints, mixed.Complaints...)
		mixed.Justifications = append(mixed.Justifications, nil)
		shuffle.Shuffle(len(mixed.Dealings), func(a, b int) { mixed.Dealings[a], mixed.Dealings[b] = mixed.Dealings[b], mixed.Dealings[a] })
		shuffle.Shuffle(len(mixed.Complaints), func(a, b int) {
			mixed.Complaints[a], mixed.Complaints[b] = mixed.Complaints[b], mixed.Complaints[a]
		})
		got, err := dkg.Finalize(c.Config, mixed)
		if err != nil {
			t.Fatal(err)
		}
		if !sameVerdict(&got.Verdict, &want.Verdict) || !got.Public.Equal(want.Public) || !got.Commitment.Equal(want.Commitment) {
			t.Fatalf("shuffle %d: %+v, want %+v", k, got.Verdict, want.Verdict)
		}
	}
	if disqualified(&want.Verdict)[2] != dkg.ReasonEquivocation ||
		!slices.Equal(want.FalseComplaints, []dkg.FalseComplaint{{Complainer: 1, Dealer: 5}, {Complainer: 2, Dealer: 6}}) {
		t.Fatalf("verdict %+v", want.Verdict)
	}
}

func TestFinalizeIgnoresMessagesThatAreNotPartOfTheCeremony(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	c := newDKG(t, rnd, 4)
	other, err := dkgtest.NewDKG(rnd, dkg.KEMX25519, "another ceremony", 4, 1)
	if err != nil {
		t.Fatal(err)
	}
	tr := transcriptOf(t, c, nil)
	want, err := dkg.Finalize(c.Config, tr)
	if err != nil {
		t.Fatal(err)
	}
	foreign := dealingOf(t, other, 3)
	hdr := dkg.Header{CeremonyID: c.Config.CeremonyID, Epoch: c.Config.Epoch, Sender: 1}
	otherEpoch := hdr
	otherEpoch.Epoch++
	tr.Dealings = append(tr.Dealings, foreign)
	tr.Complaints = append(tr.Complaints,
		&dkg.Complaint{Header: otherEpoch, Dealer: 2, Reason: dkg.ComplaintMismatch}, // another epoch
		&dkg.Complaint{Header: hdr, Dealer: 1, Reason: dkg.ComplaintMismatch},        // against itself
		&dkg.Complaint{Header: hdr, Dealer: 9, Reason: dkg.ComplaintMismatch},        // against a stranger
	)
	tr.Justifications = append(tr.Justifications, &dkg.Justification{Header: otherEpoch,
		Revealed: []dkg.RevealedSubshare{{Receiver: 2}}})
	got, err := dkg.Finalize(c.Config, tr)
	if err != nil {
		t.Fatal(err)
	}
	if !sameVerdict(&got.Verdict, &want.Verdict) || !got.Public.Equal(want.Public) || len(got.Disqualified) != 0 {
		t.Fatalf("foreign messages changed the verdict: %+v", got.Verdict)
	}
}

func TestADealerThatRevealsAWrongValueUnaskedIsDisqualified(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	c := newDKG(t, rnd, 4)
	tr := transcriptOf(t, c, nil)
	tr.Justifications = append(tr.Justifications, &dkg.Justification{
		Header:   dkg.Header{CeremonyID: c.Config.CeremonyID, Epoch: c.Config.Epoch, Sender: 3},
		Revealed: []dkg.RevealedSubshare{{Receiver: 1, Value: *group.ScalarFromUint64(5)}},
	})
	res, err := dkg.Finalize(c.Config, tr)
	if err != nil {
		t.Fatal(err)
	}
	if disqualified(&res.Verdict)[3] != dkg.ReasonBadJustification || slices.Contains(res.Qual, 3) {
		t.Fatalf("verdict %+v", res.Verdict)
	}
}

func TestFinalizeOfAnEmptyTranscriptFails(t *testing.T) {
	c := newDKG(t, mpctest.Reader(t.Name()), 4)
	_, err := dkg.Finalize(c.Config, dkg.Transcript{})
	var qe *dkg.QualTooSmallError
	if !errors.As(err, &qe) || !slices.Equal(qe.Absent, dkgtest.Range(1, 4)) || len(qe.Qual) != 0 {
		t.Fatalf("got %v", err)
	}
	if _, err := dkg.Finalize(&dkg.Config{}, dkg.Transcript{}); !errors.Is(err, dkg.ErrInvalidConfig) {
		t.Fatalf("invalid configuration: %v", err)
	}
}

func TestComplaintsAgainstDealersWithoutAValidDealingAreMoot(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	c := newDKG(t, rnd, 7)
	// 3 is absent and 4 disqualified for its proof: complaints against
	// them are neither false nor a reason for anything.
	adv := &dkgtest.Adversary{Withhold: []uint32{3}, BadProof: []uint32{4},
		FalseComplaint: map[uint32][]uint32{1: {3, 4}}}
	res, _ := agreed(t, run(t, rnd, c, adv), without(dkgtest.Range(1, 7), 3, 4))
	if len(res.FalseComplaints) != 0 || !slices.Equal(res.Absent, []uint32{3}) ||
		!mapsEqual(disqualified(&res.Verdict), map[uint32]dkg.Reason{4: dkg.ReasonBadProof}) {
		t.Fatalf("verdict %+v", res.Verdict)
	}
}

func TestADealerThatAnswersOnlySomeComplaintsIsDisqualifiedAndNoComplaintAgainstItIsFalse(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	c := newDKG(t, rnd, 7)
	tr := transcriptOf(t, c, &dkgtest.Adversary{FalseComplaint: map[uint32][]uint32{1: {2}, 3: {2}}})
	full, err := dkg.Finalize(c.Config, tr)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(full.FalseComplaints, []dkg.FalseComplaint{{Complainer: 1, Dealer: 2}, {Complainer: 3, Dealer: 2}}) {
		t.Fatalf("with both answers: %+v", full.Verdict)
	}
	// Drop the answer to receiver 3.
	for k, j := range tr.Justifications {
		if j.Sender == 2 {
			jj := *j
			jj.Revealed = j.Revealed[:1]
			tr.Justifications[k] = &jj
		}
	}
	res, err := dkg.Finalize(c.Config, tr)
	if err != nil {
		t.Fatal(err)
	}
	if disqualified(&res.Verdict)[2] != dkg.ReasonMissingJustification || len(res.FalseComplaints) != 0 {
		t.Fatalf("with one answer: %+v", res.Verdict)
	}
}

func TestAnInconsistentKeySetCannotBeReshared(t *testing.T) {
	// Verification keys of one sharing under another sharing's public key
	// would make every reshare dealing valid (A_i0 = h_i) while the
	// interpolated constant term is not h. keyset.NewPublic refuses such a
	// key set, so no ceremony can be configured with it; Finalize's
	// ErrPublicKeyMismatch stays as a second line.
	rnd := mpctest.Reader(t.Name())
	pub, _, _, err := mpctest.Deal(rnd, 4, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	other, _, _, err := mpctest.Deal(rnd, 4, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	vks := make([]*group.Point, 4)
	for k, i := range pub.Indices() {
		vks[k], _ = pub.VerificationKey(i)
	}
	if _, err := keyset.NewPublic(1, 1, other.PublicKey(), pub.Indices(), vks); !errors.Is(err, keyset.ErrInconsistent) {
		t.Fatalf("got %v, want keyset.ErrInconsistent", err)
	}
}
