package keeper

import (
	"context"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// EndBlock advances ceremonies whose phase ended, seals the share rounds
// opened in this block and expires timed-out rounds with refunds. It reads
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
	return k.expireRounds(ctx, height)
}
