// Command ctcheck runs the statistical timing check of package ctcheck
// (make ct-check) and prints, per target, Welch's t statistic between a
// fixed and a random secret for each crop of the measurements, and the
// verdict. It exits with status 1 if a constant-time target shows a leak
// or if the reference (code that branches on the secret) shows none.
//
//	go run ./mpc/internal/ctcheck/cmd [-scale 1] [-run regexp]
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"regexp"
	"runtime"
	"time"

	"github.com/tkms/tkms/mpc/internal/ctcheck"
)

func main() {
	scale := flag.Float64("scale", 1, "multiply every target's number of measurements by this")
	runRe := flag.String("run", "", "run only the targets whose names match this regular expression")
	flag.Parse()
	re, err := regexp.Compile(*runRe)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ctcheck:", err)
		os.Exit(2)
	}
	runtime.LockOSThread()
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	fmt.Printf("ctcheck: dudect-style fixed-vs-random timing check, |t| > %.1f is a leak; %s/%s, GOMAXPROCS %d\n\n",
		ctcheck.Threshold, runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0))
	failed := false
	for _, t := range ctcheck.Targets() {
		if !re.MatchString(t.Name) {
			continue
		}
		start := time.Now()
		res, err := ctcheck.Run(t, int(float64(t.Samples)**scale), rng)
		if err != nil {
			fmt.Fprintf(os.Stderr, "ctcheck: %s: %v\n", t.Name, err)
			os.Exit(2)
		}
		verdict := "no leak detected"
		switch {
		case res.Leaks() && !res.Reference:
			verdict, failed = "LEAK", true
		case res.Leaks():
			verdict = "leak detected (expected: reference)"
		case res.Reference:
			verdict, failed = "NO LEAK DETECTED IN THE REFERENCE: the check is not sensitive here", true
		}
		fmt.Printf("%s: %d measurements in %.1f s, max |t| = %.2f: %s\n", res.Name, res.Samples,
			time.Since(start).Seconds(), res.MaxAbsT, verdict)
		for _, c := range res.Crops {
			fmt.Printf("    ≤ p%-3.0f  n = %6d / %6d  mean %10.0f / %10.0f ns  t = %+7.2f\n",
				c.Percentile, c.N[0], c.N[1], c.Mean[0], c.Mean[1], c.T)
		}
	}
	if failed {
		os.Exit(1)
	}
}
