// Package attesttest provides deterministic fixtures for tests of
// attestation: a dev CA from a fixed seed, a settable clock, a seeded
// randomness stream, a dev NSM wired to them, and matching verification
// options. Nothing here is for production use.
package attesttest

import (
	"io"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/tkms/tkms/enclave/attest"
	"github.com/tkms/tkms/enclave/nsm/devnsm"
)

// Epoch is the fixtures' starting time: on a whole second, so that a leaf
// certificate's NotBefore equals the first document's timestamp.
var Epoch = time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)

// MaxAge is the freshness window Options uses.
const MaxAge = 10 * time.Minute

// Seed returns the 32-byte dev CA seed numbered n (n = 0 is the default CA;
// any other n gives an unrelated CA).
func Seed(n byte) []byte {
	s := []byte("tkms attesttest dev root seed #0")
	s[len(s)-1] = '0' + n
	return s
}

// CA returns the dev CA derived from Seed(n).
func CA(tb testing.TB, n byte) *devnsm.CA {
	tb.Helper()
	ca, err := devnsm.NewCA(Seed(n))
	if err != nil {
		tb.Fatalf("devnsm.NewCA: %v", err)
	}
	return ca
}

// Rand returns a deterministic randomness stream for seed.
func Rand(seed uint64) io.Reader {
	var key [32]byte
	for i := range 8 {
		key[i] = byte(seed >> (8 * i))
	}
	return rand.NewChaCha8(key)
}

// Clock is a settable clock, safe for concurrent use.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// NewClock returns a clock reading t.
func NewClock(t time.Time) *Clock { return &Clock{t: t} }

// Now returns the current reading.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Set sets the reading.
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

// Advance moves the reading forward by d.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// NSM returns a dev NSM on ca with a clock at Epoch and randomness Rand(1).
func NSM(tb testing.TB, ca *devnsm.CA) (*devnsm.NSM, *Clock) {
	tb.Helper()
	clock := NewClock(Epoch)
	n, err := devnsm.New(devnsm.Config{CA: ca, Clock: clock.Now, Rand: Rand(1)})
	if err != nil {
		tb.Fatalf("devnsm.New: %v", err)
	}
	return n, clock
}

// Measurement returns the allowlist entry of the dev image: PCR0, PCR1 and
// PCR2 of devnsm.DefaultPCRs.
func Measurement() attest.Measurement {
	pcrs := devnsm.DefaultPCRs()
	return attest.Measurement{0: pcrs[0], 1: pcrs[1], 2: pcrs[2]}
}

// Options returns verification options that accept documents of ca's dev
// NSM produced up to MaxAge before now.
func Options(ca *devnsm.CA, now time.Time) attest.Options {
	return attest.Options{
		Roots:        ca.Roots(),
		Now:          now,
		MaxAge:       MaxAge,
		PCRAllowlist: []attest.Measurement{Measurement()},
	}
}

// Attest returns a document from n over the given fields, failing tb on
// error.
func Attest(tb testing.TB, n *devnsm.NSM, userData, nonce, publicKey []byte) []byte {
	tb.Helper()
	doc, err := n.Attest(userData, nonce, publicKey)
	if err != nil {
		tb.Fatalf("Attest: %v", err)
	}
	return doc
}
