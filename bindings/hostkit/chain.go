// Package hostkit drives the tKMS host contracts from Go: it deploys the suite
// (KMSVerifier, ACL, InputVerifier, DecryptionOracle) and the example dApps,
// makes encrypted inputs, computes and signs the EIP-712 messages the MPC
// signer set signs (results, rotations, public key updates), encodes
// cleartexts, reads the contracts' events and decodes their custom errors.
//
// It is shared by tests, the devnet and the relayer: nothing here depends on a
// particular node. Storage slots, request commitments and proofs are in
// package hostproof.
package hostkit

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Backend is what hostkit needs from an EVM node: calls and transactions
// (bind.ContractBackend) and receipts (bind.DeployBackend). ethclient.Client
// and the simulated backend's client both provide it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// ErrReverted reports a transaction that was mined but failed.
var ErrReverted = errors.New("hostkit: transaction reverted")

// Chain sends transactions to one host chain and waits for their receipts.
type Chain struct {
	Backend Backend
	ChainID *big.Int
	// Mine, when set, seals a block after each transaction is sent (the
	// simulated backend's Commit). Leave it nil on a chain that makes blocks
	// by itself.
	Mine func()
}

// Send sends a transaction with data to `to` from opts (its Value is sent
// along), waits until it is mined and returns its receipt. A transaction whose
// gas estimate reverts is not sent; the error then carries the revert data
// (see DecodeRevert). A mined transaction that failed returns its receipt and
// an error wrapping ErrReverted.
func (c *Chain) Send(ctx context.Context, opts *bind.TransactOpts, to common.Address, data []byte) (*types.Receipt, error) {
	contract := bind.NewBoundContract(to, abi.ABI{}, c.Backend, c.Backend, c.Backend)
	tx, err := bind.Transact(contract, withContext(ctx, opts), data)
	if err != nil {
		return nil, err
	}
	return c.wait(ctx, tx)
}

// Deploy deploys the contract of meta (a binding's MetaData) with the packed
// constructor arguments input and returns its address once mined.
func (c *Chain) Deploy(ctx context.Context, opts *bind.TransactOpts, meta *bind.MetaData, input []byte) (common.Address, error) {
	addr, tx, err := bind.DeployContract(withContext(ctx, opts), common.FromHex(meta.Bin), c.Backend, input)
	if err != nil {
		return common.Address{}, fmt.Errorf("hostkit: deploy %s: %w", meta.ID, err)
	}
	if _, err := c.wait(ctx, tx); err != nil {
		return common.Address{}, fmt.Errorf("hostkit: deploy %s: %w", meta.ID, err)
	}
	return addr, nil
}

// Head returns the latest block header.
func (c *Chain) Head(ctx context.Context) (*types.Header, error) {
	return c.Backend.HeaderByNumber(ctx, nil)
}

func (c *Chain) wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	if c.Mine != nil {
		c.Mine()
	}
	receipt, err := bind.WaitMined(ctx, c.Backend, tx.Hash())
	if err != nil {
		return nil, err
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return receipt, fmt.Errorf("%w: %s", ErrReverted, tx.Hash())
	}
	return receipt, nil
}

// WithValue returns a copy of opts that sends value wei.
func WithValue(opts *bind.TransactOpts, value *big.Int) *bind.TransactOpts {
	cp := *opts
	cp.Value = value
	return &cp
}

func withContext(ctx context.Context, opts *bind.TransactOpts) *bind.TransactOpts {
	cp := *opts
	cp.Context = ctx
	return &cp
}

// Events returns the logs of receipt emitted by the contract at addr that
// unpack decodes (a binding's UnpackFooEvent), in log order.
func Events[E any](receipt *types.Receipt, addr common.Address, unpack func(*types.Log) (*E, error)) []*E {
	var out []*E
	for _, l := range receipt.Logs {
		if l.Address != addr {
			continue
		}
		if ev, err := unpack(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}
