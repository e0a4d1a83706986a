package app_test

import (
	"sync/atomic"
	"testing"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/app"
	kmscrypto "github.com/tkms/tkms/tkmschain/crypto"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// countingTDH2 is the node's TDH2 adapter counting the verifications
// handed to Prefetch.
type countingTDH2 struct {
	kmscrypto.TDH2
	prefetched *atomic.Int64
}

func (c countingTDH2) Prefetch(cts []types.CiphertextWork, batches []types.BatchWork) {
	c.prefetched.Add(int64(len(cts) + len(batches)))
	c.TDH2.Prefetch(cts, batches)
}

// A byzantine proposer's block of unsigned or badly signed transactions
// makes no validator verify anything ahead: PreBlock prefetches only the
// work of transactions that pass the ante handler.
func TestPrefetchSkipsUnauthenticatedTransactions(t *testing.T) {
	counter := new(atomic.Int64)
	verifiers := app.DefaultCrypto()
	verifiers.Shares = countingTDH2{TDH2: kmscrypto.NewTDH2(), prefetched: counter}
	const n = 6
	c := newBenchChainWith(t, n, 1, verifiers)
	cfg := c.app.TxConfig()
	relayer := secp256k1.GenPrivKeyFromSecret([]byte("relayer"))
	stranger := secp256k1.GenPrivKeyFromSecret([]byte("stranger"))
	var bad [][]byte
	for i, msgs := range c.reqMsgs {
		b := cfg.NewTxBuilder()
		require.NoError(t, b.SetMsgs(msgs...))
		b.SetGasLimit(2_000_000)
		unsigned, err := cfg.TxEncoder()(b.GetTx())
		require.NoError(t, err)
		bad = append(bad,
			unsigned,
			signTx(t, cfg, benchChainID, stranger, 0, uint64(i), 2_000_000, msgs...),     // not the requester's key
			signTx(t, cfg, "another-chain", relayer, 0, uint64(i), 2_000_000, msgs...),   // signed for another chain
			signTx(t, cfg, benchChainID, relayer, 0, uint64(i)+1000, 2_000_000, msgs...), // wrong sequence
		)
	}
	resp := c.finalizeAny(t, bad)
	for i, r := range resp.TxResults {
		require.NotZero(t, r.Code, "bad tx %d executed", i)
	}
	require.Zero(t, counter.Load(), "no verification was prefetched for unauthenticated transactions")

	c.finalize(t, c.reqTxs)
	require.Equal(t, int64(n), counter.Load(), "the signed requests' ciphertexts are prefetched")
}

// A transaction without x/kms work ahead of a signer's request does not
// stop the request's prefetch: its sequence is advanced in PreBlock too.
func TestPrefetchFollowsASignersSequence(t *testing.T) {
	counter := new(atomic.Int64)
	verifiers := app.DefaultCrypto()
	verifiers.Shares = countingTDH2{TDH2: kmscrypto.NewTDH2(), prefetched: counter}
	c := newBenchChainWith(t, 1, 1, verifiers)
	cfg := c.app.TxConfig()
	relayer := secp256k1.GenPrivKeyFromSecret([]byte("relayer"))
	from := sdk.AccAddress(relayer.PubKey().Address())
	send := banktypes.NewMsgSend(from, from, sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 1)))
	c.finalize(t, [][]byte{
		signTx(t, cfg, benchChainID, relayer, 0, 0, 200_000, send),
		signTx(t, cfg, benchChainID, relayer, 0, 1, 2_000_000, c.reqMsgs[0]...),
	})
	require.Equal(t, int64(1), counter.Load(), "the request after the transfer is prefetched")
}
