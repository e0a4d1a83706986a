package keeper_test

import (
	"testing"

	"cosmossdk.io/collections"

	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

func TestGenesisRoundTrip(t *testing.T) {
	// Build a state with something in every collection.
	e := newRequestEnv(t)
	resp, err := e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(nil))
	require.NoError(t, err)
	round := e.sealedRound(t, resp.RequestId)
	_, err = e.msgs.SubmitShares(e.ctx, shares(e.ops[3], round, []byte("bad")))
	require.NoError(t, err)
	for _, op := range e.ops[:2] {
		_, err := e.msgs.SubmitShares(e.ctx, shares(op, round, []byte{1, 2}))
		require.NoError(t, err)
	}
	// A pending round and an open one.
	e.otherPublicRequest(t, 2, [][]byte{hostCT("ct three")})
	e.endBlocks(t, 1)
	e.otherPublicRequest(t, 3, [][]byte{hostCT("ct four")})
	_, err = e.msgs.RegisterApp(e.ctx, &types.MsgRegisterApp{Admin: e.requester, Name: "app"})
	require.NoError(t, err)
	_, err = e.msgs.StartCeremony(e.ctx, &types.MsgStartCeremony{Authority: e.authority, Kind: types.CEREMONY_KIND_REFRESH, Parties: e.ops[:3], F: 0, SourceEpoch: 1})
	require.Error(t, err) // a refresh needs the same parties; leaves nothing behind
	// An open ceremony with a dealing (p4 is excluded, so use a DKG over the others plus a new party).
	p5 := e.registerParty(t, "p5")
	open, err := e.msgs.StartCeremony(e.ctx, &types.MsgStartCeremony{Authority: e.authority, Kind: types.CEREMONY_KIND_DKG, Parties: []string{e.ops[0], e.ops[1], e.ops[2], p5}, F: 1})
	require.NoError(t, err)
	_, err = e.msgs.SubmitDealing(e.ctx, &types.MsgSubmitDealing{Operator: p5, CeremonyId: open.CeremonyId, Dealing: []byte("dealing")})
	require.NoError(t, err)

	exported, err := e.k.ExportGenesis(e.ctx)
	require.NoError(t, err)
	require.NoError(t, exported.Validate())
	require.NotEmpty(t, exported.Requests)
	require.NotEmpty(t, exported.ShareBatches)
	require.NotEmpty(t, exported.Results)
	require.NotEmpty(t, exported.Misbehaviours)
	require.NotEmpty(t, exported.HostHeaders)
	require.NotEmpty(t, exported.Dealings)

	g := newFixture(t)
	g.ctx = g.ctx.WithBlockHeight(e.ctx.BlockHeight())
	require.NoError(t, g.k.InitGenesis(g.ctx, *exported))
	again, err := g.k.ExportGenesis(g.ctx)
	require.NoError(t, err)
	require.Equal(t, exported, again)

	// Sequences continue where they were, and derived indexes are rebuilt.
	app, err := g.msgs.RegisterApp(g.ctx, &types.MsgRegisterApp{Admin: e.requester, Name: "next"})
	require.NoError(t, err)
	require.Equal(t, uint64(2), app.AppId)
	g.fund(e.requester, 5_000)
	_, err = g.msgs.RequestPublicDecryption(g.ctx, e.publicMsg(nil))
	require.ErrorIs(t, err, types.ErrReplayedRequest, "the replay index survives the round trip")
	open2, err := g.k.OpenCeremonies.Has(g.ctx, open.CeremonyId)
	require.NoError(t, err)
	require.True(t, open2)
	for _, r := range exported.ShareRounds {
		want := r.Status == types.ROUND_STATUS_OPEN
		open, err := g.k.OpenRounds.Has(g.ctx, collections.Join3(r.KeyEpoch, int32(r.RequestKind), r.HostChainId+r.AppId))
		require.NoError(t, err)
		if want {
			require.True(t, open, "the open round still takes this block's requests")
		}
		pending, err := g.k.PendingRounds.Has(g.ctx, collections.Join(r.ExpiresHeight, r.Id))
		require.NoError(t, err)
		require.Equal(t, r.Status == types.ROUND_STATUS_OPEN || r.Status == types.ROUND_STATUS_PENDING, pending)
	}
	for _, r := range exported.Requests {
		in, err := g.k.RoundRequests.Has(g.ctx, collections.Join(r.RoundId, r.Id))
		require.NoError(t, err)
		require.True(t, in, "round membership is rebuilt from the requests")
	}
	owner, err := g.k.Parties.Indexes.Signer.MatchExact(g.ctx, signingAddress("p1"))
	require.NoError(t, err)
	require.Equal(t, e.ops[0], owner)
}

func TestGenesisValidation(t *testing.T) {
	party := types.Party{Operator: "op1", SigningAddress: signingAddress("p1"), Status: types.PARTY_STATUS_ACTIVE}
	tests := []struct {
		name    string
		mut     func(*types.GenesisState)
		wantErr bool
	}{
		{"the default genesis is valid", func(*types.GenesisState) {}, false},
		{"invalid params are refused", func(g *types.GenesisState) { g.Params.MaxHandlesPerRequest = 0 }, true},
		{"a repeated host chain is refused", func(g *types.GenesisState) { g.HostChains = []types.HostChain{hostChain(1), hostChain(1)} }, true},
		{"a header for an unknown host chain is refused", func(g *types.GenesisState) {
			g.HostHeaders = []types.HostHeader{{ChainId: 1, Number: 1, Hash: make([]byte, 32), StateRoot: make([]byte, 32)}}
		}, true},
		{"two parties with one signing address are refused", func(g *types.GenesisState) {
			p2 := party
			p2.Operator = "op2"
			g.Parties = []types.Party{party, p2}
		}, true},
		{"a party without status is refused", func(g *types.GenesisState) {
			p := party
			p.Status = types.PARTY_STATUS_UNSPECIFIED
			g.Parties = []types.Party{p}
		}, true},
		{"a ceremony id at or above the next id is refused", func(g *types.GenesisState) {
			g.Ceremonies = []types.Ceremony{{Id: 1, Phase: types.CEREMONY_PHASE_DEALING, Parties: []string{"op1"}}}
		}, true},
		{"a dealing for an unknown ceremony is refused", func(g *types.GenesisState) { g.Dealings = []types.Dealing{{CeremonyId: 3}} }, true},
		{"an active epoch without key set is refused", func(g *types.GenesisState) { g.ActiveEpoch = 2 }, true},
		{"a request under an unknown key set is refused", func(g *types.GenesisState) {
			g.NextRequestId = 2
			g.Requests = []types.DecryptionRequest{{Id: 1, KeyEpoch: 1, Status: types.REQUEST_STATUS_PENDING}}
		}, true},
		{"a request outside any share round is refused", func(g *types.GenesisState) {
			g.NextRequestId, g.NextEpoch = 2, 2
			g.KeySets = []types.KeySet{{Epoch: 1, Parties: []string{"op1"}, VerificationKeys: [][]byte{{1}}}}
			g.Requests = []types.DecryptionRequest{{Id: 1, KeyEpoch: 1, Kind: types.REQUEST_KIND_PUBLIC, Status: types.REQUEST_STATUS_PENDING, RoundId: 1,
				HostOracle: hostChain(1).DecryptionOracle, HostRequestId: make([]byte, 32)}}
		}, true},
		{"a request in a round of another share kind is refused", func(g *types.GenesisState) {
			g.NextRequestId, g.NextEpoch, g.NextRoundId = 2, 2, 2
			g.KeySets = []types.KeySet{{Epoch: 1, Parties: []string{"op1"}, VerificationKeys: [][]byte{{1}}}}
			g.ShareRounds = []types.ShareRound{{Id: 1, KeyEpoch: 1, Kind: types.SHARE_KIND_REENCRYPTION, Status: types.ROUND_STATUS_PENDING,
				RequestKind: types.REQUEST_KIND_USER, HostChainId: 1}}
			g.Requests = []types.DecryptionRequest{{Id: 1, KeyEpoch: 1, Kind: types.REQUEST_KIND_PUBLIC, Status: types.REQUEST_STATUS_PENDING, RoundId: 1,
				HostOracle: hostChain(1).DecryptionOracle, HostRequestId: make([]byte, 32), HostChainId: 1}}
		}, true},
		{"a request in a round of another origin is refused", func(g *types.GenesisState) {
			g.NextRequestId, g.NextEpoch, g.NextRoundId = 2, 2, 2
			g.KeySets = []types.KeySet{{Epoch: 1, Parties: []string{"op1"}, VerificationKeys: [][]byte{{1}}}}
			g.ShareRounds = []types.ShareRound{{Id: 1, KeyEpoch: 1, Kind: types.SHARE_KIND_DECRYPTION, Status: types.ROUND_STATUS_PENDING,
				RequestKind: types.REQUEST_KIND_PUBLIC, HostChainId: 1}}
			g.Requests = []types.DecryptionRequest{{Id: 1, KeyEpoch: 1, Kind: types.REQUEST_KIND_PUBLIC, Status: types.REQUEST_STATUS_PENDING, RoundId: 1,
				HostOracle: hostChain(1).DecryptionOracle, HostRequestId: make([]byte, 32), HostChainId: 2}}
		}, true},
		{"a round without a single origin is refused", func(g *types.GenesisState) {
			g.NextEpoch, g.NextRoundId = 2, 2
			g.KeySets = []types.KeySet{{Epoch: 1, Parties: []string{"op1"}, VerificationKeys: [][]byte{{1}}}}
			g.ShareRounds = []types.ShareRound{{Id: 1, KeyEpoch: 1, Kind: types.SHARE_KIND_DECRYPTION, Status: types.ROUND_STATUS_PENDING,
				RequestKind: types.REQUEST_KIND_APP, AppId: 1, HostChainId: 1}}
		}, true},
		{"a round under an unknown key set is refused", func(g *types.GenesisState) {
			g.NextRoundId = 2
			g.ShareRounds = []types.ShareRound{{Id: 1, KeyEpoch: 1, Kind: types.SHARE_KIND_DECRYPTION, Status: types.ROUND_STATUS_PENDING}}
		}, true},
		{"shares for an unknown round are refused", func(g *types.GenesisState) { g.ShareBatches = []types.ShareBatch{{RoundId: 1}} }, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := types.DefaultGenesis()
			tc.mut(g)
			err := g.Validate()
			if tc.wantErr {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
		})
	}
}
