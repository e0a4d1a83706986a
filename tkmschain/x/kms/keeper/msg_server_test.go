package keeper_test

import (
	"testing"

	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

func TestUpdateParams(t *testing.T) {
	f := newFixture(t)
	valid := types.DefaultParams()
	valid.RequestTimeoutBlocks = 7
	bad := types.DefaultParams()
	bad.DealPhaseBlocks = 0
	tests := []struct {
		name    string
		msg     *types.MsgUpdateParams
		wantErr error
	}{
		{"a non-gov signer is refused", &types.MsgUpdateParams{Authority: addr(t, "mallory"), Params: valid}, types.ErrUnauthorized},
		{"invalid params are refused", &types.MsgUpdateParams{Authority: f.authority, Params: bad}, types.ErrInvalidParams},
		{"gov replaces the params", &types.MsgUpdateParams{Authority: f.authority, Params: valid}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := f.msgs.UpdateParams(f.ctx, tc.msg)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			got, err := f.k.Params.Get(f.ctx)
			require.NoError(t, err)
			require.Equal(t, tc.msg.Params, got)
		})
	}
}

func hostChain(id uint64) types.HostChain {
	return types.HostChain{
		ChainId: id, Name: "anvil",
		DecryptionOracle:  "0x1000000000000000000000000000000000000001",
		Acl:               "0x1000000000000000000000000000000000000002",
		KmsVerifier:       "0x1000000000000000000000000000000000000003",
		InputVerifier:     "0x1000000000000000000000000000000000000004",
		ConfirmationDepth: 2,
	}
}

func TestHostChainRegistry(t *testing.T) {
	f := newFixture(t)
	badAddr := hostChain(5)
	badAddr.Acl = "0x12"
	zeroDepth := hostChain(6)
	zeroDepth.ConfirmationDepth = 0
	updated := hostChain(1)
	updated.ConfirmationDepth = 12
	tests := []struct {
		name    string
		run     func() error
		wantErr error
	}{
		{"gov registers a host chain", func() error {
			_, err := f.msgs.RegisterHostChain(f.ctx, &types.MsgRegisterHostChain{Authority: f.authority, HostChain: hostChain(1)})
			return err
		}, nil},
		{"registering the same chain id twice fails", func() error {
			_, err := f.msgs.RegisterHostChain(f.ctx, &types.MsgRegisterHostChain{Authority: f.authority, HostChain: hostChain(1)})
			return err
		}, types.ErrHostChainExists},
		{"a non-gov signer cannot register", func() error {
			_, err := f.msgs.RegisterHostChain(f.ctx, &types.MsgRegisterHostChain{Authority: addr(t, "x"), HostChain: hostChain(2)})
			return err
		}, types.ErrUnauthorized},
		{"a malformed contract address is refused", func() error {
			_, err := f.msgs.RegisterHostChain(f.ctx, &types.MsgRegisterHostChain{Authority: f.authority, HostChain: badAddr})
			return err
		}, types.ErrInvalidHostChain},
		{"a zero confirmation depth is refused", func() error {
			_, err := f.msgs.RegisterHostChain(f.ctx, &types.MsgRegisterHostChain{Authority: f.authority, HostChain: zeroDepth})
			return err
		}, types.ErrInvalidHostChain},
		{"updating an unknown chain fails", func() error {
			_, err := f.msgs.UpdateHostChain(f.ctx, &types.MsgUpdateHostChain{Authority: f.authority, HostChain: hostChain(9)})
			return err
		}, types.ErrUnknownHostChain},
		{"gov updates a registered chain", func() error {
			_, err := f.msgs.UpdateHostChain(f.ctx, &types.MsgUpdateHostChain{Authority: f.authority, HostChain: updated})
			return err
		}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.run()
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
		})
	}
	got, err := f.k.HostChains.Get(f.ctx, 1)
	require.NoError(t, err)
	require.Equal(t, uint64(12), got.ConfirmationDepth)
}

func TestRegisterParty(t *testing.T) {
	f := newFixture(t)
	alice := addr(t, "alice")
	msg := func(mut func(*types.MsgRegisterParty)) *types.MsgRegisterParty {
		m := &types.MsgRegisterParty{
			Operator: alice, SigningAddress: signingAddress("alice"), EncryptionKey: []byte("ek"),
			AttestationDocument: []byte("good:" + alice),
		}
		if mut != nil {
			mut(m)
		}
		return m
	}
	_, err := f.msgs.RegisterParty(f.ctx, msg(nil))
	require.ErrorIs(t, err, types.ErrBadAttestation, "without roots and allowlist nothing can be attested")

	f.withAttestationParams(t)
	tests := []struct {
		name    string
		msg     *types.MsgRegisterParty
		wantErr error
	}{
		{"a malformed signing address is refused", msg(func(m *types.MsgRegisterParty) { m.SigningAddress = "0xabc" }), types.ErrInvalidParty},
		{"the zero signing address is refused", msg(func(m *types.MsgRegisterParty) { m.SigningAddress = "0x0000000000000000000000000000000000000000" }), types.ErrInvalidParty},
		{"an empty encryption key is refused", msg(func(m *types.MsgRegisterParty) { m.EncryptionKey = nil }), types.ErrInvalidParty},
		{"a missing attestation document is refused", msg(func(m *types.MsgRegisterParty) { m.AttestationDocument = nil }), types.ErrInvalidParty},
		{"a document that does not verify is refused", msg(func(m *types.MsgRegisterParty) { m.AttestationDocument = []byte("forged") }), types.ErrBadAttestation},
		{"another operator's document is refused", msg(func(m *types.MsgRegisterParty) { m.AttestationDocument = []byte("good:" + addr(t, "bob")) }), types.ErrBadAttestation},
		{"a valid registration succeeds", msg(nil), nil},
		{"registering the same operator twice fails", msg(nil), types.ErrPartyExists},
		{"a second operator cannot reuse the signing address", &types.MsgRegisterParty{
			Operator: addr(t, "bob"), SigningAddress: signingAddress("alice"), EncryptionKey: []byte("ek"),
			AttestationDocument: []byte("good:" + addr(t, "bob")),
		}, types.ErrPartyExists},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := f.msgs.RegisterParty(f.ctx, tc.msg)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
		})
	}
	p, err := f.k.Parties.Get(f.ctx, alice)
	require.NoError(t, err)
	require.Equal(t, types.PARTY_STATUS_ACTIVE, p.Status)
	require.Equal(t, "party-v1", p.Measurement)
	require.Len(t, p.AttestationDigest, 32)
	// The verifier saw block time, the chain id and the operator as nonce.
	require.Equal(t, f.ctx.BlockTime(), f.attest.last.Now)
	require.Equal(t, testChainID, f.attest.last.ChainID)
	require.Equal(t, []byte(alice), f.attest.last.Nonce)
}

func TestDeregisterParty(t *testing.T) {
	f := newFixture(t)
	f.withAttestationParams(t)
	alice := f.registerParty(t, "alice")

	_, err := f.msgs.DeregisterParty(f.ctx, &types.MsgDeregisterParty{Operator: addr(t, "nobody")})
	require.ErrorIs(t, err, types.ErrUnknownParty)
	_, err = f.msgs.DeregisterParty(f.ctx, &types.MsgDeregisterParty{Operator: alice})
	require.NoError(t, err)
	_, err = f.msgs.DeregisterParty(f.ctx, &types.MsgDeregisterParty{Operator: alice})
	require.ErrorIs(t, err, types.ErrPartyNotActive, "deregistering twice fails")

	// A deregistered party may come back with a fresh enclave.
	_, err = f.msgs.RegisterParty(f.ctx, &types.MsgRegisterParty{
		Operator: alice, SigningAddress: signingAddress("alice"), EncryptionKey: []byte("ek2"),
		AttestationDocument: []byte("good:" + alice),
	})
	require.NoError(t, err)
}

func TestRegisterApp(t *testing.T) {
	f := newFixture(t)
	admin := addr(t, "admin")
	tests := []struct {
		name    string
		msg     *types.MsgRegisterApp
		wantErr error
	}{
		{"an empty name is refused", &types.MsgRegisterApp{Admin: admin}, types.ErrInvalidApp},
		{"a malformed requester is refused", &types.MsgRegisterApp{Admin: admin, Name: "a", Requesters: []string{"nope"}}, types.ErrInvalidApp},
		{"a repeated requester is refused", &types.MsgRegisterApp{Admin: admin, Name: "a", Requesters: []string{admin, admin}}, types.ErrInvalidApp},
		{"an unknown key epoch is refused", &types.MsgRegisterApp{Admin: admin, Name: "a", KeyEpoch: 3}, types.ErrUnknownKeySet},
		{"a valid app is registered", &types.MsgRegisterApp{Admin: admin, Name: "a", Requesters: []string{addr(t, "r")}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := f.msgs.RegisterApp(f.ctx, tc.msg)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			require.Equal(t, uint64(1), resp.AppId)
		})
	}
}

// fund gives an account coins in the fake bank.
func (f *fixture) fund(account string, amount int64) {
	f.bank.balances[account] = f.bank.balances[account].Add(sdk.NewCoin(types.DefaultDenom, sdkmath.NewInt(amount)))
}
