package app

import (
	"os"
	"path/filepath"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

const (
	// Name is the application name.
	Name = "tkmsd"
	// AccountAddressPrefix is the bech32 prefix of account addresses.
	AccountAddressPrefix = "tkms"
	// BondDenom is the staking and fee denomination.
	BondDenom = "utkms"
)

// DefaultNodeHome is the node's default home directory (~/.tkmsd).
var DefaultNodeHome = func() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return "." + Name
	}
	return filepath.Join(home, "."+Name)
}()

// SetAddressPrefixes configures the global bech32 prefixes (tkms,
// tkmsvaloper, tkmsvalcons, …) and seals the config. Call once at start-up,
// before any address is encoded.
func SetAddressPrefixes() {
	cfg := sdk.GetConfig()
	if cfg.GetBech32AccountAddrPrefix() == AccountAddressPrefix {
		return
	}
	valPrefix := AccountAddressPrefix + sdk.PrefixValidator + sdk.PrefixOperator
	consPrefix := AccountAddressPrefix + sdk.PrefixValidator + sdk.PrefixConsensus
	cfg.SetBech32PrefixForAccount(AccountAddressPrefix, AccountAddressPrefix+sdk.PrefixPublic)
	cfg.SetBech32PrefixForValidator(valPrefix, valPrefix+sdk.PrefixPublic)
	cfg.SetBech32PrefixForConsensusNode(consPrefix, consPrefix+sdk.PrefixPublic)
	cfg.Seal()
}

func init() {
	SetAddressPrefixes()
	sdk.DefaultBondDenom = BondDenom
}
