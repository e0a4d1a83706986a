package cli_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
	"google.golang.org/grpc"

	"github.com/tkms/tkms/party/chain"
	"github.com/tkms/tkms/party/cli"
	"github.com/tkms/tkms/party/config"
	"github.com/tkms/tkms/party/identity"
)

// desertbit/timer (a dependency of the SDK's gRPC-web) starts a goroutine
// in its package init.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m, goleak.IgnoreTopFunction("github.com/desertbit/timer.timerRoutine"))
}

func env(vars map[string]string) (cli.Env, *bytes.Buffer) {
	out := &bytes.Buffer{}
	return cli.Env{
		Lookup: func(k string) (string, bool) { v, ok := vars[k]; return v, ok },
		Stdout: out, Stderr: io.Discard, Clock: time.Now, Rand: rand.Reader,
	}, out
}

func run(t *testing.T, e cli.Env, args ...string) error {
	cmd := cli.NewRootCommand(e)
	cmd.SetArgs(args)
	return cmd.ExecuteContext(context.Background())
}

func TestInitAndShowIdentity(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "party")
	vars := map[string]string{"TKMS_PARTY_DATA_DIR": dir}
	e, out := env(vars)

	err := run(t, e, "show-identity")
	require.ErrorIs(t, err, identity.ErrNoIdentity, "show-identity before init says to run init")

	require.NoError(t, run(t, e, "init", "--chain-id", "tkms-cli-1"))
	require.Contains(t, out.String(), "created the party identity")
	c, err := config.Load(filepath.Join(dir, config.FileName), true, func(string) (string, bool) { return "", false }, nil)
	require.NoError(t, err, "init wrote a valid config")
	require.Equal(t, "tkms-cli-1", c.ChainID, "with the flags given")
	for _, f := range []string{"seal.key", "devnsm-seed", "devnsm-root.pem", "party.db"} {
		_, err := os.Stat(filepath.Join(dir, f))
		require.NoError(t, err, f)
	}

	out.Reset()
	require.NoError(t, run(t, e, "show-identity", "--json"))
	var first cli.Identity
	require.NoError(t, json.Unmarshal(out.Bytes(), &first))
	require.Equal(t, "tkms-cli-1", first.ChainID)
	_, err = sdk.AccAddressFromBech32(first.Account)
	require.NoError(t, err)
	require.Len(t, first.SigningAddress, 42)
	require.NotZero(t, first.AttestationLen)

	out.Reset()
	require.NoError(t, run(t, e, "init"))
	require.Contains(t, out.String(), "exists; kept it")
	out.Reset()
	require.NoError(t, run(t, e, "show-identity", "--json"))
	var second cli.Identity
	require.NoError(t, json.Unmarshal(out.Bytes(), &second))
	require.Equal(t, first, second, "a second init keeps the identity")

	require.NoError(t, os.Remove(filepath.Join(dir, "seal.key")))
	err = run(t, e, "init")
	require.ErrorIs(t, err, os.ErrNotExist, "a data dir whose sealed keys cannot be read is an error, not a new identity")
	_, err = os.Stat(filepath.Join(dir, "seal.key"))
	require.ErrorIs(t, err, os.ErrNotExist, "and no new sealing key was made")
	require.ErrorIs(t, run(t, e, "show-identity"), os.ErrNotExist)
}

// downNode is a chain node that cannot be reached.
type downNode struct{}

var errDown = errors.New("connection refused")

func (downNode) Account(context.Context, sdk.AccAddress) (uint64, uint64, error) {
	return 0, 0, errDown
}
func (downNode) BroadcastSync(context.Context, []byte) (chain.CheckResult, error) {
	return chain.CheckResult{}, errDown
}
func (downNode) Tx(context.Context, []byte) (chain.TxResult, error) { return chain.TxResult{}, errDown }

type downConn struct{}

func (downConn) Invoke(context.Context, string, any, any, ...grpc.CallOption) error { return errDown }
func (downConn) NewStream(context.Context, *grpc.StreamDesc, string, ...grpc.CallOption) (grpc.ClientStream, error) {
	return nil, errDown
}

func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().String()
}

func TestStartWithoutChainStaysUnreadyAndStopsCleanly(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "party")
	api := freeAddr(t)
	e, _ := env(map[string]string{"TKMS_PARTY_DATA_DIR": dir, "TKMS_PARTY_API_LISTEN": api})
	require.NoError(t, run(t, e, "init"))
	c, err := config.Load(filepath.Join(dir, config.FileName), true, e.Lookup, nil)
	require.NoError(t, err)

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- cli.Run(ctx, e, c, zerolog.Nop(), cli.NewChainConn(downNode{}, downConn{})) }()
	get := func(path string) (int, string) {
		res, err := http.Get(fmt.Sprintf("http://%s%s", api, path))
		if err != nil {
			return 0, err.Error()
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	require.Eventually(t, func() bool { code, _ := get("/healthz"); return code == http.StatusOK }, 10*time.Second, 20*time.Millisecond)
	require.Eventually(t, func() bool {
		code, body := get("/readyz")
		return code == http.StatusServiceUnavailable && bytes.Contains([]byte(body), []byte("connection refused"))
	}, 10*time.Second, 20*time.Millisecond, "not ready while the chain is down, and says why")
	http.DefaultClient.CloseIdleConnections()
	cancel()
	select {
	case err := <-done:
		require.NoError(t, err, "a signal ends the daemon cleanly")
	case <-time.After(10 * time.Second):
		t.Fatal("the daemon did not stop")
	}
	code, _ := get("/healthz")
	require.Zero(t, code, "the API is closed")
}
