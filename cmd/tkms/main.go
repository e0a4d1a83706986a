// Command tkms is the tKMS client: for now the in-process demonstration.
package main

import (
	"os"

	"github.com/tkms/tkms/internal/cli"
)

func main() {
	if err := cli.NewRootCommand().Execute(); err != nil {
		os.Exit(1)
	}
}
