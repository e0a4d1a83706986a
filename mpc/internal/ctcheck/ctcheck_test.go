package ctcheck

import (
	"math"
	"testing"
)

func TestWelchT(t *testing.T) {
	var a, b welford
	for _, x := range []float64{1, 2, 3, 4} {
		a.add(x)
		b.add(x + 1)
	}
	// Means 2.5 and 3.5, sample variances 5/3: t = -1/sqrt(2·(5/3)/4).
	want := -1 / math.Sqrt(2*(5.0/3)/4)
	if got := welchT(&a, &b); math.Abs(got-want) > 1e-12 {
		t.Fatalf("welchT = %v, want %v", got, want)
	}
	var one welford
	one.add(1)
	if got := welchT(&one, &b); got != 0 {
		t.Fatalf("welchT with one sample = %v, want 0", got)
	}
}

func TestTargetsSetUp(t *testing.T) {
	for _, tg := range Targets() {
		prepare, run, err := tg.Setup()
		if err != nil {
			t.Fatalf("%s: %v", tg.Name, err)
		}
		for c := range 2 {
			prepare(c)
			run()
		}
	}
}
