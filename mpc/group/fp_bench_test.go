package group

import (
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"

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
func BenchmarkAddMixedJacCT(b *testing.B) {
	P, Q := randPoint(b), randPoint(b)
	var acc bls12381.G1Jac
	acc.FromAffine(&P.p)
	q := affinePoint{Q.p.X, Q.p.Y}
	for b.Loop() {
		addMixedJacCT(&acc, &q)
	}
}

func BenchmarkJacDouble(b *testing.B) {
	P := randPoint(b)
	var acc bls12381.G1Jac
	acc.FromAffine(&P.p)
	for b.Loop() {
		acc.DoubleAssign()
	}
}
