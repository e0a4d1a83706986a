package keeper

import (
	"context"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// EndBlock advances ceremonies whose phase ended, seals the share rounds
// opened in this block, expires timed-out rounds with refunds and prunes
// work past its retention window (prune.go). It reads
// only chain state and the block height. (BeginBlock, in meter.go, resets
// the block's verification budget.)
func (k Keeper) EndBlock(ctx context.Context) error {
	height := sdk.UnwrapSDKContext(ctx).BlockHeight()
	if err := k.advanceCeremonies(ctx); err != nil {
		return err
	}
	if err := k.sealRounds(ctx); err != nil {
		return err
	}
	if err := k.expireRounds(ctx, height); err != nil {
		return err
	}
	return k.prune(ctx, height)
}
