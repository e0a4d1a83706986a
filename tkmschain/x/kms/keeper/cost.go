package keeper

import "github.com/tkms/tkms/tkmschain/x/kms/types"

// Verification cost (ADR 0011). The block budget
// (params.max_share_verifications_per_block) counts work in units of one
// share verification in a decryption batch; gas charges 500 per tenth of a
// unit on top of a batch's fixed GasShareBatch. The weights are measured
// with mpc/tdh2's benchmarks, which report each operation's cost in
// G1 scalar multiplications (docs/BENCHMARKS.md, idle machine):
//
//	verify a batch of 100 shares, per share            1.1 G1mul  → 10 tenths (the unit)
//	validate a ciphertext (parse + proof)              3.6 G1mul  → 33 tenths
//	verify a re-encryption share                       3.7 G1mul  → 34 tenths
//	combine one handle from t = f+1 shares   0.9 (t=2), 1.5 (t=5), 3.5 (t=14) G1mul
//	  least-squares line 0.47 + 0.217·t G1mul = 4.2 + 1.97·t tenths → 5 + 2·t tenths
//	aggregate one re-encryption from t shares: two interpolations of t
//	  points where combination does one (no separate benchmark) → 5 + 4·t tenths
//
// (A short run on another machine, an AMD EPYC under load, read 1.55,
// 3.4, 3.05 and 0.90/1.78/3.76: the same shape, with re-encryption shares
// 2× instead of 3.4× a batched share. The weights follow the idle
// figures, the larger ratio.) Before these weights, a re-encryption share
// counted as a batched decryption share (3.4× underpriced) and
// combination as a flat 2,000 gas per handle whatever f (8× underpriced at
// t = 14).
const (
	workDecryptionShare   = 10
	workReencryptionShare = 34
	workCiphertext        = 33
	workCombineBase       = 5
	workCombinePerShare   = 2
	workAggregatePerShare = 4
	// gasPerWork is the gas of a tenth of a unit: a batched decryption
	// share costs GasShare.
	gasPerWork = GasShare / workDecryptionShare
)

// units rounds tenths of a unit up to whole units.
func units(tenths uint64) uint64 { return (tenths + 9) / 10 }

// ciphertextWork is the budget work of validating n ciphertexts (gas is
// GasCiphertext each, which also covers decoding and bookkeeping).
func ciphertextWork(n uint64) uint64 { return units(workCiphertext * n) }

// shareWork is the tenths of a unit of verifying one share of kind.
func shareWork(kind types.ShareKind) uint64 {
	if kind == types.SHARE_KIND_REENCRYPTION {
		return workReencryptionShare
	}
	return workDecryptionShare
}

// combineWork is the tenths of a unit of combining one handle of kind from
// t shares.
func combineWork(kind types.ShareKind, t uint64) uint64 {
	if kind == types.SHARE_KIND_REENCRYPTION {
		return workCombineBase + workAggregatePerShare*t
	}
	return workCombineBase + workCombinePerShare*t
}

// batchCost is the budget work and gas of verifying one party's batch of
// shares shares for a round of kind with key set threshold f. A batch that
// completes the round also pays for re-verifying the f batches it is
// combined with (ADR 0006: charged as if nothing were cached) and for
// combining every handle from f+1 shares.
func batchCost(kind types.ShareKind, shares uint64, f uint32, completes bool) (work, gas uint64) {
	tenths := shareWork(kind) * shares
	gas = GasShareBatch + gasPerWork*tenths
	if completes {
		again := tenths * uint64(f)
		combine := combineWork(kind, uint64(f)+1) * shares
		tenths += again + combine
		gas += GasShareBatch*uint64(f) + gasPerWork*(again+combine)
	}
	return units(tenths), gas
}
