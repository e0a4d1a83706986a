package mpctest_test

import (
	"os"
	"testing"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/internal/apitest"
	"github.com/tkms/tkms/mpc/mpctest"
)

// Every exported function of the package returns an error (or answers)
// without panicking on nil, zero and empty arguments.
func TestNoExportedFunctionPanics(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	_, shares, _, err := mpctest.Deal(rnd, 4, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	apitest.Run(t, os.DirFS("."), apitest.API{
		Funcs: map[string]any{
			"Deal":        mpctest.Deal,
			"Eval":        mpctest.Eval,
			"Reader":      mpctest.Reader,
			"Reconstruct": mpctest.Reconstruct,
			"Subsets":     mpctest.Subsets,
			"Threshold":   mpctest.Threshold,
		},
		Types: map[string]any{},
		Fixtures: []any{rnd, shares, []*group.Scalar{group.ScalarFromUint64(1), group.ScalarFromUint64(2)},
			"label", 4, uint32(1), uint64(1)},
	})
}
