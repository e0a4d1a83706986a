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

	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/app"
	"github.com/tkms/tkms/tkmschain/testutil/network"
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
	admin := network.NewAccount("admin")
	net := network.New(t, network.Config{
		ChainID: "tkms-network-test", Validators: 4, TimeoutCommit: 300 * time.Millisecond, VoteExtensionsEnableHeight: 2,
		Accounts: []*network.Account{admin}, Funds: network.Coins(1_000_000),
		Genesis: func(enc app.EncodingConfig, state map[string]json.RawMessage) {
			kms := types.DefaultGenesis()
			kms.HostChains = []types.HostChain{testHostChain(hostChainID)}
			state[types.ModuleName] = enc.Codec.MustMarshalJSON(kms)
		},
		AppOptions: func(i int) servertypes.AppOptions {
			if i == 3 {
				return appOptions{} // node3's host RPC is down (not configured)
			}
			return appOptions{"kms.host-rpc": map[string]any{fmt.Sprint(hostChainID): host.URL}}
		},
	})

	// A transaction sent to node2 is executed and visible from node1.
	net.Deliver(2, admin, &types.MsgRegisterApp{Admin: admin.String(), Name: "payroll"})
	net.WaitHeight(1, net.Height(2)+1, time.Minute)
	got, err := types.NewQueryClient(net.Query(1, 0)).App(context.Background(), &types.QueryAppRequest{Id: 1})
	require.NoError(t, err)
	require.Equal(t, "payroll", got.App.Name)

	// Three of four validators read block 39 (tip 40, depth 2): > 2/3 of
	// the power attests it.
	q := types.NewQueryClient(net.Query(0, 0))
	var header *types.QueryLatestHostHeaderResponse
	net.Eventually(time.Minute, "a host header to be attested", func() bool {
		header, err = q.LatestHostHeader(context.Background(), &types.QueryLatestHostHeaderRequest{ChainId: hostChainID})
		return err == nil
	})
	require.Equal(t, uint64(39), header.Header.Number)
	require.Equal(t, []byte(strings.Repeat("\x27", 32)), header.Header.Hash)
}
