package keeper

import (
	"context"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// EndBlock advances ceremonies whose phase ended, expires timed-out
// requests with refunds, and resets the per-block verification budget. It
// reads only chain state and the block height.
func (k Keeper) EndBlock(ctx context.Context) error {
	height := sdk.UnwrapSDKContext(ctx).BlockHeight()
	if err := k.advanceCeremonies(ctx); err != nil {
		return err
	}
	if err := k.expireRequests(ctx, height); err != nil {
		return err
	}
	return k.BlockWork.Remove(ctx)
}
