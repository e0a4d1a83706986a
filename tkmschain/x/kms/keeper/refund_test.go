package keeper_test

import (
	"testing"

	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// TestRequestersThatCannotBeRefundedAreRefused: a module account or an
// account the bank blocks may not request a decryption (its refund could
// not be paid), whatever the request kind; nothing is escrowed.
func TestRequestersThatCannotBeRefundedAreRefused(t *testing.T) {
	e := newRequestEnv(t)
	gov := addr(t, "gov")
	e.bank.blocked[gov] = true
	e.fund(gov, 5_000)
	kms, err := accCodec.BytesToString(authtypes.NewModuleAddress(types.ModuleName))
	require.NoError(t, err)
	e.fund(kms, 5_000)
	for _, requester := range []string{gov, kms} {
		_, err := inTx(e.fixture, e.publicMsg(func(m *types.MsgRequestPublicDecryption) { m.Requester = requester }), e.msgs.RequestPublicDecryption)
		require.ErrorIs(t, err, types.ErrBlockedRequester, "public request by %s", requester)
	}
	app, err := e.msgs.RegisterApp(e.ctx, &types.MsgRegisterApp{Admin: e.requester, Name: "payroll", Requesters: []string{gov, kms}})
	require.NoError(t, err)
	cts := [][]byte{appCT(app.AppId, "one")}
	for _, requester := range []string{gov, kms} {
		_, err := inTx(e.fixture, &types.MsgRequestAppDecryption{Requester: requester, AppId: app.AppId, Handles: [][]byte{crypto.Keccak256(cts[0])}, Ciphertexts: cts}, e.msgs.RequestAppDecryption)
		require.ErrorIs(t, err, types.ErrBlockedRequester, "app request by %s", requester)
	}
	require.Equal(t, int64(5_000), e.bank.balances[gov].AmountOf(types.DefaultDenom).Int64(), "nothing escrowed")
	require.Equal(t, int64(5_000), e.bank.balances[kms].AmountOf(types.DefaultDenom).Int64(), "nothing escrowed")
}

// TestAFailedRefundDoesNotHaltTheChain: a request whose requester the bank
// will not pay (recorded before such requesters were refused) expires with
// an EventRefundFailed; EndBlock succeeds and the other requests of the
// round expire and are refunded.
func TestAFailedRefundDoesNotHaltTheChain(t *testing.T) {
	e := newRequestEnv(t)
	other := addr(t, "other relayer")
	e.fund(other, 10_000)
	blocked, err := e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(nil))
	require.NoError(t, err)
	msg := e.otherPublicRequestMsg(t, 7, [][]byte{hostCT("seven")})
	msg.Requester = other
	fine, err := e.msgs.RequestPublicDecryption(e.ctx, msg)
	require.NoError(t, err)
	e.bank.blocked[e.requester] = true
	e.ctx = e.ctx.WithEventManager(sdk.NewEventManager())
	e.endBlocks(t, 101)
	for _, id := range []uint64{blocked.RequestId, fine.RequestId} {
		req, err := e.k.Requests.Get(e.ctx, id)
		require.NoError(t, err)
		require.Equal(t, types.REQUEST_STATUS_EXPIRED, req.Status, "request %d", id)
	}
	require.Equal(t, int64(10_000), e.bank.balances[other].AmountOf(types.DefaultDenom).Int64(), "the other requester is refunded")
	require.Equal(t, int64(9_000), e.bank.balances[e.requester].AmountOf(types.DefaultDenom).Int64(), "the blocked requester is not paid")
	require.Equal(t, int64(1_000), e.bank.balances["module:kms"].AmountOf(types.DefaultDenom).Int64(), "its fee stays in the module")
	var failed []string
	for _, ev := range e.ctx.EventManager().Events() {
		if ev.Type == "tkms.kms.v1.EventRefundFailed" {
			for _, a := range ev.Attributes {
				if a.Key == "request_id" {
					failed = append(failed, a.Value)
				}
			}
		}
	}
	require.Equal(t, []string{`"1"`}, failed)
}
