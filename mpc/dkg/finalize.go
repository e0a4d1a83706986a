package dkg

import (
	"errors"
	"fmt"
	"slices"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/vss"
)

// Transcript is what the board holds at the last deadline: every dealing,
// complaint and justification published in time, in any order. Messages for
// other ceremonies or epochs, from parties without the role, and nil entries
// are ignored; identical copies count once.
type Transcript struct {
	Dealings       []*Dealing
	Complaints     []*Complaint
	Justifications []*Justification
}

// Reason is why a dealer was disqualified.
type Reason uint8

// Disqualification reasons.
const (
	// ReasonInvalidDealing: the dealing failed VerifyDealing for its shape
	// (counts, receivers, ciphertext sizes, an unexpected proof).
	ReasonInvalidDealing Reason = iota + 1
	// ReasonBadConstantTerm: A_i0 is not what the kind requires (the
	// identity for Refresh, the old h_i for Reshare, not the identity for
	// DKG).
	ReasonBadConstantTerm
	// ReasonBadProof: the proof of knowledge of a_i0 is missing or wrong.
	ReasonBadProof
	// ReasonEquivocation: the dealer published two different dealings.
	ReasonEquivocation
	// ReasonMissingJustification: a valid complaint against the dealer was
	// not answered.
	ReasonMissingJustification
	// ReasonBadJustification: the dealer revealed a sub-share that does not
	// match its commitments, or a malformed justification.
	ReasonBadJustification
)

// String returns the reason's name.
func (r Reason) String() string {
	switch r {
	case ReasonInvalidDealing:
		return "invalid dealing"
	case ReasonBadConstantTerm:
		return "bad constant term"
	case ReasonBadProof:
		return "bad proof of knowledge"
	case ReasonEquivocation:
		return "equivocation"
	case ReasonMissingJustification:
		return "missing justification"
	case ReasonBadJustification:
		return "bad justification"
	default:
		return fmt.Sprintf("Reason(%d)", uint8(r))
	}
}

// reasonOf maps a dealing verification error to its reason.
func reasonOf(err error) Reason {
	switch {
	case errors.Is(err, ErrBadProof):
		return ReasonBadProof
	case errors.Is(err, ErrBadConstantTerm):
		return ReasonBadConstantTerm
	default:
		return ReasonInvalidDealing
	}
}

// Disqualification records a disqualified dealer, why, and the error that
// shows it (for logs; the chain records Dealer and Reason). For
// ReasonMissingJustification, Complainer is the lowest receiver whose valid
// complaint was left unanswered (0 otherwise).
type Disqualification struct {
	Dealer     uint32
	Reason     Reason
	Complainer uint32
	Err        error
}

// FalseComplaint records a complaint answered by a valid justification: the
// dealer showed that the sub-share it committed to is consistent. Note that
// a dealer can make an honest receiver's complaint look false by sending it
// an undecryptable ciphertext and then justifying; the record is evidence
// for the chain to weigh, not proof of misbehaviour.
type FalseComplaint struct {
	Complainer uint32
	Dealer     uint32
}

// Verdict is the judgment of a transcript: who qualified, who did not deal,
// who was disqualified and why, and which complaints were false. Every
// slice is sorted by dealer index (FalseComplaints by dealer, then
// complainer).
type Verdict struct {
	Qual            []uint32
	Absent          []uint32
	Disqualified    []Disqualification
	FalseComplaints []FalseComplaint
}

// Result is the outcome of a successful ceremony.
type Result struct {
	Kind       Kind
	CeremonyID [32]byte
	Verdict
	// Public is the new key set: h, the threshold, the new epoch and every
	// receiver's verification key h_j.
	Public *keyset.Public
	// Commitment is the aggregated commitment polynomial. For DKG it is
	// Σ_{i∈QUAL} A_i (so h = C_0 and h_j = C(j)); for Reshare
	// Σ_{i∈QUAL} λ_i^QUAL·A_i (again h = C_0 and h_j = C(j)). For Refresh it
	// commits to the update Σ_{i∈QUAL} δ_i (C_0 is the identity and
	// h_j = old h_j + C(j)), since the old key set does not carry its
	// polynomial.
	Commitment *vss.Commitment

	// For Participant.Finalize: the qualified dealings, the valid revealed
	// sub-shares (dealer, receiver) and the Reshare weights.
	dealings map[uint32]*Dealing
	revealed map[[2]uint32]*group.Scalar
	weights  map[uint32]*group.Scalar
}

// QualTooSmallError is returned by Finalize when fewer than Need dealers
// qualified. The ceremony has failed and must restart under a new ceremony
// id; the Verdict says who was absent or disqualified.
type QualTooSmallError struct {
	Verdict
	Need int
}

func (e *QualTooSmallError) Error() string {
	return fmt.Sprintf("%v: %d qualified, %d needed (%d absent, %d disqualified)",
		ErrQualTooSmall, len(e.Qual), e.Need, len(e.Absent), len(e.Disqualified))
}

// Unwrap returns ErrQualTooSmall.
func (e *QualTooSmallError) Unwrap() error { return ErrQualTooSmall }

// ZeroShareError is returned by Finalize when the qualified dealings give
// receivers a zero share (verification key h_j the identity), which no key
// set may hold. The ceremony has failed and must restart without Receivers;
// the Verdict is the one the transcript gave.
//
// The blame is sound: h_j = Σ_{i∈QUAL} C_i(j) is the identity only if
// Σ_{i∈QUAL} a_i(j) = 0. QUAL holds at least one honest dealer h (MinQual),
// whose a_h(j) is uniform and known only to h and to j (encrypted to j,
// revealed only if j complains against h, which an honest j does not do
// against an honest dealer). A dealer that wants the sum to vanish must know
// it, so it must know everything j received: either j is the dealer itself
// (the attack: deal last with a_i(j) = −Σ_{k≠i} a_k(j)) or j gave its
// sub-shares away. A dealer that instead aims its commitments at another
// receiver's h_j cannot compute its own polynomial at the other receivers,
// whose complaints it cannot justify, and is disqualified before the sum is
// taken. So for an honest j the event has negligible probability, and the
// receiver of a zero share is the party at fault. (With f = 0 every receiver
// learns every a_i0 and nothing holds; n ≥ 3f+1 ceremonies with f = 0
// tolerate no corrupt party in the first place.)
type ZeroShareError struct {
	Verdict
	Receivers []uint32
}

func (e *ZeroShareError) Error() string {
	return fmt.Sprintf("%v: receivers %v", ErrZeroShare, e.Receivers)
}

// Unwrap returns ErrZeroShare.
func (e *ZeroShareError) Unwrap() error { return ErrZeroShare }

// Finalize judges a transcript and computes the new public key set. Every
// party and the chain call it on the same transcript and get the same
// result; it is a deterministic function of cfg and the set of messages in
// t (not their order) and never panics.
//
// Rules, in order:
//
//  1. A dealer that published no dealing is absent. One that published two
//     different dealings is disqualified (equivocation). A single dealing
//     that fails VerifyDealing disqualifies its dealer with the matching
//     reason.
//  2. Complaints that fail VerifyComplaint, or accuse a dealer without a
//     valid dealing, are ignored.
//  3. A justification that fails VerifyJustification disqualifies its
//     dealer (bad justification).
//  4. A valid complaint of j against i is answered if some valid
//     justification of i reveals a_i(j); if not, i is disqualified
//     (missing justification). Answered complaints against dealers that
//     qualify are recorded as false complaints.
//  5. QUAL is the dealers with a valid dealing that were not disqualified.
//     It must hold at least cfg.MinQual() dealers, else Finalize returns a
//     *QualTooSmallError (wrapping ErrQualTooSmall).
//  6. No receiver's new verification key may be the identity, else
//     Finalize returns a *ZeroShareError (wrapping ErrZeroShare) naming
//     those receivers: they are at fault (see ZeroShareError).
//
// Then, with C_i the commitment of dealer i:
//
//   - DKG: h = Σ_{i∈QUAL} A_i0 and h_j = Σ_{i∈QUAL} C_i(j);
//   - Refresh: h is unchanged and h_j = old h_j + Σ_{i∈QUAL} C_i(j);
//   - Reshare: h_j = Σ_{i∈QUAL} λ_i^QUAL·C_i(j), and
//     Σ_{i∈QUAL} λ_i^QUAL·A_i0 must equal the old h (ErrPublicKeyMismatch
//     otherwise; it cannot happen with a consistent old key set).
//
// Commitments are evaluated with variable-time multi-scalar
// multiplication: everything here is public.
func Finalize(cfg *Config, t Transcript) (*Result, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	disq := make(map[uint32]Disqualification)
	disqualify := func(i uint32, r Reason, err error) {
		if _, done := disq[i]; !done {
			disq[i] = Disqualification{Dealer: i, Reason: r, Err: err}
		}
	}
	unanswered := func(i, j uint32) {
		if _, done := disq[i]; !done {
			disq[i] = Disqualification{Dealer: i, Reason: ReasonMissingJustification, Complainer: j,
				Err: fmt.Errorf("%w: receiver %d against dealer %d", ErrNotJustified, j, i)}
		}
	}

	// 1. Dealings.
	byDealer := groupDealings(cfg, t.Dealings)
	var absent []uint32
	dealings := make(map[uint32]*Dealing)
	commitments := make(map[uint32]*vss.Commitment)
	for _, i := range cfg.Dealers {
		ds := byDealer[i]
		switch {
		case len(ds) == 0:
			absent = append(absent, i)
		case len(ds) > 1:
			disqualify(i, ReasonEquivocation, fmt.Errorf("dkg: dealer %d published %d different dealings", i, len(ds)))
		default:
			if err := verifyDealing(cfg, ds[0]); err != nil {
				disqualify(i, reasonOf(err), err)
				continue
			}
			c, err := ds[0].Commitment()
			if err != nil {
				disqualify(i, ReasonInvalidDealing, err)
				continue
			}
			dealings[i], commitments[i] = ds[0], c
		}
	}

	// 2. Complaints: complainers[i] = receivers with a valid complaint against i.
	complainers := make(map[uint32][]uint32)
	for _, c := range t.Complaints {
		if c == nil || !c.matches(cfg) || verifyComplaint(cfg, c) != nil || dealings[c.Dealer] == nil {
			continue
		}
		if !slices.Contains(complainers[c.Dealer], c.Sender) {
			complainers[c.Dealer] = append(complainers[c.Dealer], c.Sender)
		}
	}

	// 3. Justifications.
	revealed := make(map[[2]uint32]*group.Scalar)
	for _, j := range t.Justifications {
		if j == nil || !j.matches(cfg) || dealings[j.Sender] == nil {
			continue
		}
		if err := verifyJustification(cfg, commitments[j.Sender], j); err != nil {
			disqualify(j.Sender, ReasonBadJustification, err)
			continue
		}
		for k := range j.Revealed {
			s := &j.Revealed[k]
			revealed[[2]uint32{j.Sender, s.Receiver}] = new(group.Scalar).Set(&s.Value)
		}
	}

	// 4. Answers to complaints.
	var falseComplaints []FalseComplaint
	for _, i := range cfg.Dealers {
		js := complainers[i]
		slices.Sort(js)
		var answered []FalseComplaint
		for _, j := range js {
			if revealed[[2]uint32{i, j}] == nil {
				unanswered(i, j)
				break
			}
			answered = append(answered, FalseComplaint{Complainer: j, Dealer: i})
		}
		if _, out := disq[i]; !out {
			falseComplaints = append(falseComplaints, answered...)
		}
	}

	// 5. QUAL.
	v := Verdict{Absent: absent, FalseComplaints: falseComplaints}
	for _, i := range cfg.Dealers {
		if d, out := disq[i]; out {
			v.Disqualified = append(v.Disqualified, d)
		} else if dealings[i] != nil {
			v.Qual = append(v.Qual, i)
		}
	}
	if len(v.Qual) < cfg.MinQual() {
		return nil, &QualTooSmallError{Verdict: v, Need: cfg.MinQual()}
	}
	res := &Result{Kind: cfg.Kind, CeremonyID: cfg.CeremonyID, Verdict: v,
		dealings: make(map[uint32]*Dealing, len(v.Qual)), revealed: revealed}
	cs := make([]*vss.Commitment, len(v.Qual))
	for k, i := range v.Qual {
		cs[k] = commitments[i]
		res.dealings[i] = dealings[i]
	}
	if err := res.computePublic(cfg, cs); err != nil {
		return nil, err
	}
	return res, nil
}

// groupDealings returns the distinct dealings for cfg's ceremony of every
// dealer (by hash; messages that cannot be encoded are kept apart).
func groupDealings(cfg *Config, dealings []*Dealing) map[uint32][]*Dealing {
	byDealer := make(map[uint32][]*Dealing)
	seen := make(map[[32]byte]bool)
	for _, d := range dealings {
		if d == nil || !d.matches(cfg) || !cfg.IsDealer(d.Sender) {
			continue
		}
		h := d.Hash()
		if h != ([32]byte{}) {
			if seen[h] {
				continue
			}
			seen[h] = true
		}
		byDealer[d.Sender] = append(byDealer[d.Sender], d)
	}
	return byDealer
}

// computePublic sets res.Commitment and res.Public from the qualified
// dealers' commitments.
func (res *Result) computePublic(cfg *Config, cs []*vss.Commitment) error {
	var (
		C   *vss.Commitment
		err error
	)
	if cfg.Kind == KindReshare {
		lambda, lerr := group.LagrangeCoefficients(res.Qual)
		if lerr != nil {
			return fmt.Errorf("dkg: resharing weights: %w", lerr)
		}
		res.weights = make(map[uint32]*group.Scalar, len(res.Qual))
		for k, i := range res.Qual {
			res.weights[i] = lambda[k]
		}
		C, err = vss.LinearCombinationVarTime(lambda, cs)
	} else {
		C, err = vss.Sum(cs)
	}
	if err != nil {
		return fmt.Errorf("dkg: aggregating commitments: %w", err)
	}
	var h *group.Point
	switch cfg.Kind {
	case KindDKG:
		h = C.Coefficient(0)
	case KindRefresh:
		h = cfg.Old.PublicKey()
	case KindReshare:
		h = C.Coefficient(0)
		if !h.Equal(cfg.Old.PublicKey()) {
			return ErrPublicKeyMismatch
		}
	}
	indices := cfg.receiverIndices()
	vks := make([]*group.Point, len(indices))
	var zero []uint32
	for k, j := range indices {
		if vks[k], err = C.EvalVarTime(j); err != nil {
			return fmt.Errorf("dkg: evaluating commitments: %w", err)
		}
		if cfg.Kind == KindRefresh {
			old, err := cfg.Old.VerificationKey(j)
			if err != nil {
				return fmt.Errorf("%w: %w", ErrInvalidConfig, err)
			}
			vks[k].AddVarTime(vks[k], old)
		}
		if vks[k].IsIdentity() {
			zero = append(zero, j)
		}
	}
	if len(zero) > 0 {
		return &ZeroShareError{Verdict: res.Verdict, Receivers: zero}
	}
	pub, err := keyset.NewPublic(cfg.Epoch, cfg.Threshold, h, indices, vks)
	if err != nil {
		return fmt.Errorf("dkg: new key set: %w", err)
	}
	res.Public, res.Commitment = pub, C
	return nil
}
