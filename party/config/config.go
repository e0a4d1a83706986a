// Package config is the configuration of the tKMS party daemon: a TOML
// file, overridden by TKMS_PARTY_* environment variables, overridden by
// command-line flags, checked by Check.
//
// Precedence (later wins): Default() < file < environment < flags. Every
// field has a TOML key, an environment variable and a flag name, listed in
// one table (fields), so the three cannot drift apart.
package config

import (
	"errors"
	"fmt"
	"math"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"
	"github.com/rs/zerolog"
	"github.com/spf13/pflag"
)

// NSM modes.
const (
	// NSMDev uses the simulated NSM of enclave/nsm/devnsm under a dev CA
	// loaded from DevNSMCAFile (or derived from DevNSMSeedFile); for tests
	// and devnets only.
	NSMDev = "dev"
	// NSMNitro uses the Nitro Security Module device (inside an enclave).
	NSMNitro = "nitro"
)

// EnvPrefix prefixes every environment override.
const EnvPrefix = "TKMS_PARTY_"

// FileName is the config file's name inside the data directory.
const FileName = "party.toml"

// Config is the daemon's file/flag configuration. Relative paths are
// relative to DataDir.
type Config struct {
	// DataDir holds the store, the sealed secrets and (in dev mode) the
	// sealing key file.
	DataDir string `toml:"data_dir"`
	// ChainID is the tKMS chain the party registers on.
	ChainID string `toml:"chain_id"`
	// ChainGRPC is the tKMS node's gRPC endpoint (host:port).
	ChainGRPC string `toml:"chain_grpc"`
	// CometRPC is the tKMS node's CometBFT RPC endpoint (URL).
	CometRPC string `toml:"comet_rpc"`
	// APIListen is the address of the party's API (health, results).
	APIListen string `toml:"api_listen"`
	// PeerListen is the address other parties connect to.
	PeerListen string `toml:"peer_listen"`
	// GasLimit is the gas limit of each transaction.
	GasLimit uint64 `toml:"gas_limit"`
	// GasPrice is the fee per unit of gas in FeeDenom (a decimal).
	GasPrice string `toml:"gas_price"`
	// FeeDenom is the fee denomination.
	FeeDenom string `toml:"fee_denom"`
	// TxTimeout bounds how long a sent transaction may take to be included
	// before it is resent.
	TxTimeout Duration `toml:"tx_timeout"`
	// NSM is NSMDev or NSMNitro.
	NSM string `toml:"nsm"`
	// DevNSMSeedFile holds the devnet's 32-byte dev-NSM CA seed (NSM = dev).
	DevNSMSeedFile string `toml:"dev_nsm_seed_file"`
	// SealKeyFile is the development sealing key file (enclave/seal
	// KeyFile); in production the key is released by KMS to the enclave.
	SealKeyFile string `toml:"seal_key_file"`
	// LogLevel is a zerolog level name.
	LogLevel string `toml:"log_level"`
}

// Default returns the configuration of a party on a local devnet.
func Default() Config {
	home, err := os.UserHomeDir()
	if err != nil {
		home = "."
	}
	return Config{
		DataDir:        filepath.Join(home, ".tkms-party"),
		ChainID:        "tkms-localnet-1",
		ChainGRPC:      "127.0.0.1:9090",
		CometRPC:       "http://127.0.0.1:26657",
		APIListen:      "127.0.0.1:7480",
		PeerListen:     "127.0.0.1:7481",
		GasLimit:       2_000_000,
		GasPrice:       "0",
		FeeDenom:       "utkms",
		TxTimeout:      Duration(30 * time.Second),
		NSM:            NSMDev,
		DevNSMSeedFile: "devnsm-seed",
		SealKeyFile:    "seal.key",
		LogLevel:       "info",
	}
}

// field ties a Config field to its TOML key (the tag), its environment
// variable and its flag.
type field struct {
	key   string // TOML key; env = EnvPrefix + upper(key); flag = key with - for _
	usage string
	ptr   func(*Config) any
}

var fields = []field{
	{"data_dir", "data directory", func(c *Config) any { return &c.DataDir }},
	{"chain_id", "tKMS chain id", func(c *Config) any { return &c.ChainID }},
	{"chain_grpc", "tKMS node gRPC endpoint (host:port)", func(c *Config) any { return &c.ChainGRPC }},
	{"comet_rpc", "tKMS node CometBFT RPC URL", func(c *Config) any { return &c.CometRPC }},
	{"api_listen", "API listen address", func(c *Config) any { return &c.APIListen }},
	{"peer_listen", "peer listen address", func(c *Config) any { return &c.PeerListen }},
	{"gas_limit", "gas limit per transaction", func(c *Config) any { return &c.GasLimit }},
	{"gas_price", "fee per unit of gas (decimal)", func(c *Config) any { return &c.GasPrice }},
	{"fee_denom", "fee denomination", func(c *Config) any { return &c.FeeDenom }},
	{"tx_timeout", "time before an unincluded transaction is resent", func(c *Config) any { return &c.TxTimeout }},
	{"nsm", "NSM mode: dev or nitro", func(c *Config) any { return &c.NSM }},
	{"dev_nsm_seed_file", "dev NSM CA seed file (nsm = dev)", func(c *Config) any { return &c.DevNSMSeedFile }},
	{"seal_key_file", "development sealing key file", func(c *Config) any { return &c.SealKeyFile }},
	{"log_level", "log level (debug, info, warn, error)", func(c *Config) any { return &c.LogLevel }},
}

// EnvName is the environment variable overriding the TOML key.
func EnvName(key string) string { return EnvPrefix + strings.ToUpper(key) }

// FlagName is the flag overriding the TOML key.
func FlagName(key string) string { return strings.ReplaceAll(key, "_", "-") }

// Errors.
var (
	ErrFile  = errors.New("config: unreadable config file")
	ErrEnv   = errors.New("config: bad environment override")
	ErrFlag  = errors.New("config: bad flag")
	ErrCheck = errors.New("config: invalid configuration")
)

// LoadFile decodes path over c. Unknown keys are an error (a misspelt key
// would otherwise be silently ignored).
func (c *Config) LoadFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrFile, err)
	}
	defer f.Close()
	dec := toml.NewDecoder(f).DisallowUnknownFields()
	if err := dec.Decode(c); err != nil {
		var strict *toml.StrictMissingError
		if errors.As(err, &strict) {
			var keys []string
			for _, e := range strict.Errors {
				keys = append(keys, strings.Join(e.Key(), "."))
			}
			return fmt.Errorf("%w: %s: unknown keys: %s", ErrFile, path, strings.Join(keys, ", "))
		}
		return fmt.Errorf("%w: %s: %w", ErrFile, path, err)
	}
	return nil
}

// WriteFile writes c as TOML to path (mode 0600), refusing to overwrite.
func (c Config) WriteFile(path string) error {
	b, err := toml.Marshal(c)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return fmt.Errorf("config: %w", err)
	}
	return f.Close()
}

// ApplyEnv applies the TKMS_PARTY_* variables that lookup finds
// (os.LookupEnv in production). It names every variable it cannot parse.
func (c *Config) ApplyEnv(lookup func(string) (string, bool)) error {
	var bad []string
	for _, f := range fields {
		v, ok := lookup(EnvName(f.key))
		if !ok {
			continue
		}
		if err := set(f.ptr(c), v); err != nil {
			bad = append(bad, fmt.Sprintf("%s: %v", EnvName(f.key), err))
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("%w: %s", ErrEnv, strings.Join(bad, "; "))
	}
	return nil
}

func set(p any, v string) error {
	switch p := p.(type) {
	case *string:
		*p = v
	case *uint64:
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			return fmt.Errorf("not an unsigned integer: %q", v)
		}
		*p = n
	case *Duration:
		if err := p.UnmarshalText([]byte(v)); err != nil {
			return err
		}
	default:
		panic(fmt.Sprintf("config: unsupported field type %T", p))
	}
	return nil
}

// Overrides are the flags registered by RegisterFlags; Apply copies those
// the user set onto a Config.
type Overrides struct {
	values []*flagValue
}

type flagValue struct {
	f   field
	v   string
	set bool
}

func (v *flagValue) String() string { return v.v }
func (v *flagValue) Type() string   { return "string" }
func (v *flagValue) Set(s string) error {
	v.v, v.set = s, true
	return nil
}

// RegisterFlags registers one flag per field on fs. Only flags the user
// sets override the file and the environment.
func RegisterFlags(fs *pflag.FlagSet) *Overrides {
	o := &Overrides{}
	for _, f := range fields {
		v := &flagValue{f: f}
		fs.Var(v, FlagName(f.key), fmt.Sprintf("%s (env %s)", f.usage, EnvName(f.key)))
		o.values = append(o.values, v)
	}
	return o
}

// Apply sets on c every flag that was given on the command line, naming
// every flag it cannot parse.
func (o *Overrides) Apply(c *Config) error {
	var bad []string
	for _, v := range o.values {
		if !v.set {
			continue
		}
		if err := set(v.f.ptr(c), v.v); err != nil {
			bad = append(bad, fmt.Sprintf("--%s: %v", FlagName(v.f.key), err))
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("%w: %s", ErrFlag, strings.Join(bad, "; "))
	}
	return nil
}

// Check names every invalid field in one error wrapping ErrCheck.
func (c Config) Check() error {
	var bad []string
	fail := func(key, format string, args ...any) {
		bad = append(bad, key+": "+fmt.Sprintf(format, args...))
	}
	if c.DataDir == "" {
		fail("data_dir", "empty")
	}
	if c.ChainID == "" || len(c.ChainID) > 50 {
		fail("chain_id", "must be 1..50 characters, got %d", len(c.ChainID))
	}
	for _, a := range []struct{ key, v string }{{"chain_grpc", c.ChainGRPC}, {"api_listen", c.APIListen}, {"peer_listen", c.PeerListen}} {
		if _, port, err := net.SplitHostPort(a.v); err != nil {
			fail(a.key, "not host:port: %q", a.v)
		} else if n, err := strconv.ParseUint(port, 10, 16); err != nil || (n == 0 && a.key == "chain_grpc") {
			fail(a.key, "bad port in %q", a.v)
		}
	}
	if c.APIListen != "" && c.APIListen == c.PeerListen {
		fail("peer_listen", "same address as api_listen")
	}
	if u, err := url.Parse(c.CometRPC); err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "tcp") || u.Host == "" {
		fail("comet_rpc", "not an http(s):// or tcp:// URL: %q", c.CometRPC)
	}
	if c.GasLimit == 0 {
		fail("gas_limit", "zero")
	}
	if p, err := strconv.ParseFloat(c.GasPrice, 64); err != nil || p < 0 || math.IsInf(p, 0) || math.IsNaN(p) {
		fail("gas_price", "not a non-negative decimal: %q", c.GasPrice)
	}
	if !denom.MatchString(c.FeeDenom) {
		fail("fee_denom", "not a coin denomination: %q", c.FeeDenom)
	}
	if c.TxTimeout <= 0 {
		fail("tx_timeout", "must be positive, got %s", time.Duration(c.TxTimeout))
	}
	switch c.NSM {
	case NSMDev:
		if c.DevNSMSeedFile == "" {
			fail("dev_nsm_seed_file", "empty while nsm = dev")
		}
	case NSMNitro:
	default:
		fail("nsm", "must be %q or %q, got %q", NSMDev, NSMNitro, c.NSM)
	}
	if c.SealKeyFile == "" {
		fail("seal_key_file", "empty")
	}
	if _, err := zerolog.ParseLevel(c.LogLevel); err != nil || c.LogLevel == "" {
		fail("log_level", "unknown level %q", c.LogLevel)
	}
	if len(bad) > 0 {
		return fmt.Errorf("%w: %s", ErrCheck, strings.Join(bad, "; "))
	}
	return nil
}

// denom is the Cosmos SDK's coin denomination rule.
var denom = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$`)

// Path resolves p relative to the data directory.
func (c Config) Path(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(c.DataDir, p)
}

// Load builds the configuration: defaults, then the file at path (if it
// exists, or always when required), then the environment, then flags
// (o may be nil); then Check.
func Load(path string, required bool, lookup func(string) (string, bool), o *Overrides) (Config, error) {
	c := Default()
	if path != "" {
		if _, err := os.Stat(path); err == nil || required {
			if err := c.LoadFile(path); err != nil {
				return Config{}, err
			}
		}
	}
	if err := c.ApplyEnv(lookup); err != nil {
		return Config{}, err
	}
	if o != nil {
		if err := o.Apply(&c); err != nil {
			return Config{}, err
		}
	}
	return c, c.Check()
}

// Duration is a time.Duration written in TOML as a string ("30s").
type Duration time.Duration

// MarshalText implements encoding.TextMarshaler.
func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("not a duration: %q", b)
	}
	*d = Duration(v)
	return nil
}
