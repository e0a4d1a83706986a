package crypto

import (
	"errors"
	"fmt"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// DKG runs ceremonies with mpc/dkg: Joint-Feldman DKG, refresh and
// resharing. The ceremony id the messages carry is
// types.CeremonyDigest(chain id, ceremony number).
type DKG struct{}

var _ types.DKG = DKG{}

var kinds = map[types.CeremonyKind]dkg.Kind{
	types.CEREMONY_KIND_DKG:     dkg.KindDKG,
	types.CEREMONY_KIND_REFRESH: dkg.KindRefresh,
	types.CEREMONY_KIND_RESHARE: dkg.KindReshare,
}

// Config builds the mpc/dkg configuration of a ceremony. Its errors wrap
// types.ErrInvalidCeremony: they mean the ceremony cannot run and blame no
// sender.
func Config(c types.CeremonyInfo) (*dkg.Config, error) {
	kind, ok := kinds[c.Kind]
	if !ok {
		return nil, fmt.Errorf("%w: kind %s", types.ErrInvalidCeremony, c.Kind)
	}
	cfg := &dkg.Config{
		CeremonyID: types.CeremonyDigest(c.ChainID, c.ID),
		Kind:       kind,
		Epoch:      c.Epoch,
		Threshold:  c.F,
	}
	if uint64(len(c.EncryptionKeys)) != uint64(c.N) {
		return nil, fmt.Errorf("%w: %d encryption keys for %d parties", types.ErrInvalidCeremony, len(c.EncryptionKeys), c.N)
	}
	for k, key := range c.EncryptionKeys {
		pk, err := dkg.ParseEncryptionPublicKey(key)
		if err != nil {
			return nil, fmt.Errorf("%w: encryption key of party %d: %v", types.ErrInvalidCeremony, k+1, err)
		}
		cfg.Receivers = append(cfg.Receivers, dkg.Receiver{Index: uint32(k + 1), Key: pk})
	}
	if c.Source != nil {
		old, err := keyset.UnmarshalPublic(c.Source)
		if err != nil {
			return nil, fmt.Errorf("%w: source key set: %v", types.ErrInvalidCeremony, err)
		}
		cfg.Old = old
	}
	if kind == dkg.KindReshare {
		cfg.Dealers = append([]uint32(nil), c.SourceDealers...)
	} else {
		for i := uint32(1); i <= c.N; i++ {
			cfg.Dealers = append(cfg.Dealers, i)
		}
	}
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("%w: %v", types.ErrInvalidCeremony, err)
	}
	return cfg, nil
}

// CheckCeremony implements types.DKG.
func (DKG) CheckCeremony(c types.CeremonyInfo) error {
	_, err := Config(c)
	return err
}

// VerifyDealing implements types.DKG: the dealing decodes canonically, its
// sender is the chain-authenticated dealer, and dkg.VerifyDealing accepts it.
func (DKG) VerifyDealing(c types.CeremonyInfo, dealer uint32, b []byte) error {
	cfg, err := Config(c)
	if err != nil {
		return err
	}
	d, err := dkg.UnmarshalDealing(b)
	if err != nil {
		return err
	}
	if d.Sender != dealer {
		return fmt.Errorf("crypto: dealing names sender %d, signed by dealer %d", d.Sender, dealer)
	}
	return dkg.VerifyDealing(cfg, d)
}

// VerifyComplaint implements types.DKG.
func (DKG) VerifyComplaint(c types.CeremonyInfo, complainer, dealer uint32, b []byte) error {
	cfg, err := Config(c)
	if err != nil {
		return err
	}
	cp, err := dkg.UnmarshalComplaint(b)
	if err != nil {
		return err
	}
	if cp.Sender != complainer || cp.Dealer != dealer {
		return fmt.Errorf("crypto: complaint %d→%d, message says %d→%d", complainer, dealer, cp.Sender, cp.Dealer)
	}
	return dkg.VerifyComplaint(cfg, cp)
}

// VerifyJustification implements types.DKG: the justification is the
// dealer's, reveals the complainer's sub-share, and every revealed value
// matches the dealing's commitments.
func (DKG) VerifyJustification(c types.CeremonyInfo, dealer, complainer uint32, dealing, b []byte) error {
	cfg, err := Config(c)
	if err != nil {
		return err
	}
	j, err := dkg.UnmarshalJustification(b)
	if err != nil {
		return err
	}
	if j.Sender != dealer {
		return fmt.Errorf("crypto: justification names sender %d, signed by dealer %d", j.Sender, dealer)
	}
	revealed := false
	for _, r := range j.Revealed {
		revealed = revealed || r.Receiver == complainer
	}
	if !revealed {
		return fmt.Errorf("crypto: justification does not reveal the sub-share of complainer %d", complainer)
	}
	d, err := dkg.UnmarshalDealing(dealing)
	if err != nil {
		// The stored dealing passed VerifyDealing; this cannot be the
		// dealer's fault now.
		return fmt.Errorf("%w: stored dealing: %v", types.ErrInvalidCeremony, err)
	}
	return dkg.VerifyJustification(cfg, d, j)
}

// Finalize implements types.DKG with dkg.Finalize over the chain's log.
func (DKG) Finalize(c types.CeremonyInfo, t types.Transcript) (*types.DKGOutcome, error) {
	cfg, err := Config(c)
	if err != nil {
		return nil, err
	}
	var tr dkg.Transcript
	// Everything in the log passed verification at submission; anything
	// that no longer decodes is left out, and Finalize treats its sender
	// as absent.
	for _, d := range t.Dealings {
		if m, err := dkg.UnmarshalDealing(d.Data); err == nil {
			tr.Dealings = append(tr.Dealings, m)
		}
	}
	for _, cp := range t.Complaints {
		if m, err := dkg.UnmarshalComplaint(cp.Data); err == nil {
			tr.Complaints = append(tr.Complaints, m)
		}
	}
	seen := map[string]bool{}
	for _, j := range t.Justifications {
		// One justification may answer several complaints; count it once.
		if seen[string(j.Data)] {
			continue
		}
		seen[string(j.Data)] = true
		if m, err := dkg.UnmarshalJustification(j.Data); err == nil {
			tr.Justifications = append(tr.Justifications, m)
		}
	}
	res, err := dkg.Finalize(cfg, tr)
	var (
		tooFew *dkg.QualTooSmallError
		zero   *dkg.ZeroShareError
	)
	switch {
	case errors.As(err, &tooFew):
		out := judged(&tooFew.Verdict)
		out.Failure = tooFew.Error()
		return out, nil
	case errors.As(err, &zero):
		out := judged(&zero.Verdict)
		for _, j := range zero.Receivers {
			out.Faults = append(out.Faults, types.CeremonyFault{
				Receiver: j, Kind: types.MISBEHAVIOUR_KIND_ZERO_SHARE,
				Reason: fmt.Sprintf("the qualified dealings give party %d a zero share", j),
			})
		}
		out.Failure = zero.Error()
		return out, nil
	case err != nil:
		return nil, err
	}
	if res.Public == nil {
		return nil, errors.New("crypto: finalize returned no key set")
	}
	enc, err := res.Public.MarshalBinary()
	if err != nil {
		return nil, err
	}
	out := judged(&res.Verdict)
	out.PublicKey, out.Encoded = res.Public.PublicKey().CompressedBytes(), enc
	for i := uint32(1); i <= c.N; i++ {
		vk, err := res.Public.VerificationKey(i)
		if err != nil {
			return nil, err
		}
		out.VerificationKeys = append(out.VerificationKeys, vk.CompressedBytes())
	}
	return out, nil
}

// faultKinds maps a disqualification reason to the misbehaviour recorded.
var faultKinds = map[dkg.Reason]types.MisbehaviourKind{
	dkg.ReasonInvalidDealing:       types.MISBEHAVIOUR_KIND_INVALID_DEALING,
	dkg.ReasonBadConstantTerm:      types.MISBEHAVIOUR_KIND_INVALID_DEALING,
	dkg.ReasonBadProof:             types.MISBEHAVIOUR_KIND_INVALID_DEALING,
	dkg.ReasonEquivocation:         types.MISBEHAVIOUR_KIND_INVALID_DEALING,
	dkg.ReasonMissingJustification: types.MISBEHAVIOUR_KIND_MISSING_JUSTIFICATION,
	dkg.ReasonBadJustification:     types.MISBEHAVIOUR_KIND_INVALID_JUSTIFICATION,
}

// judged turns mpc/dkg's verdict into the chain's outcome: who was absent,
// disqualified and why. The verdict is the one rule for who answered which
// complaint; the chain reimplements none of it.
func judged(v *dkg.Verdict) *types.DKGOutcome {
	out := &types.DKGOutcome{Absent: append([]uint32(nil), v.Absent...)}
	for _, d := range v.Disqualified {
		out.Disqualified = append(out.Disqualified, d.Dealer)
		kind, ok := faultKinds[d.Reason]
		if !ok {
			kind = types.MISBEHAVIOUR_KIND_INVALID_DEALING
		}
		reason := d.Reason.String()
		if d.Err != nil {
			reason = d.Err.Error()
		}
		out.Faults = append(out.Faults, types.CeremonyFault{Dealer: d.Dealer, Complainer: d.Complainer, Kind: kind, Reason: reason})
	}
	return out
}
