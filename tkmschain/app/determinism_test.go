package app_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"cosmossdk.io/log"
	sdkmath "cosmossdk.io/math"
	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/crypto/ed25519"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	cmttypes "github.com/cometbft/cometbft/types"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/cosmos/cosmos-sdk/baseapp"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"
	govv1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1"
	slashingtypes "github.com/cosmos/cosmos-sdk/x/slashing/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/app"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

const detChainID = "tkms-determinism-1"

// replica is one node's application, driven block by block without
// CometBFT: the same blocks given to several replicas must give the same
// app hash at every height.
type replica struct {
	app    *app.App
	height int64
	time   time.Time
}

// detGenesis is the genesis of the determinism test: one validator
// delegated by the first account, gov with a 2 s voting period and a
// 10utkms deposit, and one registered host chain.
func detGenesis(t *testing.T, a *app.App, keys []*secp256k1.PrivKey, vals []*cmttypes.Validator) []byte {
	t.Helper()
	var accs []authtypes.GenesisAccount
	var balances []banktypes.Balance
	fund := sdk.NewCoins(sdk.NewCoin(app.BondDenom, sdkmath.NewInt(1_000_000_000_000)))
	for i, k := range keys {
		addr := sdk.AccAddress(k.PubKey().Address())
		accs = append(accs, authtypes.NewBaseAccount(addr, nil, uint64(i), 0))
		balances = append(balances, banktypes.Balance{Address: addr.String(), Coins: fund})
	}
	genesis, err := simtestutil.GenesisStateWithValSet(a.AppCodec(), a.DefaultGenesis(), cmttypes.NewValidatorSet(vals), accs, balances...)
	require.NoError(t, err)
	// The SDK's helper funds the bonded pool for one validator only.
	var bank banktypes.GenesisState
	a.AppCodec().MustUnmarshalJSON(genesis[banktypes.ModuleName], &bank)
	pool := authtypes.NewModuleAddress(stakingtypes.BondedPoolName).String()
	for i, b := range bank.Balances {
		if b.Address == pool {
			bank.Balances[i].Coins = sdk.NewCoins(sdk.NewCoin(app.BondDenom, sdk.DefaultPowerReduction.MulRaw(int64(len(vals)))))
		}
	}
	genesis[banktypes.ModuleName] = a.AppCodec().MustMarshalJSON(&bank)
	// Validators bonded directly (not by gentx) need their signing infos in
	// the genesis for x/slashing.
	var slashing slashingtypes.GenesisState
	a.AppCodec().MustUnmarshalJSON(genesis[slashingtypes.ModuleName], &slashing)
	for _, v := range vals {
		cons := sdk.ConsAddress(v.Address)
		slashing.SigningInfos = append(slashing.SigningInfos, slashingtypes.SigningInfo{
			Address: cons.String(), ValidatorSigningInfo: slashingtypes.NewValidatorSigningInfo(cons, 0, 0, time.Unix(0, 0).UTC(), false, 0),
		})
	}
	genesis[slashingtypes.ModuleName] = a.AppCodec().MustMarshalJSON(&slashing)
	var gov govv1.GenesisState
	a.AppCodec().MustUnmarshalJSON(genesis[govtypes.ModuleName], &gov)
	voting, expedited := 2*time.Second, time.Second
	gov.Params.VotingPeriod, gov.Params.ExpeditedVotingPeriod = &voting, &expedited
	gov.Params.MinDeposit = sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 10))
	gov.Params.ExpeditedMinDeposit = sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 20))
	genesis[govtypes.ModuleName] = a.AppCodec().MustMarshalJSON(&gov)
	kms := types.DefaultGenesis()
	kms.HostChains = []types.HostChain{testHostChain(benchHost)}
	genesis[types.ModuleName] = a.AppCodec().MustMarshalJSON(kms)
	state, err := json.Marshal(genesis)
	require.NoError(t, err)
	return state
}

func newReplica(t *testing.T, keys []*secp256k1.PrivKey) *replica {
	t.Helper()
	val := cmttypes.NewValidator(ed25519.GenPrivKeyFromSecret([]byte("validator")).PubKey(), 1)
	return newReplicaWith(t, keys, []*cmttypes.Validator{val}, 0)
}

// newReplicaWith starts a replica with validators vals and, when veHeight
// is positive, vote extensions enabled from that height.
func newReplicaWith(t *testing.T, keys []*secp256k1.PrivKey, vals []*cmttypes.Validator, veHeight int64) *replica {
	t.Helper()
	return newReplicaOpts(t, keys, vals, veHeight, appOptions{})
}

// newReplicaOpts is newReplicaWith with app.toml options.
func newReplicaOpts(t *testing.T, keys []*secp256k1.PrivKey, vals []*cmttypes.Validator, veHeight int64, opts appOptions) *replica {
	t.Helper()
	a := app.New(log.NewNopLogger(), dbm.NewMemDB(), nil, true, opts, app.Options{Crypto: app.DefaultCrypto()},
		baseapp.SetChainID(detChainID))
	r := &replica{app: a, height: 1, time: time.Unix(1_800_000_000, 0).UTC()}
	cp := cmttypes.DefaultConsensusParams().ToProto()
	if veHeight > 0 {
		cp.Abci = &cmtproto.ABCIParams{VoteExtensionsEnableHeight: veHeight}
	}
	_, err := a.InitChain(&abci.RequestInitChain{
		ChainId: detChainID, AppStateBytes: detGenesis(t, a, keys, vals), InitialHeight: 1, Time: r.time, ConsensusParams: &cp,
	})
	require.NoError(t, err)
	return r
}

// finalize executes and commits one block; it returns the block's app
// hash and transaction results.
func (r *replica) finalize(t *testing.T, txs [][]byte) ([]byte, []*abci.ExecTxResult) {
	t.Helper()
	resp, err := r.app.FinalizeBlock(&abci.RequestFinalizeBlock{Height: r.height, Time: r.time, Txs: txs})
	require.NoError(t, err)
	_, err = r.app.Commit()
	require.NoError(t, err)
	r.height++
	r.time = r.time.Add(time.Second)
	return resp.AppHash, resp.TxResults
}

// TestIdenticalBlocksGiveIdenticalAppHashes runs the same blocks through
// independent replicas and compares their app hashes after every block.
// The blocks carry governance proposals refused at submission, with
// messages whose validation finds several faults at once (whose error text
// once depended on map order and reached state through x/gov's failed
// proposals), proposals that pass and fail to execute, one that executes,
// and invalid transactions.
func TestIdenticalBlocksGiveIdenticalAppHashes(t *testing.T) {
	if testing.Short() {
		t.Skip("runs several application instances")
	}
	const replicas = 6
	keys := []*secp256k1.PrivKey{secp256k1.GenPrivKeyFromSecret([]byte("delegator")), secp256k1.GenPrivKeyFromSecret([]byte("other"))}
	delegator := sdk.AccAddress(keys[0].PubKey().Address()).String()
	gov := authtypes.NewModuleAddress(govtypes.ModuleName).String()

	// Every fee zero (each of the three fees is invalid); host chains
	// whose four addresses lack 0x.
	zero := sdk.Coins{sdk.Coin{Denom: app.BondDenom, Amount: sdkmath.ZeroInt()}}
	params := types.DefaultParams()
	params.PublicDecryptionFee, params.UserDecryptionFee, params.AppDecryptionFee = zero, zero, zero
	noPrefix := func(id uint64) types.HostChain {
		hc := testHostChain(id)
		for _, a := range []*string{&hc.DecryptionOracle, &hc.Acl, &hc.KmsVerifier, &hc.InputVerifier} {
			*a = strings.TrimPrefix(*a, "0x")
		}
		return hc
	}
	refused := []sdk.Msg{
		&types.MsgUpdateParams{Authority: gov, Params: params},
		&types.MsgRegisterHostChain{Authority: gov, HostChain: noPrefix(7)},
		&types.MsgUpdateHostChain{Authority: gov, HostChain: noPrefix(benchHost)},
	}
	// Stateful failures (an unknown chain, a chain registered twice) and
	// a registration that leaves `disabled` out.
	proposals := []sdk.Msg{
		&types.MsgUpdateHostChain{Authority: gov, HostChain: testHostChain(9)},
		&types.MsgRegisterHostChain{Authority: gov, HostChain: testHostChain(8)},
		&types.MsgRegisterHostChain{Authority: gov, HostChain: testHostChain(benchHost)},
	}
	var seq uint64
	tx := func(priv *secp256k1.PrivKey, accNum uint64, msgs ...sdk.Msg) []byte {
		defer func() { seq++ }()
		return signTx(t, app.MakeEncodingConfig().TxConfig, detChainID, priv, accNum, seq, 1_000_000, msgs...)
	}
	var blocks [][][]byte
	var submit [][]byte
	for i, m := range append(slices.Clone(refused), proposals...) {
		anyMsg, err := codectypes.NewAnyWithValue(m)
		require.NoError(t, err)
		submit = append(submit, tx(keys[0], 0, &govv1.MsgSubmitProposal{
			Messages: []*codectypes.Any{anyMsg}, InitialDeposit: sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 10)),
			Proposer: delegator, Title: fmt.Sprintf("proposal %d", i+1), Summary: "determinism",
		}))
	}
	blocks = append(blocks, submit, nil)
	var votes [][]byte
	for i := range proposals {
		votes = append(votes, tx(keys[0], 0, &govv1.MsgVote{ProposalId: uint64(i + 1), Voter: delegator, Option: govv1.OptionYes}))
	}
	// A transaction not signed by its message's signer and garbage fail
	// in the block.
	votes = append(votes, signTx(t, app.MakeEncodingConfig().TxConfig, detChainID, keys[1], 1, 0, 1_000_000,
		&types.MsgUpdateHostChain{Authority: gov, HostChain: testHostChain(benchHost)}), []byte("not a transaction"))
	blocks = append(blocks, votes, nil, nil, nil, nil)

	var hashes [replicas][][]byte
	var outcomes [replicas][]string
	for i := range replicas {
		r := newReplica(t, keys)
		for b, txs := range blocks {
			h, results := r.finalize(t, txs)
			hashes[i] = append(hashes[i], h)
			if b == 0 {
				for j, res := range results {
					if j < len(refused) {
						require.NotZero(t, res.Code, "proposal %d is refused at submission", j+1)
						require.Contains(t, res.Log, "invalid proposal message")
					} else {
						require.Zero(t, res.Code, "proposal %d: %s", j+1, res.Log)
					}
				}
			}
		}
		ctx := r.app.NewContext(true)
		for id := range uint64(len(proposals)) {
			p, err := r.app.GovKeeper.Proposals.Get(ctx, id+1)
			require.NoError(t, err)
			outcomes[i] = append(outcomes[i], p.Status.String()+": "+p.FailedReason)
		}
		enabled, err := r.app.KmsKeeper.EnabledHostChains(ctx)
		require.NoError(t, err)
		require.Len(t, enabled, 2, "the chain registered without a word on `disabled` is enabled")
		require.Equal(t, uint64(8), enabled[0].ChainId)
	}
	t.Logf("proposal outcomes: %q", outcomes[0])
	require.True(t, strings.HasPrefix(outcomes[0][0], govv1.StatusFailed.String()), outcomes[0][0])
	require.Equal(t, govv1.StatusPassed.String()+": ", outcomes[0][1])
	require.True(t, strings.HasPrefix(outcomes[0][2], govv1.StatusFailed.String()), outcomes[0][2])
	for i := 1; i < replicas; i++ {
		for h := range hashes[0] {
			require.Equal(t, hashes[0][h], hashes[i][h], "replica %d's app hash differs at block %d", i, h+1)
		}
		require.Equal(t, outcomes[0], outcomes[i], "replica %d stored other proposal outcomes", i)
	}
}
