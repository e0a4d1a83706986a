package types

import (
	"context"

	"cosmossdk.io/core/address"
	sdk "github.com/cosmos/cosmos-sdk/types"
)

// AccountKeeper is the part of x/auth that x/kms uses.
type AccountKeeper interface {
	AddressCodec() address.Codec
	GetModuleAddress(name string) sdk.AccAddress
}

// BankKeeper is the part of x/bank that x/kms uses for fee escrow.
type BankKeeper interface {
	SendCoinsFromAccountToModule(ctx context.Context, sender sdk.AccAddress, module string, amt sdk.Coins) error
	SendCoinsFromModuleToAccount(ctx context.Context, module string, recipient sdk.AccAddress, amt sdk.Coins) error
	// SpendableCoins is read by Prefetch only (can the requester pay?).
	SpendableCoins(ctx context.Context, addr sdk.AccAddress) sdk.Coins
	// BlockedAddr reports an account that may not receive coins (module
	// accounts): such an account may not be a requester, as its refund
	// could not be paid.
	BlockedAddr(addr sdk.AccAddress) bool
}
