package app_test

import (
	"testing"
	"time"

	evidencetypes "cosmossdk.io/x/evidence/types"
	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/crypto/ed25519"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/stretchr/testify/require"
)

// TestADoubleSigningValidatorIsTombstoned gives the application CometBFT's
// evidence of a duplicate vote: x/evidence slashes the validator, jails it
// for ever and tombstones its consensus key, while the other validator
// stays bonded.
func TestADoubleSigningValidatorIsTombstoned(t *testing.T) {
	keys := []*secp256k1.PrivKey{secp256k1.GenPrivKeyFromSecret([]byte("account 0"))}
	vals := []*cmttypes.Validator{
		cmttypes.NewValidator(ed25519.GenPrivKeyFromSecret([]byte("validator 0")).PubKey(), 1),
		cmttypes.NewValidator(ed25519.GenPrivKeyFromSecret([]byte("validator 1")).PubKey(), 1),
	}
	r := newReplicaWith(t, keys, vals, 0)
	a := r.app
	r.finalize(t, nil)
	r.finalize(t, nil)

	bad := sdk.ConsAddress(vals[0].Address)
	ctx := func() sdk.Context { return a.NewContextLegacy(true, cmtproto.Header{Height: r.height, Time: r.time}) }
	before, err := a.StakingKeeper.GetValidatorByConsAddr(ctx(), bad)
	require.NoError(t, err)
	require.False(t, before.Jailed)

	_, err = a.FinalizeBlock(&abci.RequestFinalizeBlock{Height: r.height, Time: r.time, Misbehavior: []abci.Misbehavior{{
		Type: abci.MisbehaviorType_DUPLICATE_VOTE, Validator: abci.Validator{Address: vals[0].Address, Power: 1},
		Height: r.height - 1, Time: r.time.Add(-time.Second), TotalVotingPower: 2,
	}}})
	require.NoError(t, err)
	_, err = a.Commit()
	require.NoError(t, err)
	r.height++

	require.True(t, a.SlashingKeeper.IsTombstoned(ctx(), bad), "the double-signing key is tombstoned")
	after, err := a.StakingKeeper.GetValidatorByConsAddr(ctx(), bad)
	require.NoError(t, err)
	require.True(t, after.Jailed)
	require.True(t, after.Tokens.LT(before.Tokens), "and slashed")
	info, err := a.SlashingKeeper.GetValidatorSigningInfo(ctx(), bad)
	require.NoError(t, err)
	require.Equal(t, evidencetypes.DoubleSignJailEndTime.UTC(), info.JailedUntil.UTC())
	other, err := a.StakingKeeper.GetValidatorByConsAddr(ctx(), sdk.ConsAddress(vals[1].Address))
	require.NoError(t, err)
	require.False(t, other.Jailed)
}
