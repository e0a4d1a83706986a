package cli

import (
	"fmt"

	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/tkms/tkms/party/config"
)

// fees is GasLimit × GasPrice in FeeDenom, rounded up.
func fees(c config.Config) (sdk.Coins, error) {
	price, err := sdkmath.LegacyNewDecFromStr(c.GasPrice)
	if err != nil {
		return nil, fmt.Errorf("gas_price: %w", err)
	}
	amount := price.MulInt(sdkmath.NewIntFromUint64(c.GasLimit)).Ceil().TruncateInt()
	if amount.IsZero() {
		return nil, nil
	}
	return sdk.NewCoins(sdk.NewCoin(c.FeeDenom, amount)), nil
}
