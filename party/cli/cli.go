// Package cli is the command line of tkms-party (init, start,
// show-identity) and the wiring of the daemon's parts: config, store,
// identity, NSM, chain sender, registration and API.
package cli

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	gogogrpc "github.com/cosmos/gogoproto/grpc"
	"github.com/rs/zerolog"
	"github.com/spf13/cobra"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/tkms/tkms/enclave/nsm"
	"github.com/tkms/tkms/enclave/nsm/devnsm"
	"github.com/tkms/tkms/enclave/seal"
	"github.com/tkms/tkms/party/api"
	"github.com/tkms/tkms/party/chain"
	"github.com/tkms/tkms/party/config"
	"github.com/tkms/tkms/party/identity"
	"github.com/tkms/tkms/party/store"
)

// Env is what the commands take from the process; tests inject their own.
type Env struct {
	Lookup func(string) (string, bool)
	Stdout io.Writer
	Stderr io.Writer
	Clock  func() time.Time
	Rand   io.Reader
}

// DefaultEnv is the real process's.
func DefaultEnv() Env {
	return Env{Lookup: os.LookupEnv, Stdout: os.Stdout, Stderr: os.Stderr, Clock: time.Now, Rand: rand.Reader}
}

// NewRootCommand returns the tkms-party command.
func NewRootCommand(env Env) *cobra.Command {
	root := &cobra.Command{
		Use:           "tkms-party",
		Short:         "The tKMS MPC party daemon",
		SilenceUsage:  true,
		SilenceErrors: false,
	}
	root.SetOut(env.Stdout)
	root.SetErr(env.Stderr)
	var cfgPath string
	root.PersistentFlags().StringVar(&cfgPath, "config", "", "config file (default <data-dir>/"+config.FileName+")")
	overrides := config.RegisterFlags(root.PersistentFlags())
	load := func(init bool) (config.Config, string, error) {
		// The data dir (from defaults, environment or flags) locates the
		// default config file.
		pre := config.Default()
		_ = pre.ApplyEnv(env.Lookup)
		_ = overrides.Apply(&pre)
		path, required := cfgPath, cfgPath != "" && !init
		if path == "" {
			// Optional: without one, defaults, environment and flags
			// apply, and a missing identity says to run init.
			path, required = filepath.Join(pre.DataDir, config.FileName), false
		}
		c, err := config.Load(path, required, env.Lookup, overrides)
		return c, path, err
	}

	root.AddCommand(&cobra.Command{
		Use:   "init",
		Short: "write a default config (if none) and create the party's identity",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, path, err := load(true)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(c.DataDir, 0o700); err != nil {
				return err
			}
			if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
				if err := c.WriteFile(path); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "wrote %s\n", path)
			}
			log := newLogger(env, c)
			id, created, err := openIdentity(cmd.Context(), env, c, log, true)
			if err != nil {
				return err
			}
			if created {
				fmt.Fprintf(cmd.OutOrStdout(), "created the party identity in %s\n", c.DataDir)
			} else {
				fmt.Fprintf(cmd.OutOrStdout(), "the party identity in %s exists; kept it\n", c.DataDir)
			}
			return printIdentity(cmd.OutOrStdout(), id.info, false)
		},
	})

	var asJSON bool
	show := &cobra.Command{
		Use:   "show-identity",
		Short: "print the party's addresses and public keys",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, _, err := load(false)
			if err != nil {
				return err
			}
			id, _, err := openIdentity(cmd.Context(), env, c, zerolog.Nop(), false)
			if err != nil {
				return err
			}
			defer id.store.Close()
			return printIdentity(cmd.OutOrStdout(), id.info, asJSON)
		},
	}
	show.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	root.AddCommand(show)

	root.AddCommand(&cobra.Command{
		Use:   "start",
		Short: "register if needed and run until SIGINT or SIGTERM",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, _, err := load(false)
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return Run(ctx, env, c, newLogger(env, c), nil)
		},
	})
	return root
}

func newLogger(env Env, c config.Config) zerolog.Logger {
	lvl, err := zerolog.ParseLevel(c.LogLevel)
	if err != nil {
		lvl = zerolog.InfoLevel
	}
	return zerolog.New(zerolog.ConsoleWriter{Out: env.Stderr, NoColor: true}).Level(lvl).With().Timestamp().Logger()
}

// Identity is the identity's public part, as show-identity prints it.
type Identity struct {
	ChainID        string `json:"chain_id"`
	Account        string `json:"account"`
	AccountPubKey  string `json:"account_pubkey"`
	SigningAddress string `json:"signing_address"`
	EncryptionKey  string `json:"encryption_key"`
	AttestationLen int    `json:"attestation_bytes"`
}

type opened struct {
	store *store.Store
	id    *identity.Identity
	nsm   nsm.Attester
	info  Identity
}

func printIdentity(w io.Writer, info Identity, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(info)
	}
	_, err := fmt.Fprintf(w, "chain id:         %s\naccount:          %s\naccount pubkey:   %s\nsigning address:  %s\nencryption key:   %s\nattestation:      %d bytes\n",
		info.ChainID, info.Account, info.AccountPubKey, info.SigningAddress, info.EncryptionKey, info.AttestationLen)
	return err
}

// sealingKeys returns the sealing-key provider of the NSM mode; in dev
// mode init creates the key file.
func sealingKeys(env Env, c config.Config, create bool) (seal.KeyProvider, error) {
	if c.NSM == config.NSMNitro {
		return nil, errors.New("party: sealing-key release by KMS inside a Nitro enclave is not implemented yet; use nsm = \"dev\"")
	}
	path := c.Path(c.SealKeyFile)
	// A new key only for a new store: an existing store's lost key is an
	// error, never replaced.
	if create && !store.Exists(c.DataDir) {
		if err := seal.CreateKeyFile(path, env.Rand); err != nil && !errors.Is(err, fs.ErrExist) {
			return nil, err
		}
	}
	return seal.KeyFile{Path: path}, nil
}

// attester returns the NSM of the configured mode. A dev NSM's CA comes
// from the devnet's seed file; init creates one if there is none (the
// chain must then trust that root: see party/README.md).
func attester(env Env, c config.Config, create bool) (nsm.Attester, func(), error) {
	if c.NSM == config.NSMNitro {
		d, err := nsm.Open()
		if err != nil {
			return nil, nil, err
		}
		return d, func() { d.Close() }, nil
	}
	path := c.Path(c.DevNSMSeedFile)
	seed, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) && create {
		seed = make([]byte, devnsm.MinSeedSize)
		if _, err := io.ReadFull(env.Rand, seed); err != nil {
			return nil, nil, err
		}
		if err := os.WriteFile(path, seed, 0o600); err != nil {
			return nil, nil, err
		}
	} else if err != nil {
		return nil, nil, fmt.Errorf("party: dev NSM seed: %w", err)
	}
	ca, err := devnsm.NewCA(seed)
	if err != nil {
		return nil, nil, err
	}
	if create {
		if err := os.WriteFile(c.Path("devnsm-root.pem"), ca.CertificatePEM(), 0o644); err != nil {
			return nil, nil, err
		}
	}
	n, err := devnsm.New(devnsm.Config{CA: ca, Clock: env.Clock, Rand: env.Rand})
	if err != nil {
		return nil, nil, err
	}
	return n, func() {}, nil
}

// openIdentity opens the store and the identity, creating them when
// create is set. The caller closes o.store.
func openIdentity(ctx context.Context, env Env, c config.Config, log zerolog.Logger, create bool) (*opened, bool, error) {
	if !create && !store.Exists(c.DataDir) {
		return nil, false, fmt.Errorf("%w: %s", identity.ErrNoIdentity, c.DataDir)
	}
	keys, err := sealingKeys(env, c, create)
	if err != nil {
		return nil, false, err
	}
	a, closeNSM, err := attester(env, c, create)
	if err != nil {
		return nil, false, err
	}
	_ = closeNSM // the device lives as long as the process
	s, err := store.Open(ctx, c.DataDir, keys, env.Rand, store.Options{})
	if err != nil {
		return nil, false, err
	}
	id, created, err := identity.Load(s, c.ChainID, create, a, env.Rand)
	if err != nil {
		s.Close()
		return nil, false, err
	}
	if created {
		log.Info().Str("component", "identity").Str("account", id.Account().String()).Str("signing_address", id.SigningAddress().Hex()).Msg("created the party identity")
	}
	o := &opened{store: s, id: id, nsm: a, info: Identity{
		ChainID: id.ChainID(), Account: id.Account().String(),
		AccountPubKey: hex.EncodeToString(id.AccountKey().PubKey().Bytes()), SigningAddress: id.SigningAddress().Hex(),
		EncryptionKey: hex.EncodeToString(id.EncryptionKey().Public().Bytes()), AttestationLen: len(id.Attestation()),
	}}
	if !create {
		return o, false, nil
	}
	// init only creates; the store is closed again.
	return o, created, s.Close()
}

// Run is the daemon: it opens the identity, serves the API, registers the
// party (retrying with backoff while, for example, its account is not
// funded yet) and then waits for ctx to end, when it shuts down in order.
// node, when set, replaces the gRPC/CometBFT connection (tests).
func Run(ctx context.Context, env Env, c config.Config, log zerolog.Logger, node *ChainConn) error {
	o, _, err := openIdentity(ctx, env, c, log, false)
	if err != nil {
		return err
	}
	defer o.store.Close()
	srv, err := api.New(c.APIListen, log)
	if err != nil {
		return err
	}
	srv.Start()
	defer func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil {
			log.Warn().Err(err).Msg("API shutdown")
		}
	}()
	if node == nil {
		if node, err = dial(c); err != nil {
			return err
		}
		defer node.Close()
	}
	fee, err := fees(c)
	if err != nil {
		return err
	}
	snd, err := chain.NewSender(chain.SenderConfig{
		ChainID: c.ChainID, Key: o.id.AccountKey(), TxConfig: chain.TxConfig(), GasLimit: c.GasLimit, Fee: fee,
		IncludeTimeout: time.Duration(c.TxTimeout), Clock: env.Clock, Log: log,
	}, node.Node, o.store)
	if err != nil {
		return err
	}
	clog := log.With().Str("component", "registration").Logger()
	backoff := time.Second
	for {
		reg, err := chain.Register(ctx, snd, node.Query, o.id, o.nsm)
		if err == nil {
			clog.Info().Bool("sent", reg.Sent).Str("status", reg.Party.Status.String()).Msg("party registered")
			break
		}
		if ctx.Err() != nil {
			log.Info().Msg("shutting down before registration completed")
			return nil
		}
		if errors.Is(err, chain.ErrOtherIdentity) {
			return err
		}
		srv.SetNotReady(err.Error())
		clog.Warn().Err(err).Dur("retry_in", backoff).Msg("registration failed")
		if !sleep(ctx, jitter(backoff)) {
			log.Info().Msg("shutting down before registration completed")
			return nil
		}
		backoff = min(2*backoff, time.Minute)
	}
	srv.SetReady()
	<-ctx.Done()
	log.Info().Msg("shutting down")
	return nil
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// jitter spreads retries over [d/2, d).
func jitter(d time.Duration) time.Duration {
	var b [8]byte
	_, _ = rand.Read(b[:])
	n := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24
	return d/2 + time.Duration(n%uint64(d/2+1))
}

// ChainConn is the connection to a tKMS node.
type ChainConn struct {
	Node  chain.Node
	Query gogogrpc.ClientConn
	close func()
}

// NewChainConn is a connection over a Node and a query connection.
func NewChainConn(node chain.Node, q gogogrpc.ClientConn) *ChainConn {
	return &ChainConn{Node: node, Query: q}
}

// Close closes the connection.
func (c *ChainConn) Close() {
	if c.close != nil {
		c.close()
	}
}

func dial(c config.Config) (*ChainConn, error) {
	conn, err := grpc.NewClient(c.ChainGRPC, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return nil, err
	}
	comet, err := rpchttp.New(c.CometRPC, "/websocket")
	if err != nil {
		conn.Close()
		return nil, err
	}
	return &ChainConn{Node: chain.NewNode(conn, comet), Query: conn, close: func() { conn.Close() }}, nil
}
