package app_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"cosmossdk.io/log"
	pruningtypes "cosmossdk.io/store/pruning/types"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/client/flags"
	clienttx "github.com/cosmos/cosmos-sdk/client/tx"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	"github.com/cosmos/cosmos-sdk/testutil/network"
	moduletestutil "github.com/cosmos/cosmos-sdk/types/module/testutil"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/app"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

const hostChainID = 31337

// hostNode is a host chain stuck at block 40 (so every validator reads the
// same finalized header).
func hostNode(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Method string `json:"method"`
		}
		_ = json.NewDecoder(r.Body).Decode(&req)
		var result any = "0x28" // eth_blockNumber: 40
		if req.Method == "eth_getBlockByNumber" {
			result = map[string]string{
				"number": "0x27", "hash": "0x" + strings.Repeat("27", 32), "stateRoot": "0x" + strings.Repeat("5a", 32),
			}
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": 1, "result": result})
	}))
	t.Cleanup(srv.Close)
	return srv
}

type appOptions map[string]any

func (o appOptions) Get(k string) any { return o[k] }

// TestFourValidatorNetwork runs four in-process validators: blocks are
// produced, a transaction is executed, and a host header is attested by
// vote extensions although one validator has no host RPC.
func TestFourValidatorNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("in-process network")
	}
	host := hostNode(t)
	tmp := app.New(log.NewNopLogger(), dbm.NewMemDB(), nil, false, appOptions{}, app.Options{})
	enc := moduletestutil.TestEncodingConfig{
		InterfaceRegistry: tmp.InterfaceRegistry(), Codec: tmp.AppCodec(), TxConfig: tmp.TxConfig(), Amino: tmp.LegacyAmino(),
	}
	genesis := tmp.DefaultGenesis()
	kmsGen := types.DefaultGenesis()
	kmsGen.HostChains = []types.HostChain{{
		ChainId: hostChainID, Name: "host", ConfirmationDepth: 2, Enabled: true,
		DecryptionOracle: "0x1000000000000000000000000000000000000001", Acl: "0x1000000000000000000000000000000000000002",
		KmsVerifier: "0x1000000000000000000000000000000000000003", InputVerifier: "0x1000000000000000000000000000000000000004",
	}}
	genesis[types.ModuleName] = enc.Codec.MustMarshalJSON(kmsGen)

	cfg := network.DefaultConfig(func() network.TestFixture {
		return network.TestFixture{GenesisState: genesis, EncodingConfig: enc}
	})
	cfg.GenesisState = genesis
	cfg.TimeoutCommit = 500 * time.Millisecond
	cfg.NumValidators = 4
	cfg.ChainID = "tkms-network-test"
	cfg.AppConstructor = func(val network.ValidatorI) servertypes.Application {
		opts := appOptions{}
		// node3's host RPC is down (not configured).
		if val.GetCtx().Config.Moniker != "node3" {
			opts["kms.host-rpc"] = map[string]any{fmt.Sprint(hostChainID): host.URL}
		}
		return app.New(val.GetCtx().Logger, dbm.NewMemDB(), nil, true, opts,
			app.Options{Crypto: app.DefaultCrypto(), VoteExtensionsEnableHeight: 2},
			baseapp.SetPruning(pruningtypes.NewPruningOptionsFromString(val.GetAppConfig().Pruning)),
			baseapp.SetMinGasPrices(val.GetAppConfig().MinGasPrices),
			baseapp.SetChainID(cfg.ChainID),
		)
	}

	net, err := network.New(t, t.TempDir(), cfg)
	require.NoError(t, err)
	defer net.Cleanup()
	_, err = net.WaitForHeight(3)
	require.NoError(t, err)

	// A transaction sent to node0 is executed by the network. (Only node0
	// serves RPC in the SDK's test network; the others agreed on the app
	// hash of every block they committed.)
	val := net.Validators[0]
	ctx := val.ClientCtx.WithFromAddress(val.Address).WithFromName("node0").WithSkipConfirmation(true).
		WithBroadcastMode(flags.BroadcastSync).WithOutput(&strings.Builder{})
	txf := clienttx.Factory{}.WithChainID(cfg.ChainID).WithKeybase(val.ClientCtx.Keyring).WithTxConfig(enc.TxConfig).
		WithAccountRetriever(val.ClientCtx.AccountRetriever).WithGas(300_000).WithFees("10" + cfg.BondDenom)
	require.NoError(t, clienttx.BroadcastTx(ctx, txf, &types.MsgRegisterApp{Admin: val.Address.String(), Name: "payroll"}))
	require.NoError(t, net.WaitForNextBlock())
	require.NoError(t, net.WaitForNextBlock())
	got, err := types.NewQueryClient(val.ClientCtx).App(context.Background(), &types.QueryAppRequest{Id: 1})
	require.NoError(t, err)
	require.Equal(t, "payroll", got.App.Name)

	// Three of four validators read block 39 (tip 40, depth 2): > 2/3 of
	// the power attests it.
	q := types.NewQueryClient(val.ClientCtx)
	var header *types.QueryLatestHostHeaderResponse
	for range 30 {
		if header, err = q.LatestHostHeader(context.Background(), &types.QueryLatestHostHeaderRequest{ChainId: hostChainID}); err == nil {
			break
		}
		require.NoError(t, net.WaitForNextBlock())
	}
	require.NoError(t, err, "no host header was attested")
	require.Equal(t, uint64(39), header.Header.Number)
	require.Equal(t, []byte(strings.Repeat("\x27", 32)), header.Header.Hash)
}
