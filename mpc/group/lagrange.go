package group

import "fmt"

// LagrangeCoefficients returns λ_i^S(0) for every index i in S (party
// indices, 1-based, distinct), in the order given:
//
//	λ_i = Π_{j∈S, j≠i} j / (j − i)   (mod r)
//
// so that f(0) = Σ λ_i f(i) for every polynomial f of degree < |S|.
func LagrangeCoefficients(S []uint32) ([]*Scalar, error) {
	return LagrangeCoefficientsAt(S, 0)
}

// LagrangeCoefficientsAt returns λ_i^S(x) = Π_{j≠i} (x − j) / (i − j).
// The computation is on public indices and not constant time.
func LagrangeCoefficientsAt(S []uint32, x uint32) ([]*Scalar, error) {
	seen := make(map[uint32]bool, len(S))
	for _, i := range S {
		if i == 0 {
			return nil, ErrZeroIndex
		}
		if seen[i] {
			return nil, fmt.Errorf("%w: %d", ErrDuplicateIndex, i)
		}
		seen[i] = true
	}
	X := ScalarFromUint64(uint64(x))
	out := make([]*Scalar, len(S))
	// One inversion per coefficient is fine at our sizes (n ≤ a few hundred).
	for k, i := range S {
		num := ScalarFromUint64(1)
		den := ScalarFromUint64(1)
		I := ScalarFromUint64(uint64(i))
		for _, j := range S {
			if j == i {
				continue
			}
			J := ScalarFromUint64(uint64(j))
			num.Multiply(num, new(Scalar).Subtract(X, J))
			den.Multiply(den, new(Scalar).Subtract(I, J))
		}
		out[k] = num.Multiply(num, new(Scalar).InvertVarTime(den))
	}
	return out, nil
}
