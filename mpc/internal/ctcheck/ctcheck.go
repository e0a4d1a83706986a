// Package ctcheck is a statistical timing check of the constant-time code
// in mpc/, after dudect (Reparaz, Balasch and Verbauwhede, "Dude, is my
// code constant time?", DATE 2017).
//
// Each target is an operation on a secret. Every measurement first prepares
// its inputs (untimed) from one of two classes picked at random, so the
// classes interleave: class 0 uses a fixed secret, class 1 a fresh random
// one; the public inputs are the same in both. The operation is then timed.
// Welch's t-test compares the two classes' timing distributions, on all
// measurements and on the measurements below several percentiles (cropping
// away the long tail that interrupts, the garbage collector and other load
// add). An operation whose time does not depend on the secret gives |t|
// that stays small however many measurements are taken; a leak makes |t|
// grow with the square root of their number. As in dudect, |t| above 4.5
// is taken as evidence of a leak (and above 10 as conclusive).
//
// Passing is evidence, not proof: it says that no timing difference between
// these classes was visible at this number of measurements on this machine.
// The package does no I/O; cmd prints its results.
package ctcheck

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"time"
)

// Threshold is the |t| above which a target is reported as leaking.
const Threshold = 4.5

// Target is one operation under test.
type Target struct {
	Name string
	// Samples is the default number of measurements.
	Samples int
	// Reference marks a target that runs code known to branch on the
	// secret, kept to show that the check detects a leak.
	Reference bool
	// Setup builds the target's state and returns prepare, which readies
	// the inputs of the next measurement for class 0 (fixed) or 1 (random)
	// outside the timed region, and run, the timed operation.
	Setup func() (prepare func(class int), run func(), err error)
}

// Crop is the t statistic over the measurements at or below a percentile
// of all measurements (100: every measurement).
type Crop struct {
	Percentile float64
	N          [2]int
	Mean       [2]float64 // nanoseconds
	T          float64
}

// Result is the outcome for one target.
type Result struct {
	Name      string
	Reference bool
	Samples   int
	Crops     []Crop
	MaxAbsT   float64
}

// Leaks reports whether the maximum |t| exceeds Threshold.
func (r *Result) Leaks() bool { return r.MaxAbsT > Threshold }

// percentiles are the crops reported, from all measurements down to the
// fastest half.
var percentiles = []float64{100, 99, 95, 90, 75, 50}

// Run measures t for samples measurements (the target's default when
// samples ≤ 0). The class sequence comes from rng.
func Run(t Target, samples int, rng *rand.Rand) (*Result, error) {
	if samples <= 0 {
		samples = t.Samples
	}
	if t.Setup == nil || rng == nil || samples <= 0 {
		return nil, errors.New("ctcheck: target without setup, no random source or no samples")
	}
	prepare, run, err := t.Setup()
	if err != nil {
		return nil, err
	}
	if prepare == nil || run == nil {
		return nil, errors.New("ctcheck: target setup returned no functions")
	}
	// Warm up caches, tables and branch predictors with both classes.
	warm := max(samples/100, 10)
	for i := range warm {
		prepare(i & 1)
		run()
	}
	classes := make([]uint8, samples)
	times := make([]float64, samples)
	for i := range samples {
		c := rng.IntN(2)
		prepare(c)
		t0 := time.Now()
		run()
		d := time.Since(t0)
		classes[i] = uint8(c)
		times[i] = float64(d.Nanoseconds())
	}
	res := &Result{Name: t.Name, Reference: t.Reference, Samples: samples}
	sorted := slices.Clone(times)
	slices.Sort(sorted)
	for _, p := range percentiles {
		limit := sorted[min(len(sorted)-1, int(math.Ceil(p/100*float64(len(sorted))))-1)]
		var w [2]welford
		for i, x := range times {
			if x <= limit {
				w[classes[i]].add(x)
			}
		}
		c := Crop{Percentile: p, N: [2]int{w[0].n, w[1].n}, Mean: [2]float64{w[0].mean, w[1].mean},
			T: welchT(&w[0], &w[1])}
		res.Crops = append(res.Crops, c)
		res.MaxAbsT = max(res.MaxAbsT, math.Abs(c.T))
	}
	return res, nil
}

// welford accumulates a mean and variance in one pass.
type welford struct {
	n    int
	mean float64
	m2   float64
}

func (w *welford) add(x float64) {
	w.n++
	d := x - w.mean
	w.mean += d / float64(w.n)
	w.m2 += d * (x - w.mean)
}

func (w *welford) variance() float64 {
	if w.n < 2 {
		return 0
	}
	return w.m2 / float64(w.n-1)
}

// welchT is Welch's t statistic (m0 − m1) / sqrt(v0/n0 + v1/n1).
func welchT(a, b *welford) float64 {
	if a.n < 2 || b.n < 2 {
		return 0
	}
	se := math.Sqrt(a.variance()/float64(a.n) + b.variance()/float64(b.n))
	if se == 0 {
		return 0
	}
	return (a.mean - b.mean) / se
}
