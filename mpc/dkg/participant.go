package dkg

import (
	"fmt"
	"io"
	"slices"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/vss"
)

// Participant is one party's state machine for one ceremony. It does no I/O:
// the caller moves messages between it and the board and calls, in order,
//
//	Deal (dealers) → ProcessDealings → ProcessComplaints → Finalize
//
// Each call checks the transition table (see Phase) and returns an error
// wrapping ErrInvalidTransition, leaving the participant unchanged, when it
// is out of order. A Participant holds secrets (its polynomial, its
// sub-shares) until Finalize erases them; it is not safe for concurrent use.
type Participant struct {
	cfg      Config
	self     uint32
	dealer   bool
	receiver bool
	key      *EncryptionPrivateKey
	old      *keyset.Share
	rand     io.Reader
	phase    Phase

	poly        *vss.Polynomial
	dealingHash [32]byte
	// subshares maps the hash of a dealing to this party's verified
	// sub-share from it. Must be kept secret.
	subshares map[[32]byte]*group.Scalar
}

// New returns the participant with index self in the ceremony cfg.
//
//   - key is the party's HPKE private key; required if self is a receiver,
//     and its public key must be the one in cfg.
//   - old is the party's share of cfg.Old: required for a Refresh, and for
//     a Reshare dealer; nil for a DKG. The caller erases old shares when the
//     new epoch activates; the participant only reads it.
//   - rand supplies the polynomial coefficients and proof nonces of a
//     dealer (crypto/rand.Reader in production).
//
// It returns an error if self has no role in the ceremony or an argument
// does not match cfg.
func New(cfg *Config, self uint32, key *EncryptionPrivateKey, old *keyset.Share, rand io.Reader) (*Participant, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	p := &Participant{
		cfg:       *cfg,
		self:      self,
		dealer:    cfg.IsDealer(self),
		receiver:  cfg.IsReceiver(self),
		rand:      rand,
		subshares: make(map[[32]byte]*group.Scalar),
	}
	p.cfg.Dealers = slices.Clone(cfg.Dealers)
	p.cfg.Receivers = slices.Clone(cfg.Receivers)
	if !p.dealer && !p.receiver {
		return nil, fmt.Errorf("%w: %d", ErrNotParticipant, self)
	}
	if p.receiver {
		r, _ := cfg.receiver(self)
		if key == nil || !key.Public().Equal(r.Key) {
			return nil, fmt.Errorf("%w: the private key does not match receiver %d's public key", ErrInvalidKey, self)
		}
		p.key = key
	}
	if p.dealer && rand == nil {
		return nil, fmt.Errorf("%w: a dealer needs a randomness source", ErrInvalidConfig)
	}
	needOld := cfg.Kind == KindRefresh || (cfg.Kind == KindReshare && p.dealer)
	switch {
	case cfg.Kind == KindDKG && old != nil:
		return nil, fmt.Errorf("%w: a DKG takes no old share", ErrOldShare)
	case needOld && old == nil:
		return nil, fmt.Errorf("%w: party %d needs its share of epoch %d", ErrOldShare, self, cfg.Old.Epoch())
	case old != nil && (old.Index != self || old.Public == nil || !old.Public.Equal(cfg.Old)):
		return nil, fmt.Errorf("%w: the share is not party %d's share of the old key set", ErrOldShare, self)
	}
	if needOld {
		p.old = old
	}
	return p, nil
}

// NewDealing makes dealer's dealing of the polynomial poly in the ceremony
// cfg: the commitments to poly, for a DKG a proof of knowledge of poly(0)
// (nonce drawn from rand), and poly(j) encrypted to every receiver j. It
// does not check that poly suits the ceremony's kind (a dealing of the
// wrong constant term fails VerifyDealing) and leaves poly unchanged.
// Participant.Deal calls it with the polynomial it samples; tests and
// tools call it to deal a polynomial of their choice. poly must be kept
// secret.
func NewDealing(cfg *Config, dealer uint32, poly *vss.Polynomial, rand io.Reader) (*Dealing, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if !cfg.IsDealer(dealer) {
		return nil, fmt.Errorf("%w: %d", ErrNotDealer, dealer)
	}
	if poly == nil || poly.Degree() != cfg.Threshold {
		return nil, fmt.Errorf("%w: the polynomial must have degree %d", ErrInvalidConfig, cfg.Threshold)
	}
	d := &Dealing{
		Header:      Header{CeremonyID: cfg.CeremonyID, Epoch: cfg.Epoch, Sender: dealer},
		Commitments: poly.Commit().Points(),
		Subshares:   make([]EncryptedSubshare, len(cfg.Receivers)),
	}
	if cfg.Kind == KindDKG {
		constant := poly.Secret()
		defer constant.Set(group.NewScalar())
		var err error
		if d.Proof, err = proveKnowledge(rand, &d.Header, constant, &d.Commitments[0]); err != nil {
			return nil, err
		}
	}
	for k, r := range cfg.Receivers {
		s := poly.Eval(r.Index)
		ct, err := EncryptSubshare(cfg, dealer, r.Index, s)
		s.Set(group.NewScalar())
		if err != nil {
			return nil, err
		}
		d.Subshares[k] = EncryptedSubshare{Receiver: r.Index, Ciphertext: ct}
	}
	return d, nil
}

// Index returns the party's index.
func (p *Participant) Index() uint32 { return p.self }

// Phase returns the current phase.
func (p *Participant) Phase() Phase { return p.phase }

// Deal makes the party's dealing (dealers only: ErrNotDealer otherwise). It
// samples a polynomial a_i of degree f with rand — constant term random and
// non-zero for DKG, zero for Refresh, the old share x_i for Reshare —
// commits to it, proves knowledge of a_i0 (DKG), and encrypts a_i(j) to
// every receiver j. All arithmetic on a_i is constant time. On error the
// participant is unchanged.
func (p *Participant) Deal() (*Dealing, error) {
	if !p.dealer {
		return nil, fmt.Errorf("%w: %d", ErrNotDealer, p.self)
	}
	next, err := p.phase.transitionTo(PhaseDealt)
	if err != nil {
		return nil, err
	}
	var constant *group.Scalar
	switch p.cfg.Kind {
	case KindDKG:
		if constant, err = group.RandomNonZeroScalar(p.rand); err != nil {
			return nil, err
		}
	case KindRefresh:
		constant = group.NewScalar()
	case KindReshare:
		constant = p.old.Secret()
	}
	defer constant.Set(group.NewScalar())
	poly, err := vss.NewPolynomial(p.rand, p.cfg.Threshold, constant)
	if err != nil {
		return nil, err
	}
	d, err := NewDealing(&p.cfg, p.self, poly, p.rand)
	if err != nil {
		poly.Erase()
		return nil, err
	}
	var own *group.Scalar
	if p.receiver {
		own = poly.Eval(p.self)
	}
	p.poly, p.dealingHash = poly, d.Hash()
	if own != nil {
		p.subshares[p.dealingHash] = own
	}
	p.phase = next
	return d, nil
}

// ProcessDealings reads the dealings published by the dealing deadline and
// returns the complaints the party must publish: one against every dealer
// whose dealing is valid (VerifyDealing) but whose sub-share for this party
// does not decrypt or does not satisfy a_i(j)·G = Σ_k j^k·A_ik. Invalid,
// equivocating and missing dealings need no complaint: Finalize judges them
// from the transcript alone. A party that is not a receiver complains about
// nothing. The slice is empty, never nil, when there is nothing to publish.
func (p *Participant) ProcessDealings(dealings []*Dealing) ([]*Complaint, error) {
	next, err := p.phase.transitionTo(PhaseDealingsProcessed)
	if err != nil {
		return nil, err
	}
	complaints := []*Complaint{}
	if p.receiver {
		byDealer := groupDealings(&p.cfg, dealings)
		for _, i := range p.cfg.Dealers {
			ds := byDealer[i]
			if i == p.self || len(ds) != 1 || verifyDealing(&p.cfg, ds[0]) != nil {
				continue
			}
			h := ds[0].Hash()
			if _, done := p.subshares[h]; done {
				continue
			}
			s, reason := p.openSubshare(ds[0])
			if reason != 0 {
				complaints = append(complaints, &Complaint{
					Header: Header{CeremonyID: p.cfg.CeremonyID, Epoch: p.cfg.Epoch, Sender: p.self},
					Dealer: i, Reason: reason})
				continue
			}
			p.subshares[h] = s
		}
	}
	p.phase = next
	return complaints, nil
}

// openSubshare decrypts and checks this party's sub-share of a valid
// dealing. It returns the sub-share (secret), or the complaint reason.
func (p *Participant) openSubshare(d *Dealing) (*group.Scalar, ComplaintReason) {
	var ct []byte
	for _, s := range d.Subshares {
		if s.Receiver == p.self {
			ct = s.Ciphertext
		}
	}
	s, err := decryptSubshare(&p.cfg, p.key, d.Sender, p.self, ct)
	if err != nil {
		return nil, ComplaintUndecryptable
	}
	c, err := d.Commitment()
	if err != nil || !c.VerifyShare(p.self, s) {
		s.Set(group.NewScalar())
		return nil, ComplaintMismatch
	}
	return s, 0
}

// ProcessComplaints reads the complaints published by the complaint
// deadline and returns the justification the party must publish: if it
// dealt, a_i(j) in clear for every valid complaint of a receiver j against
// it, true or false (an unanswered complaint disqualifies). The slice holds
// at most one justification and is empty, never nil, when there is nothing
// to publish.
func (p *Participant) ProcessComplaints(complaints []*Complaint) ([]*Justification, error) {
	next, err := p.phase.transitionTo(PhaseComplaintsProcessed)
	if err != nil {
		return nil, err
	}
	out := []*Justification{}
	if p.poly != nil {
		var js []uint32
		for _, c := range complaints {
			if c != nil && c.Dealer == p.self && c.matches(&p.cfg) && verifyComplaint(&p.cfg, c) == nil &&
				!slices.Contains(js, c.Sender) {
				js = append(js, c.Sender)
			}
		}
		slices.Sort(js)
		if len(js) > 0 {
			j := &Justification{Header: Header{CeremonyID: p.cfg.CeremonyID, Epoch: p.cfg.Epoch, Sender: p.self},
				Revealed: make([]RevealedSubshare, len(js))}
			for k, r := range js {
				j.Revealed[k].Receiver = r
				j.Revealed[k].Value.Set(p.poly.Eval(r))
			}
			out = append(out, j)
		}
	}
	p.phase = next
	return out, nil
}

// Finalize judges the final transcript with the package's Finalize (so the
// party agrees with the chain and every other honest party) and computes
// the party's new share:
//
//   - DKG: x_j = Σ_{i∈QUAL} a_i(j);
//   - Refresh: x_j = x_j^old + Σ_{i∈QUAL} δ_i(j);
//   - Reshare: x_j = Σ_{i∈QUAL} λ_i^QUAL·a_i(j).
//
// For a dealer it complained against and that justified, the party uses the
// revealed value. The share is checked against the new verification key.
// A party that is not a receiver (a Reshare dealer leaving the key set)
// gets a nil share with the Result. On success the phase is Finished; on
// error it is Failed (the ceremony restarts under a new id) and the error
// wraps ErrQualTooSmall (as *QualTooSmallError), ErrShareUnavailable, or
// what Finalize returned. Either way the polynomial and sub-shares are
// erased.
func (p *Participant) Finalize(t Transcript) (*keyset.Share, *Result, error) {
	if _, err := p.phase.transitionTo(PhaseFinished); err != nil {
		return nil, nil, err
	}
	defer p.erase()
	res, err := Finalize(&p.cfg, t)
	if err != nil {
		p.phase = PhaseFailed
		return nil, nil, err
	}
	if !p.receiver {
		p.phase = PhaseFinished
		return nil, res, nil
	}
	x := group.NewScalar()
	defer x.Set(group.NewScalar())
	for _, i := range res.Qual {
		s, err := p.subshareFrom(res, i)
		if err != nil {
			p.phase = PhaseFailed
			return nil, nil, fmt.Errorf("%w: dealer %d: %w", ErrShareUnavailable, i, err)
		}
		if p.cfg.Kind == KindReshare {
			x.MultiplyAdd(res.weights[i], s, x)
		} else {
			x.Add(x, s)
		}
		s.Set(group.NewScalar())
	}
	if p.cfg.Kind == KindRefresh {
		old := p.old.Secret()
		x.Add(x, old)
		old.Set(group.NewScalar())
	}
	share, err := keyset.NewShare(res.Public, p.self, x)
	if err != nil {
		p.phase = PhaseFailed
		return nil, nil, fmt.Errorf("%w: %w", ErrShareUnavailable, err)
	}
	p.phase = PhaseFinished
	return share, res, nil
}

// subshareFrom returns a copy of this party's sub-share from qualified
// dealer i: revealed in a justification, checked when the dealings were
// processed, or (for a dealing the party did not see in time) decrypted and
// checked now.
func (p *Participant) subshareFrom(res *Result, i uint32) (*group.Scalar, error) {
	if s := res.revealed[[2]uint32{i, p.self}]; s != nil {
		return new(group.Scalar).Set(s), nil
	}
	d := res.dealings[i]
	if d == nil {
		return nil, ErrInvalidDealing
	}
	if s := p.subshares[d.Hash()]; s != nil {
		return new(group.Scalar).Set(s), nil
	}
	s, reason := p.openSubshare(d)
	if reason != 0 {
		return nil, fmt.Errorf("%w (%v) and was not justified", ErrSubshareMismatch, reason)
	}
	return s, nil
}

// erase overwrites the party's secrets from this ceremony.
func (p *Participant) erase() {
	if p.poly != nil {
		p.poly.Erase()
		p.poly = nil
	}
	zero := group.NewScalar()
	for h, s := range p.subshares {
		s.Set(zero)
		delete(p.subshares, h)
	}
}
