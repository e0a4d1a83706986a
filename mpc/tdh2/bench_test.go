package tdh2_test

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/mpctest"
	"github.com/tkms/tkms/mpc/tdh2"
)

// The cost targets are stated in G1 scalar multiplications, so every
// benchmark here also reports its time divided by the time of one
// (gnark-crypto's GLV multiplication by a random 255-bit scalar, measured in
// the same process) as "G1mul/op".
var (
	refOnce sync.Once
	refNs   float64
)

func scalarMultNs() float64 {
	refOnce.Do(func() {
		rnd := mpctest.Reader("reference")
		k, _ := group.RandomScalar(rnd)
		P := new(group.Point).ScalarBaseMult(k)
		// testing.Benchmark cannot run inside a benchmark; time a fixed
		// number of multiplications (best of five rounds).
		var out group.Point
		best := time.Duration(1 << 62)
		for range 5 {
			start := time.Now()
			for range 200 {
				out.ScalarMultVarTime(k, P)
			}
			best = min(best, time.Since(start))
		}
		refNs = float64(best.Nanoseconds()) / 200
	})
	return refNs
}

func reportMuls(b *testing.B, perOp int) {
	b.StopTimer()
	ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N) / float64(perOp)
	b.ReportMetric(ns/scalarMultNs(), "G1mul/op")
}

func BenchmarkEncrypt(b *testing.B) {
	fx := newFixture(b, 4)
	m := fx.message(b)
	h := fx.pub.PublicKey()
	for b.Loop() {
		if _, err := tdh2.Encrypt(fx.rnd, h, m, []byte("label")); err != nil {
			b.Fatal(err)
		}
	}
	reportMuls(b, 1)
}

func BenchmarkValidate(b *testing.B) {
	fx := newFixture(b, 4)
	h := fx.pub.PublicKey()
	ct, _ := tdh2.Encrypt(fx.rnd, h, fx.message(b), []byte("label"))
	enc := ct.Bytes()
	for b.Loop() {
		if _, err := tdh2.Validate(h, enc); err != nil {
			b.Fatal(err)
		}
	}
	reportMuls(b, 1)
}

func BenchmarkShareWithProof(b *testing.B) {
	fx := newFixture(b, 4)
	reqs := []tdh2.Request{fx.request(b, fx.message(b), nil, 1)}
	for b.Loop() {
		if _, err := tdh2.NewShareBatch(fx.rnd, fx.shares[0], reqs); err != nil {
			b.Fatal(err)
		}
	}
	reportMuls(b, 1)
}

func BenchmarkVerifyShare(b *testing.B) {
	fx := newFixture(b, 4)
	reqs := []tdh2.Request{fx.request(b, fx.message(b), nil, 1)}
	batch, _ := tdh2.NewShareBatch(fx.rnd, fx.shares[0], reqs)
	enc, _ := batch.MarshalBinary()
	if _, err := fx.pub.PrecomputedVerificationKey(1); err != nil { // built once per key set epoch
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		// Decoding is included: it subgroup-checks the share.
		dec, err := tdh2.UnmarshalShareBatch(enc)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := tdh2.VerifyShareBatch(fx.pub, dec, reqs); err != nil {
			b.Fatal(err)
		}
	}
	reportMuls(b, 1)
}

func BenchmarkShareBatch100(b *testing.B) {
	fx := newFixture(b, 4)
	var reqs []tdh2.Request
	for j := range 100 {
		reqs = append(reqs, fx.request(b, fx.message(b), nil, byte(j)))
	}
	for b.Loop() {
		if _, err := tdh2.NewShareBatch(fx.rnd, fx.shares[0], reqs); err != nil {
			b.Fatal(err)
		}
	}
	reportMuls(b, 100)
}

func BenchmarkVerifyShareBatch100(b *testing.B) {
	fx := newFixture(b, 4)
	var reqs []tdh2.Request
	for j := range 100 {
		reqs = append(reqs, fx.request(b, fx.message(b), nil, byte(j)))
	}
	batch, _ := tdh2.NewShareBatch(fx.rnd, fx.shares[0], reqs)
	enc, _ := batch.MarshalBinary()
	for b.Loop() {
		dec, err := tdh2.UnmarshalShareBatch(enc)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := tdh2.VerifyShareBatch(fx.pub, dec, reqs); err != nil {
			b.Fatal(err)
		}
	}
	reportMuls(b, 100) // per share
}

func BenchmarkCombine(b *testing.B) {
	for _, n := range []int{4, 13, 40} { // f+1 = 2, 5, 14
		fx := newFixture(b, n)
		f := int(fx.pub.Threshold())
		b.Run(fmt.Sprintf("f+1=%d", f+1), func(b *testing.B) {
			req := fx.request(b, fx.message(b), nil, 1)
			reqs := []tdh2.Request{req}
			var shares []tdh2.VerifiedShare
			for _, s := range fx.shares[:f+1] {
				batch, _ := tdh2.NewShareBatch(fx.rnd, s, reqs)
				vs, err := tdh2.VerifyShareBatch(fx.pub, batch, reqs)
				if err != nil {
					b.Fatal(err)
				}
				shares = append(shares, vs[0])
			}
			b.ResetTimer()
			for b.Loop() {
				if _, err := tdh2.Combine(fx.pub, req.ID, req.Ciphertext, shares); err != nil {
					b.Fatal(err)
				}
			}
			reportMuls(b, 1)
		})
	}
}

func BenchmarkReencryptionShare(b *testing.B) {
	fx := newFixture(b, 4)
	req := fx.request(b, fx.message(b), nil, 1)
	user, _ := tdh2.GenerateUserKey(fx.rnd)
	for b.Loop() {
		if _, err := tdh2.NewReencryptionShare(fx.rnd, fx.shares[0], req, user.PublicKey()); err != nil {
			b.Fatal(err)
		}
	}
	reportMuls(b, 1)
}

func BenchmarkVerifyReencryptionShare(b *testing.B) {
	fx := newFixture(b, 4)
	req := fx.request(b, fx.message(b), nil, 1)
	user, _ := tdh2.GenerateUserKey(fx.rnd)
	s, _ := tdh2.NewReencryptionShare(fx.rnd, fx.shares[0], req, user.PublicKey())
	Y := user.PublicKey()
	for b.Loop() {
		if _, err := tdh2.VerifyReencryptionShare(fx.pub, s, req, Y); err != nil {
			b.Fatal(err)
		}
	}
	reportMuls(b, 1)
}
