package crypto

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestCacheComputesOnceAndForgetsPanics(t *testing.T) {
	c := newCache()
	batches := func(c *cache) *bounded[verified] { return c.batches }
	calls := 0
	fail := errors.New("invalid")
	for range 3 {
		_, err := load(c, batches, [32]byte{1}, func() (verified, error) { calls++; return verified{}, fail })
		require.ErrorIs(t, err, fail, "a failure is a result like any other")
	}
	require.Equal(t, 1, calls, "computed once")

	require.Panics(t, func() {
		_, _ = load(c, batches, [32]byte{2}, func() (verified, error) { panic("boom") })
	})
	_, err := load(c, batches, [32]byte{2}, func() (verified, error) { return verified{}, nil })
	require.NoError(t, err, "a computation that panicked leaves nothing behind")

	small := &cache{batches: newBounded[verified](2)}
	for i := range byte(3) {
		_, _ = load(small, batches, [32]byte{i}, func() (verified, error) { return verified{}, nil })
	}
	require.Len(t, small.batches.m, 2, "the oldest entry is forgotten")
	_, ok := small.batches.m[[32]byte{0}]
	require.False(t, ok)
}
