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

// DefaultMaxBlockGas is the block gas limit `tkmsd init` writes into a new
// genesis (consensus params block.max_gas) instead of CometBFT's -1, which
// bounds nothing. Failed transactions consume block gas too, so the limit
// bounds what a block can make every validator compute outside x/kms's
// verification budget (storage proofs, signatures, store access: about
// 600–1,000 gas per µs here, GasSignature and GasProofNode against
// go-ethereum's ecrecover and Keccak). Sizing: the throughput target of
// 1,000 requests per second at ~1.2 s blocks is ~1,200 requests per block
// at ~150,000 gas each (ciphertext, proof nodes, store), 180M; the whole
// verification budget as share batches is ~50M (10,000 × GasShare); twice
// their sum leaves room for share and result-signature transactions.
// Governance can change it (x/consensus).
const DefaultMaxBlockGas = 400_000_000
