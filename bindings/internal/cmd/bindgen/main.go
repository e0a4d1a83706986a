// Command bindgen regenerates bindings/contracts.go from the Solidity sources
// (see package bindgen). `go generate ./bindings` runs it.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/tkms/tkms/bindings/internal/bindgen"
)

func main() {
	root := flag.String("root", "..", "repository root")
	out := flag.String("out", "contracts.go", "output Go file")
	flag.Parse()
	code, err := bindgen.Generate(context.Background(), *root)
	if err == nil {
		err = os.WriteFile(*out, code, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
