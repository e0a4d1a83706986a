package crypto

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"runtime"
	"sync"

	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/tdh2"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// Verification cache. Validating a ciphertext (≈ 4 G1 multiplications with
// its subgroup checks) dominates the chain's cost per request, and mpc/tdh2
// deliberately gives no way to keep a validated ciphertext or a verified
// share across transactions except as its own Go values. A node therefore
// remembers, in memory, the key sets it decoded, the ciphertexts it
// validated and the share batches it verified, keyed by a SHA-256 digest of
// everything the result depends on; a result being computed is waited for
// rather than computed twice. Each is a pure function of its key, so a hit
// gives exactly what a fresh computation would: the cache changes what a
// verification costs, never its outcome, and gas is charged the same
// either way. This is the signature cache of Bitcoin Core and the sender
// cache of go-ethereum, for TDH2.

// Cache bounds: enough for many blocks at 1,000 requests per second.
const (
	cachedKeySets     = 16
	cachedCiphertexts = 1 << 15
	cachedBatches     = 64
)

// entry is a computation's result, or its promise while it runs.
type entry[V any] struct {
	done chan struct{}
	v    V
	err  error
}

// bounded is a map that forgets its oldest entries beyond max.
type bounded[V any] struct {
	max   int
	m     map[[32]byte]*entry[V]
	order [][32]byte
}

func newBounded[V any](max int) *bounded[V] {
	return &bounded[V]{max: max, m: make(map[[32]byte]*entry[V], max)}
}

func (b *bounded[V]) put(k [32]byte, e *entry[V]) {
	if len(b.order) >= b.max {
		delete(b.m, b.order[0])
		b.order = b.order[1:]
	}
	b.m[k] = e
	b.order = append(b.order, k)
}

// errAborted marks an entry whose computation panicked.
var errAborted = errors.New("crypto: verification aborted")

// load returns the cached result for k, waiting for it if another
// goroutine is computing it, or computes it. Without a cache it computes.
// A computation that panics leaves no entry, and whoever waited for it
// computes the result itself, so a panic never becomes a result.
func load[V any](c *cache, m func(*cache) *bounded[V], k [32]byte, compute func() (V, error)) (V, error) {
	if c == nil {
		return compute()
	}
	c.mu.Lock()
	if e, ok := m(c).m[k]; ok {
		c.mu.Unlock()
		<-e.done
		if e.err == errAborted {
			return compute()
		}
		return e.v, e.err
	}
	e := &entry[V]{done: make(chan struct{}), err: errAborted}
	m(c).put(k, e)
	c.mu.Unlock()
	done := false
	defer func() {
		if !done {
			c.mu.Lock()
			if m(c).m[k] == e {
				delete(m(c).m, k)
			}
			c.mu.Unlock()
		}
		close(e.done)
	}()
	v, err := compute()
	e.v, e.err, done = v, err, true
	return v, err
}

type cache struct {
	mu      sync.Mutex
	keySets *bounded[*keyset.Public]
	cts     *bounded[*tdh2.ValidCiphertext]
	batches *bounded[verified]
}

func newCache() *cache {
	return &cache{
		keySets: newBounded[*keyset.Public](cachedKeySets),
		cts:     newBounded[*tdh2.ValidCiphertext](cachedCiphertexts),
		batches: newBounded[verified](cachedBatches),
	}
}

// digest hashes length-prefixed parts.
func digest(parts ...[]byte) [32]byte {
	h := sha256.New()
	var n [4]byte
	for _, p := range parts {
		binary.BigEndian.PutUint32(n[:], uint32(len(p)))
		h.Write(n[:])
		h.Write(p)
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// keySet decodes a key set, through the cache.
func (c *cache) keySet(enc []byte) (*keyset.Public, [32]byte, error) {
	d := digest(enc)
	pub, err := load(c, func(c *cache) *bounded[*keyset.Public] { return c.keySets }, d, func() (*keyset.Public, error) {
		pub, err := keyset.UnmarshalPublic(enc)
		if err != nil {
			return nil, errContext("key set: %v", err)
		}
		return pub, nil
	})
	return pub, d, err
}

// validate validates ct for the key set (digest ks), through the cache.
func (c *cache) validate(pub *keyset.Public, ks [32]byte, ct []byte) (*tdh2.ValidCiphertext, error) {
	return load(c, func(c *cache) *bounded[*tdh2.ValidCiphertext] { return c.cts }, digest(ks[:], ct), func() (*tdh2.ValidCiphertext, error) {
		return tdh2.Validate(pub.PublicKey(), ct)
	})
}

// verify verifies party index's batch for r, through the cache.
func (c *cache) verify(r *round, index uint32, batch []byte) (verified, error) {
	var idx [4]byte
	binary.BigEndian.PutUint32(idx[:], index)
	return load(c, func(c *cache) *bounded[verified] { return c.batches }, digest(r.digest[:], idx[:], batch), func() (verified, error) {
		return r.verify(index, batch)
	})
}

// Prefetch implements types.Prefetcher: it starts validating the
// ciphertexts and verifying the batches of a block on every core and
// returns at once; execution then finds each result in the cache, or waits
// for the one being computed, instead of computing it in turn. Without a
// cache it does nothing.
func (t TDH2) Prefetch(cts []types.CiphertextWork, batches []types.BatchWork) {
	if t.cache == nil || len(cts)+len(batches) == 0 {
		return
	}
	jobs := make(chan func(), len(cts)+len(batches))
	for range runtime.GOMAXPROCS(0) {
		go func() {
			for job := range jobs {
				func() {
					// A failure is the transaction's to report; a worker
					// must not take the node down.
					defer func() { _ = recover() }()
					job()
				}()
			}
		}()
	}
	for _, w := range cts {
		jobs <- func() {
			if pub, ks, err := t.cache.keySet(w.KeySet); err == nil {
				_, _ = t.cache.validate(pub, ks, w.Ciphertext)
			}
		}
	}
	// A round's ciphertexts were validated when its requests were made
	// (usually in an earlier block, so they are cached by now).
	for _, w := range batches {
		jobs <- func() {
			if r, err := t.newRound(w.Round); err == nil {
				_, _ = t.cache.verify(r, w.Index, w.Batch)
			}
		}
	}
	close(jobs)
}

var _ types.Prefetcher = TDH2{}
