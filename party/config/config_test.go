package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
	"github.com/stretchr/testify/require"
)

func noEnv(string) (string, bool) { return "", false }

func env(kv map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := kv[k]; return v, ok }
}

func TestDefaultPasses(t *testing.T) {
	require.NoError(t, Default().Check())
	for _, a := range []string{Default().ChainGRPC, Default().APIListen, Default().PeerListen} {
		require.True(t, strings.HasPrefix(a, "127.0.0.1:"), "%s listens on loopback", a)
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		mut  func(*Config)
		bad  []string // every key Check must name
	}{
		{"an empty data dir is refused", func(c *Config) { c.DataDir = "" }, []string{"data_dir"}},
		{"an empty chain id is refused", func(c *Config) { c.ChainID = "" }, []string{"chain_id"}},
		{"a gRPC endpoint without a port is refused", func(c *Config) { c.ChainGRPC = "localhost" }, []string{"chain_grpc"}},
		{"a CometBFT RPC that is not a URL is refused", func(c *Config) { c.CometRPC = "127.0.0.1:26657" }, []string{"comet_rpc"}},
		{"API and peer on one address is refused", func(c *Config) { c.PeerListen = c.APIListen }, []string{"peer_listen"}},
		{"a zero gas limit is refused", func(c *Config) { c.GasLimit = 0 }, []string{"gas_limit"}},
		{"a negative gas price is refused", func(c *Config) { c.GasPrice = "-1" }, []string{"gas_price"}},
		{"a bad fee denom is refused", func(c *Config) { c.FeeDenom = "1x" }, []string{"fee_denom"}},
		{"a zero tx timeout is refused", func(c *Config) { c.TxTimeout = 0 }, []string{"tx_timeout"}},
		{"an unknown NSM mode is refused", func(c *Config) { c.NSM = "sgx" }, []string{"nsm"}},
		{"dev NSM without a seed file is refused", func(c *Config) { c.DevNSMSeedFile = "" }, []string{"dev_nsm_seed_file"}},
		{"nitro NSM needs no seed file", func(c *Config) { c.NSM, c.DevNSMSeedFile = NSMNitro, "" }, nil},
		{"an unknown log level is refused", func(c *Config) { c.LogLevel = "loud" }, []string{"log_level"}},
		{"every bad field is named in one error", func(c *Config) {
			c.ChainID, c.GasLimit, c.NSM, c.APIListen = "", 0, "x", "nope"
		}, []string{"chain_id", "gas_limit", "nsm", "api_listen"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := Default()
			tc.mut(&c)
			err := c.Check()
			if tc.bad == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, ErrCheck)
			for _, k := range tc.bad {
				require.Contains(t, err.Error(), k+":")
			}
		})
	}
}

func TestPrecedence(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	file := Default()
	file.ChainID, file.GasLimit, file.LogLevel = "from-file", 7, "warn"
	require.NoError(t, file.WriteFile(path))
	require.ErrorIs(t, file.WriteFile(path), os.ErrExist, "an existing config is never overwritten")

	fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
	o := RegisterFlags(fs)
	require.NoError(t, fs.Parse([]string{"--log-level=debug", "--tx-timeout=5s"}))
	c, err := Load(path, true, env(map[string]string{"TKMS_PARTY_GAS_LIMIT": "9", "TKMS_PARTY_LOG_LEVEL": "error"}), o)
	require.NoError(t, err)
	require.Equal(t, "from-file", c.ChainID, "the file overrides the defaults")
	require.Equal(t, uint64(9), c.GasLimit, "the environment overrides the file")
	require.Equal(t, "debug", c.LogLevel, "flags override the environment")
	require.Equal(t, Duration(5*time.Second), c.TxTimeout)
	require.Equal(t, Default().APIListen, c.APIListen, "unset fields keep their defaults")
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(body), 0o600))
		return p
	}
	tests := []struct {
		name   string
		path   string
		env    map[string]string
		flags  []string
		target error
		says   string
	}{
		{"a missing required file is an error", filepath.Join(dir, "none.toml"), nil, nil, ErrFile, "none.toml"},
		{"a misspelt key is an error", write("typo.toml", "chain_idd = \"x\"\n"), nil, nil, ErrFile, "chain_idd"},
		{"a value of the wrong type is an error", write("type.toml", "gas_limit = \"many\"\n"), nil, nil, ErrFile, "GasLimit"},
		{"a bad duration in the file is an error", write("dur.toml", "tx_timeout = \"soon\"\n"), nil, nil, ErrFile, "soon"},
		{"bad environment values are all named", write("ok.toml", ""), map[string]string{"TKMS_PARTY_GAS_LIMIT": "-3", "TKMS_PARTY_TX_TIMEOUT": "x"}, nil, ErrEnv, "TKMS_PARTY_TX_TIMEOUT"},
		{"a bad flag value is an error", write("ok2.toml", ""), nil, []string{"--gas-limit=lots"}, ErrFlag, "--gas-limit"},
		{"a loaded config is checked", write("bad.toml", "nsm = \"tpm\"\n"), nil, nil, ErrCheck, "nsm:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
			o := RegisterFlags(fs)
			require.NoError(t, fs.Parse(tc.flags))
			_, err := Load(tc.path, true, env(tc.env), o)
			require.True(t, errors.Is(err, tc.target), "got %v", err)
			require.Contains(t, err.Error(), tc.says)
		})
	}
}

func TestRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	c := Default()
	c.NSM, c.TxTimeout = NSMNitro, Duration(90*time.Second)
	require.NoError(t, c.WriteFile(path))
	got, err := Load(path, true, noEnv, nil)
	require.NoError(t, err)
	require.Equal(t, c, got)
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Contains(t, string(b), "tx_timeout = '1m30s'")
}

func TestEveryFieldHasAnOverride(t *testing.T) {
	// Each field's env variable changes exactly that field.
	for _, f := range fields {
		c := Default()
		var v string
		switch f.ptr(&c).(type) {
		case *string:
			v = "zz-override"
		case *uint64:
			v = "12345"
		case *Duration:
			v = "17s"
		}
		require.NoError(t, c.ApplyEnv(env(map[string]string{EnvName(f.key): v})), f.key)
		require.NotEqual(t, Default(), c, "%s changes the config", EnvName(f.key))
	}
	require.Len(t, fields, 14, "a new Config field needs a row in fields")
}
