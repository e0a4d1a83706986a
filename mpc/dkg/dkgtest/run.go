package dkgtest

import (
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/keyset"
)

// Adversary lists how corrupt parties deviate. Each field names the
// misbehaving parties; the zero value is an honest run. The hooks act on
// what a corrupt party publishes, after its honest participant computed it.
type Adversary struct {
	// Withhold: dealers that publish no dealing (absent).
	Withhold []uint32
	// BadProof: dealers whose proof of knowledge is altered (DKG), or that
	// attach a proof where none belongs (Refresh, Reshare).
	BadProof []uint32
	// WrongConstant: dealers that publish A_i0 + G instead of A_i0.
	WrongConstant []uint32
	// Equivocate: dealers that publish a second, different dealing.
	Equivocate []uint32
	// BadSubshare: dealer → receivers that get a well-formed encryption of a
	// random value instead of a_i(j).
	BadSubshare map[uint32][]uint32
	// GarbledSubshare: dealer → receivers whose ciphertext does not decrypt.
	GarbledSubshare map[uint32][]uint32
	// FalseComplaint: receiver → dealers it accuses without cause.
	FalseComplaint map[uint32][]uint32
	// NoJustification: dealers that answer no complaint.
	NoJustification []uint32
	// BadJustification: dealers that reveal a_i(j)+1 instead of a_i(j).
	BadJustification []uint32
	// Offline: parties that take no part at all after being created.
	Offline []uint32
	// TamperDealing, if set, may change or replace (or drop, returning nil)
	// any dealing before it is published, after the hooks above.
	TamperDealing func(d *dkg.Dealing) *dkg.Dealing
}

// Outcome is what one party obtained from Finalize.
type Outcome struct {
	Index  uint32
	Share  *keyset.Share
	Result *dkg.Result
	Err    error
}

// Run moves parties through a ceremony over board: every dealer deals, the
// Deal round ends, every party processes the dealings and complains, the
// Complain round ends, every party justifies, the Justify round ends, and
// every party finalizes. adv (nil for none) makes corrupt parties deviate;
// rnd feeds the adversary's random choices. Run returns an error only if
// driving fails (a board refuses a message, a dealer cannot deal); each
// party's own failure is in its Outcome.
func Run(cfg *dkg.Config, board dkg.Board, parties []*dkg.Participant, adv *Adversary, rnd io.Reader) ([]Outcome, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if board == nil || slices.Contains(parties, nil) {
		return nil, errors.New("dkgtest: no board or a nil participant")
	}
	if adv == nil {
		adv = new(Adversary)
	}
	online := make([]*dkg.Participant, 0, len(parties))
	for _, p := range parties {
		if !slices.Contains(adv.Offline, p.Index()) {
			online = append(online, p)
		}
	}

	for _, p := range online {
		i := p.Index()
		if !cfg.IsDealer(i) {
			continue
		}
		d, err := p.Deal()
		if err != nil {
			return nil, fmt.Errorf("dkgtest: dealer %d: %w", i, err)
		}
		ds, err := adv.dealings(cfg, d, rnd)
		if err != nil {
			return nil, err
		}
		for _, d := range ds {
			if err := board.PublishDealing(d); err != nil {
				return nil, fmt.Errorf("dkgtest: dealer %d: %w", i, err)
			}
		}
	}

	t, err := board.Transcript(dkg.RoundDeal)
	if err != nil {
		return nil, err
	}
	for _, p := range online {
		cs, err := p.ProcessDealings(t.Dealings)
		if err != nil {
			return nil, fmt.Errorf("dkgtest: party %d: %w", p.Index(), err)
		}
		for _, i := range adv.FalseComplaint[p.Index()] {
			cs = append(cs, &dkg.Complaint{
				Header: dkg.Header{CeremonyID: cfg.CeremonyID, Epoch: cfg.Epoch, Sender: p.Index()},
				Dealer: i, Reason: dkg.ComplaintMismatch})
		}
		for _, c := range cs {
			if err := board.PublishComplaint(c); err != nil {
				return nil, fmt.Errorf("dkgtest: party %d: %w", p.Index(), err)
			}
		}
	}

	t, err = board.Transcript(dkg.RoundComplain)
	if err != nil {
		return nil, err
	}
	for _, p := range online {
		js, err := p.ProcessComplaints(t.Complaints)
		if err != nil {
			return nil, fmt.Errorf("dkgtest: party %d: %w", p.Index(), err)
		}
		if slices.Contains(adv.NoJustification, p.Index()) {
			continue
		}
		for _, j := range js {
			if slices.Contains(adv.BadJustification, p.Index()) {
				one := group.ScalarFromUint64(1)
				for k := range j.Revealed {
					j.Revealed[k].Value.Add(&j.Revealed[k].Value, one)
				}
			}
			if err := board.PublishJustification(j); err != nil {
				return nil, fmt.Errorf("dkgtest: party %d: %w", p.Index(), err)
			}
		}
	}

	t, err = board.Transcript(dkg.RoundJustify)
	if err != nil {
		return nil, err
	}
	out := make([]Outcome, 0, len(online))
	for _, p := range online {
		share, res, err := p.Finalize(t)
		out = append(out, Outcome{Index: p.Index(), Share: share, Result: res, Err: err})
	}
	return out, nil
}

// dealings applies the dealing hooks to dealer d.Sender's honest dealing
// and returns what it publishes.
func (adv *Adversary) dealings(cfg *dkg.Config, d *dkg.Dealing, rnd io.Reader) ([]*dkg.Dealing, error) {
	i := d.Sender
	if slices.Contains(adv.Withhold, i) {
		return []*dkg.Dealing{}, nil
	}
	if slices.Contains(adv.BadProof, i) {
		if d.Proof == nil {
			d.Proof = new(dkg.Proof)
		}
		d.Proof.Z.Add(&d.Proof.Z, group.ScalarFromUint64(1))
	}
	if slices.Contains(adv.WrongConstant, i) {
		d.Commitments[0].AddVarTime(&d.Commitments[0], group.NewGeneratorPoint())
	}
	for k := range d.Subshares {
		s := &d.Subshares[k]
		if slices.Contains(adv.BadSubshare[i], s.Receiver) {
			v, err := group.RandomScalar(rnd)
			if err != nil {
				return nil, err
			}
			if s.Ciphertext, err = dkg.EncryptSubshare(cfg, i, s.Receiver, v); err != nil {
				return nil, err
			}
		}
		if slices.Contains(adv.GarbledSubshare[i], s.Receiver) {
			s.Ciphertext = slices.Clone(s.Ciphertext)
			s.Ciphertext[len(s.Ciphertext)-1] ^= 1
		}
	}
	out := []*dkg.Dealing{d}
	if slices.Contains(adv.Equivocate, i) {
		// The same commitments with one ciphertext altered: a dealing
		// that passes VerifyDealing but differs from the first.
		e := *d
		e.Subshares = slices.Clone(d.Subshares)
		e.Subshares[0].Ciphertext = slices.Clone(e.Subshares[0].Ciphertext)
		e.Subshares[0].Ciphertext[0] ^= 0x80
		out = append(out, &e)
	}
	if adv.TamperDealing != nil {
		var kept []*dkg.Dealing
		for _, d := range out {
			if d = adv.TamperDealing(d); d != nil {
				kept = append(kept, d)
			}
		}
		out = kept
	}
	return out, nil
}
