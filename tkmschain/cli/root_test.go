package cli_test

import (
	"path/filepath"
	"testing"

	svrcmd "github.com/cosmos/cosmos-sdk/server/cmd"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/app"
	"github.com/tkms/tkms/tkmschain/cli"
)

// A new chain's genesis bounds block gas: failed transactions cost their
// gas, and CometBFT's default of -1 would bound nothing.
func TestInitWritesAFiniteBlockGasLimit(t *testing.T) {
	home := t.TempDir()
	cmd := cli.NewRootCmd()
	cmd.SetArgs([]string{"init", "node0", "--chain-id", "tkms-test-1", "--home", home})
	require.NoError(t, svrcmd.Execute(cmd, "", home))
	g, err := genutiltypes.AppGenesisFromFile(filepath.Join(home, "config", "genesis.json"))
	require.NoError(t, err)
	require.Equal(t, int64(app.DefaultMaxBlockGas), g.Consensus.Params.Block.MaxGas)
}
