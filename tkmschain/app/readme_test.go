package app_test

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"cosmossdk.io/log"
	dbm "github.com/cosmos/cosmos-db"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"
	govv1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/app"
	"github.com/tkms/tkms/tkmschain/testutil/network"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// readmeProposal is the JSON block that follows the host-chain-proposal
// marker in tkmschain/README.md.
func readmeProposal(t *testing.T) []byte {
	t.Helper()
	doc, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	_, rest, ok := strings.Cut(string(doc), "<!-- host-chain-proposal:")
	require.True(t, ok, "README has the proposal marker")
	_, rest, ok = strings.Cut(rest, "```json\n")
	require.True(t, ok)
	block, _, ok := strings.Cut(rest, "```")
	require.True(t, ok)
	return []byte(block)
}

// TestREADMEHostChainProposal submits the README's proposal as `tkmsd tx
// gov submit-proposal` reads it (messages decoded by the codec, deposit
// as coins), votes for it on an in-process network, and finds the chain
// registered and enabled.
func TestREADMEHostChainProposal(t *testing.T) {
	if testing.Short() {
		t.Skip("in-process network")
	}
	var prop struct {
		Messages []json.RawMessage `json:"messages"`
		Metadata string            `json:"metadata"`
		Deposit  string            `json:"deposit"`
		Title    string            `json:"title"`
		Summary  string            `json:"summary"`
	}
	require.NoError(t, json.Unmarshal(readmeProposal(t), &prop))
	// The codec of a node's application, as the CLI has it.
	codec := app.New(log.NewNopLogger(), dbm.NewMemDB(), nil, false, appOptions{}, app.Options{}).AppCodec()
	var anys []*codectypes.Any
	for _, raw := range prop.Messages {
		var msg sdk.Msg
		require.NoError(t, codec.UnmarshalInterfaceJSON(raw, &msg))
		m, ok := msg.(*types.MsgRegisterHostChain)
		require.True(t, ok, "the README's message is a MsgRegisterHostChain")
		require.Equal(t, authtypes.NewModuleAddress(govtypes.ModuleName).String(), m.Authority, "the README names the gov module account")
		a, err := codectypes.NewAnyWithValue(msg)
		require.NoError(t, err)
		anys = append(anys, a)
	}
	deposit, err := sdk.ParseCoinsNormalized(prop.Deposit)
	require.NoError(t, err)

	net := network.New(t, network.Config{
		ChainID: "tkms-readme-test", Validators: 1, TimeoutCommit: 200 * time.Millisecond,
		Funds: network.Coins(1_000_000_000_000),
		Genesis: func(enc app.EncodingConfig, state map[string]json.RawMessage) {
			var gov govv1.GenesisState
			enc.Codec.MustUnmarshalJSON(state[govtypes.ModuleName], &gov)
			voting := 2 * time.Second
			gov.Params.VotingPeriod = &voting
			require.True(t, deposit.IsAllGTE(gov.Params.MinDeposit), "the README's deposit is the default minimum %s", gov.Params.MinDeposit)
			state[govtypes.ModuleName] = enc.Codec.MustMarshalJSON(&gov)
		},
	})
	res := net.Deliver(0, net.Delegator, &govv1.MsgSubmitProposal{
		Messages: anys, InitialDeposit: deposit, Proposer: net.Delegator.String(), Metadata: prop.Metadata, Title: prop.Title, Summary: prop.Summary,
	})
	require.Zero(t, res.Code, res.Log)
	res = net.Deliver(0, net.Delegator, &govv1.MsgVote{ProposalId: 1, Voter: net.Delegator.String(), Option: govv1.OptionYes})
	require.Zero(t, res.Code, res.Log)
	q := types.NewQueryClient(net.Query(0, 0))
	var hc *types.QueryHostChainResponse
	net.Eventually(time.Minute, "the host chain to be registered", func() bool {
		hc, err = q.HostChain(context.Background(), &types.QueryHostChainRequest{ChainId: 31337})
		return err == nil
	})
	require.False(t, hc.HostChain.Disabled, "registered enabled")
	require.Equal(t, "anvil", hc.HostChain.Name)
}
