package chain_test

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain checks for leaked goroutines. The in-process network's
// CometBFT, IAVL and LevelDB leave goroutines of their own after Stop (see
// tkmschain/testutil/network); those are not the party's and are ignored
// by the functions they run.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m,
		goleak.IgnoreAnyFunction("github.com/cometbft/cometbft/libs/autofile.(*AutoFile).closeFileRoutine"),
		goleak.IgnoreAnyFunction("github.com/cometbft/cometbft/libs/autofile.OpenAutoFile.func1"),
		goleak.IgnoreAnyFunction("github.com/cometbft/cometbft/p2p.(*Switch).reconnectToPeer"),
		goleak.IgnoreAnyFunction("github.com/cometbft/cometbft/proxy.(*multiAppConn).killTMOnClientError"),
		goleak.IgnoreAnyFunction("github.com/cosmos/iavl.(*nodeDB).startPruning"),
		goleak.IgnoreAnyFunction("github.com/desertbit/timer.timerRoutine"),
		goleak.IgnoreAnyFunction("github.com/syndtr/goleveldb/leveldb.(*DB).mpoolDrain"),
		goleak.IgnoreAnyFunction("github.com/syndtr/goleveldb/leveldb.(*DB).compactionError"),
		goleak.IgnoreAnyFunction("github.com/syndtr/goleveldb/leveldb.(*DB).mCompaction"),
		goleak.IgnoreAnyFunction("github.com/syndtr/goleveldb/leveldb.(*DB).tCompaction"),
		goleak.IgnoreAnyFunction("github.com/syndtr/goleveldb/leveldb.(*DB).jWriter"),
		goleak.IgnoreAnyFunction("go.opencensus.io/stats/view.(*worker).start"),
	)
}
