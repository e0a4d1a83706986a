package app_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"
	slashingtypes "github.com/cosmos/cosmos-sdk/x/slashing/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/app"
	"github.com/tkms/tkms/tkmschain/testutil/network"
)

// TestAValidatorThatStopsSigningIsJailed runs four validators with a short
// downtime window (10 blocks, half of them signed), stops one, and waits
// for x/slashing to jail it while the other three (3/4 of the power) go on.
func TestAValidatorThatStopsSigningIsJailed(t *testing.T) {
	if testing.Short() {
		t.Skip("in-process network")
	}
	net := network.New(t, network.Config{
		ChainID: "tkms-slashing-test", Validators: 4, TimeoutCommit: 200 * time.Millisecond, Funds: network.Coins(1_000_000),
		Genesis: func(enc app.EncodingConfig, state map[string]json.RawMessage) {
			var g slashingtypes.GenesisState
			enc.Codec.MustUnmarshalJSON(state[slashingtypes.ModuleName], &g)
			g.Params.SignedBlocksWindow = 10
			g.Params.MinSignedPerWindow = sdkmath.LegacyNewDecWithPrec(5, 1)
			g.Params.DowntimeJailDuration = time.Hour
			g.Params.SlashFractionDowntime = sdkmath.LegacyNewDecWithPrec(1, 2)
			state[slashingtypes.ModuleName] = enc.Codec.MustMarshalJSON(&g)
		},
	})
	down := sdk.ConsAddress(net.Nodes[3].ValidatorAddress())
	slashing := slashingtypes.NewQueryClient(net.Query(0, 0))
	info, err := slashing.SigningInfo(context.Background(), &slashingtypes.QuerySigningInfoRequest{ConsAddress: down.String()})
	require.NoError(t, err)
	require.False(t, info.ValSigningInfo.Tombstoned)
	require.True(t, info.ValSigningInfo.JailedUntil.Before(time.Now()), "not jailed while it signs")

	net.Stop(3)
	stopped := net.Height(0)
	net.Eventually(2*time.Minute, "the silent validator to be jailed", func() bool {
		info, err = slashing.SigningInfo(context.Background(), &slashingtypes.QuerySigningInfoRequest{ConsAddress: down.String()})
		return err == nil && info.ValSigningInfo.JailedUntil.After(time.Now())
	})
	require.Greater(t, net.Height(0), stopped+5, "jailed after missing more than half of its window")

	// Staking agrees: exactly one validator is jailed and out of the set,
	// and blocks go on without it.
	vals, err := stakingtypes.NewQueryClient(net.Query(0, 0)).Validators(context.Background(), &stakingtypes.QueryValidatorsRequest{})
	require.NoError(t, err)
	var jailed, bonded int
	for _, v := range vals.Validators {
		if v.Jailed {
			jailed++
			require.NotEqual(t, stakingtypes.Bonded, v.Status)
		}
		if v.Status == stakingtypes.Bonded {
			bonded++
		}
	}
	require.Equal(t, 1, jailed)
	require.Equal(t, 3, bonded)
	h := net.Height(0)
	net.WaitHeight(0, h+2, time.Minute)
}
