package cli

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/party/config"
)

func TestFees(t *testing.T) {
	for _, tc := range []struct {
		name  string
		limit uint64
		price string
		want  string
	}{
		{"a zero price pays no fee", 1000, "0", ""},
		{"the fee is limit times price", 1000, "0.025", "25utkms"},
		{"a fractional fee is rounded up", 1001, "0.025", "26utkms"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := config.Default()
			c.GasLimit, c.GasPrice = tc.limit, tc.price
			got, err := fees(c)
			require.NoError(t, err)
			require.Equal(t, tc.want, got.String())
		})
	}
}
