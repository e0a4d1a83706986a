package keeper

import (
	"context"
	"errors"
	"math"

	"cosmossdk.io/collections"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// Pruning (ADR 0011). Completed and expired work leaves state
// params.retention_blocks after its share round closed: the round, its
// batches, and each of its requests with its ciphertexts, result and
// result signatures. A host header leaves retention_blocks after it was
// attested, except the latest of its chain. A request's replay key stays as
// long as the chain would still carry its host request: a completed
// request's key is kept (in ReplayExpiry) until block time reaches the host
// request's expiry, from which on the chain refuses the host request as
// expired anyway (RequestPublicDecryption: host expiry; RequestUserDecryption:
// the end of the signed validity window). An expired request's key goes
// with it: an expired request does not stop its host request from being
// carried again.
//
// EndBlock prunes at most params.max_prune_per_block entries, oldest
// first, in key order; the queues themselves are the cursor, so a round cut
// short continues in the next block.

// queuePrune schedules a closed round for pruning.
func (k Keeper) queuePrune(ctx context.Context, roundID uint64) error {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	at := sdk.UnwrapSDKContext(ctx).BlockHeight() + int64(params.RetentionBlocks)
	return k.PruneQueue.Set(ctx, collections.Join(at, roundID))
}

// indexHeader schedules a host header for pruning.
func (k Keeper) indexHeader(ctx context.Context, h types.HostHeader) error {
	at := h.AttestedHeight
	if at == 0 {
		at = sdk.UnwrapSDKContext(ctx).BlockHeight()
	}
	return k.HeadersByHeight.Set(ctx, collections.Join3(at, h.ChainId, h.Number))
}

// prune runs the block's pruning. Called from EndBlock.
func (k Keeper) prune(ctx context.Context, height int64) error {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	left := uint64(params.MaxPrunePerBlock)
	if err := k.pruneRounds(ctx, height, &left); err != nil {
		return err
	}
	if err := k.pruneHeaders(ctx, height, height-int64(params.RetentionBlocks), &left); err != nil {
		return err
	}
	return k.pruneReplay(ctx, &left)
}

// first returns the first key of it in rng, closing the iterator before
// anything is written.
func first[K any](ctx context.Context, it interface {
	Iterate(context.Context, collections.Ranger[K]) (collections.KeySetIterator[K], error)
}, rng collections.Ranger[K]) (K, bool, error) {
	var zero K
	iter, err := it.Iterate(ctx, rng)
	if err != nil {
		return zero, false, err
	}
	defer iter.Close()
	if !iter.Valid() {
		return zero, false, nil
	}
	key, err := iter.Key()
	return key, err == nil, err
}

// firstMapKey is first for maps.
func firstMapKey[K, V any](ctx context.Context, m collections.Map[K, V], rng collections.Ranger[K]) (K, bool, error) {
	var zero K
	iter, err := m.Iterate(ctx, rng)
	if err != nil {
		return zero, false, err
	}
	defer iter.Close()
	if !iter.Valid() {
		return zero, false, nil
	}
	key, err := iter.Key()
	return key, err == nil, err
}

func take(left *uint64, n uint64) { *left -= min(n, *left) }

func (k Keeper) pruneRounds(ctx context.Context, height int64, left *uint64) error {
	due := new(collections.Range[collections.Pair[int64, uint64]]).EndInclusive(collections.Join(height, uint64(math.MaxUint64)))
	for *left > 0 {
		key, ok, err := first[collections.Pair[int64, uint64]](ctx, k.PruneQueue, due)
		if err != nil || !ok {
			return err
		}
		done, err := k.pruneRound(ctx, key.K2(), left)
		if err != nil || !done {
			return err
		}
		if err := k.PruneQueue.Remove(ctx, key); err != nil {
			return err
		}
	}
	return nil
}

// pruneRound deletes a closed round's requests, then its batches, then the
// round, within the budget; it reports whether the round is gone.
func (k Keeper) pruneRound(ctx context.Context, id uint64, left *uint64) (bool, error) {
	for *left > 0 {
		key, ok, err := first[collections.Pair[uint64, uint64]](ctx, k.RoundRequests, collections.NewPrefixedPairRange[uint64, uint64](id))
		if err != nil {
			return false, err
		}
		if !ok {
			break
		}
		n, err := k.pruneRequest(ctx, key.K2())
		if err != nil {
			return false, err
		}
		if err := k.RoundRequests.Remove(ctx, key); err != nil {
			return false, err
		}
		take(left, n+1)
	}
	for *left > 0 {
		key, ok, err := firstMapKey(ctx, k.ShareBatches, collections.NewPrefixedPairRange[uint64, uint32](id))
		if err != nil {
			return false, err
		}
		if !ok {
			break
		}
		if err := k.ShareBatches.Remove(ctx, key); err != nil {
			return false, err
		}
		take(left, 1)
	}
	if *left == 0 {
		return false, nil
	}
	take(left, 1)
	return true, k.ShareRounds.Remove(ctx, id)
}

// pruneRequest deletes a closed request, its result and result signatures
// (at most one per key-set party), and settles its replay key. It returns
// the number of entries deleted.
func (k Keeper) pruneRequest(ctx context.Context, id uint64) (uint64, error) {
	req, err := k.Requests.Get(ctx, id)
	if errors.Is(err, collections.ErrNotFound) {
		return 0, nil
	} else if err != nil {
		return 0, err
	}
	var sigs []collections.Pair[uint64, string]
	if err := k.ResultSignatures.Walk(ctx, collections.NewPrefixedPairRange[uint64, string](id), func(key collections.Pair[uint64, string], _ types.ResultSignature) (bool, error) {
		sigs = append(sigs, key)
		return false, nil
	}); err != nil {
		return 0, err
	}
	for _, key := range sigs {
		if err := k.ResultSignatures.Remove(ctx, key); err != nil {
			return 0, err
		}
	}
	n := uint64(len(sigs)) + 2
	if err := k.Results.Remove(ctx, id); err != nil {
		return 0, err
	}
	if len(req.HostRequestId) > 0 {
		if err := k.settleReplayKey(ctx, req); err != nil {
			return 0, err
		}
		n++
	}
	return n, k.Requests.Remove(ctx, id)
}

// settleReplayKey keeps a pruned completed request's replay key until its
// host expiry, and drops an expired one's.
func (k Keeper) settleReplayKey(ctx context.Context, req types.DecryptionRequest) error {
	key := requestReplayKey(req)
	cur, err := k.Replay.Get(ctx, key)
	if errors.Is(err, collections.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	if cur != req.Id {
		return nil // a later request holds the key
	}
	if req.Status != types.REQUEST_STATUS_COMPLETED {
		return k.Replay.Remove(ctx, key)
	}
	if req.HostExpiry == 0 {
		return nil // no known expiry: kept for ever
	}
	kc := k.Replay.KeyCodec()
	enc := make([]byte, kc.Size(key))
	if _, err := kc.Encode(enc, key); err != nil {
		return err
	}
	return k.ReplayExpiry.Set(ctx, collections.Join(req.HostExpiry, req.Id), enc)
}

// pruneReplay drops the replay keys whose host requests have expired by
// block time: the chain refuses those host requests from now on.
func (k Keeper) pruneReplay(ctx context.Context, left *uint64) error {
	now := sdk.UnwrapSDKContext(ctx).BlockTime().Unix()
	if now <= 0 {
		return nil
	}
	due := new(collections.Range[collections.Pair[uint64, uint64]]).EndInclusive(collections.Join(uint64(now), uint64(math.MaxUint64)))
	for *left > 0 {
		key, ok, err := firstMapKey(ctx, k.ReplayExpiry, due)
		if err != nil || !ok {
			return err
		}
		enc, err := k.ReplayExpiry.Get(ctx, key)
		if err != nil {
			return err
		}
		if _, rk, err := k.Replay.KeyCodec().Decode(enc); err == nil {
			if cur, err := k.Replay.Get(ctx, rk); err == nil && cur == key.K2() {
				if err := k.Replay.Remove(ctx, rk); err != nil {
					return err
				}
			}
		}
		if err := k.ReplayExpiry.Remove(ctx, key); err != nil {
			return err
		}
		take(left, 2)
	}
	return nil
}

// pruneHeaders drops host headers attested at or before cutoff, except the
// latest of each chain, which is looked at again a retention window later.
func (k Keeper) pruneHeaders(ctx context.Context, height, cutoff int64, left *uint64) error {
	if cutoff < 0 {
		return nil
	}
	due := new(collections.Range[collections.Triple[int64, uint64, uint64]]).EndInclusive(collections.Join3(cutoff, uint64(math.MaxUint64), uint64(math.MaxUint64)))
	for *left > 0 {
		key, ok, err := first[collections.Triple[int64, uint64, uint64]](ctx, k.HeadersByHeight, due)
		if err != nil || !ok {
			return err
		}
		if err := k.HeadersByHeight.Remove(ctx, key); err != nil {
			return err
		}
		take(left, 1)
		chain, number := key.K2(), key.K3()
		h, err := k.HostHeaders.Get(ctx, collections.Join(chain, number))
		if errors.Is(err, collections.ErrNotFound) {
			continue
		} else if err != nil {
			return err
		}
		if key.K1() < h.AttestedHeight {
			continue // attested again later; that entry decides
		}
		if latest, err := k.LatestHostHeader.Get(ctx, chain); err == nil && latest == number {
			if err := k.HeadersByHeight.Set(ctx, collections.Join3(height, chain, number)); err != nil {
				return err
			}
			continue
		}
		if err := k.HostHeaders.Remove(ctx, collections.Join(chain, number)); err != nil {
			return err
		}
	}
	return nil
}
