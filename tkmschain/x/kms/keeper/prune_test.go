package keeper_test

import (
	"testing"
	"time"

	"cosmossdk.io/collections"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// storeSize counts the entries and bytes of the module's whole store.
func (f *fixture) storeSize(t *testing.T) (entries, bytes int) {
	t.Helper()
	it, err := f.store.OpenKVStore(f.ctx).Iterator(nil, nil)
	require.NoError(t, err)
	defer it.Close()
	for ; it.Valid(); it.Next() {
		entries++
		bytes += len(it.Key()) + len(it.Value())
	}
	return entries, bytes
}

// Under a steady stream of requests (a host header, a public request and
// an app request every block; two of three rounds answered, the rest
// expiring), the state stops growing once the retention window is full:
// work is pruned as fast as it comes.
func TestStateSizeStaysFlatUnderASteadyRequestStream(t *testing.T) {
	e := newRequestEnv(t)
	p, err := e.k.Params.Get(e.ctx)
	require.NoError(t, err)
	p.RetentionBlocks, p.RequestTimeoutBlocks = 20, 10
	_, err = e.msgs.UpdateParams(e.ctx, &types.MsgUpdateParams{Authority: e.authority, Params: p})
	require.NoError(t, err)
	e.fund(e.requester, 1_000_000)
	app, err := e.msgs.RegisterApp(e.ctx, &types.MsgRegisterApp{Admin: e.requester, Name: "payroll"})
	require.NoError(t, err)

	const blocks = 240
	var sizes []int
	var lastRound uint64
	for n := range blocks {
		// Host requests expire a minute (60 blocks) after they are made.
		e.expiry = uint64(e.ctx.BlockTime().Add(time.Minute).Unix())
		id := e.otherPublicRequest(t, int64(10+n), [][]byte{hostCT("ct a"), hostCT("ct b")})
		_, err := e.msgs.RequestAppDecryption(e.ctx, e.appMsg(t, app.AppId, "ct c"))
		require.NoError(t, err)
		if lastRound != 0 && n%3 != 0 {
			for _, op := range e.ops[:2] {
				_, err := e.msgs.SubmitShares(e.ctx, shares(op, lastRound, []byte("batch")))
				require.NoError(t, err)
			}
		}
		req, err := e.k.Requests.Get(e.ctx, id)
		require.NoError(t, err)
		lastRound = req.RoundId
		e.endBlocks(t, 1)
		entries, _ := e.storeSize(t)
		sizes = append(sizes, entries)
	}
	// Retention (20 blocks) plus request timeout (10) plus host expiry (60)
	// are all behind us after 100 blocks.
	settled := sizes[120]
	for i, s := range sizes[120:] {
		require.LessOrEqual(t, s, settled+8, "block %d: %d entries, %d at block 120", 120+i, s, settled)
	}
	require.Less(t, sizes[blocks-1], 2*sizes[30], "the state does not grow with the number of requests served")

}

// A result stays queryable for the retention window after its round
// completed, then goes; its replay key stays until the host request
// expires, after which the chain refuses the host request as expired.
func TestCompletedWorkIsPrunedAfterTheRetentionWindow(t *testing.T) {
	e := newRequestEnv(t)
	p, err := e.k.Params.Get(e.ctx)
	require.NoError(t, err)
	p.RetentionBlocks = 20
	_, err = e.msgs.UpdateParams(e.ctx, &types.MsgUpdateParams{Authority: e.authority, Params: p})
	require.NoError(t, err)
	e.expiry = uint64(e.ctx.BlockTime().Add(time.Minute).Unix())
	id := e.otherPublicRequest(t, 2, [][]byte{hostCT("ct a")})
	round := e.sealedRound(t, id)
	for _, op := range e.ops[:2] {
		_, err := e.msgs.SubmitShares(e.ctx, shares(op, round, []byte("batch")))
		require.NoError(t, err)
	}
	e.endBlocks(t, 20) // the completing block and 19 more
	_, err = e.query.Result(e.ctx, &types.QueryResultRequest{RequestId: id})
	require.NoError(t, err, "queryable until the retention window has passed")

	e.endBlocks(t, 1)
	_, err = e.query.Result(e.ctx, &types.QueryResultRequest{RequestId: id})
	require.Error(t, err, "pruned after the retention window")
	has, err := e.k.Requests.Has(e.ctx, id)
	require.NoError(t, err)
	require.False(t, has)
	has, err = e.k.ShareRounds.Has(e.ctx, round)
	require.NoError(t, err)
	require.False(t, has)
	has, err = e.k.HostHeaders.Has(e.ctx, collections.Join(uint64(hostID), uint64(100)))
	require.NoError(t, err)
	require.False(t, has, "an old header is pruned")
	latest, err := e.k.LatestHostHeader.Get(e.ctx, hostID)
	require.NoError(t, err)
	has, err = e.k.HostHeaders.Has(e.ctx, collections.Join(uint64(hostID), latest))
	require.NoError(t, err)
	require.True(t, has, "the latest header of a chain is kept")

	// The host request (still valid on the host) cannot be carried again.
	again := func() error {
		_, err := inTx(e.fixture, e.otherPublicRequestMsg(t, 2, [][]byte{hostCT("ct a")}), e.msgs.RequestPublicDecryption)
		return err
	}
	require.ErrorIs(t, again(), types.ErrReplayedRequest, "the replay key outlives the request")
	e.endBlocks(t, 40) // past the host expiry
	require.ErrorIs(t, again(), types.ErrRequestExpired, "an expired host request is refused")
	n, err := countReplay(e)
	require.NoError(t, err)
	require.Zero(t, n, "its replay key is gone")
}

// countReplay counts the Replay entries (whatever the key's layout).
func countReplay(e *requestEnv) (int, error) {
	iter, err := e.k.Replay.Iterate(e.ctx, nil)
	if err != nil {
		return 0, err
	}
	keys, err := iter.Keys()
	return len(keys), err
}

// A genesis export carries the pruning schedule and the replay keys of
// pruned completed requests: after import, the host request is still
// refused as a replay until it expires.
func TestPruningStateSurvivesGenesisExport(t *testing.T) {
	e := newRequestEnv(t)
	p, err := e.k.Params.Get(e.ctx)
	require.NoError(t, err)
	p.RetentionBlocks = 5
	_, err = e.msgs.UpdateParams(e.ctx, &types.MsgUpdateParams{Authority: e.authority, Params: p})
	require.NoError(t, err)
	e.expiry = uint64(e.ctx.BlockTime().Add(time.Minute).Unix())
	id := e.otherPublicRequest(t, 2, [][]byte{hostCT("ct a")})
	round := e.sealedRound(t, id)
	for _, op := range e.ops[:2] {
		_, err := e.msgs.SubmitShares(e.ctx, shares(op, round, []byte("batch")))
		require.NoError(t, err)
	}
	e.endBlocks(t, 6)
	has, err := e.k.Requests.Has(e.ctx, id)
	require.NoError(t, err)
	require.False(t, has, "the request is pruned")
	e.otherPublicRequest(t, 3, [][]byte{hostCT("ct b")})
	e.endBlocks(t, 1) // its round is sealed, not closed

	exported, err := e.k.ExportGenesis(e.ctx)
	require.NoError(t, err)
	require.NoError(t, exported.Validate())
	require.Len(t, exported.ReplayRecords, 1)

	g := newFixture(t)
	g.ctx = g.ctx.WithBlockHeight(e.ctx.BlockHeight()).WithBlockTime(e.ctx.BlockTime())
	require.NoError(t, g.k.InitGenesis(g.ctx, *exported))
	again, err := g.k.ExportGenesis(g.ctx)
	require.NoError(t, err)
	require.Equal(t, exported, again)
	e.fixture = g
	e.fund(e.requester, 10_000)
	_, err = inTx(g, e.otherPublicRequestMsg(t, 2, [][]byte{hostCT("ct a")}), g.msgs.RequestPublicDecryption)
	require.ErrorIs(t, err, types.ErrReplayedRequest, "the imported chain still refuses the replay")
}
