package keeper

import (
	"context"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// ActivateKeySet is activateKeySet (ceremony.go): what a finalised
// ceremony does with its key set.
func (k Keeper) ActivateKeySet(ctx context.Context, ks types.KeySet) error {
	return k.activateKeySet(ctx, ks)
}

// AddBlockWork counts n units of verification work in the executing block
// (tests fill the budget with it).
func (k Keeper) AddBlockWork(ctx context.Context, n uint64) {
	k.meter.add(sdk.UnwrapSDKContext(ctx).BlockHeight(), n)
}

// BatchCost is batchCost (cost.go).
var BatchCost = batchCost

// CiphertextWork is ciphertextWork (cost.go).
var CiphertextWork = ciphertextWork

// RecordMisbehaviour is recordMisbehaviour (ceremony.go).
func (k Keeper) RecordMisbehaviour(ctx context.Context, m types.Misbehaviour) (uint64, error) {
	return k.recordMisbehaviour(ctx, m)
}
