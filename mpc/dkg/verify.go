package dkg

import (
	"fmt"

	"github.com/tkms/tkms/mpc/vss"
)

// VerifyDealing checks a dealing against the ceremony: that it is for this
// ceremony and epoch (ErrWrongCeremony), that its sender is a dealer
// (ErrUnknownDealer), and then what makes a dealing valid:
//
//   - f+1 commitments A_i0, …, A_if, and exactly one ciphertext for every
//     receiver, by increasing index, of the size the receiver's KEM gives
//     (ErrInvalidDealing);
//   - the constant term (ErrBadConstantTerm): for DKG A_i0 is not the
//     identity; for Refresh it is the identity (the dealer shares zero); for
//     Reshare it is the dealer's old verification key h_i (the dealer shares
//     its old share x_i);
//   - for DKG only, a valid proof of knowledge of log_G A_i0 bound to the
//     ceremony id, epoch and dealer (ErrBadProof); for Refresh and Reshare
//     there must be no proof (ErrInvalidDealing).
//
// It cannot check the encrypted sub-shares: receivers do, and complain.
// VerifyDealing is a deterministic function of its inputs and never panics;
// every error wraps one of the sentinels above (or ErrInvalidConfig).
func VerifyDealing(cfg *Config, d *Dealing) error {
	if err := cfg.Check(); err != nil {
		return err
	}
	if d == nil {
		return fmt.Errorf("%w: %w: nil dealing", ErrInvalidDealing, ErrMalformed)
	}
	if !d.matches(cfg) {
		return ErrWrongCeremony
	}
	if !cfg.IsDealer(d.Sender) {
		return fmt.Errorf("%w: %d", ErrUnknownDealer, d.Sender)
	}
	return verifyDealing(cfg, d)
}

// verifyDealing is VerifyDealing after the checks of the configuration and
// the header.
func verifyDealing(cfg *Config, d *Dealing) error {
	if err := d.checkShape(); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidDealing, err)
	}
	if uint64(len(d.Commitments)) != uint64(cfg.Threshold)+1 {
		return fmt.Errorf("%w: %d commitments for threshold %d", ErrInvalidDealing, len(d.Commitments), cfg.Threshold)
	}
	if len(d.Subshares) != len(cfg.Receivers) {
		return fmt.Errorf("%w: %d sub-shares for %d receivers", ErrInvalidDealing, len(d.Subshares), len(cfg.Receivers))
	}
	for k, s := range d.Subshares {
		r := cfg.Receivers[k]
		if s.Receiver != r.Index {
			return fmt.Errorf("%w: sub-share %d is for %d, want %d", ErrInvalidDealing, k, s.Receiver, r.Index)
		}
		p, err := r.Key.kem.params()
		if err != nil {
			return fmt.Errorf("%w: %w", ErrInvalidConfig, err)
		}
		if len(s.Ciphertext) != p.ciphertextSize() {
			return fmt.Errorf("%w: ciphertext for %d has %d bytes, want %d", ErrInvalidDealing, s.Receiver, len(s.Ciphertext), p.ciphertextSize())
		}
	}
	A0 := &d.Commitments[0]
	switch cfg.Kind {
	case KindDKG:
		if A0.IsIdentity() {
			return fmt.Errorf("%w: A_i0 is the identity", ErrBadConstantTerm)
		}
		if d.Proof == nil {
			return fmt.Errorf("%w: missing", ErrBadProof)
		}
		if !verifyKnowledge(&d.Header, A0, d.Proof) {
			return ErrBadProof
		}
		return nil
	case KindRefresh:
		if !A0.IsIdentity() {
			return fmt.Errorf("%w: a refresh dealing must share zero", ErrBadConstantTerm)
		}
	case KindReshare:
		hi, err := cfg.Old.VerificationKey(d.Sender)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrUnknownDealer, err)
		}
		if !A0.Equal(hi) {
			return fmt.Errorf("%w: A_i0 is not the dealer's verification key", ErrBadConstantTerm)
		}
	}
	if d.Proof != nil {
		return fmt.Errorf("%w: unexpected proof of knowledge in a %v dealing", ErrInvalidDealing, cfg.Kind)
	}
	return nil
}

// VerifyComplaint checks that a complaint is for this ceremony and epoch
// (ErrWrongCeremony), comes from a receiver (ErrUnknownParty), accuses a
// dealer (ErrUnknownDealer) other than the complainer itself (an index
// names one party in the old and the new set; see Config.Dealers), and has
// a known reason (ErrInvalidComplaint, ErrMalformed). Whether the complaint is
// true is settled by the justification. It never panics.
func VerifyComplaint(cfg *Config, c *Complaint) error {
	if err := cfg.Check(); err != nil {
		return err
	}
	if c == nil {
		return fmt.Errorf("%w: %w: nil complaint", ErrInvalidComplaint, ErrMalformed)
	}
	if !c.matches(cfg) {
		return ErrWrongCeremony
	}
	return verifyComplaint(cfg, c)
}

func verifyComplaint(cfg *Config, c *Complaint) error {
	if !cfg.IsReceiver(c.Sender) {
		return fmt.Errorf("%w: %w: complainer %d", ErrInvalidComplaint, ErrUnknownParty, c.Sender)
	}
	if !cfg.IsDealer(c.Dealer) {
		return fmt.Errorf("%w: %w: %d", ErrInvalidComplaint, ErrUnknownDealer, c.Dealer)
	}
	if c.Dealer == c.Sender {
		return fmt.Errorf("%w: party %d complains against itself", ErrInvalidComplaint, c.Sender)
	}
	if c.Reason != ComplaintUndecryptable && c.Reason != ComplaintMismatch {
		return fmt.Errorf("%w: %w: reason %d", ErrInvalidComplaint, ErrMalformed, c.Reason)
	}
	return nil
}

// VerifyJustification checks dealer i's justification against its dealing
// (which must have passed VerifyDealing): both for this ceremony and from
// the same dealer (ErrWrongCeremony, ErrUnknownDealer), the revealed
// receivers are receivers of the ceremony, and every revealed value s for
// receiver j satisfies s·G = Σ_k j^k·A_ik (ErrBadJustification). A
// justification that fails disqualifies its dealer. It never panics.
func VerifyJustification(cfg *Config, d *Dealing, j *Justification) error {
	if err := cfg.Check(); err != nil {
		return err
	}
	if j == nil {
		return fmt.Errorf("%w: %w: nil justification", ErrBadJustification, ErrMalformed)
	}
	if !j.matches(cfg) {
		return ErrWrongCeremony
	}
	if !cfg.IsDealer(j.Sender) {
		return fmt.Errorf("%w: %d", ErrUnknownDealer, j.Sender)
	}
	if d == nil || d.Header != j.Header {
		return fmt.Errorf("%w: the dealing is not the justifying dealer's", ErrWrongCeremony)
	}
	if err := d.checkShape(); err != nil || uint64(len(d.Commitments)) != uint64(cfg.Threshold)+1 {
		return fmt.Errorf("%w: the justified dealing is malformed", ErrInvalidDealing)
	}
	c, err := d.Commitment()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidDealing, err)
	}
	return verifyJustification(cfg, c, j)
}

func verifyJustification(cfg *Config, c *vss.Commitment, j *Justification) error {
	if err := j.checkShape(); err != nil {
		return fmt.Errorf("%w: %w", ErrBadJustification, err)
	}
	for k := range j.Revealed {
		s := &j.Revealed[k]
		if !cfg.IsReceiver(s.Receiver) {
			return fmt.Errorf("%w: %w: %d", ErrBadJustification, ErrUnknownParty, s.Receiver)
		}
		if !c.VerifyPublicShare(s.Receiver, &s.Value) {
			return fmt.Errorf("%w: receiver %d", ErrBadJustification, s.Receiver)
		}
	}
	return nil
}
