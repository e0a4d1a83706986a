package keeper

import (
	"context"
	"errors"
	"fmt"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// StartCeremony implements types.MsgServer.
func (m *msgServer) StartCeremony(ctx context.Context, msg *types.MsgStartCeremony) (*types.MsgStartCeremonyResponse, error) {
	if err := m.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	params, err := m.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	f := msg.F
	if f == 0 {
		f = params.DefaultF
	}
	c := types.Ceremony{Kind: msg.Kind, Parties: msg.Parties, F: f, SourceEpoch: msg.SourceEpoch, Attempt: 1}
	if err := m.checkCeremony(ctx, &c); err != nil {
		return nil, err
	}
	id, err := m.openCeremony(ctx, c, params)
	if err != nil {
		return nil, err
	}
	return &types.MsgStartCeremonyResponse{CeremonyId: id}, nil
}

// checkCeremony validates a ceremony about to start and fills in its reshare
// dealers and the snapshot of its parties' keys, which is all the ceremony
// reads of them from then on. It is the one place ceremony parameters are
// checked.
func (k Keeper) checkCeremony(ctx context.Context, c *types.Ceremony) error {
	n := uint64(len(c.Parties))
	if n == 0 || n > types.MaxPartiesPerKeySet {
		return errorsmod.Wrapf(types.ErrInvalidCeremony, "need 1..%d parties", types.MaxPartiesPerKeySet)
	}
	if n < 3*uint64(c.F)+1 {
		return errorsmod.Wrapf(types.ErrInvalidCeremony, "n = %d parties cannot tolerate f = %d (n >= 3f+1)", n, c.F)
	}
	seen := make(map[string]bool, n)
	c.PartyKeys = make([]types.PartyKeys, 0, n)
	for _, op := range c.Parties {
		if seen[op] {
			return errorsmod.Wrapf(types.ErrInvalidCeremony, "party %s repeats", op)
		}
		seen[op] = true
		p, err := k.activeParty(ctx, op)
		if err != nil {
			return err
		}
		c.PartyKeys = append(c.PartyKeys, types.PartyKeys{
			SigningAddress: p.SigningAddress, EncryptionKey: p.EncryptionKey, AttestationDigest: p.AttestationDigest,
		})
	}
	if err := k.checkCeremonyKind(ctx, c); err != nil {
		return err
	}
	if k.crypto.DKG == nil {
		return nil
	}
	// Ask the DKG code whether it can run this ceremony, with the id and
	// epoch openCeremony is about to assign.
	nextCeremony, err := k.CeremonySeq.Peek(ctx)
	if err != nil {
		return err
	}
	nextEpoch, err := k.EpochSeq.Peek(ctx)
	if err != nil {
		return err
	}
	probe := *c
	probe.Id, probe.TargetEpoch = nextCeremony+1, nextEpoch+1
	info, err := k.ceremonyInfo(ctx, probe)
	if err != nil {
		return err
	}
	if err := k.crypto.DKG.CheckCeremony(info); err != nil {
		return errorsmod.Wrap(types.ErrInvalidCeremony, err.Error())
	}
	return nil
}

// checkCeremonyKind checks what depends on the kind and the source key set.
func (k Keeper) checkCeremonyKind(ctx context.Context, c *types.Ceremony) error {
	switch c.Kind {
	case types.CEREMONY_KIND_DKG:
		if c.SourceEpoch != 0 {
			return errorsmod.Wrap(types.ErrInvalidCeremony, "a DKG has no source epoch")
		}
		return nil
	case types.CEREMONY_KIND_REFRESH, types.CEREMONY_KIND_RESHARE:
	default:
		return errorsmod.Wrapf(types.ErrInvalidCeremony, "unknown kind %s", c.Kind)
	}
	src, err := k.KeySets.Get(ctx, c.SourceEpoch)
	if errors.Is(err, collections.ErrNotFound) {
		return errorsmod.Wrapf(types.ErrUnknownKeySet, "source epoch %d", c.SourceEpoch)
	} else if err != nil {
		return err
	}
	if c.Kind == types.CEREMONY_KIND_REFRESH {
		if c.F != src.F || len(c.Parties) != len(src.Parties) {
			return errorsmod.Wrap(types.ErrInvalidCeremony, "a refresh keeps the source key set's parties and f")
		}
		for i := range src.Parties {
			if src.Parties[i] != c.Parties[i] {
				return errorsmod.Wrap(types.ErrInvalidCeremony, "a refresh keeps the source key set's parties in order")
			}
		}
		return nil
	}
	// Reshare: the dealers are the source set's parties still active; at
	// least f_old+1 of them are needed to carry the key over.
	c.SourceDealers = nil
	for i, op := range src.Parties {
		if k.requireActiveParty(ctx, op) == nil {
			c.SourceDealers = append(c.SourceDealers, uint32(i+1))
		}
	}
	if uint64(len(c.SourceDealers)) < uint64(src.F)+1 {
		return errorsmod.Wrapf(types.ErrInvalidCeremony, "only %d active parties of epoch %d, need %d", len(c.SourceDealers), src.Epoch, src.F+1)
	}
	return nil
}

func (k Keeper) requireActiveParty(ctx context.Context, operator string) error {
	_, err := k.activeParty(ctx, operator)
	return err
}

// activeParty returns the record of an active party.
func (k Keeper) activeParty(ctx context.Context, operator string) (types.Party, error) {
	p, err := k.Parties.Get(ctx, operator)
	if errors.Is(err, collections.ErrNotFound) {
		return p, errorsmod.Wrapf(types.ErrUnknownParty, "%s", operator)
	} else if err != nil {
		return p, err
	}
	if p.Status != types.PARTY_STATUS_ACTIVE {
		return p, errorsmod.Wrapf(types.ErrPartyNotActive, "%s is %s", operator, p.Status)
	}
	return p, nil
}

// requireNotInOpenCeremony refuses operator while it is a party or a
// reshare dealer of a ceremony that has not ended: a ceremony fixes its
// parties' keys when it opens, and a party that left (and came back with
// other keys) would make every honest dealing look wrong to it.
func (k Keeper) requireNotInOpenCeremony(ctx context.Context, operator string) error {
	var found uint64
	err := k.OpenCeremonies.Walk(ctx, nil, func(id uint64) (bool, error) {
		c, err := k.Ceremonies.Get(ctx, id)
		if err != nil {
			return true, err
		}
		in := c.IndexOf(operator) != 0
		if !in && c.Kind == types.CEREMONY_KIND_RESHARE {
			d, err := k.dealerIndex(ctx, c, operator)
			if err != nil {
				return true, err
			}
			in = d != 0
		}
		if in {
			found = id
		}
		return in, nil
	})
	if err != nil {
		return err
	}
	if found != 0 {
		return errorsmod.Wrapf(types.ErrPartyInCeremony, "%s is in ceremony %d until it ends", operator, found)
	}
	return nil
}

// openCeremony stores a checked ceremony with phase deadlines from params.
func (k Keeper) openCeremony(ctx context.Context, c types.Ceremony, params types.Params) (uint64, error) {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	id, err := nextID(ctx, k.CeremonySeq)
	if err != nil {
		return 0, err
	}
	epoch, err := nextID(ctx, k.EpochSeq)
	if err != nil {
		return 0, err
	}
	h := sdkCtx.BlockHeight()
	c.Id = id
	c.TargetEpoch = epoch
	c.Phase = types.CEREMONY_PHASE_DEALING
	c.StartHeight = h
	c.DealEnd = h + int64(params.DealPhaseBlocks)
	c.ComplaintEnd = c.DealEnd + int64(params.ComplaintPhaseBlocks)
	c.JustificationEnd = c.ComplaintEnd + int64(params.JustificationPhaseBlocks)
	if err := k.Ceremonies.Set(ctx, id, c); err != nil {
		return 0, err
	}
	if err := k.OpenCeremonies.Set(ctx, id); err != nil {
		return 0, err
	}
	return id, sdkCtx.EventManager().EmitTypedEvent(&types.EventCeremonyStarted{
		CeremonyId: id, Kind: c.Kind, Parties: c.Parties, F: c.F, SourceEpoch: c.SourceEpoch, Attempt: c.Attempt,
		DealEnd: c.DealEnd, ComplaintEnd: c.ComplaintEnd, JustificationEnd: c.JustificationEnd,
	})
}

// ceremonyFor loads a ceremony and checks it is in phase.
func (k Keeper) ceremonyFor(ctx context.Context, id uint64, phase types.CeremonyPhase) (types.Ceremony, error) {
	c, err := k.Ceremonies.Get(ctx, id)
	if errors.Is(err, collections.ErrNotFound) {
		return c, errorsmod.Wrapf(types.ErrUnknownCeremony, "%d", id)
	} else if err != nil {
		return c, err
	}
	if c.Phase != phase {
		return c, errorsmod.Wrapf(types.ErrWrongPhase, "ceremony %d is %s, not %s", id, c.Phase, phase)
	}
	return c, nil
}

// dealerIndex is the dealing index of operator: its index in the ceremony,
// or for a reshare its index in the source key set if it is a source dealer.
func (k Keeper) dealerIndex(ctx context.Context, c types.Ceremony, operator string) (uint32, error) {
	if c.Kind != types.CEREMONY_KIND_RESHARE {
		return c.IndexOf(operator), nil
	}
	src, err := k.KeySets.Get(ctx, c.SourceEpoch)
	if err != nil {
		return 0, err
	}
	i := src.IndexOf(operator)
	for _, d := range c.SourceDealers {
		if d == i {
			return i, nil
		}
	}
	return 0, nil
}

// ceremonyInfo is the context the DKG code verifies against.
func (k Keeper) ceremonyInfo(ctx context.Context, c types.Ceremony) (types.CeremonyInfo, error) {
	info := types.CeremonyInfo{
		ChainID: sdk.UnwrapSDKContext(ctx).ChainID(), ID: c.Id, Kind: c.Kind, N: uint32(len(c.Parties)), F: c.F,
		SourceDealers: c.SourceDealers, Epoch: c.TargetEpoch,
	}
	if len(c.PartyKeys) != len(c.Parties) {
		return info, fmt.Errorf("kms: ceremony %d has keys of %d of its %d parties", c.Id, len(c.PartyKeys), len(c.Parties))
	}
	for _, keys := range c.PartyKeys {
		info.EncryptionKeys = append(info.EncryptionKeys, keys.EncryptionKey)
	}
	if c.SourceEpoch != 0 {
		src, err := k.KeySets.Get(ctx, c.SourceEpoch)
		if err != nil {
			return info, err
		}
		info.Source = src.Encoded
	}
	return info, nil
}

func (k Keeper) requireDKG() error {
	if k.crypto.DKG == nil {
		return errorsmod.Wrap(types.ErrUnsupported, "no DKG implementation")
	}
	return nil
}

// SubmitDealing implements types.MsgServer. A dealing that fails
// verification is recorded as misbehaviour (it is signed by its dealer) and
// the dealer takes no further part; the transaction itself succeeds so that
// the evidence is kept.
func (m *msgServer) SubmitDealing(ctx context.Context, msg *types.MsgSubmitDealing) (*types.MsgSubmitDealingResponse, error) {
	if len(msg.Dealing) == 0 || len(msg.Dealing) > types.MaxCeremonyBytes {
		return nil, errorsmod.Wrapf(types.ErrInvalidDealing, "dealing must be 1..%d bytes", types.MaxCeremonyBytes)
	}
	if err := m.requireDKG(); err != nil {
		return nil, err
	}
	c, err := m.ceremonyFor(ctx, msg.CeremonyId, types.CEREMONY_PHASE_DEALING)
	if err != nil {
		return nil, err
	}
	if err := m.requireActiveParty(ctx, msg.Operator); err != nil {
		return nil, err
	}
	dealer, err := m.dealerIndex(ctx, c, msg.Operator)
	if err != nil {
		return nil, err
	}
	if dealer == 0 {
		return nil, errorsmod.Wrapf(types.ErrNotInCeremony, "%s does not deal in ceremony %d", msg.Operator, c.Id)
	}
	key := collections.Join(c.Id, dealer)
	if has, err := m.Dealings.Has(ctx, key); err != nil {
		return nil, err
	} else if has {
		return nil, errorsmod.Wrapf(types.ErrDuplicate, "dealing of %d in ceremony %d", dealer, c.Id)
	}
	info, err := m.ceremonyInfo(ctx, c)
	if err != nil {
		return nil, err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	sdkCtx.GasMeter().ConsumeGas(GasDealing, "kms: dealing verification")
	if verr := m.crypto.DKG.VerifyDealing(info, dealer, msg.Dealing); verr != nil {
		if errors.Is(verr, types.ErrInvalidCeremony) {
			return nil, verr
		}
		_, err := m.recordMisbehaviour(ctx, types.Misbehaviour{
			Party: msg.Operator, Kind: types.MISBEHAVIOUR_KIND_INVALID_DEALING, CeremonyId: c.Id,
			Evidence: msg.Dealing, Reason: verr.Error(),
		})
		return &types.MsgSubmitDealingResponse{}, err
	}
	if err := m.Dealings.Set(ctx, key, types.Dealing{CeremonyId: c.Id, Dealer: dealer, Data: msg.Dealing, Height: sdkCtx.BlockHeight()}); err != nil {
		return nil, err
	}
	return &types.MsgSubmitDealingResponse{}, sdkCtx.EventManager().EmitTypedEvent(&types.EventDealingSubmitted{CeremonyId: c.Id, Dealer: dealer})
}

// SubmitComplaint implements types.MsgServer.
func (m *msgServer) SubmitComplaint(ctx context.Context, msg *types.MsgSubmitComplaint) (*types.MsgSubmitComplaintResponse, error) {
	if len(msg.Complaint) == 0 || len(msg.Complaint) > types.MaxCeremonyBytes {
		return nil, errorsmod.Wrapf(types.ErrInvalidComplaint, "complaint must be 1..%d bytes", types.MaxCeremonyBytes)
	}
	if err := m.requireDKG(); err != nil {
		return nil, err
	}
	c, err := m.ceremonyFor(ctx, msg.CeremonyId, types.CEREMONY_PHASE_COMPLAINING)
	if err != nil {
		return nil, err
	}
	complainer := c.IndexOf(msg.Operator)
	if complainer == 0 {
		return nil, errorsmod.Wrapf(types.ErrNotInCeremony, "%s receives no shares in ceremony %d", msg.Operator, c.Id)
	}
	if has, err := m.Dealings.Has(ctx, collections.Join(c.Id, msg.Dealer)); err != nil {
		return nil, err
	} else if !has {
		return nil, errorsmod.Wrapf(types.ErrInvalidComplaint, "dealer %d has no dealing in ceremony %d", msg.Dealer, c.Id)
	}
	key := collections.Join3(c.Id, msg.Dealer, complainer)
	if has, err := m.Complaints.Has(ctx, key); err != nil {
		return nil, err
	} else if has {
		return nil, errorsmod.Wrapf(types.ErrDuplicate, "complaint of %d against %d", complainer, msg.Dealer)
	}
	info, err := m.ceremonyInfo(ctx, c)
	if err != nil {
		return nil, err
	}
	if err := m.crypto.DKG.VerifyComplaint(info, complainer, msg.Dealer, msg.Complaint); err != nil {
		return nil, errorsmod.Wrap(types.ErrInvalidComplaint, err.Error())
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	if err := m.Complaints.Set(ctx, key, types.Complaint{
		CeremonyId: c.Id, Complainer: complainer, Dealer: msg.Dealer, Data: msg.Complaint, Height: sdkCtx.BlockHeight(),
	}); err != nil {
		return nil, err
	}
	return &types.MsgSubmitComplaintResponse{}, sdkCtx.EventManager().EmitTypedEvent(
		&types.EventComplaintSubmitted{CeremonyId: c.Id, Complainer: complainer, Dealer: msg.Dealer})
}

// SubmitJustification implements types.MsgServer. A justification that does
// not check out against the dealing is recorded as misbehaviour.
func (m *msgServer) SubmitJustification(ctx context.Context, msg *types.MsgSubmitJustification) (*types.MsgSubmitJustificationResponse, error) {
	if len(msg.Justification) == 0 || len(msg.Justification) > types.MaxCeremonyBytes {
		return nil, errorsmod.Wrapf(types.ErrInvalidJustification, "justification must be 1..%d bytes", types.MaxCeremonyBytes)
	}
	if err := m.requireDKG(); err != nil {
		return nil, err
	}
	c, err := m.ceremonyFor(ctx, msg.CeremonyId, types.CEREMONY_PHASE_JUSTIFYING)
	if err != nil {
		return nil, err
	}
	dealer, err := m.dealerIndex(ctx, c, msg.Operator)
	if err != nil {
		return nil, err
	}
	if dealer == 0 {
		return nil, errorsmod.Wrapf(types.ErrNotInCeremony, "%s does not deal in ceremony %d", msg.Operator, c.Id)
	}
	key := collections.Join3(c.Id, dealer, msg.Complainer)
	if has, err := m.Complaints.Has(ctx, key); err != nil {
		return nil, err
	} else if !has {
		return nil, errorsmod.Wrapf(types.ErrInvalidJustification, "no complaint of %d against %d", msg.Complainer, dealer)
	}
	if has, err := m.Justifications.Has(ctx, key); err != nil {
		return nil, err
	} else if has {
		return nil, errorsmod.Wrapf(types.ErrDuplicate, "justification of %d for %d", dealer, msg.Complainer)
	}
	dealing, err := m.Dealings.Get(ctx, collections.Join(c.Id, dealer))
	if err != nil {
		return nil, err
	}
	info, err := m.ceremonyInfo(ctx, c)
	if err != nil {
		return nil, err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	sdkCtx.GasMeter().ConsumeGas(GasJustification, "kms: justification verification")
	if verr := m.crypto.DKG.VerifyJustification(info, dealer, msg.Complainer, dealing.Data, msg.Justification); verr != nil {
		if errors.Is(verr, types.ErrInvalidCeremony) {
			return nil, verr
		}
		_, err := m.recordMisbehaviour(ctx, types.Misbehaviour{
			Party: msg.Operator, Kind: types.MISBEHAVIOUR_KIND_INVALID_JUSTIFICATION, CeremonyId: c.Id,
			Evidence: msg.Justification, Reason: verr.Error(),
		})
		return &types.MsgSubmitJustificationResponse{}, err
	}
	if err := m.Justifications.Set(ctx, key, types.Justification{
		CeremonyId: c.Id, Dealer: dealer, Complainer: msg.Complainer, Data: msg.Justification, Height: sdkCtx.BlockHeight(),
	}); err != nil {
		return nil, err
	}
	return &types.MsgSubmitJustificationResponse{}, sdkCtx.EventManager().EmitTypedEvent(
		&types.EventJustificationSubmitted{CeremonyId: c.Id, Dealer: dealer, Complainer: msg.Complainer})
}

// recordMisbehaviour stores evidence and excludes the party from new work,
// whatever its status: a deregistered party is excluded too, and
// RegisterParty refuses an operator or signing key with recorded
// misbehaviour, so leaving does not escape exclusion.
func (k Keeper) recordMisbehaviour(ctx context.Context, m types.Misbehaviour) (uint64, error) {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	id, err := nextID(ctx, k.MisbehaviourSeq)
	if err != nil {
		return 0, err
	}
	m.Id = id
	m.Height = sdkCtx.BlockHeight()
	if err := k.Misbehaviours.Set(ctx, id, m); err != nil {
		return 0, err
	}
	if err := sdkCtx.EventManager().EmitTypedEvent(&types.EventMisbehaviour{
		Id: id, Party: m.Party, Kind: m.Kind, CeremonyId: m.CeremonyId, RequestId: m.RequestId,
	}); err != nil {
		return 0, err
	}
	p, err := k.Parties.Get(ctx, m.Party)
	if err != nil {
		return 0, err
	}
	if p.Status != types.PARTY_STATUS_EXCLUDED {
		p.Status = types.PARTY_STATUS_EXCLUDED
		if err := k.Parties.Set(ctx, m.Party, p); err != nil {
			return 0, err
		}
		if err := sdkCtx.EventManager().EmitTypedEvent(&types.EventPartyExcluded{Operator: m.Party, MisbehaviourId: id}); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// advanceCeremonies moves every open ceremony through the phases whose end
// height has passed, in ceremony id order. Called from EndBlock.
func (k Keeper) advanceCeremonies(ctx context.Context) error {
	height := sdk.UnwrapSDKContext(ctx).BlockHeight()
	var open []uint64
	if err := k.OpenCeremonies.Walk(ctx, nil, func(id uint64) (bool, error) {
		open = append(open, id)
		return false, nil
	}); err != nil {
		return err
	}
	for _, id := range open {
		c, err := k.Ceremonies.Get(ctx, id)
		if err != nil {
			return err
		}
		if err := k.advanceCeremony(ctx, c, height); err != nil {
			return err
		}
	}
	return nil
}

func (k Keeper) advanceCeremony(ctx context.Context, c types.Ceremony, height int64) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	// The phase for the next block: a phase ends after its last height.
	want := c.PhaseAt(height + 1)
	for c.Phase != want && !c.Phase.Terminal() {
		var next types.CeremonyPhase
		switch c.Phase {
		case types.CEREMONY_PHASE_DEALING:
			next = types.CEREMONY_PHASE_COMPLAINING
		case types.CEREMONY_PHASE_COMPLAINING:
			next = types.CEREMONY_PHASE_JUSTIFYING
		case types.CEREMONY_PHASE_JUSTIFYING:
			return k.finalizeCeremony(ctx, c)
		}
		phase, err := c.Phase.Transition(next)
		if err != nil {
			return err
		}
		c.Phase = phase
		if err := k.Ceremonies.Set(ctx, c.Id, c); err != nil {
			return err
		}
		if err := sdkCtx.EventManager().EmitTypedEvent(&types.EventCeremonyPhase{CeremonyId: c.Id, Phase: c.Phase}); err != nil {
			return err
		}
	}
	return nil
}

// transcript reads a ceremony's log in key order.
func (k Keeper) transcript(ctx context.Context, id uint64) (types.Transcript, error) {
	var t types.Transcript
	err := k.Dealings.Walk(ctx, collections.NewPrefixedPairRange[uint64, uint32](id), func(_ collections.Pair[uint64, uint32], d types.Dealing) (bool, error) {
		t.Dealings = append(t.Dealings, d)
		return false, nil
	})
	if err != nil {
		return t, err
	}
	err = k.Complaints.Walk(ctx, collections.NewPrefixedTripleRange[uint64, uint32, uint32](id), func(_ collections.Triple[uint64, uint32, uint32], c types.Complaint) (bool, error) {
		t.Complaints = append(t.Complaints, c)
		return false, nil
	})
	if err != nil {
		return t, err
	}
	err = k.Justifications.Walk(ctx, collections.NewPrefixedTripleRange[uint64, uint32, uint32](id), func(_ collections.Triple[uint64, uint32, uint32], j types.Justification) (bool, error) {
		t.Justifications = append(t.Justifications, j)
		return false, nil
	})
	return t, err
}

// finalizeCeremony computes the outcome from the transcript: the new key
// set on success; on failure the ceremony is marked failed, with the
// dealers that were absent, and restarted under a new id, while attempts
// remain, with the parties still active. Whoever the judgment blames is
// recorded as misbehaving (and so excluded from the restart), on success
// or failure alike.
func (k Keeper) finalizeCeremony(ctx context.Context, c types.Ceremony) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	if err := k.OpenCeremonies.Remove(ctx, c.Id); err != nil {
		return err
	}
	t, err := k.transcript(ctx, c.Id)
	if err != nil {
		return err
	}
	info, err := k.ceremonyInfo(ctx, c)
	if err != nil {
		return err
	}
	var outcome *types.DKGOutcome
	var ferr error
	switch {
	case k.crypto.DKG == nil:
		ferr = errors.New("no DKG implementation")
	case len(t.Dealings) == 0:
		ferr = errors.New("no dealings")
	default:
		outcome, ferr = k.crypto.DKG.Finalize(info, t)
		if ferr == nil && outcome.Failure == "" && len(outcome.VerificationKeys) != len(c.Parties) {
			ferr = fmt.Errorf("finalize returned %d verification keys for %d parties", len(outcome.VerificationKeys), len(c.Parties))
		}
	}
	if ferr != nil {
		return k.failCeremony(ctx, c, ferr.Error())
	}
	if err := k.recordFaults(ctx, c, t, outcome.Faults); err != nil {
		return err
	}
	if outcome.Failure != "" {
		c.Disqualified, c.Absent = outcome.Disqualified, outcome.Absent
		return k.failCeremony(ctx, c, outcome.Failure)
	}
	epoch := c.TargetEpoch
	c.Phase, err = c.Phase.Transition(types.CEREMONY_PHASE_FINALIZED)
	if err != nil {
		return err
	}
	c.ResultEpoch = epoch
	c.Disqualified = outcome.Disqualified
	if err := k.Ceremonies.Set(ctx, c.Id, c); err != nil {
		return err
	}
	ks := types.KeySet{
		Epoch: epoch, CeremonyId: c.Id, F: c.F, PublicKey: outcome.PublicKey, Parties: c.Parties,
		VerificationKeys: outcome.VerificationKeys, Encoded: outcome.Encoded,
		Status: types.KEY_SET_STATUS_ACTIVE, ActivatedHeight: sdkCtx.BlockHeight(),
	}
	if err := k.activateKeySet(ctx, ks); err != nil {
		return err
	}
	return sdkCtx.EventManager().EmitTypedEvent(&types.EventCeremonyFinalized{
		CeremonyId: c.Id, Epoch: epoch, PublicKey: outcome.PublicKey, Disqualified: outcome.Disqualified,
	})
}

// activateKeySet stores ks as the active key set; the previous one is
// retired (it still serves requests already made under it).
//
// Activation only goes forward: a key set older than the active one (a
// ceremony that finished after a later-started one) is stored retired and
// never becomes active.
func (k Keeper) activateKeySet(ctx context.Context, ks types.KeySet) error {
	prev, err := k.ActiveEpoch.Get(ctx)
	if err != nil && !errors.Is(err, collections.ErrNotFound) {
		return err
	}
	if prev != 0 && ks.Epoch <= prev {
		ks.Status = types.KEY_SET_STATUS_RETIRED
		return k.KeySets.Set(ctx, ks.Epoch, ks)
	}
	if prev != 0 {
		old, err := k.KeySets.Get(ctx, prev)
		if err != nil {
			return err
		}
		old.Status = types.KEY_SET_STATUS_RETIRED
		if err := k.KeySets.Set(ctx, prev, old); err != nil {
			return err
		}
	}
	if err := k.KeySets.Set(ctx, ks.Epoch, ks); err != nil {
		return err
	}
	if err := k.ActiveEpoch.Set(ctx, ks.Epoch); err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventKeySetActivated{
		Epoch: ks.Epoch, PublicKey: ks.PublicKey, F: ks.F,
	})
}

// recordFaults records misbehaviour for every party the DKG's judgment of
// the transcript blames, in the order given (the DKG's rule decides which
// complaint a justification answered; the chain keeps no rule of its own).
// The evidence is the unanswered complaint, or a zero share's holder's own
// dealing.
func (k Keeper) recordFaults(ctx context.Context, c types.Ceremony, t types.Transcript, faults []types.CeremonyFault) error {
	for _, f := range faults {
		var operator string
		var evidence []byte
		switch {
		case f.Dealer != 0 && f.Receiver == 0:
			op, err := k.dealerOperator(ctx, c, f.Dealer)
			if err != nil {
				return err
			}
			operator = op
			for _, cp := range t.Complaints {
				if cp.Dealer == f.Dealer && cp.Complainer == f.Complainer {
					evidence = cp.Data
				}
			}
		case f.Receiver != 0 && f.Dealer == 0 && int(f.Receiver) <= len(c.Parties):
			operator = c.Parties[f.Receiver-1]
			if d, err := k.dealerIndex(ctx, c, operator); err != nil {
				return err
			} else if d != 0 {
				for _, dl := range t.Dealings {
					if dl.Dealer == d {
						evidence = dl.Data
					}
				}
			}
		default:
			return fmt.Errorf("kms: fault %+v names no party of ceremony %d", f, c.Id)
		}
		if _, err := k.recordMisbehaviour(ctx, types.Misbehaviour{
			Party: operator, Kind: f.Kind, CeremonyId: c.Id, Evidence: evidence, Reason: f.Reason,
		}); err != nil {
			return err
		}
	}
	return nil
}

func (k Keeper) dealerOperator(ctx context.Context, c types.Ceremony, dealer uint32) (string, error) {
	parties := c.Parties
	if c.Kind == types.CEREMONY_KIND_RESHARE {
		src, err := k.KeySets.Get(ctx, c.SourceEpoch)
		if err != nil {
			return "", err
		}
		parties = src.Parties
	}
	if dealer == 0 || int(dealer) > len(parties) {
		return "", fmt.Errorf("kms: dealer index %d out of range", dealer)
	}
	return parties[dealer-1], nil
}

func (k Keeper) failCeremony(ctx context.Context, c types.Ceremony, reason string) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	var err error
	c.Phase, err = c.Phase.Transition(types.CEREMONY_PHASE_FAILED)
	if err != nil {
		return err
	}
	c.FailureReason = reason
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	if c.Attempt < params.MaxCeremonyAttempts {
		retry := types.Ceremony{Kind: c.Kind, F: c.F, SourceEpoch: c.SourceEpoch, Attempt: c.Attempt + 1, PreviousId: c.Id}
		for _, op := range c.Parties {
			if k.requireActiveParty(ctx, op) == nil {
				retry.Parties = append(retry.Parties, op)
			}
		}
		// A refresh keeps every party; one without a party it had to
		// exclude is a reshare of the same key set to those left.
		if c.Kind == types.CEREMONY_KIND_REFRESH && len(retry.Parties) < len(c.Parties) {
			retry.Kind = types.CEREMONY_KIND_RESHARE
		}
		// A restart that no longer satisfies the ceremony rules is not made.
		if k.checkCeremony(ctx, &retry) == nil {
			id, err := k.openCeremony(ctx, retry, params)
			if err != nil {
				return err
			}
			c.RestartedAs = id
		}
	}
	if err := k.Ceremonies.Set(ctx, c.Id, c); err != nil {
		return err
	}
	return sdkCtx.EventManager().EmitTypedEvent(&types.EventCeremonyFailed{CeremonyId: c.Id, Reason: reason, RestartedAs: c.RestartedAs})
}
