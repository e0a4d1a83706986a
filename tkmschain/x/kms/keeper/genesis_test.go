package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

func TestGenesisRoundTrip(t *testing.T) {
	// Build a state with something in every collection.
	e := newRequestEnv(t)
	resp, err := e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(nil))
	require.NoError(t, err)
	_, err = e.msgs.SubmitShares(e.ctx, &types.MsgSubmitShares{Operator: e.ops[3], Batches: []types.PartyShares{{RequestId: resp.RequestId, Batch: []byte("bad")}}})
	require.NoError(t, err)
	for _, op := range e.ops[:2] {
		_, err := e.msgs.SubmitShares(e.ctx, &types.MsgSubmitShares{Operator: op, Batches: []types.PartyShares{{RequestId: resp.RequestId, Batch: []byte{1, 2}}}})
		require.NoError(t, err)
	}
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
		{"shares for an unknown request are refused", func(g *types.GenesisState) { g.ShareBatches = []types.ShareBatch{{RequestId: 1}} }, true},
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
