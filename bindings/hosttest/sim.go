// Package hosttest runs the host contracts on go-ethereum's simulated backend
// for tests: a simulated chain with funded accounts and an RPC client for the
// calls the backend's own client lacks (eth_getProof), a deployed suite with
// development signers, helpers that register inputs and request decryptions
// through a MockRequester dApp, and the threshold decryption the MPC parties
// would perform. It is for tests only.
package hosttest

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tkms/tkms/bindings/hostkit"
)

// Balance is every account's initial balance: 1000 ether.
var Balance = new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))

// Sim is a simulated host chain. Blocks are sealed synchronously: Chain.Send
// mines each transaction in its own block.
type Sim struct {
	Backend *simulated.Backend
	Client  simulated.Client
	// Geth reaches the node over a private IPC socket, for eth_getProof.
	Geth  *gethclient.Client
	Chain *hostkit.Chain
	// Accounts are funded with Balance at genesis.
	Accounts []*hostkit.Signer
}

// NewSim starts a simulated chain (chain id 1337, every fork up to Osaka
// active, so EIP-2537 too) with n funded development accounts, and stops it
// when the test ends.
func NewSim(t testing.TB, n int) *Sim {
	t.Helper()
	accounts := hostkit.DevSigners("hosttest account", n)
	alloc := types.GenesisAlloc{}
	for _, a := range accounts {
		alloc[a.Address()] = types.Account{Balance: Balance}
	}
	// A short path: unix socket paths are limited to about 100 bytes.
	dir, err := os.MkdirTemp("", "sim")
	if err != nil {
		t.Fatal(err)
	}
	ipc := filepath.Join(dir, "geth.ipc")
	backend := simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		nc.IPCPath = ipc
		// go-ethereum's dev chain also runs the in-development Bogota fork, whose
		// state-gas metering (EIP-8037) makes every new storage slot several
		// times dearer than on any live chain; host chains run Osaka at most.
		cfg := *ec.Genesis.Config
		cfg.BogotaTime = nil
		ec.Genesis.Config = &cfg
	})
	rc, err := rpc.Dial(ipc)
	if err != nil {
		backend.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		rc.Close()
		if err := backend.Close(); err != nil {
			t.Error(err)
		}
		os.RemoveAll(dir)
	})
	client := backend.Client()
	chainID, err := client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return &Sim{
		Backend:  backend,
		Client:   client,
		Geth:     gethclient.New(rc),
		Chain:    &hostkit.Chain{Backend: client, ChainID: chainID, Mine: func() { backend.Commit() }},
		Accounts: accounts,
	}
}

// Opts returns transaction options for s on this chain.
func (s *Sim) Opts(signer *hostkit.Signer) *bind.TransactOpts {
	return signer.Transactor(s.Chain.ChainID)
}

// Head returns the latest header.
func (s *Sim) Head(t testing.TB) *types.Header {
	t.Helper()
	h, err := s.Chain.Head(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// Fork makes parent the head, dropping the blocks above it, and waits until
// the transaction pool has re-queued the dropped transactions named (their
// hashes): from then on the pool reflects the new head, and a transaction
// that reuses a dropped one's nonce replaces it if it pays more. Blocks
// committed next extend parent.
func (s *Sim) Fork(t testing.TB, parent common.Hash, dropped ...common.Hash) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	pending := make(chan common.Hash, 16)
	sub, err := s.Geth.SubscribePendingTransactions(ctx, pending)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	if err := s.Backend.Fork(parent); err != nil {
		t.Fatal(err)
	}
	want := make(map[common.Hash]bool, len(dropped))
	for _, h := range dropped {
		want[h] = true
	}
	for len(want) > 0 {
		select {
		case h := <-pending:
			delete(want, h)
		case err := <-sub.Err():
			t.Fatal(err)
		case <-ctx.Done():
			t.Fatalf("the pool did not re-queue %d dropped transactions", len(want))
		}
	}
}

// Proof is an eth_getProof answer with its nodes decoded.
type Proof struct {
	Account  [][]byte
	Storage  [][][]byte    // one proof per requested slot, in order
	Values   []common.Hash // the node's claimed value of each slot
	Response *gethclient.AccountResult
}

// GetProof asks the node for the proofs of slots of addr at block number (nil: latest).
func (s *Sim) GetProof(t testing.TB, addr common.Address, slots []common.Hash, number *big.Int) *Proof {
	t.Helper()
	keys := make([]string, len(slots))
	for i, slot := range slots {
		keys[i] = slot.Hex()
	}
	res, err := s.Geth.GetProof(context.Background(), addr, keys, number)
	if err != nil {
		t.Fatal(err)
	}
	p := &Proof{Response: res}
	if p.Account, err = hostkit.DecodeProof(res.AccountProof); err != nil {
		t.Fatal(err)
	}
	for _, sp := range res.StorageProof {
		nodes, err := hostkit.DecodeProof(sp.Proof)
		if err != nil {
			t.Fatal(err)
		}
		p.Storage = append(p.Storage, nodes)
		p.Values = append(p.Values, common.BigToHash(sp.Value))
	}
	return p
}
