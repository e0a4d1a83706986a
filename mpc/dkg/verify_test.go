package dkg_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/dkg/dkgtest"
	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/mpctest"
)

// cloneDealing copies d deeply enough to mutate it.
func cloneDealing(d *dkg.Dealing) *dkg.Dealing {
	e := *d
	e.Commitments = slices.Clone(d.Commitments)
	e.Subshares = slices.Clone(d.Subshares)
	if d.Proof != nil {
		p := *d.Proof
		e.Proof = &p
	}
	return &e
}

// dealingOf returns party i's honest dealing in ceremony c.
func dealingOf(t *testing.T, c *dkgtest.Ceremony, i uint32) *dkg.Dealing {
	t.Helper()
	var old = c.OldShares[i]
	if c.Config.Kind == dkg.KindDKG {
		old = nil
	}
	p, err := dkg.New(c.Config, i, c.Keys[i], old, mpctest.Reader(t.Name()))
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Deal()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestVerifyDealing(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	dkgC := newDKG(t, rnd, 4)
	_, old, _, err := mpctest.Deal(rnd, 4, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	refresh, err := dkgtest.NewRefresh(rnd, dkg.KEMX25519, "refresh", old)
	if err != nil {
		t.Fatal(err)
	}
	reshare, err := dkgtest.NewReshare(rnd, dkg.KEMX25519, "reshare", old, []uint32{1, 2, 4}, dkgtest.Range(1, 7), 2)
	if err != nil {
		t.Fatal(err)
	}
	other, err := dkgtest.NewDKG(rnd, dkg.KEMX25519, "another ceremony", 4, 1)
	if err != nil {
		t.Fatal(err)
	}
	d := dealingOf(t, dkgC, 1)
	dRefresh := dealingOf(t, refresh, 1)
	dReshare := dealingOf(t, reshare, 2)

	tests := []struct {
		name   string
		cfg    *dkg.Config
		d      *dkg.Dealing
		mutate func(d *dkg.Dealing)
		want   error
	}{
		{"an honest DKG dealing passes", dkgC.Config, d, nil, nil},
		{"an honest refresh dealing passes", refresh.Config, dRefresh, nil, nil},
		{"an honest reshare dealing passes", reshare.Config, dReshare, nil, nil},
		{"a nil dealing fails", dkgC.Config, nil, nil, dkg.ErrInvalidDealing},
		{"a dealing of another ceremony fails", dkgC.Config, d, func(d *dkg.Dealing) { d.CeremonyID[0] ^= 1 }, dkg.ErrWrongCeremony},
		{"a dealing of another epoch fails", dkgC.Config, d, func(d *dkg.Dealing) { d.Epoch++ }, dkg.ErrWrongCeremony},
		{"a dealing from a non-dealer fails", reshare.Config, dReshare, func(d *dkg.Dealing) { d.Sender = 3 }, dkg.ErrUnknownDealer},
		{"a dealing of degree f−1 fails", dkgC.Config, d, func(d *dkg.Dealing) { d.Commitments = d.Commitments[:1] }, dkg.ErrInvalidDealing},
		{"a dealing of degree f+1 fails", dkgC.Config, d, func(d *dkg.Dealing) { d.Commitments = append(d.Commitments, d.Commitments[1]) }, dkg.ErrInvalidDealing},
		{"a dealing without commitments fails", dkgC.Config, d, func(d *dkg.Dealing) { d.Commitments = nil }, dkg.ErrInvalidDealing},
		{"a dealing missing a receiver fails", dkgC.Config, d, func(d *dkg.Dealing) { d.Subshares = d.Subshares[:3] }, dkg.ErrInvalidDealing},
		{"a dealing to a stranger fails", dkgC.Config, d, func(d *dkg.Dealing) { d.Subshares[3].Receiver = 5 }, dkg.ErrInvalidDealing},
		{"a dealing with a short ciphertext fails", dkgC.Config, d, func(d *dkg.Dealing) { d.Subshares[2].Ciphertext = d.Subshares[2].Ciphertext[1:] }, dkg.ErrInvalidDealing},
		{"a DKG dealing with A_i0 = identity fails", dkgC.Config, d, func(d *dkg.Dealing) { d.Commitments[0] = *group.NewIdentityPoint() }, dkg.ErrBadConstantTerm},
		{"a DKG dealing without proof fails", dkgC.Config, d, func(d *dkg.Dealing) { d.Proof = nil }, dkg.ErrBadProof},
		{"a DKG dealing with a wrong response fails", dkgC.Config, d, func(d *dkg.Dealing) { d.Proof.Z.Add(&d.Proof.Z, group.ScalarFromUint64(1)) }, dkg.ErrBadProof},
		{"a DKG dealing replayed by another dealer fails", dkgC.Config, d, func(d *dkg.Dealing) { d.Sender = 2 }, dkg.ErrBadProof},
		{"a DKG dealing replayed in another ceremony fails", other.Config, d, func(d *dkg.Dealing) { d.CeremonyID = other.Config.CeremonyID }, dkg.ErrBadProof},
		{"a refresh dealing that shares a non-zero value fails", refresh.Config, dRefresh, func(d *dkg.Dealing) { d.Commitments[0] = *group.NewGeneratorPoint() }, dkg.ErrBadConstantTerm},
		{"a refresh dealing with a proof fails", refresh.Config, dRefresh, func(d *dkg.Dealing) { d.Proof = new(dkg.Proof) }, dkg.ErrInvalidDealing},
		{"a reshare dealing of another party's share fails", reshare.Config, dReshare, func(d *dkg.Dealing) {
			h1, _ := reshare.Config.Old.VerificationKey(1)
			d.Commitments[0] = *h1
		}, dkg.ErrBadConstantTerm},
		{"a reshare dealing with a proof fails", reshare.Config, dReshare, func(d *dkg.Dealing) { d.Proof = new(dkg.Proof) }, dkg.ErrInvalidDealing},
		{"any dealing under an invalid configuration fails", &dkg.Config{}, d, nil, dkg.ErrInvalidConfig},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.d
			if d != nil {
				d = cloneDealing(d)
				if tt.mutate != nil {
					tt.mutate(d)
				}
			}
			err := dkg.VerifyDealing(tt.cfg, d)
			if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
}

func TestVerifyComplaint(t *testing.T) {
	cfg, _, c, _ := sample(t, t.Name())
	tests := []struct {
		name   string
		c      *dkg.Complaint
		mutate func(c *dkg.Complaint)
		want   error
	}{
		{"a complaint of a receiver against a dealer passes", c, nil, nil},
		{"a nil complaint fails", nil, nil, dkg.ErrInvalidComplaint},
		{"a complaint of another ceremony fails", c, func(c *dkg.Complaint) { c.CeremonyID[5] ^= 1 }, dkg.ErrWrongCeremony},
		{"a complaint of another epoch fails", c, func(c *dkg.Complaint) { c.Epoch = 0 }, dkg.ErrWrongCeremony},
		{"a complaint of a stranger fails", c, func(c *dkg.Complaint) { c.Sender = 9 }, dkg.ErrUnknownParty},
		{"a complaint against a stranger fails", c, func(c *dkg.Complaint) { c.Dealer = 9 }, dkg.ErrUnknownDealer},
		{"a complaint against oneself fails", c, func(c *dkg.Complaint) { c.Dealer = c.Sender }, dkg.ErrInvalidComplaint},
		{"a complaint with an unknown reason fails", c, func(c *dkg.Complaint) { c.Reason = 0 }, dkg.ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.c
			if c != nil {
				cc := *c
				c = &cc
				if tt.mutate != nil {
					tt.mutate(c)
				}
			}
			err := dkg.VerifyComplaint(cfg, c)
			if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
	if err := dkg.VerifyComplaint(nil, c); !errors.Is(err, dkg.ErrInvalidConfig) {
		t.Fatalf("nil configuration: %v", err)
	}
}

func TestVerifyJustification(t *testing.T) {
	cfg, d, _, j := sample(t, t.Name())
	one := group.ScalarFromUint64(1)
	tests := []struct {
		name   string
		d      *dkg.Dealing
		j      *dkg.Justification
		mutate func(d *dkg.Dealing, j *dkg.Justification)
		want   error
	}{
		{"correct revealed sub-shares pass", d, j, nil, nil},
		{"a wrong revealed value fails", d, j, func(_ *dkg.Dealing, j *dkg.Justification) {
			j.Revealed[1].Value.Add(&j.Revealed[1].Value, one)
		}, dkg.ErrBadJustification},
		{"a value revealed for another receiver fails", d, j, func(_ *dkg.Dealing, j *dkg.Justification) {
			j.Revealed[0].Value = j.Revealed[1].Value
		}, dkg.ErrBadJustification},
		{"a value revealed for a stranger fails", d, j, func(_ *dkg.Dealing, j *dkg.Justification) { j.Revealed[1].Receiver = 9 }, dkg.ErrUnknownParty},
		{"a justification revealing nothing fails", d, j, func(_ *dkg.Dealing, j *dkg.Justification) { j.Revealed = nil }, dkg.ErrBadJustification},
		{"a nil justification fails", d, nil, nil, dkg.ErrBadJustification},
		{"a justification of another ceremony fails", d, j, func(_ *dkg.Dealing, j *dkg.Justification) { j.CeremonyID[0] ^= 1 }, dkg.ErrWrongCeremony},
		{"a justification from a stranger fails", d, j, func(_ *dkg.Dealing, j *dkg.Justification) { j.Sender = 9 }, dkg.ErrUnknownDealer},
		{"a justification checked against another dealer's dealing fails", d, j, func(d *dkg.Dealing, _ *dkg.Justification) { d.Sender = 2 }, dkg.ErrWrongCeremony},
		{"a justification without its dealing fails", nil, j, nil, dkg.ErrWrongCeremony},
		{"a justification of a malformed dealing fails", d, j, func(d *dkg.Dealing, _ *dkg.Justification) { d.Commitments = d.Commitments[:1] }, dkg.ErrInvalidDealing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, j := tt.d, tt.j
			if d != nil {
				d = cloneDealing(d)
			}
			if j != nil {
				jj := *j
				jj.Revealed = slices.Clone(j.Revealed)
				j = &jj
			}
			if tt.mutate != nil {
				tt.mutate(d, j)
			}
			err := dkg.VerifyJustification(cfg, d, j)
			if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
}
