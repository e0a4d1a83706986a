// Package chain is the party daemon's side of the tKMS chain: a Node
// (queries over gRPC, transactions over CometBFT RPC), a Sender per
// account key with its own sequence handling and idempotent, persisted
// submissions, and the party's registration.
package chain

import (
	"context"
	"errors"
	"fmt"
	"strings"

	ctypes "github.com/cometbft/cometbft/rpc/core/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtx "github.com/cosmos/cosmos-sdk/x/auth/tx"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	gogogrpc "github.com/cosmos/gogoproto/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/tkms/tkms/tkmschain/app"
	kmstypes "github.com/tkms/tkms/tkmschain/x/kms/types"
)

// Node is what a Sender needs of a tKMS node.
type Node interface {
	// Account returns the account's number and next sequence, or an error
	// wrapping ErrAccountNotFound if the chain has no such account.
	Account(ctx context.Context, addr sdk.AccAddress) (number, sequence uint64, err error)
	// BroadcastSync submits a transaction and returns CheckTx's verdict.
	BroadcastSync(ctx context.Context, tx []byte) (CheckResult, error)
	// Tx returns the result of an included transaction, or an error
	// wrapping ErrTxNotFound if the node has not indexed it.
	Tx(ctx context.Context, hash []byte) (TxResult, error)
}

// CheckResult is CheckTx's verdict.
type CheckResult struct {
	Code      uint32
	Codespace string
	Log       string
	Hash      []byte
}

// TxResult is an included transaction's result.
type TxResult struct {
	Height    int64
	Code      uint32
	Codespace string
	Log       string
}

// CometClient is the part of CometBFT's RPC client (rpc/client.Client:
// the HTTP client, or the in-process local one) a Node uses.
type CometClient interface {
	BroadcastTxSync(ctx context.Context, tx cmttypes.Tx) (*ctypes.ResultBroadcastTx, error)
	Tx(ctx context.Context, hash []byte, prove bool) (*ctypes.ResultTx, error)
}

// Errors.
var (
	ErrAccountNotFound = errors.New("chain: account not found")
	ErrTxNotFound      = errors.New("chain: transaction not found")
)

// NewNode is a Node over a gRPC connection for queries (the node's gRPC
// endpoint, or any gogoproto ClientConn) and CometBFT's RPC for
// transactions.
func NewNode(q gogogrpc.ClientConn, comet CometClient) Node { return &node{q: q, comet: comet} }

type node struct {
	q     gogogrpc.ClientConn
	comet CometClient
}

// notFound tells a "no such thing" answer apart from a failed call: gRPC
// says NotFound; an ABCI query or CometBFT's RPC says so in its message.
func notFound(err error) bool {
	if status.Code(err) == codes.NotFound {
		return true
	}
	return strings.Contains(err.Error(), "not found")
}

func (n *node) Account(ctx context.Context, addr sdk.AccAddress) (uint64, uint64, error) {
	res, err := authtypes.NewQueryClient(n.q).AccountInfo(ctx, &authtypes.QueryAccountInfoRequest{Address: addr.String()})
	if err != nil {
		if notFound(err) {
			return 0, 0, fmt.Errorf("%w: %s", ErrAccountNotFound, addr)
		}
		return 0, 0, fmt.Errorf("chain: querying account %s: %w", addr, err)
	}
	if res.Info == nil {
		return 0, 0, fmt.Errorf("%w: %s", ErrAccountNotFound, addr)
	}
	return res.Info.AccountNumber, res.Info.Sequence, nil
}

func (n *node) BroadcastSync(ctx context.Context, tx []byte) (CheckResult, error) {
	res, err := n.comet.BroadcastTxSync(ctx, tx)
	if err != nil {
		return CheckResult{}, fmt.Errorf("chain: broadcast: %w", err)
	}
	return CheckResult{Code: res.Code, Codespace: res.Codespace, Log: res.Log, Hash: res.Hash}, nil
}

func (n *node) Tx(ctx context.Context, hash []byte) (TxResult, error) {
	res, err := n.comet.Tx(ctx, hash, false)
	if err != nil {
		if notFound(err) {
			return TxResult{}, fmt.Errorf("%w: %X", ErrTxNotFound, hash)
		}
		return TxResult{}, fmt.Errorf("chain: querying transaction %X: %w", hash, err)
	}
	return TxResult{Height: res.Height, Code: res.TxResult.Code, Codespace: res.TxResult.Codespace, Log: res.TxResult.Log}, nil
}

// TxConfig returns the transaction encoding of the tKMS chain's messages
// a party sends (x/kms, bank).
func TxConfig() client.TxConfig {
	ec := app.MakeEncodingConfig()
	kmstypes.RegisterInterfaces(ec.InterfaceRegistry)
	banktypes.RegisterInterfaces(ec.InterfaceRegistry)
	return authtx.NewTxConfig(codec.NewProtoCodec(ec.InterfaceRegistry), authtx.DefaultSignModes)
}
