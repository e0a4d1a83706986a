package dkg_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/dkg/dkgtest"
	"github.com/tkms/tkms/mpc/mpctest"
)

// configs returns valid DKG, Refresh and Reshare configurations over
// parties 1..4 (f = 1).
func configs(t *testing.T) (dkgCfg, refresh, reshare *dkg.Config) {
	t.Helper()
	rnd := mpctest.Reader(t.Name())
	_, old, _, err := mpctest.Deal(rnd, 4, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	a, err := dkgtest.NewDKG(rnd, dkg.KEMX25519, "dkg", 4, 1)
	if err != nil {
		t.Fatal(err)
	}
	b, err := dkgtest.NewRefresh(rnd, dkg.KEMX25519, "refresh", old)
	if err != nil {
		t.Fatal(err)
	}
	c, err := dkgtest.NewReshare(rnd, dkg.KEMX25519, "reshare", old, []uint32{1, 2, 3}, dkgtest.Range(1, 7), 2)
	if err != nil {
		t.Fatal(err)
	}
	return a.Config, b.Config, c.Config
}

// clone copies a configuration deeply enough to mutate its slices.
func clone(c *dkg.Config) *dkg.Config {
	d := *c
	d.Dealers = slices.Clone(c.Dealers)
	d.Receivers = slices.Clone(c.Receivers)
	return &d
}

func TestConfigCheck(t *testing.T) {
	dkgCfg, refresh, reshare := configs(t)
	key := dkgCfg.Receivers[0].Key
	tests := []struct {
		name   string
		base   *dkg.Config
		mutate func(c *dkg.Config)
		ok     bool
	}{
		{"a valid DKG passes", dkgCfg, func(*dkg.Config) {}, true},
		{"a valid refresh passes", refresh, func(*dkg.Config) {}, true},
		{"a valid reshare passes", reshare, func(*dkg.Config) {}, true},
		{"a DKG of one party with f = 0 passes", dkgCfg, func(c *dkg.Config) {
			c.Receivers, c.Dealers, c.Threshold = c.Receivers[:1], c.Dealers[:1], 0
		}, true},
		{"a threshold of n−1 passes (3f+1 is the caller's policy)", dkgCfg, func(c *dkg.Config) { c.Threshold = 3 }, true},
		{"a zero ceremony id fails", dkgCfg, func(c *dkg.Config) { c.CeremonyID = [32]byte{} }, false},
		{"no receivers fails", dkgCfg, func(c *dkg.Config) { c.Receivers = nil }, false},
		{"more receivers than MaxParties fails", dkgCfg, func(c *dkg.Config) {
			c.Receivers, c.Dealers = nil, dkgtest.Range(1, dkg.MaxParties+1)
			for _, i := range c.Dealers {
				c.Receivers = append(c.Receivers, dkg.Receiver{Index: i, Key: key})
			}
		}, false},
		{"a threshold of n fails", dkgCfg, func(c *dkg.Config) { c.Threshold = 4 }, false},
		{"a receiver index of zero fails", dkgCfg, func(c *dkg.Config) { c.Receivers[0].Index = 0; c.Dealers[0] = 0 }, false},
		{"unsorted receivers fail", dkgCfg, func(c *dkg.Config) { c.Receivers[0], c.Receivers[1] = c.Receivers[1], c.Receivers[0] }, false},
		{"duplicate receivers fail", dkgCfg, func(c *dkg.Config) { c.Receivers[1].Index = 1 }, false},
		{"a receiver without a key fails", dkgCfg, func(c *dkg.Config) { c.Receivers[2].Key = nil }, false},
		{"no dealers fail", dkgCfg, func(c *dkg.Config) { c.Dealers = nil }, false},
		{"unsorted dealers fail", reshare, func(c *dkg.Config) { c.Dealers = []uint32{2, 1, 3} }, false},
		{"a dealer index of zero fails", reshare, func(c *dkg.Config) { c.Dealers = []uint32{0, 1, 2} }, false},
		{"an unknown kind fails", dkgCfg, func(c *dkg.Config) { c.Kind = 9 }, false},
		{"a DKG with an old key set fails", dkgCfg, func(c *dkg.Config) { c.Old = refresh.Old }, false},
		{"a DKG whose dealers are not the receivers fails", dkgCfg, func(c *dkg.Config) { c.Dealers = c.Dealers[:3] }, false},
		{"a refresh without the old key set fails", refresh, func(c *dkg.Config) { c.Old = nil }, false},
		{"a refresh at the old epoch fails", refresh, func(c *dkg.Config) { c.Epoch = c.Old.Epoch() }, false},
		{"a refresh that changes the threshold fails", refresh, func(c *dkg.Config) { c.Threshold = 2 }, false},
		{"a refresh to other parties fails", refresh, func(c *dkg.Config) {
			c.Receivers = c.Receivers[:3]
			c.Dealers = c.Dealers[:3]
		}, false},
		{"a refresh whose dealers are not the receivers fails", refresh, func(c *dkg.Config) { c.Dealers = c.Dealers[:3] }, false},
		{"a reshare without the old key set fails", reshare, func(c *dkg.Config) { c.Old = nil }, false},
		{"a reshare at an earlier epoch fails", reshare, func(c *dkg.Config) { c.Epoch = 0 }, false},
		{"a reshare dealer outside the old parties fails", reshare, func(c *dkg.Config) { c.Dealers = []uint32{1, 2, 5} }, false},
		{"a reshare with fewer than f_old+1 dealers fails", reshare, func(c *dkg.Config) { c.Dealers = []uint32{3} }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clone(tt.base)
			tt.mutate(c)
			err := c.Check()
			if tt.ok && err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if !tt.ok && !errors.Is(err, dkg.ErrInvalidConfig) {
				t.Fatalf("got %v, want ErrInvalidConfig", err)
			}
		})
	}
	var nilCfg *dkg.Config
	if !errors.Is(nilCfg.Check(), dkg.ErrInvalidConfig) {
		t.Fatal("a nil configuration passes Check")
	}
}

func TestMinQual(t *testing.T) {
	dkgCfg, _, reshare := configs(t)
	tests := []struct {
		name string
		cfg  *dkg.Config
		n    int
		f    uint32
		want int
	}{
		{"n−f for 4 parties and f = 1", dkgCfg, 4, 1, 3},
		{"n−f for 2 parties and f = 0", dkgCfg, 2, 0, 2},
		{"at least f+1 when n < 2f+1", dkgCfg, 3, 2, 3},
		{"f_old+1 for a reshare, whatever the new threshold", reshare, 0, 0, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clone(tt.cfg)
			if tt.n > 0 {
				c.Dealers, c.Receivers, c.Threshold = c.Dealers[:tt.n], c.Receivers[:tt.n], tt.f
			}
			if got := c.MinQual(); got != tt.want {
				t.Fatalf("MinQual = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestEnumsHaveNames(t *testing.T) {
	tests := []struct{ got, want string }{
		{dkg.KindDKG.String(), "DKG"},
		{dkg.KindRefresh.String(), "Refresh"},
		{dkg.KindReshare.String(), "Reshare"},
		{dkg.Kind(7).String(), "Kind(7)"},
		{dkg.PhaseInit.String(), "Init"},
		{dkg.PhaseDealt.String(), "Dealt"},
		{dkg.PhaseDealingsProcessed.String(), "DealingsProcessed"},
		{dkg.PhaseComplaintsProcessed.String(), "ComplaintsProcessed"},
		{dkg.PhaseFinished.String(), "Finished"},
		{dkg.PhaseFailed.String(), "Failed"},
		{dkg.Phase(42).String(), "Phase(42)"},
		{dkg.ReasonInvalidDealing.String(), "invalid dealing"},
		{dkg.ReasonBadConstantTerm.String(), "bad constant term"},
		{dkg.ReasonBadProof.String(), "bad proof of knowledge"},
		{dkg.ReasonEquivocation.String(), "equivocation"},
		{dkg.ReasonMissingJustification.String(), "missing justification"},
		{dkg.ReasonBadJustification.String(), "bad justification"},
		{dkg.Reason(0).String(), "Reason(0)"},
		{dkg.RoundDeal.String(), "Deal"},
		{dkg.RoundComplain.String(), "Complain"},
		{dkg.RoundJustify.String(), "Justify"},
		{dkg.Round(0).String(), "Round(0)"},
		{dkg.ComplaintUndecryptable.String(), "undecryptable"},
		{dkg.ComplaintMismatch.String(), "mismatch"},
		{dkg.ComplaintReason(3).String(), "ComplaintReason(3)"},
		{dkg.KEMX25519.String(), "DHKEM(X25519, HKDF-SHA256)"},
		{dkg.KEMMLKEM768X25519.String(), "MLKEM768-X25519"},
		{dkg.KEM(0x10).String(), "KEM(0x0010)"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
