package attest_test

import (
	"testing"
	"time"

	"github.com/tkms/tkms/enclave/attest"
)

// BenchmarkVerify measures Verify on documents that pass every check: a dev
// document (chain root → intermediate → leaf) and a real AWS document
// (root → regional → zonal → instance → leaf).
func BenchmarkVerify(b *testing.B) {
	fx := newFixture(b)
	v := awsVectors[1]
	cases := []struct {
		name string
		doc  []byte
		opts attest.Options
	}{
		{"dev", fx.doc, fx.opts()},
		{"aws", readAWSVector(b, v), awsOptions(b, v)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := attest.Verify(c.doc, c.opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkVerifyRejectsStale measures the cost of rejecting a document
// before any signature work (the cheap checks run first).
func BenchmarkVerifyRejectsStale(b *testing.B) {
	fx := newFixture(b)
	opts := fx.opts()
	opts.Now = opts.Now.Add(24 * time.Hour)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := attest.Verify(fx.doc, opts); err == nil {
			b.Fatal("accepted")
		}
	}
}

func BenchmarkParseUnverified(b *testing.B) {
	doc := readAWSVector(b, awsVectors[1])
	b.ReportAllocs()
	for b.Loop() {
		if _, err := attest.ParseUnverified(doc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPartyUserData(b *testing.B) {
	binding := testBinding()
	b.ReportAllocs()
	for b.Loop() {
		binding.UserData()
	}
}
