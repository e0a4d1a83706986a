package ctcheck_test

import (
	"math/rand/v2"
	"os"
	"testing"

	"github.com/tkms/tkms/mpc/internal/apitest"
	"github.com/tkms/tkms/mpc/internal/ctcheck"
)

// Every exported function and method of the package returns an error (or
// answers) without panicking on nil, zero and empty arguments.
func TestNoExportedFunctionPanics(t *testing.T) {
	quick := ctcheck.Target{Name: "quick", Samples: 20, Setup: func() (func(int), func(), error) {
		return func(int) {}, func() {}, nil
	}}
	apitest.Run(t, os.DirFS("."), apitest.API{
		Funcs: map[string]any{
			"Run":     ctcheck.Run,
			"Targets": ctcheck.Targets,
		},
		Types: map[string]any{
			"Crop":   new(ctcheck.Crop),
			"Result": new(ctcheck.Result),
			"Target": new(ctcheck.Target),
		},
		Fixtures: []any{quick, 20, rand.New(rand.NewPCG(1, 2)), &ctcheck.Result{Name: "r"}},
		Unusable: []any{(*rand.Rand)(nil)},
	})
}
