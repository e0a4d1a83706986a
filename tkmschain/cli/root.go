// Package cli is the tkmsd command line: node, genesis, keys, tx and query
// commands (x/kms's from autocli).
package cli

import (
	"io"
	"os"
	"time"

	"cosmossdk.io/log"
	cmtcfg "github.com/cometbft/cometbft/config"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/config"
	"github.com/cosmos/cosmos-sdk/client/debug"
	"github.com/cosmos/cosmos-sdk/client/flags"
	"github.com/cosmos/cosmos-sdk/client/keys"
	"github.com/cosmos/cosmos-sdk/client/pruning"
	"github.com/cosmos/cosmos-sdk/client/rpc"
	"github.com/cosmos/cosmos-sdk/client/snapshot"
	"github.com/cosmos/cosmos-sdk/server"
	serverconfig "github.com/cosmos/cosmos-sdk/server/config"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	"github.com/cosmos/cosmos-sdk/types/module"
	authcmd "github.com/cosmos/cosmos-sdk/x/auth/client/cli"
	"github.com/cosmos/cosmos-sdk/x/auth/types"
	"github.com/cosmos/cosmos-sdk/x/genutil"
	genutilcli "github.com/cosmos/cosmos-sdk/x/genutil/client/cli"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"
	"github.com/spf13/cobra"

	"github.com/tkms/tkms/tkmschain/app"
)

// NewRootCmd returns the tkmsd root command.
func NewRootCmd() *cobra.Command {
	tempDir, err := os.MkdirTemp("", "tkmsd-autocli")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(tempDir)
	tempApp := app.New(log.NewNopLogger(), dbm.NewMemDB(), nil, false, appOptions{flags.FlagHome: tempDir}, app.Options{})
	enc := app.EncodingConfig{
		InterfaceRegistry: tempApp.InterfaceRegistry(),
		Codec:             tempApp.AppCodec(),
		TxConfig:          tempApp.TxConfig(),
		Amino:             tempApp.LegacyAmino(),
	}
	initClientCtx := client.Context{}.
		WithCodec(enc.Codec).
		WithInterfaceRegistry(enc.InterfaceRegistry).
		WithTxConfig(enc.TxConfig).
		WithLegacyAmino(enc.Amino).
		WithInput(os.Stdin).
		WithAccountRetriever(types.AccountRetriever{}).
		WithHomeDir(app.DefaultNodeHome).
		WithViper("")

	rootCmd := &cobra.Command{
		Use:           app.Name,
		Short:         "tKMS chain node",
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			cmd.SetOut(cmd.OutOrStdout())
			cmd.SetErr(cmd.ErrOrStderr())
			clientCtx := initClientCtx.WithCmdContext(cmd.Context())
			clientCtx, err := client.ReadPersistentCommandFlags(clientCtx, cmd.Flags())
			if err != nil {
				return err
			}
			clientCtx, err = config.ReadFromClientConfig(clientCtx)
			if err != nil {
				return err
			}
			if err := client.SetCmdClientContextHandler(clientCtx, cmd); err != nil {
				return err
			}
			appTemplate, appConfig := initAppConfig()
			return server.InterceptConfigsPreRunHandler(cmd, appTemplate, appConfig, initCometConfig())
		},
	}

	rootCmd.AddCommand(
		initCmd(tempApp.BasicModuleManager),
		debug.Cmd(),
		pruning.Cmd(newApp, app.DefaultNodeHome),
		snapshot.Cmd(newApp),
	)
	server.AddCommands(rootCmd, app.DefaultNodeHome, newApp, exportApp, func(*cobra.Command) {})
	rootCmd.AddCommand(
		server.StatusCommand(),
		genutilcli.Commands(enc.TxConfig, tempApp.BasicModuleManager, app.DefaultNodeHome),
		queryCommand(),
		txCommand(),
		keys.Commands(),
	)

	autoCliOpts := tempApp.AutoCliOpts()
	autoCliOpts.ClientCtx = initClientCtx
	if err := autoCliOpts.EnhanceRootCommand(rootCmd); err != nil {
		panic(err)
	}
	return rootCmd
}

// initCmd is the SDK's init, writing the chain's consensus defaults into
// the new genesis: a finite block gas limit (app.DefaultMaxBlockGas)
// instead of CometBFT's -1.
func initCmd(mbm module.BasicManager) *cobra.Command {
	cmd := genutilcli.InitCmd(mbm, app.DefaultNodeHome)
	run := cmd.RunE
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if err := run(cmd, args); err != nil {
			return err
		}
		path := server.GetServerContextFromCmd(cmd).Config.GenesisFile()
		g, err := genutiltypes.AppGenesisFromFile(path)
		if err != nil {
			return err
		}
		if g.Consensus == nil || g.Consensus.Params == nil || g.Consensus.Params.Block.MaxGas > 0 {
			return nil
		}
		g.Consensus.Params.Block.MaxGas = app.DefaultMaxBlockGas
		return genutil.ExportGenesisFile(g, path)
	}
	return cmd
}

// initCometConfig sets ~1 s blocks by default.
func initCometConfig() *cmtcfg.Config {
	cfg := cmtcfg.DefaultConfig()
	// Not exactly 1 s: the SDK replaces CometBFT's 1 s default by 5 s.
	cfg.Consensus.TimeoutCommit = 900 * time.Millisecond
	return cfg
}

// AppConfig is app.toml: the SDK's settings plus tKMS's own.
type AppConfig struct {
	serverconfig.Config `mapstructure:",squash"`
	KMS                 KMSConfig `mapstructure:"kms"`
}

// KMSConfig is the [kms] section of app.toml.
type KMSConfig struct {
	// HostRPC maps host chain ids to this validator's own JSON-RPC endpoint,
	// read to attest finalized host headers (vote extensions).
	HostRPC map[string]string `mapstructure:"host-rpc"`
	// HostPollInterval is how often each endpoint is read (default 200ms).
	HostPollInterval string `mapstructure:"host-poll-interval"`
}

func initAppConfig() (string, interface{}) {
	srvCfg := serverconfig.DefaultConfig()
	srvCfg.MinGasPrices = "0" + app.BondDenom
	srvCfg.API.Enable = true
	cfg := AppConfig{Config: *srvCfg, KMS: KMSConfig{HostRPC: map[string]string{}, HostPollInterval: "200ms"}}
	template := serverconfig.DefaultConfigTemplate + `
###############################################################################
###                             tKMS Configuration                          ###
###############################################################################

[kms]

# This validator's own host-chain JSON-RPC endpoints, by host chain id, used to
# attest finalized host headers. Example: host-rpc = { "31337" = "http://127.0.0.1:8545" }
host-rpc = { {{ range $id, $url := .KMS.HostRPC }}"{{ $id }}" = "{{ $url }}", {{ end }}}

# How often each endpoint is read, in the background; a vote carries the last
# header read (so a slow endpoint never delays this validator's precommit).
host-poll-interval = "{{ .KMS.HostPollInterval }}"
`
	return template, cfg
}

func queryCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:                        "query",
		Aliases:                    []string{"q"},
		Short:                      "Querying subcommands",
		DisableFlagParsing:         false,
		SuggestionsMinimumDistance: 2,
		RunE:                       client.ValidateCmd,
	}
	cmd.AddCommand(
		rpc.QueryEventForTxCmd(),
		rpc.ValidatorCommand(),
		server.QueryBlockCmd(),
		authcmd.QueryTxsByEventsCmd(),
		server.QueryBlocksCmd(),
		authcmd.QueryTxCmd(),
		server.QueryBlockResultsCmd(),
	)
	return cmd
}

func txCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:                        "tx",
		Short:                      "Transactions subcommands",
		DisableFlagParsing:         false,
		SuggestionsMinimumDistance: 2,
		RunE:                       client.ValidateCmd,
	}
	cmd.AddCommand(
		authcmd.GetSignCommand(),
		authcmd.GetSignBatchCommand(),
		authcmd.GetMultiSignCommand(),
		authcmd.GetMultiSignBatchCmd(),
		authcmd.GetValidateSignaturesCommand(),
		flags.LineBreak,
		authcmd.GetBroadcastCommand(),
		authcmd.GetEncodeCommand(),
		authcmd.GetDecodeCommand(),
		authcmd.GetSimulateCmd(),
	)
	return cmd
}

func newApp(logger log.Logger, db dbm.DB, traceStore io.Writer, appOpts servertypes.AppOptions) servertypes.Application {
	return app.New(logger, db, traceStore, true, appOpts, app.Options{Crypto: app.DefaultCrypto()}, server.DefaultBaseappOptions(appOpts)...)
}

func exportApp(logger log.Logger, db dbm.DB, traceStore io.Writer, height int64, forZeroHeight bool,
	jailAllowedAddrs []string, appOpts servertypes.AppOptions, modulesToExport []string,
) (servertypes.ExportedApp, error) {
	a := app.New(logger, db, traceStore, height == -1, appOpts, app.Options{Crypto: app.DefaultCrypto()})
	if height != -1 {
		if err := a.LoadHeight(height); err != nil {
			return servertypes.ExportedApp{}, err
		}
	}
	return a.ExportAppStateAndValidators(forZeroHeight, jailAllowedAddrs, modulesToExport)
}

// appOptions is a minimal servertypes.AppOptions.
type appOptions map[string]interface{}

func (o appOptions) Get(key string) interface{} { return o[key] }
