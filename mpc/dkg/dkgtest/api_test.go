package dkgtest_test

import (
	"os"
	"testing"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/dkg/dkgtest"
	"github.com/tkms/tkms/mpc/internal/apitest"
	"github.com/tkms/tkms/mpc/mpctest"
)

// Every exported function and method of the package returns an error (or
// answers) without panicking on nil, zero and empty arguments.
func TestNoExportedFunctionPanics(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	c, err := dkgtest.NewDKG(rnd, dkg.KEMX25519, t.Name(), 4, 1)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := c.Participants(rnd)
	if err != nil {
		t.Fatal(err)
	}
	out, err := dkgtest.Run(c.Config, dkgtest.NewMemBoard(), ps, nil, rnd)
	if err != nil {
		t.Fatal(err)
	}
	var shares = []any{}
	for _, o := range out {
		if o.Share != nil {
			shares = append(shares, o.Share)
		}
	}
	c2, err := dkgtest.NewDKG(rnd, dkg.KEMX25519, t.Name()+"/2", 4, 1)
	if err != nil {
		t.Fatal(err)
	}
	ps2, err := c2.Participants(rnd)
	if err != nil {
		t.Fatal(err)
	}
	d, err := ps2[1].Deal()
	if err != nil {
		t.Fatal(err)
	}
	board := dkgtest.NewMemBoard()
	apitest.Run(t, os.DirFS("."), apitest.API{
		Funcs: map[string]any{
			"CeremonyID":       dkgtest.CeremonyID,
			"NewDKG":           dkgtest.NewDKG,
			"NewMemBoard":      dkgtest.NewMemBoard,
			"NewRefresh":       dkgtest.NewRefresh,
			"NewReshare":       dkgtest.NewReshare,
			"Range":            dkgtest.Range,
			"Run":              dkgtest.Run,
			"ZeroShareDealing": dkgtest.ZeroShareDealing,
		},
		Types: map[string]any{
			"Adversary": new(dkgtest.Adversary),
			"Ceremony":  new(dkgtest.Ceremony),
			"MemBoard":  new(dkgtest.MemBoard),
			"Outcome":   new(dkgtest.Outcome),
		},
		Fixtures: append([]any{rnd, c2, c2.Config, ps2, board, dkg.Board(board), d, []*dkg.Dealing{d},
			c2.Keys[1], dkg.KEMX25519, "label", 4, uint32(1), dkgtest.Range(1, 4), dkg.RoundDeal,
			&dkg.Complaint{}, &dkg.Justification{}}, shares...),
	})
}
