package hosttest

import (
	"context"
	"io"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tkms/tkms/bindings"
	"github.com/tkms/tkms/bindings/hostkit"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/tdh2"
)

// Account roles in Sim.Accounts.
const (
	Deployer = iota
	Relayer
	FirstUser
)

// Fees of the deployed oracle: BaseFee + PerHandleFee × handles + PerGasFee ×
// (callback gas limit + result storage gas).
var (
	BaseFee      = big.NewInt(1e15)
	PerHandleFee = big.NewInt(1e14)
	PerGasFee    = big.NewInt(1e9)
)

// CallbackGasLimit is the gas limit of the MockRequester callbacks Request asks for.
const CallbackGasLimit = 200_000

// Config describes an Env.
type Config struct {
	// KeySet is the tKMS key set whose public key the InputVerifier holds; its
	// epoch is the key epoch and the initial signer epoch.
	KeySet *keyset.Public
	// Signers and Threshold are the initial signer set (defaults: four
	// development signers, threshold 3).
	Signers   []*hostkit.Signer
	Threshold uint16
	// Rotations have no minimum delay.
	// Rand supplies the randomness of encryptions (deterministic in tests).
	Rand io.Reader
	// Users is the number of user accounts (default 3).
	Users int
}

// Env is a deployed suite on a simulated chain, with a MockRequester dApp.
type Env struct {
	*Sim
	Suite   *hostkit.Suite
	KeySet  *keyset.Public
	Signers []*hostkit.Signer
	Mock    hostkit.Contract[bindings.MockRequester]
	rand    io.Reader
}

// NewEnv deploys the suite (on-chain ciphertext proofs enabled) and a MockRequester.
func NewEnv(t testing.TB, cfg Config) *Env {
	t.Helper()
	if cfg.Signers == nil {
		cfg.Signers = hostkit.DevSigners("hosttest signer", 4)
	}
	if cfg.Threshold == 0 {
		cfg.Threshold = 3
	}
	if cfg.Users == 0 {
		cfg.Users = 3
	}
	sim := NewSim(t, FirstUser+cfg.Users)
	ctx := context.Background()
	suite, err := hostkit.DeploySuite(ctx, sim.Chain, sim.Opts(sim.Accounts[Deployer]), hostkit.SuiteConfig{
		KeyEpoch:     cfg.KeySet.Epoch(),
		PublicKey:    cfg.KeySet.PublicKey().Bytes(),
		Signers:      hostkit.SignerAddresses(cfg.Signers),
		Threshold:    cfg.Threshold,
		BaseFee:      BaseFee,
		PerHandleFee: PerHandleFee,
		PerGasFee:    PerGasFee,
		ProofCheck:   true,
	})
	if err != nil {
		t.Fatal(err)
	}
	mockAddr, err := suite.DeployMockRequester(ctx, sim.Opts(sim.Accounts[Deployer]))
	if err != nil {
		t.Fatal(err)
	}
	mock := bindings.NewMockRequester()
	return &Env{
		Sim:     sim,
		Suite:   suite,
		KeySet:  cfg.KeySet,
		Signers: cfg.Signers,
		Mock:    hostkit.Contract[bindings.MockRequester]{Address: mockAddr, ABI: mock, Bound: mock.Instance(sim.Client, mockAddr)},
		rand:    cfg.Rand,
	}
}

// User returns the i-th user account.
func (e *Env) User(i int) *hostkit.Signer { return e.Accounts[FirstUser+i] }

// Input is a registered encrypted input.
type Input struct {
	Ciphertext []byte
	Handle     common.Hash
}

// Input encrypts value as an input of user and registers it through the
// InputVerifier, user acting as its own contract (the label names it twice),
// then lets the MockRequester use it.
func (e *Env) Input(t testing.TB, user *hostkit.Signer, value common.Hash) Input {
	t.Helper()
	ctx := context.Background()
	ct, err := hostkit.EncryptInput(e.rand, e.KeySet.PublicKey(), value, e.Chain.ChainID, user.Address(), user.Address())
	if err != nil {
		t.Fatal(err)
	}
	ev, err := e.Suite.VerifyInput(ctx, e.Opts(user), ct, user.Address())
	if err != nil {
		t.Fatal(err)
	}
	if ev.Handle != hostkit.Handle(ct) {
		t.Fatalf("InputVerified handle %x, want keccak256(ciphertext) %s", ev.Handle, hostkit.Handle(ct))
	}
	acl := e.Suite.ACL
	if _, err := e.Chain.Send(ctx, e.Opts(user), acl.Address, acl.ABI.PackAllow(ev.Handle, e.Mock.Address)); err != nil {
		t.Fatal(err)
	}
	return Input{Ciphertext: ct, Handle: ev.Handle}
}

// RequestTx is the calldata and fee with which user asks the MockRequester
// for the public decryption of inputs, with its onResult callback.
func (e *Env) RequestTx(t testing.TB, user *hostkit.Signer, inputs ...Input) (*bind.TransactOpts, []byte) {
	t.Helper()
	fee, err := e.Suite.RequestFee(context.Background(), len(inputs), CallbackGasLimit)
	if err != nil {
		t.Fatal(err)
	}
	handles := make([][32]byte, len(inputs))
	for i, in := range inputs {
		handles[i] = in.Handle
	}
	selector := [4]byte(e.Mock.ABI.GetABI().Methods["onResult"].ID)
	return hostkit.WithValue(e.Opts(user), fee), e.Mock.ABI.PackRequest(handles, selector, CallbackGasLimit, 86400)
}

// Request asks for the public decryption of inputs through the MockRequester
// and returns the oracle's DecryptionRequested event.
func (e *Env) Request(t testing.TB, user *hostkit.Signer, inputs ...Input) *bindings.DecryptionOracleDecryptionRequested {
	t.Helper()
	opts, data := e.RequestTx(t, user, inputs...)
	receipt, err := e.Chain.Send(context.Background(), opts, e.Mock.Address, data)
	if err != nil {
		t.Fatal(err)
	}
	reqs := e.Suite.DecryptionRequests(receipt)
	if len(reqs) != 1 {
		t.Fatalf("%d DecryptionRequested events, want 1", len(reqs))
	}
	return reqs[0]
}

// Decrypt is what the MPC parties do for a request: each of parties (indices
// of shares) validates the ciphertexts and makes one batch of decryption
// shares; the batches are verified and combined, request by request. It
// returns the plaintexts in the order of ciphertexts.
func Decrypt(t testing.TB, rand io.Reader, pub *keyset.Public, shares []*keyset.Share, parties []int, ciphertexts [][]byte) []common.Hash {
	t.Helper()
	reqs := make([]tdh2.Request, len(ciphertexts))
	for i, ct := range ciphertexts {
		valid, err := tdh2.Validate(pub.PublicKey(), ct)
		if err != nil {
			t.Fatalf("ciphertext %d: %v", i, err)
		}
		reqs[i] = tdh2.Request{ID: tdh2.RequestID(crypto.Keccak256Hash(ct)), Ciphertext: valid}
	}
	perRequest := make([][]tdh2.VerifiedShare, len(reqs))
	for _, p := range parties {
		batch, err := tdh2.NewShareBatch(rand, shares[p], reqs)
		if err != nil {
			t.Fatal(err)
		}
		verified, err := tdh2.VerifyShareBatch(pub, batch, reqs)
		if err != nil {
			t.Fatalf("party %d: %v", shares[p].Index, err)
		}
		for j, v := range verified {
			perRequest[j] = append(perRequest[j], v)
		}
	}
	out := make([]common.Hash, len(reqs))
	for j, req := range reqs {
		m, err := tdh2.Combine(pub, req.ID, req.Ciphertext, perRequest[j])
		if err != nil {
			t.Fatalf("ciphertext %d: %v", j, err)
		}
		out[j] = common.BytesToHash(m)
	}
	return out
}
