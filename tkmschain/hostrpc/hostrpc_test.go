package hostrpc_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/hostrpc"
)

// fakeNode serves eth_blockNumber and eth_getBlockByNumber for blocks 0..tip.
func fakeNode(t *testing.T, tip uint64, mutate func(method string, result map[string]any) any) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Method string `json:"method"`
			Params []any  `json:"params"`
		}
		require.NoError(t, json.NewDecoder(r.Body).Decode(&req))
		var result any
		switch req.Method {
		case "eth_blockNumber":
			result = fmt.Sprintf("0x%x", tip)
		case "eth_getBlockByNumber":
			var n uint64
			fmt.Sscanf(req.Params[0].(string), "0x%x", &n)
			if n > tip {
				result = nil
				break
			}
			block := map[string]any{
				"number":    fmt.Sprintf("0x%x", n),
				"hash":      "0x" + strings.Repeat(fmt.Sprintf("%02x", n%256), 32),
				"stateRoot": "0x" + strings.Repeat("ab", 32),
			}
			result = block
			if mutate != nil {
				result = mutate(req.Method, block)
			}
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": 1, "result": result})
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestFinalizedHeader(t *testing.T) {
	ctx := context.Background()
	srv := fakeNode(t, 20, nil)
	c := hostrpc.New(srv.URL)

	h, err := c.FinalizedHeader(ctx, 1)
	require.NoError(t, err)
	require.Equal(t, uint64(20), h.Number, "depth 1 is the tip")
	h, err = c.FinalizedHeader(ctx, 5)
	require.NoError(t, err)
	require.Equal(t, uint64(16), h.Number, "depth N is tip − N + 1")
	require.Len(t, h.Hash, 32)
	require.Len(t, h.StateRoot, 32)

	_, err = c.FinalizedHeader(ctx, 22)
	require.ErrorIs(t, err, hostrpc.ErrTooShort)
}

func TestFinalizedHeaderFailures(t *testing.T) {
	ctx := context.Background()
	wrongNumber := fakeNode(t, 20, func(_ string, b map[string]any) any { b["number"] = "0x1"; return b })
	_, err := hostrpc.New(wrongNumber.URL).FinalizedHeader(ctx, 2)
	require.ErrorIs(t, err, hostrpc.ErrRPC, "a node answering another block is not trusted")

	badHash := fakeNode(t, 20, func(_ string, b map[string]any) any { b["hash"] = "0x12"; return b })
	_, err = hostrpc.New(badHash.URL).FinalizedHeader(ctx, 2)
	require.ErrorIs(t, err, hostrpc.ErrRPC)

	missing := fakeNode(t, 20, func(string, map[string]any) any { return nil })
	_, err = hostrpc.New(missing.URL).FinalizedHeader(ctx, 2)
	require.ErrorIs(t, err, hostrpc.ErrNotFound, "not found is told apart from RPC failure")

	down := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusBadGateway) }))
	defer down.Close()
	_, err = hostrpc.New(down.URL).FinalizedHeader(ctx, 1)
	require.ErrorIs(t, err, hostrpc.ErrRPC)

	release := make(chan struct{})
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer slow.Close()
	defer close(release)
	tctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	_, err = hostrpc.New(slow.URL).FinalizedHeader(tctx, 1)
	require.ErrorIs(t, err, hostrpc.ErrRPC, "the caller's deadline bounds the call")
}
