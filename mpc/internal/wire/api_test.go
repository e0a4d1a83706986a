package wire_test

import (
	"os"
	"testing"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/internal/apitest"
	"github.com/tkms/tkms/mpc/internal/wire"
)

// Every exported function and method of the package answers without
// panicking on nil, zero and empty arguments.
func TestNoExportedFunctionPanics(t *testing.T) {
	var w wire.Writer
	w.Uint32(1)
	w.Point(group.NewGeneratorPoint())
	apitest.Run(t, os.DirFS("."), apitest.API{
		Funcs: map[string]any{"NewReader": wire.NewReader},
		Types: map[string]any{
			"Reader": new(wire.Reader),
			"Writer": new(wire.Writer),
		},
		Fixtures: []any{wire.NewReader(w.Bytes()), &w, w.Bytes(), group.NewGeneratorPoint(), group.ScalarFromUint64(1), 4},
	})
}
