package keeper

import (
	"context"
	"sync"

	errorsmod "cosmossdk.io/errors"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// blockMeter counts the verification work done while a block executes
// (ADR 0011). It lives in memory, outside every store, because a
// transaction's store writes are discarded when the transaction fails: a
// counter kept there would hand a transaction that verified and then
// failed its budget back. The count is a function of the block alone, so
// it is the same on every validator and on every execution of the block:
//
//   - it counts only during block execution (sdk.ExecModeFinalize), which
//     runs one block at a time, in transaction order, on every validator;
//     CheckTx, simulation and proposal handling neither read nor change it;
//   - BeginBlock resets it, so each execution of a block starts from zero
//     (a node that restarts mid-block, or replays blocks after a crash,
//     re-executes whole blocks from BeginBlock; an optimistic execution
//     that is aborted is followed by a fresh BeginBlock for the decided
//     block);
//   - it is keyed by height, so a count left by another height is never
//     read even if BeginBlock did not run (keeper tests).
//
// Nothing of it reaches state: it only decides whether a message fails
// with ErrBlockBudget, which every validator decides alike.
type blockMeter struct {
	mu     sync.Mutex
	height int64
	used   uint64
}

// load returns the work counted at height.
func (m *blockMeter) load(height int64) uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.height != height {
		return 0
	}
	return m.used
}

// add counts n more units at height.
func (m *blockMeter) add(height int64, n uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.height != height {
		m.height, m.used = height, 0
	}
	m.used += n
}

// reset starts height at zero.
func (m *blockMeter) reset(height int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.height, m.used = height, 0
}

// BeginBlock starts the block's verification budget at zero.
func (k Keeper) BeginBlock(ctx context.Context) error {
	k.meter.reset(sdk.UnwrapSDKContext(ctx).BlockHeight())
	return nil
}

// BlockWork returns the verification work counted in the executing block
// (zero outside block execution).
func (k Keeper) BlockWork(ctx context.Context) uint64 {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	if sdkCtx.ExecMode() != sdk.ExecModeFinalize {
		return 0
	}
	return k.meter.load(sdkCtx.BlockHeight())
}

// chargeWork counts n units of expensive verification against the block
// budget and charges gas, before the work is done. Work that alone exceeds
// the budget is admitted only as the block's first, so that any single
// message can make progress. Outside block execution (CheckTx, simulation)
// only gas is charged: the budget belongs to the block being executed.
// The count survives the transaction's failure (blockMeter).
func (k Keeper) chargeWork(ctx context.Context, params types.Params, n, gas uint64, what string) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	done := k.BlockWork(ctx)
	if done > 0 && done+n > uint64(params.MaxShareVerificationsPerBlock) {
		return errorsmod.Wrapf(types.ErrBlockBudget, "%d of %d used, %d more asked", done, params.MaxShareVerificationsPerBlock, n)
	}
	sdkCtx.GasMeter().ConsumeGas(gas, what)
	if sdkCtx.ExecMode() == sdk.ExecModeFinalize {
		k.meter.add(sdkCtx.BlockHeight(), n)
	}
	return nil
}
