// Package app is the tKMS chain application: auth, bank, staking,
// distribution, slashing, evidence, gov, consensus, genutil and x/kms,
// wired by hand.
package app

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"

	reflectionv1 "cosmossdk.io/api/cosmos/reflection/v1"
	"cosmossdk.io/client/v2/autocli"
	"cosmossdk.io/core/appmodule"
	"cosmossdk.io/log"
	storetypes "cosmossdk.io/store/types"
	"cosmossdk.io/x/evidence"
	evidencekeeper "cosmossdk.io/x/evidence/keeper"
	evidencetypes "cosmossdk.io/x/evidence/types"
	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/grpc/cmtservice"
	nodeservice "github.com/cosmos/cosmos-sdk/client/grpc/node"
	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	"github.com/cosmos/cosmos-sdk/runtime"
	runtimeservices "github.com/cosmos/cosmos-sdk/runtime/services"
	"github.com/cosmos/cosmos-sdk/server"
	"github.com/cosmos/cosmos-sdk/server/api"
	"github.com/cosmos/cosmos-sdk/server/config"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/module"
	"github.com/cosmos/cosmos-sdk/version"
	"github.com/cosmos/cosmos-sdk/x/auth"
	"github.com/cosmos/cosmos-sdk/x/auth/ante"
	authcodec "github.com/cosmos/cosmos-sdk/x/auth/codec"
	authkeeper "github.com/cosmos/cosmos-sdk/x/auth/keeper"
	authsigning "github.com/cosmos/cosmos-sdk/x/auth/signing"
	authtx "github.com/cosmos/cosmos-sdk/x/auth/tx"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	"github.com/cosmos/cosmos-sdk/x/bank"
	bankkeeper "github.com/cosmos/cosmos-sdk/x/bank/keeper"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	"github.com/cosmos/cosmos-sdk/x/consensus"
	consensuskeeper "github.com/cosmos/cosmos-sdk/x/consensus/keeper"
	consensustypes "github.com/cosmos/cosmos-sdk/x/consensus/types"
	distr "github.com/cosmos/cosmos-sdk/x/distribution"
	distrkeeper "github.com/cosmos/cosmos-sdk/x/distribution/keeper"
	distrtypes "github.com/cosmos/cosmos-sdk/x/distribution/types"
	"github.com/cosmos/cosmos-sdk/x/genutil"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"
	"github.com/cosmos/cosmos-sdk/x/gov"
	govclient "github.com/cosmos/cosmos-sdk/x/gov/client"
	govkeeper "github.com/cosmos/cosmos-sdk/x/gov/keeper"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"
	"github.com/cosmos/cosmos-sdk/x/slashing"
	slashingkeeper "github.com/cosmos/cosmos-sdk/x/slashing/keeper"
	slashingtypes "github.com/cosmos/cosmos-sdk/x/slashing/types"
	"github.com/cosmos/cosmos-sdk/x/staking"
	stakingkeeper "github.com/cosmos/cosmos-sdk/x/staking/keeper"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/tkms/tkms/tkmschain/hostrpc"
	kmskeeper "github.com/tkms/tkms/tkmschain/x/kms/keeper"
	kmsmodule "github.com/tkms/tkms/tkmschain/x/kms/module"
	kmstypes "github.com/tkms/tkms/tkmschain/x/kms/types"
)

// maccPerms are the module accounts and their permissions.
var maccPerms = map[string][]string{
	authtypes.FeeCollectorName:     nil,
	distrtypes.ModuleName:          nil,
	stakingtypes.BondedPoolName:    {authtypes.Burner, authtypes.Staking},
	stakingtypes.NotBondedPoolName: {authtypes.Burner, authtypes.Staking},
	govtypes.ModuleName:            {authtypes.Burner},
	kmstypes.ModuleName:            nil, // fee escrow
}

var (
	_ runtime.AppI            = (*App)(nil)
	_ servertypes.Application = (*App)(nil)
)

// App is the tKMS chain application.
type App struct {
	*baseapp.BaseApp

	legacyAmino       *codec.LegacyAmino
	appCodec          codec.Codec
	txConfig          client.TxConfig
	interfaceRegistry codectypes.InterfaceRegistry
	keys              map[string]*storetypes.KVStoreKey

	AccountKeeper   authkeeper.AccountKeeper
	BankKeeper      bankkeeper.BaseKeeper
	StakingKeeper   *stakingkeeper.Keeper
	DistrKeeper     distrkeeper.Keeper
	SlashingKeeper  slashingkeeper.Keeper
	EvidenceKeeper  evidencekeeper.Keeper
	GovKeeper       *govkeeper.Keeper
	ConsensusKeeper consensuskeeper.Keeper
	KmsKeeper       kmskeeper.Keeper

	ModuleManager      *module.Manager
	BasicModuleManager module.BasicManager
	configurator       module.Configurator

	voteExtHeight int64
	// hostPoller reads host headers in the background for ExtendVote.
	hostPoller *hostrpc.Poller
}

// Options are the application's non-SDK inputs.
type Options struct {
	// Crypto is the verification code x/kms runs; nil members make the
	// corresponding messages fail with ErrUnsupported.
	Crypto kmskeeper.Crypto
	// VoteExtensionsEnableHeight, when positive, turns vote extensions on
	// at that height if the genesis file leaves them off (in-process test
	// networks, whose genesis the SDK writes).
	VoteExtensionsEnableHeight int64
}

// New builds the application.
func New(
	logger log.Logger,
	db dbm.DB,
	traceStore io.Writer,
	loadLatest bool,
	appOpts servertypes.AppOptions,
	opts Options,
	baseAppOptions ...func(*baseapp.BaseApp),
) *App {
	enc := MakeEncodingConfig()
	appCodec, legacyAmino, interfaceRegistry, txConfig := enc.Codec, enc.Amino, enc.InterfaceRegistry, enc.TxConfig

	bApp := baseapp.NewBaseApp(Name, logger, db, txConfig.TxDecoder(), baseAppOptions...)
	bApp.SetCommitMultiStoreTracer(traceStore)
	bApp.SetVersion(version.Version)
	bApp.SetInterfaceRegistry(interfaceRegistry)
	bApp.SetTxEncoder(txConfig.TxEncoder())

	keys := storetypes.NewKVStoreKeys(
		authtypes.StoreKey, banktypes.StoreKey, stakingtypes.StoreKey, distrtypes.StoreKey,
		slashingtypes.StoreKey, evidencetypes.StoreKey, govtypes.StoreKey, consensustypes.StoreKey, kmstypes.StoreKey,
	)

	app := &App{
		BaseApp:           bApp,
		voteExtHeight:     opts.VoteExtensionsEnableHeight,
		legacyAmino:       legacyAmino,
		appCodec:          appCodec,
		txConfig:          txConfig,
		interfaceRegistry: interfaceRegistry,
		keys:              keys,
	}
	authority := authtypes.NewModuleAddress(govtypes.ModuleName).String()
	accCodec := authcodec.NewBech32Codec(sdk.GetConfig().GetBech32AccountAddrPrefix())

	app.ConsensusKeeper = consensuskeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[consensustypes.StoreKey]), authority, runtime.EventService{})
	bApp.SetParamStore(app.ConsensusKeeper.ParamsStore)

	app.AccountKeeper = authkeeper.NewAccountKeeper(appCodec, runtime.NewKVStoreService(keys[authtypes.StoreKey]),
		authtypes.ProtoBaseAccount, maccPerms, accCodec, sdk.GetConfig().GetBech32AccountAddrPrefix(), authority)
	app.BankKeeper = bankkeeper.NewBaseKeeper(appCodec, runtime.NewKVStoreService(keys[banktypes.StoreKey]),
		app.AccountKeeper, app.blockedAddresses(), authority, logger)
	app.StakingKeeper = stakingkeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[stakingtypes.StoreKey]),
		app.AccountKeeper, app.BankKeeper, authority,
		authcodec.NewBech32Codec(sdk.GetConfig().GetBech32ValidatorAddrPrefix()),
		authcodec.NewBech32Codec(sdk.GetConfig().GetBech32ConsensusAddrPrefix()))
	app.DistrKeeper = distrkeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[distrtypes.StoreKey]),
		app.AccountKeeper, app.BankKeeper, app.StakingKeeper, authtypes.FeeCollectorName, authority)
	// Validator accountability (ADR 0009): x/slashing jails validators that
	// miss too many blocks and, through x/evidence, tombstones those that
	// double-sign; its parameters change only through x/gov.
	app.SlashingKeeper = slashingkeeper.NewKeeper(appCodec, legacyAmino, runtime.NewKVStoreService(keys[slashingtypes.StoreKey]),
		app.StakingKeeper, authority)
	app.StakingKeeper.SetHooks(stakingtypes.NewMultiStakingHooks(app.DistrKeeper.Hooks(), app.SlashingKeeper.Hooks()))
	app.EvidenceKeeper = *evidencekeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[evidencetypes.StoreKey]),
		app.StakingKeeper, app.SlashingKeeper, app.AccountKeeper.AddressCodec(), runtime.ProvideCometInfoService())

	app.GovKeeper = govkeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[govtypes.StoreKey]),
		app.AccountKeeper, app.BankKeeper, app.StakingKeeper, app.DistrKeeper, app.MsgServiceRouter(),
		govtypes.DefaultConfig(), authority)

	app.KmsKeeper = kmskeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[kmstypes.StoreKey]),
		accCodec, authority, app.BankKeeper, opts.Crypto)

	app.ModuleManager = module.NewManager(
		genutil.NewAppModule(app.AccountKeeper, app.StakingKeeper, app, txConfig),
		auth.NewAppModule(appCodec, app.AccountKeeper, nil, nil),
		bank.NewAppModule(appCodec, app.BankKeeper, app.AccountKeeper, nil),
		staking.NewAppModule(appCodec, app.StakingKeeper, app.AccountKeeper, app.BankKeeper, nil),
		distr.NewAppModule(appCodec, app.DistrKeeper, app.AccountKeeper, app.BankKeeper, app.StakingKeeper, nil),
		slashing.NewAppModule(appCodec, app.SlashingKeeper, app.AccountKeeper, app.BankKeeper, app.StakingKeeper, nil, interfaceRegistry),
		evidence.NewAppModule(app.EvidenceKeeper),
		gov.NewAppModule(appCodec, app.GovKeeper, app.AccountKeeper, app.BankKeeper, nil),
		consensus.NewAppModule(appCodec, app.ConsensusKeeper),
		kmsmodule.NewAppModule(appCodec, app.KmsKeeper),
	)
	app.BasicModuleManager = module.NewBasicManagerFromManager(app.ModuleManager, map[string]module.AppModuleBasic{
		genutiltypes.ModuleName: genutil.NewAppModuleBasic(genutiltypes.DefaultMessageValidator),
		govtypes.ModuleName:     gov.NewAppModuleBasic([]govclient.ProposalHandler{}),
	})
	app.BasicModuleManager.RegisterLegacyAminoCodec(legacyAmino)
	app.BasicModuleManager.RegisterInterfaces(interfaceRegistry)

	app.ModuleManager.SetOrderPreBlockers(authtypes.ModuleName)
	// Slashing and evidence read the last commit and its misbehaviour
	// before staking updates the validator set.
	app.ModuleManager.SetOrderBeginBlockers(distrtypes.ModuleName, slashingtypes.ModuleName, evidencetypes.ModuleName,
		stakingtypes.ModuleName, kmstypes.ModuleName)
	app.ModuleManager.SetOrderEndBlockers(govtypes.ModuleName, stakingtypes.ModuleName, kmstypes.ModuleName)
	genesisOrder := []string{
		authtypes.ModuleName, banktypes.ModuleName, distrtypes.ModuleName, stakingtypes.ModuleName,
		slashingtypes.ModuleName, govtypes.ModuleName, genutiltypes.ModuleName, evidencetypes.ModuleName,
		consensustypes.ModuleName, kmstypes.ModuleName,
	}
	app.ModuleManager.SetOrderInitGenesis(genesisOrder...)
	app.ModuleManager.SetOrderExportGenesis(genesisOrder...)

	app.configurator = module.NewConfigurator(appCodec, app.MsgServiceRouter(), app.GRPCQueryRouter())
	if err := app.ModuleManager.RegisterServices(app.configurator); err != nil {
		panic(err)
	}
	reflectionSvc, err := runtimeservices.NewReflectionService()
	if err != nil {
		panic(err)
	}
	reflectionv1.RegisterReflectionServiceServer(app.GRPCQueryRouter(), reflectionSvc)

	sources, err := headerSourcesFromConfig(appOpts)
	if err != nil {
		panic(err)
	}
	interval, err := pollIntervalFromConfig(appOpts)
	if err != nil {
		panic(err)
	}
	hostLog := logger.With("module", "x/kms/headers")
	app.hostPoller = hostrpc.NewPoller(sources, hostrpc.PollerConfig{
		Interval: interval, Timeout: hostRPCTimeout,
		OnError: func(chainID uint64, err error) {
			hostLog.Info("host header not read", "host_chain", chainID, "err", err)
		},
	})
	ve := &voteExtensions{keeper: app.KmsKeeper, poller: app.hostPoller, logger: hostLog}
	bApp.SetExtendVoteHandler(ve.ExtendVote)
	bApp.SetVerifyVoteExtensionHandler(ve.VerifyVoteExtension)
	def := baseapp.NewDefaultProposalHandler(bApp.Mempool(), bApp)
	props := &proposals{app: app, prepare: def.PrepareProposalHandler(), process: def.ProcessProposalHandler(), valStore: app.StakingKeeper}
	bApp.SetPrepareProposal(props.PrepareProposal)
	bApp.SetProcessProposal(props.ProcessProposal)

	app.MountKVStores(keys)
	app.SetInitChainer(app.InitChainer)
	app.SetPreBlocker(app.PreBlocker)
	app.SetBeginBlocker(app.BeginBlocker)
	app.SetEndBlocker(app.EndBlocker)

	sdkAnte, err := ante.NewAnteHandler(ante.HandlerOptions{
		AccountKeeper:   app.AccountKeeper,
		BankKeeper:      app.BankKeeper,
		SignModeHandler: txConfig.SignModeHandler(),
		SigGasConsumer:  ante.DefaultSigVerificationGasConsumer,
	})
	if err != nil {
		panic(err)
	}
	app.SetAnteHandler(anteHandler(sdkAnte))

	if loadLatest {
		if err := app.LoadLatestVersion(); err != nil {
			panic(fmt.Errorf("tkmsd: loading latest version: %w", err))
		}
	}
	return app
}

func (app *App) blockedAddresses() map[string]bool {
	blocked := make(map[string]bool)
	for _, acc := range slices.Sorted(maps.Keys(maccPerms)) {
		if acc == kmstypes.ModuleName {
			continue
		}
		blocked[authtypes.NewModuleAddress(acc).String()] = true
	}
	return blocked
}

// Close stops the host header poller, then closes the stores.
func (app *App) Close() error {
	app.hostPoller.Close()
	return app.BaseApp.Close()
}

// Name returns the application name.
func (app *App) Name() string { return app.BaseApp.Name() }

// PreBlocker records the host headers attested in the block's vote
// extensions, has x/kms verify ahead, in parallel, the ciphertexts and
// share batches of the block's authenticated transactions (a cache:
// execution finds the results, nothing else changes), then runs the module
// pre-blockers.
func (app *App) PreBlocker(ctx sdk.Context, req *abci.RequestFinalizeBlock) (*sdk.ResponsePreBlock, error) {
	if err := app.attestHeaders(ctx, req); err != nil {
		return nil, err
	}
	app.KmsKeeper.Prefetch(ctx, app.authenticated(ctx, req.Txs))
	return app.ModuleManager.PreBlock(ctx)
}

// authenticated returns the block's transactions that carry x/kms work
// and pass the ante handler (signatures, account sequence, fee payer,
// size and gas), run in block order over a branch of the state that is
// thrown away (ADR 0011). A block a byzantine proposer fills with
// unsigned or badly signed transactions thus makes nobody verify their
// ciphertexts or shares: they fail in execution before any verification.
// Transactions without such work are not checked (a signature check costs
// about a third of a millisecond), only their signers' sequences advanced,
// so that a later transaction of the same signer still checks.
func (app *App) authenticated(ctx sdk.Context, raw [][]byte) (txs []kmskeeper.PrefetchTx) {
	branch, _ := ctx.CacheContext()
	decode := app.txConfig.TxDecoder()
	ante := app.AnteHandler()
	for _, bz := range raw {
		tx, err := decode(bz)
		if err != nil {
			continue
		}
		if !kmskeeper.HasPrefetchWork(tx.GetMsgs()) {
			app.advanceSequences(branch, tx)
			continue
		}
		gasTx, ok := tx.(sdk.FeeTx)
		if !ok || ante == nil {
			continue
		}
		if passesAnte(branch.WithTxBytes(bz), ante, tx) {
			txs = append(txs, kmskeeper.PrefetchTx{Msgs: tx.GetMsgs(), GasLimit: gasTx.GetGas()})
		}
	}
	return txs
}

// passesAnte runs the ante handler over tx in ctx, whose writes (fee,
// sequence) later transactions see. It never panics.
func passesAnte(ctx sdk.Context, ante sdk.AnteHandler, tx sdk.Tx) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	_, err := ante(ctx, tx, false)
	return err == nil
}

// advanceSequences advances the sequence of tx's signers in ctx, as the
// ante handler would. It never panics.
func (app *App) advanceSequences(ctx sdk.Context, tx sdk.Tx) {
	defer func() { _ = recover() }()
	sigTx, ok := tx.(authsigning.SigVerifiableTx)
	if !ok {
		return
	}
	signers, err := sigTx.GetSigners()
	if err != nil {
		return
	}
	for _, signer := range signers {
		acc := app.AccountKeeper.GetAccount(ctx, signer)
		if acc == nil || acc.SetSequence(acc.GetSequence()+1) != nil {
			continue
		}
		app.AccountKeeper.SetAccount(ctx, acc)
	}
}

// BeginBlocker runs the module begin-blockers.
func (app *App) BeginBlocker(ctx sdk.Context) (sdk.BeginBlock, error) {
	return app.ModuleManager.BeginBlock(ctx)
}

// EndBlocker runs the module end-blockers.
func (app *App) EndBlocker(ctx sdk.Context) (sdk.EndBlock, error) {
	return app.ModuleManager.EndBlock(ctx)
}

// InitChainer loads the genesis state.
func (app *App) InitChainer(ctx sdk.Context, req *abci.RequestInitChain) (*abci.ResponseInitChain, error) {
	var genesisState map[string]json.RawMessage
	if err := json.Unmarshal(req.AppStateBytes, &genesisState); err != nil {
		return nil, err
	}
	resp, err := app.ModuleManager.InitGenesis(ctx, app.appCodec, genesisState)
	if err != nil {
		return nil, err
	}
	if cp := req.ConsensusParams; app.voteExtHeight > 0 && cp != nil && (cp.Abci == nil || cp.Abci.VoteExtensionsEnableHeight == 0) {
		params := *cp
		params.Abci = &cmtproto.ABCIParams{VoteExtensionsEnableHeight: app.voteExtHeight}
		if err := app.StoreConsensusParams(ctx, params); err != nil {
			return nil, err
		}
		resp.ConsensusParams = &params
	}
	return resp, nil
}

// LoadHeight loads the state at a height.
func (app *App) LoadHeight(height int64) error { return app.LoadVersion(height) }

// LegacyAmino returns the amino codec.
func (app *App) LegacyAmino() *codec.LegacyAmino { return app.legacyAmino }

// AppCodec returns the proto codec.
func (app *App) AppCodec() codec.Codec { return app.appCodec }

// InterfaceRegistry returns the interface registry.
func (app *App) InterfaceRegistry() codectypes.InterfaceRegistry { return app.interfaceRegistry }

// TxConfig returns the tx config.
func (app *App) TxConfig() client.TxConfig { return app.txConfig }

// DefaultGenesis returns every module's default genesis.
func (app *App) DefaultGenesis() map[string]json.RawMessage {
	return app.BasicModuleManager.DefaultGenesis(app.appCodec)
}

// AutoCliOpts returns the autocli options of every module.
func (app *App) AutoCliOpts() autocli.AppOptions {
	modules := make(map[string]appmodule.AppModule)
	for _, name := range slices.Sorted(maps.Keys(app.ModuleManager.Modules)) {
		m := app.ModuleManager.Modules[name]
		if am, ok := m.(appmodule.AppModule); ok {
			modules[m.(module.HasName).Name()] = am
		}
	}
	return autocli.AppOptions{
		Modules:               modules,
		ModuleOptions:         runtimeservices.ExtractAutoCLIOptions(app.ModuleManager.Modules),
		AddressCodec:          authcodec.NewBech32Codec(sdk.GetConfig().GetBech32AccountAddrPrefix()),
		ValidatorAddressCodec: authcodec.NewBech32Codec(sdk.GetConfig().GetBech32ValidatorAddrPrefix()),
		ConsensusAddressCodec: authcodec.NewBech32Codec(sdk.GetConfig().GetBech32ConsensusAddrPrefix()),
	}
}

// RegisterAPIRoutes registers the REST routes (gRPC gateway).
func (app *App) RegisterAPIRoutes(apiSvr *api.Server, apiConfig config.APIConfig) {
	clientCtx := apiSvr.ClientCtx
	authtx.RegisterGRPCGatewayRoutes(clientCtx, apiSvr.GRPCGatewayRouter)
	cmtservice.RegisterGRPCGatewayRoutes(clientCtx, apiSvr.GRPCGatewayRouter)
	nodeservice.RegisterGRPCGatewayRoutes(clientCtx, apiSvr.GRPCGatewayRouter)
	app.BasicModuleManager.RegisterGRPCGatewayRoutes(clientCtx, apiSvr.GRPCGatewayRouter)
	if err := server.RegisterSwaggerAPI(apiSvr.ClientCtx, apiSvr.Router, apiConfig.Swagger); err != nil {
		panic(err)
	}
}

// RegisterTxService registers the tx gRPC service.
func (app *App) RegisterTxService(clientCtx client.Context) {
	authtx.RegisterTxService(app.BaseApp.GRPCQueryRouter(), clientCtx, app.BaseApp.Simulate, app.interfaceRegistry)
}

// RegisterTendermintService registers the CometBFT gRPC service.
func (app *App) RegisterTendermintService(clientCtx client.Context) {
	cmtservice.RegisterTendermintService(clientCtx, app.BaseApp.GRPCQueryRouter(), app.interfaceRegistry, app.Query)
}

// RegisterNodeService registers the node gRPC service.
func (app *App) RegisterNodeService(clientCtx client.Context, cfg config.Config) {
	nodeservice.RegisterNodeService(clientCtx, app.GRPCQueryRouter(), cfg)
}

// GetKey returns a store key (tests).
func (app *App) GetKey(name string) *storetypes.KVStoreKey { return app.keys[name] }

// SimulationManager is not used.
func (app *App) SimulationManager() *module.SimulationManager { return nil }
