package keeper

import (
	"context"
	"errors"
	"fmt"

	"cosmossdk.io/collections"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// InitGenesis loads a validated genesis state.
func (k Keeper) InitGenesis(ctx context.Context, gs types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return err
	}
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	for _, h := range gs.HostChains {
		if err := k.HostChains.Set(ctx, h.ChainId, h); err != nil {
			return err
		}
	}
	for _, h := range gs.HostHeaders {
		if err := k.HostHeaders.Set(ctx, collections.Join(h.ChainId, h.Number), h); err != nil {
			return err
		}
		if err := k.indexHeader(ctx, h); err != nil {
			return err
		}
		latest, err := k.LatestHostHeader.Get(ctx, h.ChainId)
		if err != nil && !errors.Is(err, collections.ErrNotFound) {
			return err
		}
		if h.Number > latest {
			if err := k.LatestHostHeader.Set(ctx, h.ChainId, h.Number); err != nil {
				return err
			}
		}
	}
	for _, p := range gs.Parties {
		if err := k.Parties.Set(ctx, p.Operator, p); err != nil {
			return err
		}
	}
	for _, m := range gs.Misbehaviours {
		if err := k.Misbehaviours.Set(ctx, m.Id, m); err != nil {
			return err
		}
	}
	for _, c := range gs.Ceremonies {
		if err := k.Ceremonies.Set(ctx, c.Id, c); err != nil {
			return err
		}
		if !c.Phase.Terminal() {
			if err := k.OpenCeremonies.Set(ctx, c.Id); err != nil {
				return err
			}
		}
	}
	for _, d := range gs.Dealings {
		if err := k.Dealings.Set(ctx, collections.Join(d.CeremonyId, d.Dealer), d); err != nil {
			return err
		}
	}
	for _, c := range gs.Complaints {
		if err := k.Complaints.Set(ctx, collections.Join3(c.CeremonyId, c.Dealer, c.Complainer), c); err != nil {
			return err
		}
	}
	for _, j := range gs.Justifications {
		if err := k.Justifications.Set(ctx, collections.Join3(j.CeremonyId, j.Dealer, j.Complainer), j); err != nil {
			return err
		}
	}
	for _, ks := range gs.KeySets {
		if err := k.KeySets.Set(ctx, ks.Epoch, ks); err != nil {
			return err
		}
	}
	if gs.ActiveEpoch != 0 {
		if err := k.ActiveEpoch.Set(ctx, gs.ActiveEpoch); err != nil {
			return err
		}
	}
	for _, a := range gs.Apps {
		if err := k.Apps.Set(ctx, a.Id, a); err != nil {
			return err
		}
	}
	queued := make(map[uint64]bool, len(gs.PruneQueue))
	for _, e := range gs.PruneQueue {
		if err := k.PruneQueue.Set(ctx, collections.Join(e.Height, e.RoundId)); err != nil {
			return err
		}
		queued[e.RoundId] = true
	}
	for _, r := range gs.ShareRounds {
		if err := k.ShareRounds.Set(ctx, r.Id, r); err != nil {
			return err
		}
		switch r.Status {
		case types.ROUND_STATUS_OPEN:
			if err := k.OpenRounds.Set(ctx, keyOf(r), r.Id); err != nil {
				return err
			}
			fallthrough
		case types.ROUND_STATUS_PENDING:
			if err := k.PendingRounds.Set(ctx, collections.Join(r.ExpiresHeight, r.Id)); err != nil {
				return err
			}
		default: // closed: as exported, or a full retention window from the import
			if queued[r.Id] {
				break
			}
			if err := k.queuePrune(ctx, r.Id); err != nil {
				return err
			}
		}
	}
	for _, r := range gs.Requests {
		if err := k.Requests.Set(ctx, r.Id, r); err != nil {
			return err
		}
		if err := k.RoundRequests.Set(ctx, collections.Join(r.RoundId, r.Id)); err != nil {
			return err
		}
		if r.Status == types.REQUEST_STATUS_PENDING {
			if err := k.PendingByExpiry.Set(ctx, collections.Join(r.ExpiresHeight, r.Id)); err != nil {
				return err
			}
		}
		// Requests are in id order, so a host request carried again after
		// an expiry points at its last chain request.
		if r.Kind != types.REQUEST_KIND_APP {
			if err := k.Replay.Set(ctx, requestReplayKey(r), r.Id); err != nil {
				return err
			}
		}
	}
	for _, b := range gs.ShareBatches {
		if err := k.ShareBatches.Set(ctx, collections.Join(b.RoundId, b.PartyIndex), b); err != nil {
			return err
		}
	}
	for _, r := range gs.Results {
		if err := k.Results.Set(ctx, r.RequestId, r); err != nil {
			return err
		}
	}
	for _, s := range gs.ResultSignatures {
		if err := k.ResultSignatures.Set(ctx, collections.Join(s.RequestId, s.Operator), s); err != nil {
			return err
		}
	}
	for _, r := range gs.ReplayRecords {
		_, key, err := k.Replay.KeyCodec().Decode(r.Key)
		if err != nil {
			return fmt.Errorf("%w: replay record of request %d: %v", types.ErrInvalidGenesis, r.RequestId, err)
		}
		if err := k.Replay.Set(ctx, key, r.RequestId); err != nil {
			return err
		}
		if err := k.ReplayExpiry.Set(ctx, collections.Join(r.HostExpiry, r.RequestId), r.Key); err != nil {
			return err
		}
	}
	for _, s := range []struct {
		seq  collections.Sequence
		next uint64
	}{
		{k.CeremonySeq, gs.NextCeremonyId},
		{k.RequestSeq, gs.NextRequestId},
		{k.MisbehaviourSeq, gs.NextMisbehaviourId},
		{k.AppSeq, gs.NextAppId},
		{k.EpochSeq, gs.NextEpoch},
		{k.RoundSeq, gs.NextRoundId},
	} {
		if s.next > 1 {
			if err := s.seq.Set(ctx, s.next-1); err != nil {
				return err
			}
		}
	}
	return nil
}

// ExportGenesis writes the whole state out, in key order.
func (k Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	var gs types.GenesisState
	var err error
	if gs.Params, err = k.Params.Get(ctx); err != nil {
		return nil, err
	}
	if gs.HostChains, err = values(ctx, k.HostChains); err != nil {
		return nil, err
	}
	if gs.HostHeaders, err = values(ctx, k.HostHeaders); err != nil {
		return nil, err
	}
	if err = k.Parties.Walk(ctx, nil, func(_ string, p types.Party) (bool, error) {
		gs.Parties = append(gs.Parties, p)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err = k.Misbehaviours.Walk(ctx, nil, func(_ uint64, m types.Misbehaviour) (bool, error) {
		gs.Misbehaviours = append(gs.Misbehaviours, m)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if gs.Ceremonies, err = values(ctx, k.Ceremonies); err != nil {
		return nil, err
	}
	if gs.Dealings, err = values(ctx, k.Dealings); err != nil {
		return nil, err
	}
	if gs.Complaints, err = values(ctx, k.Complaints); err != nil {
		return nil, err
	}
	if gs.Justifications, err = values(ctx, k.Justifications); err != nil {
		return nil, err
	}
	if gs.KeySets, err = values(ctx, k.KeySets); err != nil {
		return nil, err
	}
	if gs.ActiveEpoch, err = k.ActiveEpoch.Get(ctx); err != nil && !errors.Is(err, collections.ErrNotFound) {
		return nil, err
	}
	if gs.Apps, err = values(ctx, k.Apps); err != nil {
		return nil, err
	}
	if gs.ShareRounds, err = values(ctx, k.ShareRounds); err != nil {
		return nil, err
	}
	if gs.Requests, err = values(ctx, k.Requests); err != nil {
		return nil, err
	}
	if gs.ShareBatches, err = values(ctx, k.ShareBatches); err != nil {
		return nil, err
	}
	if gs.Results, err = values(ctx, k.Results); err != nil {
		return nil, err
	}
	if gs.ResultSignatures, err = values(ctx, k.ResultSignatures); err != nil {
		return nil, err
	}
	if err := k.PruneQueue.Walk(ctx, nil, func(key collections.Pair[int64, uint64]) (bool, error) {
		gs.PruneQueue = append(gs.PruneQueue, types.PruneEntry{Height: key.K1(), RoundId: key.K2()})
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.ReplayExpiry.Walk(ctx, nil, func(key collections.Pair[uint64, uint64], enc []byte) (bool, error) {
		gs.ReplayRecords = append(gs.ReplayRecords, types.ReplayRecord{HostExpiry: key.K1(), RequestId: key.K2(), Key: enc})
		return false, nil
	}); err != nil {
		return nil, err
	}
	for _, s := range []struct {
		seq  collections.Sequence
		next *uint64
	}{
		{k.CeremonySeq, &gs.NextCeremonyId},
		{k.RequestSeq, &gs.NextRequestId},
		{k.MisbehaviourSeq, &gs.NextMisbehaviourId},
		{k.AppSeq, &gs.NextAppId},
		{k.EpochSeq, &gs.NextEpoch},
		{k.RoundSeq, &gs.NextRoundId},
	} {
		v, err := s.seq.Peek(ctx)
		if err != nil {
			return nil, err
		}
		*s.next = v + 1
	}
	return &gs, nil
}

func values[K, V any](ctx context.Context, m collections.Map[K, V]) ([]V, error) {
	var out []V
	err := m.Walk(ctx, nil, func(_ K, v V) (bool, error) {
		out = append(out, v)
		return false, nil
	})
	return out, err
}
