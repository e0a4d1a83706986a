package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// Share rounds (ADR 0002: one proof per party per block). The requests of
// a block are grouped by key epoch, request kind and origin (host chain or
// app, ADR 0007) into rounds of at most params.max_shares_per_batch
// handles, so that a party that must refuse one origin's requests refuses
// only rounds holding nothing else. A round is sealed at the end of its
// block; every party then answers it with one batch covering all its
// requests, verified once. The first f+1 valid batches of a round complete
// every request in it: all batches cover the same requests, so these are
// each request's first f+1 valid shares.

// roundKey is the OpenRounds key of a round: key epoch, request kind and
// origin (the host chain id of public and user requests, the app id of
// app requests).
type roundKey = collections.Triple[uint64, int32, uint64]

// openRoundKey is the key of the open round req joins.
func openRoundKey(req types.DecryptionRequest) roundKey {
	origin := req.HostChainId
	if req.Kind == types.REQUEST_KIND_APP {
		origin = req.AppId
	}
	return collections.Join3(req.KeyEpoch, int32(req.Kind), origin)
}

// key is the OpenRounds key of round.
func keyOf(round types.ShareRound) roundKey {
	origin := round.HostChainId
	if round.RequestKind == types.REQUEST_KIND_APP {
		origin = round.AppId
	}
	return collections.Join3(round.KeyEpoch, int32(round.RequestKind), origin)
}

// joinRound adds req (id, kind, key epoch, origin and handles set) to the
// open round of its key epoch, kind and origin, opening a new round when
// there is none in this block or the open one is full (which seals it).
func (k Keeper) joinRound(ctx context.Context, params types.Params, req types.DecryptionRequest) (types.ShareRound, error) {
	key := openRoundKey(req)
	n := uint32(len(req.Handles))
	var round types.ShareRound
	id, err := k.OpenRounds.Get(ctx, key)
	switch {
	case err == nil:
		if round, err = k.ShareRounds.Get(ctx, id); err != nil {
			return round, err
		}
		if uint64(round.Shares)+uint64(n) > uint64(params.MaxSharesPerBatch) {
			if err := k.sealRound(ctx, round); err != nil {
				return round, err
			}
			round = types.ShareRound{}
		}
	case !errors.Is(err, collections.ErrNotFound):
		return round, err
	}
	if round.Id == 0 {
		if round, err = k.openRound(ctx, params, req); err != nil {
			return round, err
		}
	}
	round.Requests++
	round.Shares += n
	if err := k.ShareRounds.Set(ctx, round.Id, round); err != nil {
		return round, err
	}
	return round, k.RoundRequests.Set(ctx, collections.Join(round.Id, req.Id))
}

// openRound opens the round of req's key epoch, kind and origin.
func (k Keeper) openRound(ctx context.Context, params types.Params, req types.DecryptionRequest) (types.ShareRound, error) {
	id, err := nextID(ctx, k.RoundSeq)
	if err != nil {
		return types.ShareRound{}, err
	}
	h := sdk.UnwrapSDKContext(ctx).BlockHeight()
	round := types.ShareRound{
		Id: id, KeyEpoch: req.KeyEpoch, Kind: types.ShareKindOf(req.Kind), Status: types.ROUND_STATUS_OPEN,
		Height: h, ExpiresHeight: h + int64(params.RequestTimeoutBlocks), RequestKind: req.Kind,
	}
	if req.Kind == types.REQUEST_KIND_APP {
		round.AppId = req.AppId
	} else {
		round.HostChainId = req.HostChainId
	}
	if err := k.OpenRounds.Set(ctx, keyOf(round), id); err != nil {
		return round, err
	}
	return round, k.PendingRounds.Set(ctx, collections.Join(round.ExpiresHeight, id))
}

// sealRound closes an open round to new requests and announces it.
func (k Keeper) sealRound(ctx context.Context, round types.ShareRound) error {
	if err := k.OpenRounds.Remove(ctx, keyOf(round)); err != nil {
		return err
	}
	round.Status = types.ROUND_STATUS_PENDING
	if err := k.ShareRounds.Set(ctx, round.Id, round); err != nil {
		return err
	}
	ids, err := k.roundRequestIDs(ctx, round.Id)
	if err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventShareRoundSealed{
		RoundId: round.Id, KeyEpoch: round.KeyEpoch, Kind: round.Kind, RequestIds: ids,
		Shares: round.Shares, ExpiresHeight: round.ExpiresHeight,
		RequestKind: round.RequestKind, HostChainId: round.HostChainId, AppId: round.AppId,
	})
}

// sealRounds seals every round opened in this block. Called from EndBlock.
func (k Keeper) sealRounds(ctx context.Context) error {
	var open []uint64
	if err := k.OpenRounds.Walk(ctx, nil, func(_ roundKey, id uint64) (bool, error) {
		open = append(open, id)
		return false, nil
	}); err != nil {
		return err
	}
	for _, id := range open {
		round, err := k.ShareRounds.Get(ctx, id)
		if err != nil {
			return err
		}
		if err := k.sealRound(ctx, round); err != nil {
			return err
		}
	}
	return nil
}

func (k Keeper) roundRequestIDs(ctx context.Context, roundID uint64) ([]uint64, error) {
	var ids []uint64
	err := k.RoundRequests.Walk(ctx, collections.NewPrefixedPairRange[uint64, uint64](roundID), func(key collections.Pair[uint64, uint64]) (bool, error) {
		ids = append(ids, key.K2())
		return false, nil
	})
	return ids, err
}

// roundRequests loads a round's requests in batch order.
func (k Keeper) roundRequests(ctx context.Context, roundID uint64) ([]types.DecryptionRequest, error) {
	ids, err := k.roundRequestIDs(ctx, roundID)
	if err != nil {
		return nil, err
	}
	reqs := make([]types.DecryptionRequest, len(ids))
	for i, id := range ids {
		if reqs[i], err = k.Requests.Get(ctx, id); err != nil {
			return nil, err
		}
	}
	return reqs, nil
}

func roundContext(ctx context.Context, round types.ShareRound, ks types.KeySet, reqs []types.DecryptionRequest) types.RoundContext {
	c := types.RoundContext{
		ChainID: sdk.UnwrapSDKContext(ctx).ChainID(), RoundID: round.Id, Kind: round.Kind, KeySet: ks.Encoded,
		Requests: make([]types.RequestContext, len(reqs)),
	}
	for i, r := range reqs {
		c.Requests[i] = types.RequestContext{RequestID: r.Id, Ciphertexts: r.Ciphertexts, ReencryptionKey: r.ReencryptionKey}
	}
	return c
}

// SubmitShares implements types.MsgServer. Each batch answers one sealed
// share round and is verified once. An invalid batch is stored as
// evidence, excludes its sender and counts for nothing; the batch that
// brings a round to f+1 valid ones completes it (results, fees). A batch
// for a round already completed is redundant: it is neither verified nor
// stored, and the message still succeeds.
func (m *msgServer) SubmitShares(ctx context.Context, msg *types.MsgSubmitShares) (*types.MsgSubmitSharesResponse, error) {
	params, err := m.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	if len(msg.Batches) == 0 || len(msg.Batches) > types.MaxBatchesPerMessage {
		return nil, errorsmod.Wrapf(types.ErrInvalidShares, "need 1..%d batches", types.MaxBatchesPerMessage)
	}
	if m.crypto.Shares == nil {
		return nil, errorsmod.Wrap(types.ErrUnsupported, "no threshold decryption scheme")
	}
	party, err := m.Parties.Get(ctx, msg.Operator)
	if errors.Is(err, collections.ErrNotFound) {
		return nil, errorsmod.Wrapf(types.ErrUnknownParty, "%s", msg.Operator)
	} else if err != nil {
		return nil, err
	}
	if party.Status == types.PARTY_STATUS_EXCLUDED {
		return nil, errorsmod.Wrapf(types.ErrPartyNotActive, "%s is excluded", msg.Operator)
	}
	// Check every batch and charge the work before verifying or writing
	// anything.
	type job struct {
		round     types.ShareRound
		ks        types.KeySet
		index     uint32
		redundant bool
	}
	jobs := make([]job, len(msg.Batches))
	seen := make(map[uint64]bool, len(msg.Batches))
	var work, gas uint64
	for i, b := range msg.Batches {
		if seen[b.RoundId] {
			return nil, errorsmod.Wrapf(types.ErrDuplicate, "round %d appears twice", b.RoundId)
		}
		seen[b.RoundId] = true
		round, err := m.ShareRounds.Get(ctx, b.RoundId)
		if errors.Is(err, collections.ErrNotFound) {
			return nil, errorsmod.Wrapf(types.ErrUnknownRound, "%d", b.RoundId)
		} else if err != nil {
			return nil, err
		}
		switch round.Status {
		case types.ROUND_STATUS_PENDING:
		case types.ROUND_STATUS_COMPLETED:
			jobs[i].redundant = true
			continue
		case types.ROUND_STATUS_OPEN:
			return nil, errorsmod.Wrapf(types.ErrRequestNotPending, "round %d still takes requests in this block", round.Id)
		default:
			return nil, errorsmod.Wrapf(types.ErrRequestNotPending, "round %d is %s", round.Id, round.Status)
		}
		ks, err := m.KeySets.Get(ctx, round.KeyEpoch)
		if err != nil {
			return nil, err
		}
		index := ks.IndexOf(msg.Operator)
		if index == 0 {
			return nil, errorsmod.Wrapf(types.ErrWrongEpoch, "%s holds no share of epoch %d", msg.Operator, ks.Epoch)
		}
		if len(b.Batch) == 0 || len(b.Batch) > types.MaxShareBatchLen(round.Shares) {
			return nil, errorsmod.Wrapf(types.ErrInvalidShares, "round %d: batch must be 1..%d bytes", round.Id, types.MaxShareBatchLen(round.Shares))
		}
		if has, err := m.ShareBatches.Has(ctx, collections.Join(round.Id, index)); err != nil {
			return nil, err
		} else if has {
			return nil, errorsmod.Wrapf(types.ErrDuplicate, "party %d already answered round %d", index, round.Id)
		}
		jobs[i] = job{round: round, ks: ks, index: index}
		// If valid, a batch that finds f valid ones completes the round:
		// combination re-verifies the f earlier batches and interpolates
		// per handle (cost.go).
		w, g := batchCost(round.Kind, uint64(round.Shares), ks.F, round.ValidBatches == ks.F)
		work += w
		gas += g
	}
	if err := m.chargeWork(ctx, params, work, gas, "kms: share verification"); err != nil {
		return nil, err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	resp := &types.MsgSubmitSharesResponse{Outcomes: make([]types.BatchOutcome, len(msg.Batches))}
	for i, b := range msg.Batches {
		j := jobs[i]
		if j.redundant {
			resp.Outcomes[i] = types.BATCH_OUTCOME_REDUNDANT
			continue
		}
		reqs, err := m.roundRequests(ctx, j.round.Id)
		if err != nil {
			return nil, err
		}
		rc := roundContext(ctx, j.round, j.ks, reqs)
		valid, reason := true, ""
		if err := m.crypto.Shares.VerifyShares(rc, j.index, b.Batch); err != nil {
			if errors.Is(err, types.ErrInvalidRequest) {
				return nil, err
			}
			valid, reason = false, err.Error()
		}
		if err := m.ShareBatches.Set(ctx, collections.Join(j.round.Id, j.index), types.ShareBatch{
			RoundId: j.round.Id, PartyIndex: j.index, Operator: msg.Operator, Batch: b.Batch, Valid: valid, Height: sdkCtx.BlockHeight(),
		}); err != nil {
			return nil, err
		}
		if err := sdkCtx.EventManager().EmitTypedEvent(&types.EventSharesSubmitted{RoundId: j.round.Id, PartyIndex: j.index, Valid: valid}); err != nil {
			return nil, err
		}
		if !valid {
			resp.Outcomes[i] = types.BATCH_OUTCOME_INVALID
			if _, err := m.recordMisbehaviour(ctx, types.Misbehaviour{
				Party: msg.Operator, Kind: types.MISBEHAVIOUR_KIND_INVALID_SHARE, RoundId: j.round.Id, Reason: reason, Evidence: b.Batch,
			}); err != nil {
				return nil, err
			}
			continue
		}
		resp.Outcomes[i] = types.BATCH_OUTCOME_VALID
		j.round.ValidBatches++
		if j.round.ValidBatches < j.ks.F+1 {
			if err := m.ShareRounds.Set(ctx, j.round.Id, j.round); err != nil {
				return nil, err
			}
			continue
		}
		if err := m.completeRound(ctx, j.round, j.ks, rc, reqs); err != nil {
			return nil, err
		}
	}
	return resp, nil
}

// completeRound combines the round's f+1 valid batches (in party index
// order), records every request's result, pays the contributors and closes
// the round.
func (k Keeper) completeRound(ctx context.Context, round types.ShareRound, ks types.KeySet, rc types.RoundContext, reqs []types.DecryptionRequest) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	var batches []types.IndexedBatch
	err := k.ShareBatches.Walk(ctx, collections.NewPrefixedPairRange[uint64, uint32](round.Id), func(_ collections.Pair[uint64, uint32], b types.ShareBatch) (bool, error) {
		if b.Valid {
			batches = append(batches, types.IndexedBatch{Index: b.PartyIndex, Batch: b.Batch})
		}
		return uint32(len(batches)) == ks.F+1, nil
	})
	if err != nil {
		return err
	}
	outputs, err := k.crypto.Shares.Combine(rc, batches)
	if err != nil {
		return errorsmod.Wrapf(types.ErrInvalidShares, "combining round %d: %v", round.Id, err)
	}
	if len(outputs) != len(reqs) {
		return errorsmod.Wrapf(types.ErrInvalidShares, "combining round %d: outputs for %d of %d requests", round.Id, len(outputs), len(reqs))
	}
	contributors := make([]uint32, len(batches))
	for i, b := range batches {
		contributors[i] = b.Index
	}
	pay := make([]sdk.Coins, len(batches))
	for i, req := range reqs {
		if len(outputs[i]) != len(req.Handles) {
			return errorsmod.Wrapf(types.ErrInvalidShares, "combining request %d: %d outputs for %d handles", req.Id, len(outputs[i]), len(req.Handles))
		}
		if err := k.Results.Set(ctx, req.Id, types.DecryptionResult{
			RequestId: req.Id, Outputs: outputs[i], Contributors: contributors, Height: sdkCtx.BlockHeight(),
		}); err != nil {
			return err
		}
		if err := k.closeRequest(ctx, req, types.REQUEST_STATUS_COMPLETED); err != nil {
			return err
		}
		splitFee(req.Fee, pay)
		if err := sdkCtx.EventManager().EmitTypedEvent(&types.EventDecryptionCompleted{RequestId: req.Id, Contributors: contributors}); err != nil {
			return err
		}
	}
	for i, b := range batches {
		if pay[i].IsZero() {
			continue
		}
		to, err := k.addressCodec.StringToBytes(ks.Parties[b.Index-1])
		if err != nil {
			return err
		}
		if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, to, pay[i]); err != nil {
			return err
		}
	}
	round.Status = types.ROUND_STATUS_COMPLETED
	round.Contributors = contributors
	if err := k.ShareRounds.Set(ctx, round.Id, round); err != nil {
		return err
	}
	if err := k.PendingRounds.Remove(ctx, collections.Join(round.ExpiresHeight, round.Id)); err != nil {
		return err
	}
	if err := k.queuePrune(ctx, round.Id); err != nil {
		return err
	}
	return sdkCtx.EventManager().EmitTypedEvent(&types.EventShareRoundCompleted{RoundId: round.Id, Contributors: contributors})
}

// splitFee adds to pay[i] contributor i's part of one request's fee: equal
// parts, the remainder of the division to the first contributor.
func splitFee(fee sdk.Coins, pay []sdk.Coins) {
	n := sdkmath.NewInt(int64(len(pay)))
	for _, c := range fee {
		part := c.Amount.Quo(n)
		for i := range pay {
			amt := part
			if i == 0 {
				amt = amt.Add(c.Amount.Mod(n))
			}
			if amt.IsPositive() {
				pay[i] = pay[i].Add(sdk.NewCoin(c.Denom, amt))
			}
		}
	}
}

func (k Keeper) closeRequest(ctx context.Context, req types.DecryptionRequest, status types.RequestStatus) error {
	if err := k.PendingByExpiry.Remove(ctx, collections.Join(req.ExpiresHeight, req.Id)); err != nil {
		return err
	}
	req.Status = status
	return k.Requests.Set(ctx, req.Id, req)
}

// refund pays an expired request's fee back to its requester. A refund the
// bank refuses (a blocked requester, a malformed address in state) does not
// fail EndBlock: it is dropped with an EventRefundFailed, the fee staying in
// the module account, so that one request cannot halt the chain. The
// transfer runs in a cached context, written only when it succeeds. Only
// an event that cannot be emitted is returned.
func (k Keeper) refund(ctx context.Context, req types.DecryptionRequest) error {
	if req.Fee.IsZero() {
		return nil
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	err := func() error {
		to, err := k.addressCodec.StringToBytes(req.Requester)
		if err != nil {
			return err
		}
		cache, write := sdkCtx.CacheContext()
		if err := k.bank.SendCoinsFromModuleToAccount(cache, types.ModuleName, to, req.Fee); err != nil {
			return err
		}
		write()
		return nil
	}()
	if err == nil {
		return nil
	}
	k.Logger(ctx).Error("refund failed", "request", req.Id, "requester", req.Requester, "fee", req.Fee.String(), "err", err)
	return sdkCtx.EventManager().EmitTypedEvent(&types.EventRefundFailed{
		RequestId: req.Id, Requester: req.Requester, Fee: req.Fee.String(), Reason: err.Error(),
	})
}

// expireRounds closes every round whose expiry height is at or below
// height, refunding its requests. Called from EndBlock.
func (k Keeper) expireRounds(ctx context.Context, height int64) error {
	var due []collections.Pair[int64, uint64]
	rng := new(collections.Range[collections.Pair[int64, uint64]]).EndInclusive(collections.Join(height, uint64(1<<64-1)))
	if err := k.PendingRounds.Walk(ctx, rng, func(key collections.Pair[int64, uint64]) (bool, error) {
		due = append(due, key)
		return false, nil
	}); err != nil {
		return err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	for _, key := range due {
		round, err := k.ShareRounds.Get(ctx, key.K2())
		if err != nil {
			return err
		}
		reqs, err := k.roundRequests(ctx, round.Id)
		if err != nil {
			return err
		}
		for _, req := range reqs {
			if err := k.closeRequest(ctx, req, types.REQUEST_STATUS_EXPIRED); err != nil {
				return err
			}
			if err := k.refund(ctx, req); err != nil {
				return err
			}
			if err := sdkCtx.EventManager().EmitTypedEvent(&types.EventRequestExpired{RequestId: req.Id}); err != nil {
				return err
			}
		}
		if round.Status == types.ROUND_STATUS_OPEN {
			if err := k.OpenRounds.Remove(ctx, keyOf(round)); err != nil {
				return err
			}
		}
		round.Status = types.ROUND_STATUS_EXPIRED
		if err := k.ShareRounds.Set(ctx, round.Id, round); err != nil {
			return err
		}
		if err := k.PendingRounds.Remove(ctx, key); err != nil {
			return err
		}
		if err := k.queuePrune(ctx, round.Id); err != nil {
			return err
		}
	}
	return nil
}
