package katgen_test

import (
	"os"
	"testing"

	"github.com/tkms/tkms/mpc/internal/apitest"
	"github.com/tkms/tkms/mpc/internal/katgen"
)

// Every exported function and method of the package returns an error (or
// answers) without panicking on nil, zero and empty arguments.
func TestNoExportedFunctionPanics(t *testing.T) {
	apitest.Run(t, os.DirFS("."), apitest.API{
		Funcs: map[string]any{
			"Generate":  katgen.Generate,
			"HostLabel": katgen.HostLabel,
		},
		Types: map[string]any{
			"BatchVector":       new(katgen.BatchVector),
			"CiphertextVector":  new(katgen.CiphertextVector),
			"EncodingFile":      new(katgen.EncodingFile),
			"ExpandVector":      new(katgen.ExpandVector),
			"Files":             new(katgen.Files),
			"HashFile":          new(katgen.HashFile),
			"Hex":               new(katgen.Hex),
			"InvalidCiphertext": new(katgen.InvalidCiphertext),
			"NamedHex":          new(katgen.NamedHex),
			"PointVector":       new(katgen.PointVector),
			"ReencVector":       new(katgen.ReencVector),
			"ScalarVector":      new(katgen.ScalarVector),
			"SharesFile":        new(katgen.SharesFile),
			"TDH2File":          new(katgen.TDH2File),
		},
		Fixtures: []any{katgen.Hex{1, 2}, []byte(`"0x0102"`), uint64(1)},
	})
}
