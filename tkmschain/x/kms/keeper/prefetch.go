package keeper

import (
	"context"

	"cosmossdk.io/collections"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// PrefetchTx is a transaction of the block about to execute that passed
// the ante handler in PreBlock (signatures, sequence, fee payer; ADR 0011):
// its messages and its gas limit.
type PrefetchTx struct {
	Msgs     []sdk.Msg
	GasLimit uint64
}

// Prefetch hands a block's verification work (its requests' ciphertexts
// and its share batches) to the share scheme before the block's
// transactions run, when the scheme can do it in parallel and remember the
// results (types.Prefetcher). It reads state and writes nothing; whatever
// it finds wrong is left for the transactions to report. Its choices only
// decide what is computed early, never an outcome.
//
// Only authenticated work is handed over, and no more of it than
// execution could do: txs are those that passed the ante handler (the
// app checks signatures before calling Prefetch), and a message's work is
// taken only when its cheap checks pass as execution would check them
// (sizes; for a request, a requester who can pay the fee, a host chain, key
// set and header that exist, no replay; for a batch, a party that is not
// excluded, holds a share of the round's key set and has not answered it,
// and a batch of the right size). The work of one transaction is capped
// by what its gas limit pays for, that of one sender (requester or
// operator) by the block's verification budget, and the whole at twice
// the budget.
func (k Keeper) Prefetch(ctx context.Context, txs []PrefetchTx) {
	p, ok := k.crypto.Shares.(types.Prefetcher)
	if !ok || len(txs) == 0 {
		return
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return
	}
	budget := uint64(params.MaxShareVerificationsPerBlock)
	var total uint64
	bySender := map[string]uint64{}
	// Fees the block's requests would escrow, by requester.
	owed := map[string]sdk.Coins{}
	keySets := map[uint64]*types.KeySet{}
	keySet := func(epoch uint64) *types.KeySet {
		if ks, ok := keySets[epoch]; ok {
			return ks
		}
		var ksp *types.KeySet
		if ks, err := k.KeySets.Get(ctx, epoch); err == nil {
			ksp = &ks
		}
		keySets[epoch] = ksp
		return ksp
	}
	active := func() *types.KeySet {
		if epoch, err := k.ActiveEpoch.Get(ctx); err == nil {
			return keySet(epoch)
		}
		return nil
	}
	canPay := func(requester string, kind types.RequestKind) bool {
		addr, err := k.addressCodec.StringToBytes(requester)
		if err != nil {
			return false
		}
		due := owed[requester].Add(params.FeeFor(kind)...)
		if !k.bank.SpendableCoins(ctx, addr).IsAllGTE(due) {
			return false
		}
		owed[requester] = due
		return true
	}
	type pending struct {
		rc types.RoundContext
		ks types.KeySet
		// need is how many more valid batches complete the round: later
		// ones will be redundant, so they are not verified ahead.
		need     uint32
		answered map[uint32]bool
	}
	rounds := map[uint64]*pending{}
	pendingRound := func(id uint64) *pending {
		if r, ok := rounds[id]; ok {
			return r
		}
		rounds[id] = nil
		round, err := k.ShareRounds.Get(ctx, id)
		if err != nil || round.Status != types.ROUND_STATUS_PENDING {
			return nil
		}
		ks := keySet(round.KeyEpoch)
		if ks == nil {
			return nil
		}
		reqs, err := k.roundRequests(ctx, round.Id)
		if err != nil {
			return nil
		}
		r := &pending{rc: roundContext(ctx, round, *ks, reqs), ks: *ks, need: ks.F + 1 - min(round.ValidBatches, ks.F+1), answered: map[uint32]bool{}}
		rounds[id] = r
		return r
	}
	// take admits work units costing gas for sender within tx's allowance.
	take := func(sender string, work, gas uint64, txGas *uint64) bool {
		if gas > *txGas || bySender[sender]+work > budget || total+work > 2*budget {
			return false
		}
		*txGas -= gas
		bySender[sender] += work
		total += work
		return true
	}
	var cts []types.CiphertextWork
	var batches []types.BatchWork
	addRequest := func(ks *types.KeySet, requester string, kind types.RequestKind, handles, list [][]byte, txGas *uint64) {
		if ks == nil || types.CheckHandles(handles, list, params.MaxHandlesPerRequest) != nil || !canPay(requester, kind) {
			return
		}
		n := uint64(len(list))
		if !take(requester, ciphertextWork(n), GasCiphertext*n, txGas) {
			return
		}
		for _, ct := range list {
			cts = append(cts, types.CiphertextWork{KeySet: ks.Encoded, Ciphertext: ct})
		}
	}
	for _, tx := range txs {
		txGas := tx.GasLimit
		for _, msg := range tx.Msgs {
			switch m := msg.(type) {
			case *types.MsgRequestPublicDecryption:
				if !k.prefetchHostRequest(ctx, m.HostChainId, m.HostBlockNumber, m.HostRequestId, m.Ciphertexts) {
					continue
				}
				// Verified under the key set that serves the handles' key (ADR 0008).
				serving, err := k.servingKeySet(ctx, m.KeyEpoch)
				if err != nil {
					continue
				}
				addRequest(keySet(serving.Epoch), m.Requester, types.REQUEST_KIND_PUBLIC, m.Handles, m.Ciphertexts, &txGas)
			case *types.MsgRequestUserDecryption:
				if has, err := k.HostChains.Has(ctx, m.HostChainId); err != nil || !has || k.requireHostLabels(m.Ciphertexts, m.HostChainId) != nil {
					continue
				}
				addRequest(active(), m.Requester, types.REQUEST_KIND_USER, m.Handles, m.Ciphertexts, &txGas)
			case *types.MsgRequestAppDecryption:
				app, err := k.Apps.Get(ctx, m.AppId)
				if err != nil || k.requireAppLabels(ctx, m.Ciphertexts, app.Id) != nil {
					continue
				}
				ks := active()
				if app.KeyEpoch != 0 {
					ks = keySet(app.KeyEpoch)
				}
				addRequest(ks, m.Requester, types.REQUEST_KIND_APP, m.Handles, m.Ciphertexts, &txGas)
			case *types.MsgSubmitShares:
				if len(m.Batches) > types.MaxBatchesPerMessage {
					continue
				}
				party, err := k.Parties.Get(ctx, m.Operator)
				if err != nil || party.Status == types.PARTY_STATUS_EXCLUDED {
					continue
				}
				for _, b := range m.Batches {
					r := pendingRound(b.RoundId)
					if r == nil || r.need == 0 {
						continue
					}
					index := r.ks.IndexOf(m.Operator)
					shares := uint32(r.rc.Shares())
					if index == 0 || r.answered[index] || len(b.Batch) == 0 || len(b.Batch) > types.MaxShareBatchLen(shares) {
						continue
					}
					if has, err := k.ShareBatches.Has(ctx, collections.Join(b.RoundId, index)); err != nil || has {
						continue
					}
					work, gas := batchCost(r.rc.Kind, uint64(shares), r.ks.F, false)
					if !take(m.Operator, work, gas, &txGas) {
						continue
					}
					r.answered[index] = true
					r.need--
					batches = append(batches, types.BatchWork{Round: r.rc, Index: index, Batch: b.Batch})
				}
			}
		}
	}
	p.Prefetch(cts, batches)
}

// prefetchHostRequest is the cheap part of a public request's checks: the
// host chain is enabled, the ciphertexts are its inputs, the header is
// attested, the host request new.
func (k Keeper) prefetchHostRequest(ctx context.Context, chainID, block uint64, hostRequestID []byte, cts [][]byte) bool {
	hc, err := k.hostChain(ctx, chainID)
	if err != nil || k.requireHostLabels(cts, chainID) != nil {
		return false
	}
	if has, err := k.HostHeaders.Has(ctx, collections.Join(chainID, block)); err != nil || !has {
		return false
	}
	return k.notReplayed(ctx, chainID, hc.DecryptionOracle, hostRequestID) == nil
}

// HasPrefetchWork reports whether msgs hold work Prefetch would take.
func HasPrefetchWork(msgs []sdk.Msg) bool {
	for _, msg := range msgs {
		switch msg.(type) {
		case *types.MsgRequestPublicDecryption, *types.MsgRequestUserDecryption, *types.MsgRequestAppDecryption, *types.MsgSubmitShares:
			return true
		}
	}
	return false
}
