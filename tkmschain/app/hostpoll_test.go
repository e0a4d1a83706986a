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

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/crypto/ed25519"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// slowHost is a host chain at block 40 whose every answer takes delay (a
// validator's slow endpoint), cut short when the request is cancelled.
func slowHost(t *testing.T, delay time.Duration) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
		var req struct {
			Method string `json:"method"`
		}
		_ = json.NewDecoder(r.Body).Decode(&req)
		var result any = "0x28"
		if req.Method == "eth_getBlockByNumber" {
			result = map[string]string{"number": "0x27", "hash": "0x" + strings.Repeat("27", 32), "stateRoot": "0x" + strings.Repeat("5a", 32)}
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": 1, "result": result})
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestExtendVoteUsesHeadersPolledInTheBackground: with a host endpoint
// that takes 0.6 s per answer (1.2 s per header read; ExtendVote used to
// give up after 0.4 s), ExtendVote still carries the host's
// finalized header (read in the background, not within the vote), and
// closing the application stops the polling goroutines.
func TestExtendVoteUsesHeadersPolledInTheBackground(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent(),
		goleak.IgnoreAnyFunction("github.com/cosmos/iavl.(*nodeDB).startPruning")) // the stores' own
	host := slowHost(t, 600*time.Millisecond)
	defer http.DefaultClient.CloseIdleConnections()
	defer host.Close()
	val := cmttypes.NewValidator(ed25519.GenPrivKeyFromSecret([]byte("validator")).PubKey(), 1)
	r := newReplicaOpts(t, []*secp256k1.PrivKey{secp256k1.GenPrivKeyFromSecret([]byte("delegator"))}, []*cmttypes.Validator{val}, 2,
		appOptions{"kms.host-rpc": map[string]any{fmt.Sprint(benchHost): host.URL}})
	defer r.app.Close()
	r.finalize(t, nil)
	r.finalize(t, nil)

	var vote types.HostHeaderVote
	require.Eventually(t, func() bool {
		resp, err := r.app.ExtendVote(context.Background(), &abci.RequestExtendVote{Height: r.height, Time: r.time})
		require.NoError(t, err)
		require.NoError(t, vote.Unmarshal(resp.VoteExtension))
		return len(vote.Headers) == 1
	}, time.Minute, 50*time.Millisecond, "the header read from the slow endpoint reaches the vote")
	require.Equal(t, uint64(39), vote.Headers[0].Number, "tip 40 at depth 2")
	require.Equal(t, uint64(benchHost), vote.Headers[0].ChainId)
}
