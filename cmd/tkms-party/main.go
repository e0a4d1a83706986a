// Command tkms-party is the tKMS MPC party daemon (see party/README.md).
package main

import (
	"os"

	"github.com/tkms/tkms/party/cli"
)

func main() {
	if err := cli.NewRootCommand(cli.DefaultEnv()).Execute(); err != nil {
		os.Exit(1)
	}
}
