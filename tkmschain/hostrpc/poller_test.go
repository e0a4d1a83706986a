package hostrpc_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/tkms/tkms/tkmschain/hostrpc"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// slowReader blocks each read until the test releases it (or the read's
// context ends), then returns block 100 − depth + 1.
type slowReader struct {
	release chan struct{}
	calls   atomic.Int32
	depths  chan uint64
}

func newSlowReader() *slowReader {
	return &slowReader{release: make(chan struct{}), depths: make(chan uint64, 100)}
}

func (r *slowReader) FinalizedHeader(ctx context.Context, depth uint64) (types.HostHeader, error) {
	r.calls.Add(1)
	select {
	case r.depths <- depth:
	default:
	}
	select {
	case <-r.release:
		return types.HostHeader{Number: 101 - depth, Hash: make([]byte, 32), StateRoot: make([]byte, 32)}, nil
	case <-ctx.Done():
		return types.HostHeader{}, ctx.Err()
	}
}

func TestPollerAnswersWithoutWaitingOnTheRPC(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	slow := newSlowReader()
	p := hostrpc.NewPoller(map[uint64]hostrpc.HeaderReader{7: slow}, hostrpc.PollerConfig{Interval: time.Millisecond, Timeout: time.Hour})
	defer p.Close()

	_, ok := p.Header(7, 2)
	require.False(t, ok, "nothing read yet")
	require.Equal(t, uint64(2), <-slow.depths, "asking sets the depth the chain is read at")
	// The read is blocked; asking again returns at once, with nothing.
	_, ok = p.Header(7, 2)
	require.False(t, ok)

	close(slow.release)
	require.Eventually(t, func() bool {
		h, ok := p.Header(7, 2)
		return ok && h.Number == 99
	}, 10*time.Second, time.Millisecond)

	// A new confirmation depth is not answered with a header read at the old one.
	_, ok = p.Header(7, 3)
	require.False(t, ok)
	require.Eventually(t, func() bool {
		h, ok := p.Header(7, 3)
		return ok && h.Number == 98
	}, 10*time.Second, time.Millisecond)

	_, ok = p.Header(8, 2)
	require.False(t, ok, "a chain without a reader")
	require.False(t, p.Has(8))
	require.True(t, p.Has(7))
}

func TestPollerCloseCancelsReadsUnderWay(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	slow := newSlowReader() // never released
	var failures atomic.Int32
	p := hostrpc.NewPoller(map[uint64]hostrpc.HeaderReader{1: slow, 2: slow}, hostrpc.PollerConfig{
		Interval: time.Millisecond, Timeout: time.Hour,
		OnError: func(uint64, error) { failures.Add(1) },
	})
	p.Header(1, 1)
	p.Header(2, 1)
	<-slow.depths
	<-slow.depths
	p.Close() // returns only when both blocked reads have ended
	p.Close()
	require.Zero(t, failures.Load(), "a read cancelled by Close is not a failure")
}

type failingReader struct{}

func (failingReader) FinalizedHeader(context.Context, uint64) (types.HostHeader, error) {
	return types.HostHeader{}, hostrpc.ErrRPC
}

func TestPollerReportsFailedReads(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	errs := make(chan error, 10)
	p := hostrpc.NewPoller(map[uint64]hostrpc.HeaderReader{1: failingReader{}}, hostrpc.PollerConfig{
		Interval: time.Millisecond,
		OnError: func(_ uint64, err error) {
			select {
			case errs <- err:
			default:
			}
		},
	})
	defer p.Close()
	p.Header(1, 1)
	require.True(t, errors.Is(<-errs, hostrpc.ErrRPC))
	_, ok := p.Header(1, 1)
	require.False(t, ok)
}
