package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// TestMisbehaviourExcludesADeregisteredParty: misbehaviour recorded
// against a party that has deregistered excludes it all the same, and
// neither its operator account nor its signing key may register again.
func TestMisbehaviourExcludesADeregisteredParty(t *testing.T) {
	f := newFixture(t)
	f.withAttestationParams(t)
	alice := f.registerParty(t, "alice")
	_, err := f.msgs.DeregisterParty(f.ctx, &types.MsgDeregisterParty{Operator: alice})
	require.NoError(t, err)
	_, err = f.k.RecordMisbehaviour(f.ctx, types.Misbehaviour{Party: alice, Kind: types.MISBEHAVIOUR_KIND_INVALID_DEALING, CeremonyId: 1})
	require.NoError(t, err)
	p, err := f.k.Parties.Get(f.ctx, alice)
	require.NoError(t, err)
	require.Equal(t, types.PARTY_STATUS_EXCLUDED, p.Status)

	_, err = inTx(f, &types.MsgRegisterParty{
		Operator: alice, SigningAddress: signingAddress("alice 2"), EncryptionKey: []byte("ek2"),
		AttestationDocument: []byte("good:" + alice),
	}, f.msgs.RegisterParty)
	require.ErrorIs(t, err, types.ErrMisbehaved, "the operator may not come back with a fresh enclave")
	bob := addr(t, "bob")
	_, err = inTx(f, &types.MsgRegisterParty{
		Operator: bob, SigningAddress: signingAddress("alice"), EncryptionKey: []byte("ek-bob"),
		AttestationDocument: []byte("good:" + bob),
	}, f.msgs.RegisterParty)
	require.ErrorIs(t, err, types.ErrMisbehaved, "its signing key may not come back under another operator")
}

// TestRecordedMisbehaviourRefusesReRegistration: a deregistered party with
// recorded misbehaviour (as in state exported before misbehaviour excluded
// deregistered parties) may not register again.
func TestRecordedMisbehaviourRefusesReRegistration(t *testing.T) {
	f := newFixture(t)
	f.withAttestationParams(t)
	carol := f.registerParty(t, "carol")
	_, err := f.msgs.DeregisterParty(f.ctx, &types.MsgDeregisterParty{Operator: carol})
	require.NoError(t, err)
	require.NoError(t, f.k.Misbehaviours.Set(f.ctx, 7, types.Misbehaviour{Id: 7, Party: carol, Kind: types.MISBEHAVIOUR_KIND_INVALID_DEALING, CeremonyId: 1}))
	_, err = inTx(f, &types.MsgRegisterParty{
		Operator: carol, SigningAddress: signingAddress("carol"), EncryptionKey: []byte("ek2"),
		AttestationDocument: []byte("good:" + carol),
	}, f.msgs.RegisterParty)
	require.ErrorIs(t, err, types.ErrMisbehaved)
	p, err := f.k.Parties.Get(f.ctx, carol)
	require.NoError(t, err)
	require.Equal(t, types.PARTY_STATUS_DEREGISTERED, p.Status, "the refused registration changed nothing")
}
