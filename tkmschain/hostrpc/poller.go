package hostrpc

import (
	"context"
	"sync"
	"time"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// HeaderReader reads a host chain's header at a confirmation depth
// (*Client is one).
type HeaderReader interface {
	FinalizedHeader(ctx context.Context, depth uint64) (types.HostHeader, error)
}

var _ HeaderReader = (*Client)(nil)

// PollerConfig configures a Poller.
type PollerConfig struct {
	// Interval between two reads of a chain (default 200 ms).
	Interval time.Duration
	// Timeout bounds one read (default 2 s).
	Timeout time.Duration
	// OnError, when set, is told of each failed read.
	OnError func(chainID uint64, err error)
}

func (c PollerConfig) withDefaults() PollerConfig {
	if c.Interval <= 0 {
		c.Interval = 200 * time.Millisecond
	}
	if c.Timeout <= 0 {
		c.Timeout = 2 * time.Second
	}
	return c
}

// Poller reads the finalized header of each host chain in the background,
// one goroutine per chain, so that a vote extension is built from what is
// already known instead of waiting on host RPCs inside CometBFT's
// consensus routine. It is safe for concurrent use.
//
// The depth a chain is read at is the one last asked for through Header
// (the governed confirmation depth, which only the chain state knows);
// until then the chain is not read.
type Poller struct {
	cfg    PollerConfig
	chains map[uint64]*polled
	cancel context.CancelFunc
	wg     sync.WaitGroup
	once   sync.Once
}

// polled is one chain's reader, wanted depth and last header.
type polled struct {
	src  HeaderReader
	wake chan struct{}

	mu     sync.Mutex
	depth  uint64 // wanted; 0 until asked
	header types.HostHeader
	readAt uint64 // depth header was read at; 0 when none
}

// NewPoller starts polling sources (chain id → reader). Close stops it.
func NewPoller(sources map[uint64]HeaderReader, cfg PollerConfig) *Poller {
	ctx, cancel := context.WithCancel(context.Background())
	p := &Poller{cfg: cfg.withDefaults(), chains: make(map[uint64]*polled, len(sources)), cancel: cancel}
	for id, src := range sources {
		c := &polled{src: src, wake: make(chan struct{}, 1)}
		p.chains[id] = c
		p.wg.Add(1)
		go p.run(ctx, id, c)
	}
	return p
}

func (p *Poller) run(ctx context.Context, id uint64, c *polled) {
	defer p.wg.Done()
	t := time.NewTicker(p.cfg.Interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-c.wake:
		}
		c.mu.Lock()
		depth := c.depth
		c.mu.Unlock()
		if depth == 0 {
			continue
		}
		rctx, cancel := context.WithTimeout(ctx, p.cfg.Timeout)
		h, err := c.src.FinalizedHeader(rctx, depth)
		cancel()
		if err != nil {
			if ctx.Err() == nil && p.cfg.OnError != nil {
				p.cfg.OnError(id, err)
			}
			continue
		}
		c.mu.Lock()
		c.header, c.readAt = h, depth
		c.mu.Unlock()
	}
}

// Header returns the last header read of chain id at depth, without
// waiting, and makes depth the one the chain is read at from now on. It
// reports false for a chain without a reader or not yet read at depth.
func (p *Poller) Header(id, depth uint64) (types.HostHeader, bool) {
	c, ok := p.chains[id]
	if !ok || depth == 0 {
		return types.HostHeader{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.depth != depth {
		c.depth = depth
		select {
		case c.wake <- struct{}{}:
		default:
		}
	}
	if c.readAt != depth {
		return types.HostHeader{}, false
	}
	return c.header, true
}

// Has reports whether chain id has a reader.
func (p *Poller) Has(id uint64) bool {
	_, ok := p.chains[id]
	return ok
}

// Close stops every goroutine and waits for them; reads under way are
// cancelled. It may be called more than once.
func (p *Poller) Close() {
	p.once.Do(func() {
		p.cancel()
		p.wg.Wait()
	})
}
