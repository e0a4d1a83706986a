package app_test

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"syscall"
	"testing"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/log"
	sdkmath "cosmossdk.io/math"
	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/crypto/ed25519"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	cmttypes "github.com/cometbft/cometbft/types"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/mpctest"
	"github.com/tkms/tkms/tkmschain/app"
	kmscrypto "github.com/tkms/tkms/tkmschain/crypto"
	kmskeeper "github.com/tkms/tkms/tkmschain/x/kms/keeper"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

const (
	benchChainID = "tkms-bench-1"
	benchHost    = 31337
	benchBlock   = 100
)

// benchChain is one node's application with an active 4-party key set, a
// host chain with an attested header over n committed requests, and the
// signed transactions of those requests.
type benchChain struct {
	app      *app.App
	height   int64
	time     time.Time
	proposer []byte
	parties  []*secp256k1.PrivKey
	shares   []*keyset.Share
	reqTxs   [][]byte
	reqMsgs  [][]sdk.Msg // each request transaction's messages
}

func newBenchChain(b testing.TB, n, perTx int, cache bool) *benchChain {
	b.Helper()
	verifiers := app.DefaultCrypto()
	if !cache {
		verifiers.Shares = kmscrypto.TDH2{}
	}
	return newBenchChainWith(b, n, perTx, verifiers)
}

// newBenchChainWith is newBenchChain with the given verification code.
func newBenchChainWith(b testing.TB, n, perTx int, verifiers kmskeeper.Crypto) *benchChain {
	b.Helper()
	rnd := rand.NewChaCha8([32]byte{byte(n)})
	pub, shares, _, err := mpctest.Deal(rnd, 4, 1, 1)
	require.NoError(b, err)
	c := &benchChain{height: 1, time: time.Unix(1_800_000_000, 0).UTC(), shares: shares}
	relayer := secp256k1.GenPrivKeyFromSecret([]byte("relayer"))
	for i := range 4 {
		c.parties = append(c.parties, secp256k1.GenPrivKeyFromSecret(fmt.Appendf(nil, "party %d", i+1)))
	}
	expiry := uint64(c.time.Unix()) + 3600
	reqs := newHostRequests(b, rnd, pub, 1, n)
	state := newHostState(b, oracleAddr, commitments(benchHost, reqs, 1, expiry))

	// Genesis: the relayer and the parties funded, one validator, the key
	// set, the parties, the host chain and its attested header.
	a := app.New(log.NewNopLogger(), dbm.NewMemDB(), nil, true, appOptions{}, app.Options{Crypto: verifiers},
		baseapp.SetChainID(benchChainID))
	c.app = a
	var accs []authtypes.GenesisAccount
	var balances []banktypes.Balance
	fund := sdk.NewCoins(sdk.NewCoin(app.BondDenom, sdkmath.NewInt(1_000_000_000_000)))
	for i, k := range append([]*secp256k1.PrivKey{relayer}, c.parties...) {
		addr := sdk.AccAddress(k.PubKey().Address())
		accs = append(accs, authtypes.NewBaseAccount(addr, nil, uint64(i), 0))
		balances = append(balances, banktypes.Balance{Address: addr.String(), Coins: fund})
	}
	val := cmttypes.NewValidator(ed25519.GenPrivKeyFromSecret([]byte("validator")).PubKey(), 1)
	c.proposer = val.Address
	genesis, err := simtestutil.GenesisStateWithValSet(a.AppCodec(), a.DefaultGenesis(), cmttypes.NewValidatorSet([]*cmttypes.Validator{val}), accs, balances...)
	require.NoError(b, err)
	kms := types.DefaultGenesis()
	kms.HostChains = []types.HostChain{testHostChain(benchHost)}
	kms.HostHeaders = []types.HostHeader{{ChainId: benchHost, Number: benchBlock, Hash: make([]byte, 32), StateRoot: state.root.Bytes()}}
	ks := types.KeySet{Epoch: 1, CeremonyId: 1, F: 1, PublicKey: pub.PublicKey().CompressedBytes(), Status: types.KEY_SET_STATUS_ACTIVE}
	if ks.Encoded, err = pub.MarshalBinary(); err != nil {
		b.Fatal(err)
	}
	for i, k := range c.parties {
		op := sdk.AccAddress(k.PubKey().Address()).String()
		ks.Parties = append(ks.Parties, op)
		vk, err := pub.VerificationKey(uint32(i + 1))
		require.NoError(b, err)
		ks.VerificationKeys = append(ks.VerificationKeys, vk.CompressedBytes())
		signer := crypto.PubkeyToAddress(partyEthKey(i).PublicKey).Hex()
		kms.Parties = append(kms.Parties, types.Party{Operator: op, SigningAddress: signer, EncryptionKey: []byte{1}, Status: types.PARTY_STATUS_ACTIVE})
	}
	kms.KeySets, kms.ActiveEpoch, kms.NextEpoch = []types.KeySet{ks}, 1, 2
	genesis[types.ModuleName] = a.AppCodec().MustMarshalJSON(kms)
	appState, err := json.Marshal(genesis)
	require.NoError(b, err)
	cp := cmttypes.DefaultConsensusParams().ToProto()
	_, err = a.InitChain(&abci.RequestInitChain{
		ChainId: benchChainID, AppStateBytes: appState, InitialHeight: 1, Time: c.time, ConsensusParams: &cp,
	})
	require.NoError(b, err)

	requester := sdk.AccAddress(relayer.PubKey().Address()).String()
	for i := 0; i < n; i += perTx {
		var msgs []sdk.Msg
		for _, r := range reqs[i:min(i+perTx, n)] {
			msgs = append(msgs, r.msg(b, requester, benchHost, benchBlock, state, 1, expiry))
		}
		c.reqMsgs = append(c.reqMsgs, msgs)
		c.reqTxs = append(c.reqTxs, signTx(b, a.TxConfig(), benchChainID, relayer, 0, uint64(i/perTx), 2_000_000*uint64(len(msgs)), msgs...))
	}
	return c
}

// cpuTime is the CPU time this process has used (user and system), so
// that the benchmark also tells the cost apart from the machine's load.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// partyEthKey is party i's (deterministic) enclave signing key.
func partyEthKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256(fmt.Appendf(nil, "party signing key %d", i)))
	if err != nil {
		panic(err)
	}
	return k
}

// finalize executes and commits one block of txs; every tx must succeed.
func (c *benchChain) finalize(b testing.TB, txs [][]byte) *abci.ResponseFinalizeBlock {
	b.Helper()
	resp := c.finalizeAny(b, txs)
	for i, r := range resp.TxResults {
		require.Zero(b, r.Code, "tx %d: %s", i, r.Log)
	}
	return resp
}

// finalizeAny executes and commits one block of txs, whatever their results.
func (c *benchChain) finalizeAny(b testing.TB, txs [][]byte) *abci.ResponseFinalizeBlock {
	b.Helper()
	resp, err := c.app.FinalizeBlock(&abci.RequestFinalizeBlock{Height: c.height, Time: c.time, Txs: txs, ProposerAddress: c.proposer})
	require.NoError(b, err)
	_, err = c.app.Commit()
	require.NoError(b, err)
	c.height++
	c.time = c.time.Add(time.Second)
	return resp
}

// shareTxs are the four parties' share transactions for every pending round.
func (c *benchChain) shareTxs(b *testing.B) ([][]byte, int) {
	b.Helper()
	ctx := c.app.NewContextLegacy(true, cmtproto.Header{Height: c.height - 1, ChainID: benchChainID})
	k := c.app.KmsKeeper
	var rounds []types.ShareRound
	require.NoError(b, k.ShareRounds.Walk(ctx, nil, func(_ uint64, r types.ShareRound) (bool, error) {
		if r.Status == types.ROUND_STATUS_PENDING {
			rounds = append(rounds, r)
		}
		return false, nil
	}))
	rnd := rand.NewChaCha8([32]byte{9})
	var txs [][]byte
	shares := 0
	for i, priv := range c.parties {
		msg := &types.MsgSubmitShares{Operator: sdk.AccAddress(priv.PubKey().Address()).String()}
		for _, r := range rounds {
			var reqs []types.DecryptionRequest
			require.NoError(b, k.RoundRequests.Walk(ctx, collections.NewPrefixedPairRange[uint64, uint64](r.Id), func(key collections.Pair[uint64, uint64]) (bool, error) {
				req, err := k.Requests.Get(ctx, key.K2())
				reqs = append(reqs, req)
				return false, err
			}))
			msg.Batches = append(msg.Batches, types.RoundShares{RoundId: r.Id, Batch: roundBatch(b, rnd, benchChainID, c.shares[i], reqs, false)})
			shares += int(r.Shares)
		}
		txs = append(txs, signTx(b, c.app.TxConfig(), benchChainID, priv, uint64(i+1), 0, 1_000_000_000, msg))
	}
	return txs, shares
}

// BenchmarkBlockExecution measures FinalizeBlock and Commit on one node:
// a block of n proven public-decryption requests (perTx per transaction),
// then a block with the four parties' share batches for them, the first
// two completing every request and the last two redundant. The
// cache=off cases run the TDH2 adapter without its verification cache
// (and so without prefetching), as before ADR 0006's cache.
func BenchmarkBlockExecution(b *testing.B) {
	for _, tc := range []struct {
		n, perTx int
		cache    bool
	}{{100, 1, true}, {1000, 1, true}, {1000, 20, true}, {2000, 20, true}, {1000, 1, false}, {1000, 20, false}} {
		name := fmt.Sprintf("requests=%d/per-tx=%d", tc.n, tc.perTx)
		if !tc.cache {
			name += "/cache=off"
		}
		b.Run(name, func(b *testing.B) {
			var reqTime, shareTime, cpu time.Duration
			var shares int
			b.StopTimer()
			for range b.N {
				c := newBenchChain(b, tc.n, tc.perTx, tc.cache)
				t0, c0 := time.Now(), cpuTime()
				b.StartTimer()
				c.finalize(b, c.reqTxs)
				b.StopTimer()
				reqTime += time.Since(t0)
				cpu += cpuTime() - c0
				txs, s := c.shareTxs(b)
				shares += s
				t1, c1 := time.Now(), cpuTime()
				b.StartTimer()
				c.finalize(b, txs)
				b.StopTimer()
				shareTime += time.Since(t1)
				cpu += cpuTime() - c1
			}
			b.ReportMetric(float64(tc.n*b.N)/(reqTime+shareTime).Seconds(), "requests/s")
			b.ReportMetric(float64(shares)/shareTime.Seconds(), "shares/s")
			b.ReportMetric(float64(tc.n*b.N)/cpu.Seconds(), "requests/cpu-s")
			b.ReportMetric(float64(reqTime.Milliseconds())/float64(b.N), "ms/request-block")
			b.ReportMetric(float64(shareTime.Milliseconds())/float64(b.N), "ms/share-block")
		})
	}
}
