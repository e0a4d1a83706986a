// Package network runs tkmsd validators in process, each a real CometBFT
// node with its own application and on-disk databases, connected over
// loopback. Unlike the SDK's testutil/network it can stop and restart a
// single validator (which then replays and catches up), and every node
// serves queries and transactions through its own in-process client. It
// is for tests.
package network

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"cosmossdk.io/log"
	sdkmath "cosmossdk.io/math"
	cmtdb "github.com/cometbft/cometbft-db"
	abci "github.com/cometbft/cometbft/abci/types"
	cmtcfg "github.com/cometbft/cometbft/config"
	"github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	"github.com/cometbft/cometbft/proxy"
	rpcclient "github.com/cometbft/cometbft/rpc/client"
	"github.com/cometbft/cometbft/rpc/client/local"
	cmttypes "github.com/cometbft/cometbft/types"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/cosmos/cosmos-sdk/baseapp"
	clienttx "github.com/cosmos/cosmos-sdk/client/tx"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	"github.com/cosmos/cosmos-sdk/server"
	servercmtlog "github.com/cosmos/cosmos-sdk/server/log"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/tx/signing"
	authsigning "github.com/cosmos/cosmos-sdk/x/auth/signing"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	slashingtypes "github.com/cosmos/cosmos-sdk/x/slashing/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"
	gogogrpc "github.com/cosmos/gogoproto/grpc"
	"google.golang.org/grpc"

	"github.com/tkms/tkms/tkmschain/app"
)

// Config describes a network.
type Config struct {
	ChainID    string
	Validators int
	// TimeoutCommit is CometBFT's pause after each block (sets the block time).
	TimeoutCommit time.Duration
	// VoteExtensionsEnableHeight, when positive, is the consensus parameter.
	VoteExtensionsEnableHeight int64
	// Accounts are funded at genesis with Funds each, with account numbers
	// 1, 2, … in order (0 is the validators' delegator, who holds all stake
	// and so all governance voting power).
	Accounts []*Account
	Funds    sdk.Coins
	// Genesis may edit the application's genesis state.
	Genesis func(cdc app.EncodingConfig, state map[string]json.RawMessage)
	// AppOptions returns validator i's app.toml options.
	AppOptions func(i int) servertypes.AppOptions
}

// Account is a key with its account number and next sequence.
type Account struct {
	Priv   *secp256k1.PrivKey
	Number uint64
	mu     sync.Mutex
	seq    uint64
}

// NewAccount derives a key from name.
func NewAccount(name string) *Account {
	return &Account{Priv: secp256k1.GenPrivKeyFromSecret([]byte("tkms test account " + name))}
}

// Address is the account's address.
func (a *Account) Address() sdk.AccAddress { return sdk.AccAddress(a.Priv.PubKey().Address()) }

// String is the account's bech32 address.
func (a *Account) String() string { return a.Address().String() }

// Network is a running set of validators.
type Network struct {
	t       testing.TB
	cfg     Config
	genesis *cmttypes.GenesisDoc
	enc     app.EncodingConfig
	// Delegator holds every validator's stake (governance votes).
	Delegator *Account
	Nodes     []*Node
}

// Node is one validator.
type Node struct {
	Index   int
	Moniker string
	home    string
	cfg     *cmtcfg.Config
	// App, Client and CometBFT are nil while the node is stopped.
	App    *app.App
	Client *local.Local
	comet  *node.Node
	opts   servertypes.AppOptions
	addr   []byte
	// dbs are CometBFT's databases by name, open for the whole test (see
	// keptDB).
	dbs map[string]*keptDB
}

// keptDB is a CometBFT database that outlives its node: CometBFT closes
// its stores on Stop while some of its peer goroutines, asleep at that
// moment, still read them when they wake (and panic on a closed LevelDB);
// it also leaves its indexer's open, locking it. A restarted node gets
// the same databases back; they are closed once every node has stopped
// and those goroutines are done.
type keptDB struct{ cmtdb.DB }

// Close does nothing; see keptDB.
func (keptDB) Close() error { return nil }

// ValidatorAddress is the node's consensus address.
func (nd *Node) ValidatorAddress() []byte { return nd.addr }

func freeAddr(t testing.TB) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("network: %v", err)
	}
	defer l.Close()
	return l.Addr().String()
}

// New creates and starts the network; t.Cleanup stops it.
func New(t testing.TB, cfg Config) *Network {
	t.Helper()
	tmp := app.New(log.NewNopLogger(), dbm.NewMemDB(), nil, false, simtestutil.EmptyAppOptions{}, app.Options{})
	n := &Network{t: t, cfg: cfg, Delegator: NewAccount("delegator"),
		enc: app.EncodingConfig{InterfaceRegistry: tmp.InterfaceRegistry(), Codec: tmp.AppCodec(), TxConfig: tmp.TxConfig(), Amino: tmp.LegacyAmino()}}
	dir := t.TempDir()
	var vals []*cmttypes.Validator
	var peers []string
	for i := range cfg.Validators {
		nd := &Node{Index: i, Moniker: fmt.Sprintf("node%d", i), home: filepath.Join(dir, fmt.Sprintf("node%d", i))}
		c := cmtcfg.DefaultConfig()
		c.SetRoot(nd.home)
		cmtcfg.EnsureRoot(nd.home)
		c.Moniker = nd.Moniker
		c.P2P.ListenAddress = "tcp://" + freeAddr(t)
		c.P2P.AddrBookStrict = false
		c.P2P.AllowDuplicateIP = true
		c.P2P.PexReactor = false
		c.RPC.ListenAddress = ""
		c.Instrumentation.Prometheus = false
		c.Consensus.TimeoutCommit = cfg.TimeoutCommit
		c.Consensus.TimeoutPropose = time.Second
		c.Consensus.TimeoutProposeDelta = 200 * time.Millisecond
		c.Consensus.TimeoutPrevote = 300 * time.Millisecond
		c.Consensus.TimeoutPrecommit = 300 * time.Millisecond
		c.Consensus.PeerQueryMaj23SleepDuration = peerQuerySleep
		nd.cfg = c
		pv := privval.LoadOrGenFilePV(c.PrivValidatorKeyFile(), c.PrivValidatorStateFile())
		nodeKey, err := p2p.LoadOrGenNodeKey(c.NodeKeyFile())
		if err != nil {
			t.Fatalf("network: %v", err)
		}
		pub, err := pv.GetPubKey()
		if err != nil {
			t.Fatalf("network: %v", err)
		}
		vals = append(vals, cmttypes.NewValidator(pub, 1))
		nd.addr = pub.Address()
		peers = append(peers, fmt.Sprintf("%s@%s", nodeKey.ID(), strings.TrimPrefix(c.P2P.ListenAddress, "tcp://")))
		if cfg.AppOptions != nil {
			nd.opts = cfg.AppOptions(i)
		}
		n.Nodes = append(n.Nodes, nd)
	}
	for i, nd := range n.Nodes {
		var others []string
		for j, p := range peers {
			if j != i {
				others = append(others, p)
			}
		}
		nd.cfg.P2P.PersistentPeers = strings.Join(others, ",")
	}

	accs := []authtypes.GenesisAccount{authtypes.NewBaseAccount(n.Delegator.Address(), nil, 0, 0)}
	balances := []banktypes.Balance{{Address: n.Delegator.String(), Coins: cfg.Funds}}
	for i, a := range cfg.Accounts {
		a.Number = uint64(i + 1)
		accs = append(accs, authtypes.NewBaseAccount(a.Address(), nil, a.Number, 0))
		balances = append(balances, banktypes.Balance{Address: a.String(), Coins: cfg.Funds})
	}
	state, err := simtestutil.GenesisStateWithValSet(n.enc.Codec, tmp.DefaultGenesis(), cmttypes.NewValidatorSet(vals), accs, balances...)
	if err != nil {
		t.Fatalf("network: genesis: %v", err)
	}
	// GenesisStateWithValSet funds the bonded pool for one validator only.
	var bank banktypes.GenesisState
	n.enc.Codec.MustUnmarshalJSON(state[banktypes.ModuleName], &bank)
	pool := authtypes.NewModuleAddress(stakingtypes.BondedPoolName).String()
	for i := range bank.Balances {
		if bank.Balances[i].Address == pool {
			bank.Balances[i].Coins = sdk.NewCoins(sdk.NewCoin(sdk.DefaultBondDenom, sdk.DefaultPowerReduction.MulRaw(int64(len(vals)))))
		}
	}
	state[banktypes.ModuleName] = n.enc.Codec.MustMarshalJSON(&bank)
	// Validators bonded at genesis (not through gentxs) have no signing
	// info unless the genesis carries it; x/slashing needs one for each.
	var slashing slashingtypes.GenesisState
	n.enc.Codec.MustUnmarshalJSON(state[slashingtypes.ModuleName], &slashing)
	for _, v := range vals {
		cons := sdk.ConsAddress(v.Address).String()
		slashing.SigningInfos = append(slashing.SigningInfos, slashingtypes.SigningInfo{
			Address: cons, ValidatorSigningInfo: slashingtypes.NewValidatorSigningInfo(sdk.ConsAddress(v.Address), 0, 0, time.Unix(0, 0).UTC(), false, 0),
		})
	}
	state[slashingtypes.ModuleName] = n.enc.Codec.MustMarshalJSON(&slashing)
	if cfg.Genesis != nil {
		cfg.Genesis(n.enc, state)
	}
	appState, err := json.Marshal(state)
	if err != nil {
		t.Fatalf("network: %v", err)
	}
	cp := cmttypes.DefaultConsensusParams()
	cp.ABCI.VoteExtensionsEnableHeight = cfg.VoteExtensionsEnableHeight
	n.genesis = &cmttypes.GenesisDoc{ChainID: cfg.ChainID, GenesisTime: time.Now().UTC(), InitialHeight: 1, ConsensusParams: cp, AppState: appState}
	if err := n.genesis.ValidateAndComplete(); err != nil {
		t.Fatalf("network: genesis: %v", err)
	}
	t.Cleanup(n.stopAll)
	for i := range n.Nodes {
		n.Start(i)
	}
	// Transactions are checked against the last committed state, which
	// holds the genesis only once the first block is committed.
	for i := range n.Nodes {
		n.WaitHeight(i, 2, time.Minute)
	}
	return n
}

// Start starts (or restarts) node i on its databases: it replays what its
// application lacks from its block store, then catches up from its peers.
func (n *Network) Start(i int) {
	n.t.Helper()
	nd := n.Nodes[i]
	db, err := dbm.NewDB("application", dbm.GoLevelDBBackend, filepath.Join(nd.home, "data"))
	if err != nil {
		n.t.Fatalf("network: %s: %v", nd.Moniker, err)
	}
	logger := log.NewNopLogger()
	if os.Getenv("TKMS_NETWORK_LOG") != "" {
		logger = log.NewLogger(os.Stderr).With("node", nd.Moniker)
	}
	opts := nd.opts
	if opts == nil {
		opts = simtestutil.EmptyAppOptions{}
	}
	a := app.New(logger, db, nil, true, opts, app.Options{Crypto: app.DefaultCrypto()}, baseapp.SetChainID(n.cfg.ChainID))
	pv := privval.LoadFilePV(nd.cfg.PrivValidatorKeyFile(), nd.cfg.PrivValidatorStateFile())
	nodeKey, err := p2p.LoadNodeKey(nd.cfg.NodeKeyFile())
	if err != nil {
		n.t.Fatalf("network: %s: %v", nd.Moniker, err)
	}
	c, err := node.NewNode(nd.cfg, pv, nodeKey, proxy.NewLocalClientCreator(server.NewCometABCIWrapper(a)),
		func() (*cmttypes.GenesisDoc, error) { return n.genesis, nil },
		func(ctx *cmtcfg.DBContext) (cmtdb.DB, error) {
			if db, ok := nd.dbs[ctx.ID]; ok {
				return db, nil
			}
			db, err := cmtcfg.DefaultDBProvider(ctx)
			if err != nil {
				return nil, err
			}
			if nd.dbs == nil {
				nd.dbs = map[string]*keptDB{}
			}
			nd.dbs[ctx.ID] = &keptDB{db}
			return nd.dbs[ctx.ID], nil
		},
		node.DefaultMetricsProvider(nd.cfg.Instrumentation), servercmtlog.CometLoggerWrapper{Logger: logger})
	if err != nil {
		n.t.Fatalf("network: %s: %v", nd.Moniker, err)
	}
	if err := c.Start(); err != nil {
		n.t.Fatalf("network: %s: %v", nd.Moniker, err)
	}
	nd.App, nd.comet, nd.Client = a, c, local.New(c)
}

// Stop stops node i and closes its databases.
func (n *Network) Stop(i int) {
	n.t.Helper()
	nd := n.Nodes[i]
	if nd.comet == nil {
		return
	}
	if err := nd.comet.Stop(); err != nil {
		n.t.Errorf("network: stopping %s: %v", nd.Moniker, err)
	}
	nd.comet.Wait()
	if err := nd.App.Close(); err != nil {
		n.t.Errorf("network: closing %s: %v", nd.Moniker, err)
	}
	nd.App, nd.comet, nd.Client = nil, nil, nil
}

func (n *Network) stopAll() {
	for i := range n.Nodes {
		n.Stop(i)
	}
	// Let the stopped nodes' sleeping peer goroutines finish (they sleep
	// at most peerQuerySleep) before their databases close.
	time.Sleep(3 * peerQuerySleep)
	for _, nd := range n.Nodes {
		for _, db := range nd.dbs {
			_ = db.DB.Close()
		}
	}
}

// peerQuerySleep is CometBFT's pause between a peer goroutine's queries
// (2 s by default); shorter, stopping a network waits less.
const peerQuerySleep = 100 * time.Millisecond

// Height is the height of the last block node i stored (0 when stopped);
// its application has committed every block below it. (It is read from
// CometBFT's block store, which is safe while the node runs.)
func (n *Network) Height(i int) int64 {
	if c := n.Nodes[i].comet; c != nil {
		return c.BlockStore().Height()
	}
	return 0
}

// Eventually polls cond every 50 ms until it holds or timeout passes.
func (n *Network) Eventually(timeout time.Duration, what string, cond func() bool) {
	n.t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			n.t.Fatalf("network: timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// WaitHeight waits until node i has stored block h.
func (n *Network) WaitHeight(i int, h int64, timeout time.Duration) {
	n.t.Helper()
	n.Eventually(timeout, fmt.Sprintf("%s to reach height %d", n.Nodes[i].Moniker, h), func() bool { return n.Height(i) >= h })
}

// Query returns a gRPC client connection that queries node i's committed
// state through ABCI, at height (0: the latest).
func (n *Network) Query(i int, height int64) gogogrpc.ClientConn {
	return queryConn{n: n.Nodes[i], height: height}
}

type queryConn struct {
	n      *Node
	height int64
}

type marshaler interface{ Marshal() ([]byte, error) }
type unmarshaler interface{ Unmarshal([]byte) error }

func (q queryConn) Invoke(ctx context.Context, method string, args, reply any, _ ...grpc.CallOption) error {
	if q.n.Client == nil {
		return fmt.Errorf("network: %s is stopped", q.n.Moniker)
	}
	bz, err := args.(marshaler).Marshal()
	if err != nil {
		return err
	}
	res, err := q.n.Client.ABCIQueryWithOptions(ctx, method, bz, rpcclient.ABCIQueryOptions{Height: q.height})
	if err != nil {
		return err
	}
	if res.Response.Code != 0 {
		return fmt.Errorf("network: query %s: code %d: %s", method, res.Response.Code, res.Response.Log)
	}
	return reply.(unmarshaler).Unmarshal(res.Response.Value)
}

func (queryConn) NewStream(context.Context, *grpc.StreamDesc, string, ...grpc.CallOption) (grpc.ClientStream, error) {
	return nil, errors.New("network: streams are not supported")
}

// Broadcast signs msgs with acc and submits them to node i's mempool. It
// returns the transaction hash; CheckTx must accept it.
func (n *Network) Broadcast(i int, acc *Account, msgs ...sdk.Msg) []byte {
	n.t.Helper()
	acc.mu.Lock()
	defer acc.mu.Unlock()
	txCfg := n.enc.TxConfig
	b := txCfg.NewTxBuilder()
	if err := b.SetMsgs(msgs...); err != nil {
		n.t.Fatalf("network: %v", err)
	}
	b.SetGasLimit(500_000_000)
	pub := acc.Priv.PubKey()
	if err := b.SetSignatures(signing.SignatureV2{PubKey: pub, Data: &signing.SingleSignatureData{SignMode: signing.SignMode_SIGN_MODE_DIRECT}, Sequence: acc.seq}); err != nil {
		n.t.Fatalf("network: %v", err)
	}
	sig, err := clienttx.SignWithPrivKey(context.Background(), signing.SignMode_SIGN_MODE_DIRECT, authsigning.SignerData{
		ChainID: n.cfg.ChainID, AccountNumber: acc.Number, Sequence: acc.seq, PubKey: pub, Address: acc.String(),
	}, b, acc.Priv, txCfg, acc.seq)
	if err != nil {
		n.t.Fatalf("network: %v", err)
	}
	if err := b.SetSignatures(sig); err != nil {
		n.t.Fatalf("network: %v", err)
	}
	bz, err := txCfg.TxEncoder()(b.GetTx())
	if err != nil {
		n.t.Fatalf("network: %v", err)
	}
	res, err := n.Nodes[i].Client.BroadcastTxSync(context.Background(), bz)
	if err != nil {
		n.t.Fatalf("network: broadcast: %v", err)
	}
	if res.Code != 0 {
		n.t.Fatalf("network: CheckTx refused %T: code %d: %s", msgs[0], res.Code, res.Log)
	}
	acc.seq++
	return res.Hash
}

// WaitTx waits until node i has indexed the transaction and returns its
// result.
func (n *Network) WaitTx(i int, hash []byte, timeout time.Duration) *abci.ExecTxResult {
	n.t.Helper()
	var res *abci.ExecTxResult
	n.Eventually(timeout, fmt.Sprintf("transaction %X", hash), func() bool {
		r, err := n.Nodes[i].Client.Tx(context.Background(), hash, false)
		if err == nil {
			res = &r.TxResult
		}
		return err == nil
	})
	return res
}

// Deliver broadcasts msgs through node i, waits for the transaction and
// requires it to succeed.
func (n *Network) Deliver(i int, acc *Account, msgs ...sdk.Msg) *abci.ExecTxResult {
	n.t.Helper()
	res := n.WaitTx(i, n.Broadcast(i, acc, msgs...), 60*time.Second)
	if res.Code != 0 {
		n.t.Fatalf("network: %T failed: code %d: %s", msgs[0], res.Code, res.Log)
	}
	return res
}

// Coins is amount of the bond denom.
func Coins(amount int64) sdk.Coins {
	return sdk.NewCoins(sdk.NewCoin(app.BondDenom, sdkmath.NewInt(amount)))
}
