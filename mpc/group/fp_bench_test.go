package group

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
)

func BenchmarkFpMul(b *testing.B) {
	var x, y fp.Element
	x.SetRandom()
	y.SetRandom()
	for b.Loop() {
		x.Mul(&x, &y)
	}
}
func BenchmarkFpInverse(b *testing.B) {
	var x fp.Element
	x.SetRandom()
	for b.Loop() {
		x.Inverse(&x)
	}
}
func BenchmarkProjAdd(b *testing.B) {
	P := randPoint(b)
	var a projective
	a.fromAffine(&P.p)
	for b.Loop() {
		a.add(&a, &a)
	}
}
func BenchmarkProjDouble(b *testing.B) {
	P := randPoint(b)
	var a projective
	a.fromAffine(&P.p)
	for b.Loop() {
		a.double(&a)
	}
}
func BenchmarkLookupSigned(b *testing.B) {
	var t [9]projective
	var a projective
	for b.Loop() {
		a.lookupSigned(&t, -5)
	}
}
