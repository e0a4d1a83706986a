// Package cli holds the commands of the tkms client binary.
package cli

import (
	"github.com/spf13/cobra"

	"github.com/tkms/tkms/internal/demo"
)

// NewRootCommand returns the tkms command tree.
func NewRootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:           "tkms",
		Short:         "tKMS client: threshold key management with blockchain coordination",
		SilenceUsage:  true,
		SilenceErrors: false,
	}
	root.AddCommand(newDemoCommand())
	return root
}

func newDemoCommand() *cobra.Command {
	opts := demo.Options{}
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run a key ceremony with a misbehaving party, an encryption and a threshold decryption in process",
		Long: `demo runs the tKMS threshold cryptography end to end in one process:
a Joint-Feldman key ceremony among the parties (one of them corrupt: it deals
a wrong sub-share and refuses to justify it), an encryption under the new
public key, and a threshold decryption in which the corrupt party sends a
forged share. It prints each step and which party was caught and why.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.Out = cmd.OutOrStdout()
			_, err := demo.Run(opts)
			return err
		},
	}
	cmd.Flags().IntVar(&opts.Parties, "parties", 4, "number of parties n (threshold f = ⌊(n−1)/3⌋)")
	cmd.Flags().Uint32Var(&opts.Cheater, "cheater", 3, "index of the misbehaving party (0 for an honest run)")
	cmd.Flags().StringVar(&opts.Message, "message", "hello, threshold world", "message to encrypt (up to 32 bytes)")
	return cmd
}
