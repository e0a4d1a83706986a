package keeper_test

import (
	"sync/atomic"
	"testing"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/x/kms/keeper"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// countingShares is fakeShares counting the verifications asked of it.
type countingShares struct {
	fakeShares
	ciphertexts, batches *atomic.Int64
}

func (c countingShares) VerifyCiphertext(ks, ct []byte) error {
	c.ciphertexts.Add(1)
	return c.fakeShares.VerifyCiphertext(ks, ct)
}

func (c countingShares) VerifyShares(rc types.RoundContext, index uint32, batch []byte) error {
	c.batches.Add(1)
	return c.fakeShares.VerifyShares(rc, index, batch)
}

func newCountingEnv(t *testing.T) (*requestEnv, countingShares) {
	shares := countingShares{ciphertexts: new(atomic.Int64), batches: new(atomic.Int64)}
	f := newFixtureWith(t, func(f *fixture) keeper.Crypto {
		return keeper.Crypto{Attestation: f.attest, DKG: fakeDKG{}, Shares: shares}
	})
	return newRequestEnvOn(t, f), shares
}

func (e *requestEnv) appMsg(t *testing.T, appID uint64, cts ...string) *types.MsgRequestAppDecryption {
	t.Helper()
	m := &types.MsgRequestAppDecryption{Requester: e.requester, AppId: appID}
	for _, ct := range cts {
		m.Ciphertexts = append(m.Ciphertexts, appCT(appID, ct))
		m.Handles = append(m.Handles, crypto.Keccak256(appCT(appID, ct)))
	}
	return m
}

// A transaction's store writes are discarded when it fails; the block's
// verification budget is not, so a transaction that verifies and then
// fails (a later message of it failing, or anything after the
// verification) still uses the budget it spent.
func TestWorkOfAFailedTransactionStaysCounted(t *testing.T) {
	e := newRequestEnv(t)
	app, err := e.msgs.RegisterApp(e.ctx, &types.MsgRegisterApp{Admin: e.requester, Name: "payroll"})
	require.NoError(t, err)

	// The transaction runs in a branch of the block's state, as baseapp
	// runs it, and fails after the verification: its writes are dropped.
	txCtx, _ := e.ctx.CacheContext()
	_, err = e.msgs.RequestAppDecryption(txCtx, e.appMsg(t, app.AppId, "ct one", "ct two"))
	require.NoError(t, err)
	spent := e.k.BlockWork(e.ctx)
	require.NotZero(t, spent, "the failed transaction's verification is counted in the block")

	// With the budget at exactly what the failed transaction spent, the
	// block takes no more work.
	p, err := e.k.Params.Get(e.ctx)
	require.NoError(t, err)
	p.MaxHandlesPerRequest, p.MaxSharesPerBatch, p.MaxShareVerificationsPerBlock = 2, 2, uint32(spent)
	_, err = e.msgs.UpdateParams(e.ctx, &types.MsgUpdateParams{Authority: e.authority, Params: p})
	require.NoError(t, err)
	_, err = e.msgs.RequestAppDecryption(e.ctx, e.appMsg(t, app.AppId, "ct three"))
	require.ErrorIs(t, err, types.ErrBlockBudget, "the budget a failed transaction spent is not given back")

	e.endBlocks(t, 1)
	require.NoError(t, e.k.BeginBlock(e.ctx))
	_, err = e.msgs.RequestAppDecryption(e.ctx, e.appMsg(t, app.AppId, "ct three"))
	require.NoError(t, err, "the next block starts with the whole budget")
}

// Every execution of a block starts its budget at zero, also when the same
// height is executed again (a restart or an aborted optimistic execution),
// and work outside block execution is not counted.
func TestBlockBudgetStartsAtZeroInEveryExecution(t *testing.T) {
	e := newRequestEnv(t)
	app, err := e.msgs.RegisterApp(e.ctx, &types.MsgRegisterApp{Admin: e.requester, Name: "payroll"})
	require.NoError(t, err)
	require.NoError(t, e.k.BeginBlock(e.ctx))
	_, err = e.msgs.RequestAppDecryption(e.ctx, e.appMsg(t, app.AppId, "ct one"))
	require.NoError(t, err)
	require.NotZero(t, e.k.BlockWork(e.ctx))

	require.NoError(t, e.k.BeginBlock(e.ctx))
	require.Zero(t, e.k.BlockWork(e.ctx), "executing the height again starts from zero")

	checkCtx, _ := e.ctx.WithExecMode(sdk.ExecModeCheck).CacheContext()
	_, err = e.msgs.RequestAppDecryption(checkCtx, e.appMsg(t, app.AppId, "ct two"))
	require.NoError(t, err)
	simCtx, _ := e.ctx.WithExecMode(sdk.ExecModeSimulate).CacheContext()
	_, err = e.msgs.RequestAppDecryption(simCtx, e.appMsg(t, app.AppId, "ct two"))
	require.NoError(t, err)
	require.Zero(t, e.k.BlockWork(e.ctx), "CheckTx and simulation do not spend the block's budget")
}

// A requester who cannot pay the fee costs no verification: the fee is
// escrowed before any proof or ciphertext is checked.
func TestFeeIsEscrowedBeforeVerification(t *testing.T) {
	e, shares := newCountingEnv(t)
	poor := addr(t, "poor")
	app, err := e.msgs.RegisterApp(e.ctx, &types.MsgRegisterApp{Admin: poor, Name: "payroll"})
	require.NoError(t, err)

	_, err = e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(func(m *types.MsgRequestPublicDecryption) { m.Requester = poor }))
	require.ErrorIs(t, err, types.ErrInsufficientFee)
	msg := e.appMsg(t, app.AppId, "ct one")
	msg.Requester = poor
	_, err = e.msgs.RequestAppDecryption(e.ctx, msg)
	require.ErrorIs(t, err, types.ErrInsufficientFee)
	require.Zero(t, shares.ciphertexts.Load(), "no ciphertext was verified for an unfunded request")
	require.Zero(t, e.k.BlockWork(e.ctx))

	_, err = e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(nil))
	require.NoError(t, err)
	require.Equal(t, int64(2), shares.ciphertexts.Load(), "a funded request is verified")
}
