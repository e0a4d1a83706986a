package api

import (
	"context"
	"io"
	"net/http"
	"testing"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func get(t *testing.T, url string) (int, string) {
	res, err := http.Get(url)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res.StatusCode, string(b)
}

func TestHealthAndReadiness(t *testing.T) {
	s, err := New("127.0.0.1:0", zerolog.Nop())
	require.NoError(t, err)
	s.Start()
	base := "http://" + s.Addr()
	code, _ := get(t, base+"/healthz")
	require.Equal(t, http.StatusOK, code)
	code, body := get(t, base+"/readyz")
	require.Equal(t, http.StatusServiceUnavailable, code)
	require.Contains(t, body, "starting")
	s.SetNotReady("account not funded")
	_, body = get(t, base+"/readyz")
	require.Contains(t, body, "account not funded")
	s.SetReady()
	code, _ = get(t, base+"/readyz")
	require.Equal(t, http.StatusOK, code)
	http.DefaultClient.CloseIdleConnections()
	require.NoError(t, s.Shutdown(context.Background()))
}
