package demo

import (
	"bytes"
	"strings"
	"testing"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/mpctest"
)

func TestDemoCatchesTheCheaterAndDecrypts(t *testing.T) {
	var out bytes.Buffer
	rep, err := Run(Options{Parties: 4, Cheater: 3, Message: "hello, threshold world", Out: &out, Rand: mpctest.Reader("demo")})
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if len(rep.Disqualified) != 1 || rep.Disqualified[0].Dealer != 3 || rep.Disqualified[0].Reason != dkg.ReasonMissingJustification {
		t.Fatalf("disqualified = %+v, want dealer 3 for not justifying", rep.Disqualified)
	}
	if len(rep.Faults) != 1 || rep.Faults[0].Index != 3 {
		t.Fatalf("faults = %v, want party 3", rep.Faults)
	}
	for _, i := range rep.UsedShares {
		if i == 3 {
			t.Fatal("the forged share was used")
		}
	}
	if got := string(bytes.TrimRight(rep.Plaintext, "\x00")); got != "hello, threshold world" {
		t.Fatalf("plaintext %q", got)
	}
	if !strings.Contains(out.String(), "CAUGHT: dealer 3") || !strings.Contains(out.String(), "CAUGHT: share of party 3") {
		t.Fatalf("the report does not say who was caught:\n%s", out.String())
	}
}

func TestDemoHonestRun(t *testing.T) {
	rep, err := Run(Options{Parties: 7, Message: "x", Rand: mpctest.Reader("demo honest")})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Disqualified) != 0 || len(rep.Faults) != 0 || len(rep.Qual) != 7 {
		t.Fatalf("honest run reported misbehaviour: %+v", rep)
	}
}

func TestDemoRejectsBadOptions(t *testing.T) {
	for _, o := range []Options{{Parties: 0}, {Parties: 4, Cheater: 5}, {Parties: 3, Cheater: 1}, {Parties: 4, Message: strings.Repeat("x", 33)}} {
		if _, err := Run(o); err == nil {
			t.Fatalf("options %+v accepted", o)
		}
	}
}
