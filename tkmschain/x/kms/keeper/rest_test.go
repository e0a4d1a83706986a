package keeper_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/grpc-ecosystem/grpc-gateway/runtime"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// queryClient serves the two header queries from a query server (the
// other methods are not called).
type queryClient struct {
	types.QueryClient
	server types.QueryServer
	ctx    context.Context
}

func (c queryClient) HostHeader(_ context.Context, req *types.QueryHostHeaderRequest, _ ...grpc.CallOption) (*types.QueryHostHeaderResponse, error) {
	return c.server.HostHeader(c.ctx, req)
}

func (c queryClient) LatestHostHeader(_ context.Context, req *types.QueryLatestHostHeaderRequest, _ ...grpc.CallOption) (*types.QueryLatestHostHeaderResponse, error) {
	return c.server.LatestHostHeader(c.ctx, req)
}

// TestHeaderRESTRoutes: the REST routes of the numbered and the latest
// header each reach their own query, and both answer with the hash and
// state root in 0x hex too.
func TestHeaderRESTRoutes(t *testing.T) {
	f := newFixture(t)
	_, err := f.msgs.RegisterHostChain(f.ctx, &types.MsgRegisterHostChain{Authority: f.authority, HostChain: hostChain(1)})
	require.NoError(t, err)
	require.NoError(t, f.k.RecordAttestedHeaders(f.ctx, []types.HostHeader{header(1, 10, 0xab), header(1, 12, 0xcd)}, 5))

	mux := runtime.NewServeMux()
	require.NoError(t, types.RegisterQueryHandlerClient(context.Background(), mux, queryClient{server: f.query, ctx: f.ctx}))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	get := func(path string) map[string]any {
		resp, err := http.Get(srv.URL + path)
		require.NoError(t, err)
		defer resp.Body.Close()
		require.Equal(t, http.StatusOK, resp.StatusCode, path)
		var out map[string]any
		require.NoError(t, json.NewDecoder(resp.Body).Decode(&out))
		return out
	}
	latest := get("/tkms/kms/v1/host_chains/1/latest_header")
	require.Equal(t, "12", latest["header"].(map[string]any)["number"])
	require.Equal(t, "0x"+strings.Repeat("cd", 32), latest["hash_hex"])
	require.Equal(t, "0x"+strings.Repeat("ce", 32), latest["state_root_hex"])
	numbered := get("/tkms/kms/v1/host_chains/1/headers/10")
	require.Equal(t, "10", numbered["header"].(map[string]any)["number"])
	require.Equal(t, "0x"+strings.Repeat("ab", 32), numbered["hash_hex"])
}
