// Command katgen writes the known-answer vectors: go run ./mpc/internal/katgen/cmd -out mpc/testdata
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/tkms/tkms/mpc/internal/katgen"
)

func main() {
	out := flag.String("out", "mpc/testdata", "directory to write the vector files to")
	flag.Parse()
	files, err := katgen.Generate()
	if err != nil {
		fmt.Fprintln(os.Stderr, "katgen:", err)
		os.Exit(1)
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		b, err := json.MarshalIndent(files[n], "", "  ")
		if err != nil {
			fmt.Fprintln(os.Stderr, "katgen:", err)
			os.Exit(1)
		}
		if err := os.WriteFile(filepath.Join(*out, n), append(b, '\n'), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "katgen:", err)
			os.Exit(1)
		}
		fmt.Println("wrote", filepath.Join(*out, n))
	}
}
