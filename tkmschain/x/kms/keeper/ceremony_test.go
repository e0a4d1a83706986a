package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// fourParties registers four active parties and returns their operators.
func (f *fixture) fourParties(t *testing.T) []string {
	f.withAttestationParams(t)
	var ops []string
	for _, n := range []string{"p1", "p2", "p3", "p4"} {
		ops = append(ops, f.registerParty(t, n))
	}
	return ops
}

func (f *fixture) startDKG(t *testing.T, parties []string) uint64 {
	t.Helper()
	resp, err := f.msgs.StartCeremony(f.ctx, &types.MsgStartCeremony{Authority: f.authority, Kind: types.CEREMONY_KIND_DKG, Parties: parties, F: 1})
	require.NoError(t, err)
	return resp.CeremonyId
}

func (f *fixture) ceremony(t *testing.T, id uint64) types.Ceremony {
	t.Helper()
	c, err := f.k.Ceremonies.Get(f.ctx, id)
	require.NoError(t, err)
	return c
}

// untilPhase runs blocks until the ceremony reaches phase.
func (f *fixture) untilPhase(t *testing.T, id uint64, phase types.CeremonyPhase) {
	t.Helper()
	for range 100 {
		if f.ceremony(t, id).Phase == phase {
			return
		}
		f.endBlocks(t, 1)
	}
	t.Fatalf("ceremony %d never reached %s", id, phase)
}

func TestStartCeremony(t *testing.T) {
	f := newFixture(t)
	ops := f.fourParties(t)
	tests := []struct {
		name    string
		msg     *types.MsgStartCeremony
		wantErr error
	}{
		{"a non-gov signer cannot start a ceremony", &types.MsgStartCeremony{Authority: ops[0], Kind: types.CEREMONY_KIND_DKG, Parties: ops}, types.ErrUnauthorized},
		{"too few parties for f are refused", &types.MsgStartCeremony{Authority: f.authority, Kind: types.CEREMONY_KIND_DKG, Parties: ops[:3], F: 1}, types.ErrInvalidCeremony},
		{"a repeated party is refused", &types.MsgStartCeremony{Authority: f.authority, Kind: types.CEREMONY_KIND_DKG, Parties: []string{ops[0], ops[1], ops[2], ops[0]}, F: 1}, types.ErrInvalidCeremony},
		{"an unregistered party is refused", &types.MsgStartCeremony{Authority: f.authority, Kind: types.CEREMONY_KIND_DKG, Parties: []string{ops[0], ops[1], ops[2], addr(t, "stranger")}, F: 1}, types.ErrUnknownParty},
		{"an unspecified kind is refused", &types.MsgStartCeremony{Authority: f.authority, Parties: ops, F: 1}, types.ErrInvalidCeremony},
		{"a DKG with a source epoch is refused", &types.MsgStartCeremony{Authority: f.authority, Kind: types.CEREMONY_KIND_DKG, Parties: ops, F: 1, SourceEpoch: 1}, types.ErrInvalidCeremony},
		{"a refresh of an unknown epoch is refused", &types.MsgStartCeremony{Authority: f.authority, Kind: types.CEREMONY_KIND_REFRESH, Parties: ops, F: 1, SourceEpoch: 4}, types.ErrUnknownKeySet},
		{"a DKG with f from params starts", &types.MsgStartCeremony{Authority: f.authority, Kind: types.CEREMONY_KIND_DKG, Parties: ops}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := f.msgs.StartCeremony(f.ctx, tc.msg)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			c := f.ceremony(t, resp.CeremonyId)
			require.Equal(t, types.CEREMONY_PHASE_DEALING, c.Phase)
			require.Equal(t, uint32(1), c.F)
			require.Equal(t, f.ctx.BlockHeight()+10, c.DealEnd)
		})
	}
}

func TestCeremonyMessages(t *testing.T) {
	f := newFixture(t)
	ops := f.fourParties(t)
	id := f.startDKG(t, ops)

	_, err := f.msgs.SubmitComplaint(f.ctx, &types.MsgSubmitComplaint{Operator: ops[0], CeremonyId: id, Dealer: 2, Complaint: []byte("c")})
	require.ErrorIs(t, err, types.ErrWrongPhase, "complaints wait for the complaint phase")
	_, err = f.msgs.SubmitDealing(f.ctx, &types.MsgSubmitDealing{Operator: ops[0], CeremonyId: 99, Dealing: []byte("d")})
	require.ErrorIs(t, err, types.ErrUnknownCeremony)
	_, err = f.msgs.SubmitDealing(f.ctx, &types.MsgSubmitDealing{Operator: ops[0], CeremonyId: id})
	require.ErrorIs(t, err, types.ErrInvalidDealing, "an empty dealing is refused")
	_, err = f.msgs.SubmitDealing(f.ctx, &types.MsgSubmitDealing{Operator: addr(t, "outsider"), CeremonyId: id, Dealing: []byte("d")})
	require.ErrorIs(t, err, types.ErrUnknownParty)

	for i, op := range ops {
		_, err := f.msgs.SubmitDealing(f.ctx, &types.MsgSubmitDealing{Operator: op, CeremonyId: id, Dealing: []byte{'d', byte(i)}})
		require.NoError(t, err)
	}
	_, err = f.msgs.SubmitDealing(f.ctx, &types.MsgSubmitDealing{Operator: ops[0], CeremonyId: id, Dealing: []byte("again")})
	require.ErrorIs(t, err, types.ErrDuplicate, "a second dealing is refused")

	f.untilPhase(t, id, types.CEREMONY_PHASE_COMPLAINING)
	_, err = f.msgs.SubmitDealing(f.ctx, &types.MsgSubmitDealing{Operator: ops[0], CeremonyId: id, Dealing: []byte("late")})
	require.ErrorIs(t, err, types.ErrWrongPhase, "a late dealing is refused")
	_, err = f.msgs.SubmitComplaint(f.ctx, &types.MsgSubmitComplaint{Operator: ops[0], CeremonyId: id, Dealer: 2, Complaint: []byte("bad")})
	require.ErrorIs(t, err, types.ErrInvalidComplaint, "a malformed complaint is refused")
	_, err = f.msgs.SubmitComplaint(f.ctx, &types.MsgSubmitComplaint{Operator: ops[0], CeremonyId: id, Dealer: 9, Complaint: []byte("c")})
	require.ErrorIs(t, err, types.ErrInvalidComplaint, "a complaint against a dealer without dealing is refused")
	_, err = f.msgs.SubmitComplaint(f.ctx, &types.MsgSubmitComplaint{Operator: addr(t, "outsider"), CeremonyId: id, Dealer: 2, Complaint: []byte("c")})
	require.ErrorIs(t, err, types.ErrNotInCeremony)
	_, err = f.msgs.SubmitComplaint(f.ctx, &types.MsgSubmitComplaint{Operator: ops[0], CeremonyId: id, Dealer: 2, Complaint: []byte("c")})
	require.NoError(t, err)
	_, err = f.msgs.SubmitComplaint(f.ctx, &types.MsgSubmitComplaint{Operator: ops[0], CeremonyId: id, Dealer: 2, Complaint: []byte("c")})
	require.ErrorIs(t, err, types.ErrDuplicate)
	_, err = f.msgs.SubmitComplaint(f.ctx, &types.MsgSubmitComplaint{Operator: ops[1], CeremonyId: id, Dealer: 3, Complaint: []byte("c")})
	require.NoError(t, err)

	f.untilPhase(t, id, types.CEREMONY_PHASE_JUSTIFYING)
	_, err = f.msgs.SubmitJustification(f.ctx, &types.MsgSubmitJustification{Operator: ops[1], CeremonyId: id, Complainer: 3, Justification: []byte("j")})
	require.ErrorIs(t, err, types.ErrInvalidJustification, "a justification without complaint is refused")
	_, err = f.msgs.SubmitJustification(f.ctx, &types.MsgSubmitJustification{Operator: ops[1], CeremonyId: id, Complainer: 1, Justification: []byte("j")})
	require.NoError(t, err, "dealer 2 answers party 1's complaint")
	_, err = f.msgs.SubmitJustification(f.ctx, &types.MsgSubmitJustification{Operator: ops[1], CeremonyId: id, Complainer: 1, Justification: []byte("j")})
	require.ErrorIs(t, err, types.ErrDuplicate)
	// Dealer 3 leaves party 2's complaint unanswered.

	f.untilPhase(t, id, types.CEREMONY_PHASE_FINALIZED)
	c := f.ceremony(t, id)
	require.Equal(t, uint64(1), c.ResultEpoch)
	require.Equal(t, []uint32{3}, c.Disqualified)
	ks, err := f.k.KeySets.Get(f.ctx, 1)
	require.NoError(t, err)
	require.Equal(t, types.KEY_SET_STATUS_ACTIVE, ks.Status)
	require.Equal(t, ops, ks.Parties)
	active, err := f.k.ActiveEpoch.Get(f.ctx)
	require.NoError(t, err)
	require.Equal(t, uint64(1), active)

	// The dealer that left a complaint unanswered is on record and excluded.
	p3, err := f.k.Parties.Get(f.ctx, ops[2])
	require.NoError(t, err)
	require.Equal(t, types.PARTY_STATUS_EXCLUDED, p3.Status)
	m, err := f.k.Misbehaviours.Get(f.ctx, 1)
	require.NoError(t, err)
	require.Equal(t, types.MISBEHAVIOUR_KIND_MISSING_JUSTIFICATION, m.Kind)
	open, err := f.k.OpenCeremonies.Has(f.ctx, id)
	require.NoError(t, err)
	require.False(t, open)
}

func TestInvalidDealingAndJustificationAreRecorded(t *testing.T) {
	f := newFixture(t)
	ops := f.fourParties(t)
	id := f.startDKG(t, ops)

	_, err := f.msgs.SubmitDealing(f.ctx, &types.MsgSubmitDealing{Operator: ops[3], CeremonyId: id, Dealing: []byte("bad dealing")})
	require.NoError(t, err, "the transaction succeeds so that the evidence is kept")
	has, err := f.k.Dealings.Has(f.ctx, collectionsJoin(id, 4))
	require.NoError(t, err)
	require.False(t, has, "an invalid dealing is not part of the transcript")
	p4, err := f.k.Parties.Get(f.ctx, ops[3])
	require.NoError(t, err)
	require.Equal(t, types.PARTY_STATUS_EXCLUDED, p4.Status)
	_, err = f.msgs.SubmitDealing(f.ctx, &types.MsgSubmitDealing{Operator: ops[3], CeremonyId: id, Dealing: []byte("d")})
	require.ErrorIs(t, err, types.ErrPartyNotActive, "an excluded party cannot deal again")

	for _, op := range ops[:3] {
		_, err := f.msgs.SubmitDealing(f.ctx, &types.MsgSubmitDealing{Operator: op, CeremonyId: id, Dealing: []byte("d" + op)})
		require.NoError(t, err)
	}
	f.untilPhase(t, id, types.CEREMONY_PHASE_COMPLAINING)
	_, err = f.msgs.SubmitComplaint(f.ctx, &types.MsgSubmitComplaint{Operator: ops[1], CeremonyId: id, Dealer: 1, Complaint: []byte("c")})
	require.NoError(t, err)
	f.untilPhase(t, id, types.CEREMONY_PHASE_JUSTIFYING)
	_, err = f.msgs.SubmitJustification(f.ctx, &types.MsgSubmitJustification{Operator: ops[0], CeremonyId: id, Complainer: 2, Justification: []byte("bad share")})
	require.NoError(t, err)
	ms, err := f.query.Misbehaviours(f.ctx, &types.QueryMisbehavioursRequest{})
	require.NoError(t, err)
	require.Len(t, ms.Misbehaviours, 2)
	require.Equal(t, types.MISBEHAVIOUR_KIND_INVALID_DEALING, ms.Misbehaviours[0].Kind)
	require.Equal(t, types.MISBEHAVIOUR_KIND_INVALID_JUSTIFICATION, ms.Misbehaviours[1].Kind)
	require.Equal(t, []byte("bad share"), ms.Misbehaviours[1].Evidence)

	// Two of four dealers remain: below n−f, so the ceremony fails, and no
	// restart is possible with only two active parties.
	f.untilPhase(t, id, types.CEREMONY_PHASE_FAILED)
	c := f.ceremony(t, id)
	require.NotEmpty(t, c.FailureReason)
	require.Zero(t, c.RestartedAs)
}

func TestFailedCeremonyRestartsUnderANewID(t *testing.T) {
	f := newFixture(t)
	ops := f.fourParties(t)
	id := f.startDKG(t, ops)
	// Only two dealings: too few qualified dealers.
	for _, op := range ops[:2] {
		_, err := f.msgs.SubmitDealing(f.ctx, &types.MsgSubmitDealing{Operator: op, CeremonyId: id, Dealing: []byte("d" + op)})
		require.NoError(t, err)
	}
	f.untilPhase(t, id, types.CEREMONY_PHASE_FAILED)
	c := f.ceremony(t, id)
	require.Equal(t, uint64(2), c.RestartedAs)
	require.Equal(t, []uint32{3, 4}, c.Absent, "the failed ceremony records who did not deal")
	retry := f.ceremony(t, 2)
	require.Equal(t, types.CEREMONY_PHASE_DEALING, retry.Phase)
	require.Equal(t, uint32(2), retry.Attempt)
	require.Equal(t, id, retry.PreviousId)
	require.Equal(t, ops, retry.Parties)
	require.Equal(t, uint64(2), retry.TargetEpoch, "a restart reserves a fresh epoch")

	// The restart completes when everyone deals.
	for _, op := range ops {
		_, err := f.msgs.SubmitDealing(f.ctx, &types.MsgSubmitDealing{Operator: op, CeremonyId: 2, Dealing: []byte("e" + op)})
		require.NoError(t, err)
	}
	f.untilPhase(t, 2, types.CEREMONY_PHASE_FINALIZED)
	// The failed attempt's reserved epoch stays unused.
	require.Equal(t, uint64(2), f.ceremony(t, 2).ResultEpoch)
}

func TestRefreshReplacesTheActiveKeySet(t *testing.T) {
	f := newFixture(t)
	ops := f.fourParties(t)
	f.completeDKG(t, ops)

	_, err := f.msgs.StartCeremony(f.ctx, &types.MsgStartCeremony{Authority: f.authority, Kind: types.CEREMONY_KIND_REFRESH, Parties: []string{ops[1], ops[0], ops[2], ops[3]}, F: 1, SourceEpoch: 1})
	require.ErrorIs(t, err, types.ErrInvalidCeremony, "a refresh keeps the party order")
	resp, err := f.msgs.StartCeremony(f.ctx, &types.MsgStartCeremony{Authority: f.authority, Kind: types.CEREMONY_KIND_REFRESH, Parties: ops, F: 1, SourceEpoch: 1})
	require.NoError(t, err)
	for _, op := range ops {
		_, err := f.msgs.SubmitDealing(f.ctx, &types.MsgSubmitDealing{Operator: op, CeremonyId: resp.CeremonyId, Dealing: []byte("r" + op)})
		require.NoError(t, err)
	}
	f.untilPhase(t, resp.CeremonyId, types.CEREMONY_PHASE_FINALIZED)
	old, err := f.k.KeySets.Get(f.ctx, 1)
	require.NoError(t, err)
	require.Equal(t, types.KEY_SET_STATUS_RETIRED, old.Status)
	active, err := f.query.ActiveKeySet(f.ctx, &types.QueryActiveKeySetRequest{})
	require.NoError(t, err)
	require.Equal(t, uint64(2), active.KeySet.Epoch)
}

// TestAFailedRefreshWithoutAPartyRestartsAsAReshare: a refresh keeps its
// parties, so one that fails with a party blamed (and excluded) restarts as
// a reshare of the same key set to the parties left.
func TestAFailedRefreshWithoutAPartyRestartsAsAReshare(t *testing.T) {
	f := newFixture(t)
	f.withAttestationParams(t)
	var ops []string
	for _, n := range []string{"p1", "p2", "p3", "p4", "p5"} {
		ops = append(ops, f.registerParty(t, n))
	}
	epoch := f.completeDKG(t, ops)
	resp, err := f.msgs.StartCeremony(f.ctx, &types.MsgStartCeremony{Authority: f.authority, Kind: types.CEREMONY_KIND_REFRESH, Parties: ops, F: 1, SourceEpoch: epoch})
	require.NoError(t, err)
	id := resp.CeremonyId
	// Party 4 is silent; party 5 deals but leaves a complaint unanswered:
	// three qualified dealers of five, too few.
	for _, op := range []string{ops[0], ops[1], ops[2], ops[4]} {
		_, err := f.msgs.SubmitDealing(f.ctx, &types.MsgSubmitDealing{Operator: op, CeremonyId: id, Dealing: []byte("r" + op)})
		require.NoError(t, err)
	}
	f.untilPhase(t, id, types.CEREMONY_PHASE_COMPLAINING)
	_, err = f.msgs.SubmitComplaint(f.ctx, &types.MsgSubmitComplaint{Operator: ops[0], CeremonyId: id, Dealer: 5, Complaint: []byte("c")})
	require.NoError(t, err)
	f.untilPhase(t, id, types.CEREMONY_PHASE_FAILED)
	failed := f.ceremony(t, id)
	require.Equal(t, []uint32{4}, failed.Absent)
	p5, err := f.k.Parties.Get(f.ctx, ops[4])
	require.NoError(t, err)
	require.Equal(t, types.PARTY_STATUS_EXCLUDED, p5.Status)

	retry := f.ceremony(t, failed.RestartedAs)
	require.Equal(t, types.CEREMONY_KIND_RESHARE, retry.Kind)
	require.Equal(t, ops[:4], retry.Parties)
	require.Equal(t, epoch, retry.SourceEpoch)
	require.Equal(t, []uint32{1, 2, 3, 4}, retry.SourceDealers)
	for _, op := range ops[:4] {
		_, err := f.msgs.SubmitDealing(f.ctx, &types.MsgSubmitDealing{Operator: op, CeremonyId: retry.Id, Dealing: []byte("s" + op)})
		require.NoError(t, err)
	}
	f.untilPhase(t, retry.Id, types.CEREMONY_PHASE_FINALIZED)
	ks, err := f.k.KeySets.Get(f.ctx, f.ceremony(t, retry.Id).ResultEpoch)
	require.NoError(t, err)
	require.Equal(t, ops[:4], ks.Parties)
}

// completeDKG runs a clean DKG over parties and returns the epoch.
func (f *fixture) completeDKG(t *testing.T, parties []string) uint64 {
	t.Helper()
	id := f.startDKG(t, parties)
	for _, op := range parties {
		_, err := f.msgs.SubmitDealing(f.ctx, &types.MsgSubmitDealing{Operator: op, CeremonyId: id, Dealing: []byte("d" + op)})
		require.NoError(t, err)
	}
	f.untilPhase(t, id, types.CEREMONY_PHASE_FINALIZED)
	return f.ceremony(t, id).ResultEpoch
}

func TestCeremonyTheDKGCannotRunIsNotStarted(t *testing.T) {
	f := newFixture(t)
	ops := f.fourParties(t)
	bad := addr(t, "badkey")
	_, err := f.msgs.RegisterParty(f.ctx, &types.MsgRegisterParty{
		Operator: bad, SigningAddress: signingAddress("badkey"), EncryptionKey: []byte("bad key"),
		AttestationDocument: []byte("good:" + bad),
	})
	require.NoError(t, err)
	_, err = f.msgs.StartCeremony(f.ctx, &types.MsgStartCeremony{Authority: f.authority, Kind: types.CEREMONY_KIND_DKG, Parties: []string{ops[0], ops[1], ops[2], bad}, F: 1})
	require.ErrorIs(t, err, types.ErrInvalidCeremony)
	_, err = f.k.Ceremonies.Get(f.ctx, 1)
	require.Error(t, err, "nothing was stored")
}

// TestKeySetsActivateOnlyForward: a key set older than the active one (its
// ceremony finished after a later one) is kept, retired, and never active.
func TestKeySetsActivateOnlyForward(t *testing.T) {
	f := newFixture(t)
	set := func(epoch uint64) types.KeySet {
		return types.KeySet{Epoch: epoch, F: 1, Parties: []string{"a"}, VerificationKeys: [][]byte{{1}}, Status: types.KEY_SET_STATUS_ACTIVE}
	}
	require.NoError(t, f.k.ActivateKeySet(f.ctx, set(3)))
	require.NoError(t, f.k.ActivateKeySet(f.ctx, set(2)))
	active, err := f.k.ActiveEpoch.Get(f.ctx)
	require.NoError(t, err)
	require.Equal(t, uint64(3), active, "the newer key set stays active")
	old, err := f.k.KeySets.Get(f.ctx, 2)
	require.NoError(t, err)
	require.Equal(t, types.KEY_SET_STATUS_RETIRED, old.Status)
	newer, err := f.k.KeySets.Get(f.ctx, 3)
	require.NoError(t, err)
	require.Equal(t, types.KEY_SET_STATUS_ACTIVE, newer.Status)
	require.NoError(t, f.k.ActivateKeySet(f.ctx, set(4)))
	active, err = f.k.ActiveEpoch.Get(f.ctx)
	require.NoError(t, err)
	require.Equal(t, uint64(4), active, "a newer one still activates")
}
