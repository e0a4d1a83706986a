package keeper_test

import (
	"testing"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/x/kms/keeper"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// recordingShares is fakeShares that records what it is asked to prefetch.
type recordingShares struct {
	fakeShares
	cts     []types.CiphertextWork
	batches []types.BatchWork
}

func (r *recordingShares) Prefetch(cts []types.CiphertextWork, batches []types.BatchWork) {
	r.cts, r.batches = cts, batches
}

// prefetchEnv is a request environment with a pending round (request
// one's), an app of the requester, and a keeper over the same state that
// records its prefetch.
type prefetchEnv struct {
	*requestEnv
	round uint64
	app   uint64
	rec   *recordingShares
	k     keeper.Keeper
}

func newPrefetchEnv(t *testing.T) *prefetchEnv {
	e := newRequestEnv(t)
	resp, err := e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(nil))
	require.NoError(t, err)
	app, err := e.msgs.RegisterApp(e.ctx, &types.MsgRegisterApp{Admin: e.requester, Name: "payroll"})
	require.NoError(t, err)
	p := &prefetchEnv{requestEnv: e, round: e.sealedRound(t, resp.RequestId), app: app.AppId, rec: &recordingShares{}}
	p.k = keeper.NewKeeper(e.enc.Codec, e.store, accCodec, e.authority, e.bank, keeper.Crypto{Shares: p.rec})
	return p
}

func tx(msgs ...sdk.Msg) keeper.PrefetchTx {
	return keeper.PrefetchTx{Msgs: msgs, GasLimit: 10_000_000}
}

func TestPrefetchHandsOverTheBlocksWork(t *testing.T) {
	e := newPrefetchEnv(t)
	ks, err := e.k.KeySets.Get(e.ctx, 1)
	require.NoError(t, err)
	e.k.Prefetch(e.ctx, []keeper.PrefetchTx{
		tx(e.appMsg(t, e.app, "ct a", "ct b")),
		tx(shares(e.ops[0], e.round, []byte("one"))),
		tx(shares(addr(t, "stranger"), e.round, []byte("not in the key set"))),
		tx(shares(e.ops[1], 99, []byte("no such round"))),
		tx(shares(e.ops[2], e.round, []byte("completes the round"))),
		tx(shares(e.ops[3], e.round, []byte("would be redundant"))),
	})
	require.Len(t, e.rec.cts, 2, "the request's two ciphertexts")
	require.Equal(t, ks.Encoded, e.rec.cts[0].KeySet)
	require.Equal(t, appCT(e.app, "ct b"), e.rec.cts[1].Ciphertext)
	require.Len(t, e.rec.batches, 2, "the f+1 batches that complete the round, nothing else")
	require.Equal(t, []uint32{1, 3}, []uint32{e.rec.batches[0].Index, e.rec.batches[1].Index})
	require.Equal(t, e.cts, e.rec.batches[0].Round.Requests[0].Ciphertexts)
}

// Prefetch takes only work that passes the checks execution makes before
// verifying, and no more than the transaction's gas pays for.
func TestPrefetchTakesOnlyWorkThatPassesTheCheapChecks(t *testing.T) {
	e := newPrefetchEnv(t)
	poor := addr(t, "poor")
	poorApp, err := e.msgs.RegisterApp(e.ctx, &types.MsgRegisterApp{Admin: poor, Name: "poor"})
	require.NoError(t, err)
	_, err = e.msgs.SubmitShares(e.ctx, shares(e.ops[3], e.round, []byte("bad batch: excludes party 4")))
	require.NoError(t, err)
	_, err = e.msgs.SubmitShares(e.ctx, shares(e.ops[2], e.round, []byte("answered")))
	require.NoError(t, err)
	unpaid := e.appMsg(t, poorApp.AppId, "ct a")
	unpaid.Requester = poor
	mismatched := e.appMsg(t, e.app, "ct a")
	mismatched.Handles = [][]byte{crypto.Keccak256([]byte("another"))}
	tooMany := e.appMsg(t, e.app, make([]string, 17)...)
	hostInputs := e.appMsg(t, e.app, "ct a")
	hostInputs.Ciphertexts = e.cts[:1]
	hostInputs.Handles = e.handles[:1]
	otherChain := e.publicMsg(nil)
	otherChain.HostRequestId = common.BigToHash(common.Big2).Bytes()
	otherChain.Ciphertexts = [][]byte{hostCTOn(hostID+1, "ct a")}
	otherChain.Handles = [][]byte{crypto.Keccak256(otherChain.Ciphertexts[0])}
	for _, tc := range []struct {
		name string
		tx   keeper.PrefetchTx
	}{
		{"a replayed host request", tx(e.publicMsg(nil))},
		{"a request whose requester cannot pay the fee", tx(unpaid)},
		{"a request whose handles are not its ciphertexts' hashes", tx(mismatched)},
		{"a request with more handles than allowed", tx(tooMany)},
		{"a request of an unknown app", tx(e.appMsg(t, 77, "ct a"))},
		{"an app request of host inputs", tx(hostInputs)},
		{"a public request of another host chain's inputs", tx(otherChain)},
		{"a batch of an excluded party", tx(shares(e.ops[3], e.round, []byte("again")))},
		{"a batch of a party that already answered the round", tx(shares(e.ops[2], e.round, []byte("again")))},
		{"an oversized batch", tx(shares(e.ops[0], e.round, make([]byte, types.MaxShareBatchLen(2)+1)))},
		{"a request its transaction's gas does not pay for", keeper.PrefetchTx{Msgs: []sdk.Msg{e.appMsg(t, e.app, "ct a", "ct b")}, GasLimit: keeper.GasCiphertext}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e.rec.cts, e.rec.batches = nil, nil
			e.k.Prefetch(e.ctx, []keeper.PrefetchTx{tc.tx})
			require.Empty(t, e.rec.cts)
			require.Empty(t, e.rec.batches)
		})
	}
}

// One sender gets at most the block's verification budget prefetched.
func TestPrefetchIsCappedPerSender(t *testing.T) {
	e := newPrefetchEnv(t)
	p, err := e.k.Params.Get(e.ctx)
	require.NoError(t, err)
	p.MaxSharesPerBatch, p.MaxShareVerificationsPerBlock = 16, 16
	_, err = e.msgs.UpdateParams(e.ctx, &types.MsgUpdateParams{Authority: e.authority, Params: p})
	require.NoError(t, err)
	other := addr(t, "other relayer")
	e.fund(other, 10_000)
	otherApp, err := e.msgs.RegisterApp(e.ctx, &types.MsgRegisterApp{Admin: other, Name: "other"})
	require.NoError(t, err)
	fromOther := e.appMsg(t, otherApp.AppId, "ct x", "ct y")
	fromOther.Requester = other
	// Two ciphertexts are 7 units (3.3 each, rounded up): two messages fit
	// one sender's 16, a third does not; another sender's still does.
	e.k.Prefetch(e.ctx, []keeper.PrefetchTx{
		tx(e.appMsg(t, e.app, "ct 1", "ct 2"), e.appMsg(t, e.app, "ct 3", "ct 4")),
		tx(e.appMsg(t, e.app, "ct 5", "ct 6")),
		tx(fromOther),
	})
	var got []string
	for _, w := range e.rec.cts {
		got = append(got, string(w.Ciphertext[:4])) // the body, without the label
	}
	require.Equal(t, []string{"ct 1", "ct 2", "ct 3", "ct 4", "ct x", "ct y"}, got)
}
