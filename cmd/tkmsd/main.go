// Command tkmsd is the tKMS chain node.
package main

import (
	"fmt"
	"os"

	svrcmd "github.com/cosmos/cosmos-sdk/server/cmd"

	"github.com/tkms/tkms/tkmschain/app"
	"github.com/tkms/tkms/tkmschain/cli"
)

func main() {
	if err := svrcmd.Execute(cli.NewRootCmd(), "", app.DefaultNodeHome); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
