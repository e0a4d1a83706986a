package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/x/kms/keeper"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// Gas and budget follow the measured costs (cost.go): a re-encryption
// share 3.4× a batched decryption share, combination growing with f+1.
func TestChargedWorkScalesWithMeasuredCost(t *testing.T) {
	const shares = 1000
	dec := types.SHARE_KIND_DECRYPTION
	reenc := types.SHARE_KIND_REENCRYPTION
	perShare := func(kind types.ShareKind) (float64, float64) {
		w, g := keeper.BatchCost(kind, shares, 1, false)
		return float64(w) / shares, float64(g-keeper.GasShareBatch) / shares
	}
	dw, dg := perShare(dec)
	rw, rg := perShare(reenc)
	require.InDelta(t, 3.4, rw/dw, 0.01, "budget: a re-encryption share is 3.4 batched decryption shares")
	require.InDelta(t, 3.4, rg/dg, 0.01, "gas: likewise")

	// What completing adds over a plain batch: re-verifying f batches and
	// combining every handle from f+1 shares.
	completion := func(kind types.ShareKind, f uint32) (work, gas uint64) {
		w0, g0 := keeper.BatchCost(kind, shares, f, false)
		w1, g1 := keeper.BatchCost(kind, shares, f, true)
		w, g := w1-w0*uint64(f+1), g1-g0*uint64(f+1)
		return w, g
	}
	// Combination per handle measured at 0.9, 1.5 and 3.5 G1mul for f+1 =
	// 2, 5 and 14, i.e. 0.82, 1.36 and 3.18 batched shares.
	for _, tc := range []struct {
		f        uint32
		measured float64
	}{{1, 0.82}, {4, 1.36}, {13, 3.18}} {
		w, g := completion(dec, tc.f)
		require.InDelta(t, tc.measured, float64(w)/shares, 0.15, "combination work at f+1 = %d", tc.f+1)
		require.InDelta(t, tc.measured*keeper.GasShare, float64(g)/shares, 0.15*keeper.GasShare, "combination gas at f+1 = %d", tc.f+1)
	}
	w2, g2 := completion(dec, 1)
	w14, g14 := completion(dec, 13)
	require.Greater(t, float64(w14)/float64(w2), 3.5, "combination at f+1 = 14 costs about 3.9 times that at f+1 = 2")
	require.Greater(t, float64(g14)/float64(g2), 3.5)
	wr, _ := completion(reenc, 13)
	require.Greater(t, wr, w14, "aggregating re-encryptions interpolates two points per handle")

	require.Equal(t, uint64(33), keeper.CiphertextWork(10), "a ciphertext is 3.3 batched shares")
}
