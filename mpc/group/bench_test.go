package group

import (
	"fmt"
	"testing"
)

// BenchmarkScalarMultReference is the yardstick of the "three scalar
// multiplications" target: gnark-crypto's variable-time GLV multiplication.
func BenchmarkScalarMultReference(b *testing.B) {
	P, k := randPoint(b), randScalar(b)
	for b.Loop() {
		reference(k, P)
	}
}

func BenchmarkScalarMult(b *testing.B) {
	P, k := randPoint(b), randScalar(b)
	var out Point
	for b.Loop() {
		out.ScalarMult(k, P)
	}
}

func BenchmarkScalarBaseMult(b *testing.B) {
	k := randScalar(b)
	var out Point
	out.ScalarBaseMult(k)
	for b.Loop() {
		out.ScalarBaseMult(k)
	}
}

func BenchmarkScalarMultVarTime(b *testing.B) {
	P, k := randPoint(b), randScalar(b)
	var out Point
	for b.Loop() {
		out.ScalarMultVarTime(k, P)
	}
}

func BenchmarkDoubleScalarMultVarTime(b *testing.B) {
	P, Q, k, l := randPoint(b), randPoint(b), randScalar(b), randScalar(b)
	var out Point
	for b.Loop() {
		out.DoubleScalarMultVarTime(k, P, l, Q)
	}
}

func BenchmarkMultiScalarMultVarTime100(b *testing.B) {
	ks := make([]*Scalar, 100)
	ps := make([]*Point, 100)
	for i := range ks {
		ks[i], ps[i] = randScalar(b), randPoint(b)
	}
	for b.Loop() {
		if _, err := MultiScalarMultVarTime(ks, ps); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPointDecode(b *testing.B) {
	enc := randPoint(b).Bytes()
	var P Point
	for b.Loop() {
		if _, err := P.SetBytes(enc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHashToScalar(b *testing.B) {
	msg := make([]byte, 600)
	for b.Loop() {
		HashToScalar(TagDLEQ, msg)
	}
}

func BenchmarkScalarMultPrecomputedVarTime(b *testing.B) {
	pp := NewPrecomputedPoint(randPoint(b))
	k := randScalar(b)
	var out Point
	for b.Loop() {
		out.ScalarMultPrecomputedVarTime(k, pp)
	}
}

func BenchmarkDoubleScalarMultPrecomputedVarTime(b *testing.B) {
	pa, pb := NewPrecomputedPoint(randPoint(b)), PrecomputedGenerator()
	k, l := randScalar(b), randScalar(b)
	var out Point
	for b.Loop() {
		out.DoubleScalarMultPrecomputedVarTime(k, pa, l, pb)
	}
}

// BenchmarkMultTableTwoScalars is what a decryption share with its proof
// needs on the ciphertext component: the table and two secret multiples.
func BenchmarkMultTableTwoScalars(b *testing.B) {
	P, k, l := randPoint(b), randScalar(b), randScalar(b)
	for b.Loop() {
		t := NewMultTable(P)
		t.ScalarMult(k)
		t.ScalarMult(l)
	}
}

func BenchmarkMultiScalarMultVarTime(b *testing.B) {
	for _, n := range []int{2, 8, 14, 31, 32, 64} {
		ks := make([]*Scalar, n)
		ps := make([]*Point, n)
		for i := range ks {
			ks[i], ps[i] = randScalar(b), randPoint(b)
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := MultiScalarMultVarTime(ks, ps); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
