package bindings_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strconv"
	"testing"

	"github.com/tkms/tkms/bindings/internal/bindgen"
)

// TestBindingsAreUpToDate rebuilds the contracts and regenerates the bindings:
// the committed contracts.go must be exactly what `go generate ./bindings`
// writes for the Solidity sources in the tree.
func TestBindingsAreUpToDate(t *testing.T) {
	want, err := bindgen.Generate(context.Background(), "..")
	if errors.Is(err, bindgen.ErrNoForge) {
		t.Skipf("cannot check the bindings against the contracts: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("contracts.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("bindings/contracts.go is stale (%s): run `go generate ./bindings` and commit the result", firstDifference(got, want))
	}
}

// firstDifference names the first line where the committed and regenerated code differ.
func firstDifference(got, want []byte) string {
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := 0; i < len(g) && i < len(w); i++ {
		if !bytes.Equal(g[i], w[i]) {
			return "first difference at line " + strconv.Itoa(i+1)
		}
	}
	return "one is a prefix of the other"
}
