package dkg_test

import (
	"fmt"
	"testing"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/dkg/dkgtest"
	"github.com/tkms/tkms/mpc/mpctest"
)

// benchRun runs the whole ceremony c once per iteration: every party deals,
// processes dealings and complaints, and finalizes, over an in-memory board
// that encodes and decodes every message.
func benchRun(b *testing.B, c *dkgtest.Ceremony) {
	rnd := mpctest.Reader(b.Name())
	for b.Loop() {
		ps, err := c.Participants(rnd)
		if err != nil {
			b.Fatal(err)
		}
		out, err := dkgtest.Run(c.Config, dkgtest.NewMemBoard(), ps, nil, rnd)
		if err != nil {
			b.Fatal(err)
		}
		for _, o := range out {
			if o.Err != nil {
				b.Fatal(o.Err)
			}
		}
	}
}

// BenchmarkDKG is a whole DKG among n parties in one process (all n
// parties' work, so one party's share of it is about 1/n).
func BenchmarkDKG(b *testing.B) {
	for _, n := range []int{4, 13, 31} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			benchRun(b, newDKG(b, mpctest.Reader(b.Name()), n))
		})
	}
}

// BenchmarkRefresh is a whole refresh among n parties in one process.
func BenchmarkRefresh(b *testing.B) {
	for _, n := range []int{4} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			rnd := mpctest.Reader(b.Name())
			_, old, _, err := mpctest.Deal(rnd, n, mpctest.Threshold(n), 1)
			if err != nil {
				b.Fatal(err)
			}
			c, err := dkgtest.NewRefresh(rnd, dkg.KEMX25519, b.Name(), old)
			if err != nil {
				b.Fatal(err)
			}
			benchRun(b, c)
		})
	}
}

// BenchmarkVerifyDealing is the chain's check of one DKG dealing.
func BenchmarkVerifyDealing(b *testing.B) {
	for _, n := range []int{13} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			rnd := mpctest.Reader(b.Name())
			c := newDKG(b, rnd, n)
			p, err := dkg.New(c.Config, 1, c.Keys[1], nil, rnd)
			if err != nil {
				b.Fatal(err)
			}
			d, err := p.Deal()
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if err := dkg.VerifyDealing(c.Config, d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkFinalize is the chain's (or one party's) judgment of an honest
// DKG transcript of n dealings.
func BenchmarkFinalize(b *testing.B) {
	for _, n := range []int{13} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			rnd := mpctest.Reader(b.Name())
			c := newDKG(b, rnd, n)
			ps, err := c.Participants(rnd)
			if err != nil {
				b.Fatal(err)
			}
			var tr dkg.Transcript
			for _, p := range ps {
				d, err := p.Deal()
				if err != nil {
					b.Fatal(err)
				}
				tr.Dealings = append(tr.Dealings, d)
			}
			for b.Loop() {
				if _, err := dkg.Finalize(c.Config, tr); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
