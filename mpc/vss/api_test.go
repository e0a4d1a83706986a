package vss_test

import (
	"os"
	"testing"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/internal/apitest"
	"github.com/tkms/tkms/mpc/mpctest"
	"github.com/tkms/tkms/mpc/vss"
)

// Every exported function and method of the package returns an error (or
// answers) without panicking on nil, zero and empty arguments.
func TestNoExportedFunctionPanics(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	p, err := vss.NewPolynomial(rnd, 2, group.ScalarFromUint64(5))
	if err != nil {
		t.Fatal(err)
	}
	c := p.Commit()
	apitest.Run(t, os.DirFS("."), apitest.API{
		Funcs: map[string]any{
			"LinearCombinationVarTime": vss.LinearCombinationVarTime,
			"NewCommitment":            vss.NewCommitment,
			"NewPolynomial":            vss.NewPolynomial,
			"Sum":                      vss.Sum,
		},
		Types: map[string]any{
			"Commitment": new(vss.Commitment),
			"Polynomial": new(vss.Polynomial),
		},
		Fixtures: []any{rnd, p, c, []*vss.Commitment{c, c}, c.Points(), group.ScalarFromUint64(2),
			[]*group.Scalar{group.ScalarFromUint64(1), group.ScalarFromUint64(2)}, uint32(2), 1},
	})
}
