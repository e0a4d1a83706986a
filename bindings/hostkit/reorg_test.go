package hostkit_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tkms/tkms/bindings"
	"github.com/tkms/tkms/bindings/hostkit"
	"github.com/tkms/tkms/bindings/hosttest"
	"github.com/tkms/tkms/hostproof"
)

// TestReorgedRequestIsNeverFulfilled makes a request, lets a relayer prove
// its commitment and collect a signed result, then reorganises the chain
// from the request's parent block: on the new canonical chain the user's
// nonce is spent by another transaction, so the request never happened. Its
// commitment slot no longer holds it, the relayer's proof no longer verifies
// against the canonical state root, and the signed result cannot be delivered.
func TestReorgedRequestIsNeverFulfilled(t *testing.T) {
	tests := []struct {
		name string
		// replace spends the request's nonce on the side chain and returns the
		// request it makes there, if any.
		replace func(t *testing.T, f *fixture, opts *bind.TransactOpts, other hosttest.Input) *bindings.DecryptionOracleDecryptionRequested
		// wantRevert is how the oracle refuses the reorged-away result.
		wantRevert any
	}{
		{
			name: "the side chain has no request with that id",
			replace: func(t *testing.T, f *fixture, opts *bind.TransactOpts, _ hosttest.Input) *bindings.DecryptionOracleDecryptionRequested {
				opts.GasLimit = 21_000 // a plain transfer: no estimate against a contract
				must[*types.Receipt](t)(f.Chain.Send(context.Background(), opts, opts.From, nil))
				return nil
			},
			wantRevert: &bindings.DecryptionOracleDecryptionOracleUnknownRequest{},
		},
		{
			name: "the side chain gives the id to a request for another handle",
			replace: func(t *testing.T, f *fixture, opts *bind.TransactOpts, other hosttest.Input) *bindings.DecryptionOracleDecryptionRequested {
				reqOpts, data := f.RequestTx(t, f.User(0), other)
				opts.Value = reqOpts.Value
				receipt := must[*types.Receipt](t)(f.Chain.Send(context.Background(), opts, f.Mock.Address, data))
				return f.Suite.DecryptionRequests(receipt)[0]
			},
			wantRevert: &bindings.KMSVerifierKMSVerifierUnknownSigner{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			ctx := context.Background()
			user := f.User(0)
			oracle := f.Suite.DecryptionOracle
			a := f.Input(t, user, common.BigToHash(big.NewInt(11)))
			b := f.Input(t, user, common.BigToHash(big.NewInt(22)))
			parent := f.Head(t)

			opts, data := f.RequestTx(t, user, a)
			receipt := must[*types.Receipt](t)(f.Chain.Send(ctx, opts, f.Mock.Address, data))
			req := f.Suite.DecryptionRequests(receipt)[0]
			commitment := f.Suite.Commitment(req).Commitment()
			tx, _, err := f.Client.TransactionByHash(ctx, receipt.TxHash)
			if err != nil {
				t.Fatal(err)
			}

			// A relayer proves the commitment at the request's block and has the result signed.
			slot := hostproof.RequestCommitmentSlot(req.RequestId)
			requestBlock := must[*types.Header](t)(f.Client.HeaderByHash(ctx, receipt.BlockHash))
			proof := f.GetProof(t, oracle.Address, []common.Hash{slot}, receipt.BlockNumber)
			if got, err := hostproof.VerifySlot(requestBlock.Root, oracle.Address, proof.Account, slot, proof.Storage[0]); err != nil || got != commitment {
				t.Fatalf("commitment proven at the request's block = %s, %v; want %s", got, err, commitment)
			}
			result := hostkit.Result(req, f.decrypt(t, a), f.Accounts[hosttest.Relayer].Address())
			sigs := must[[]byte](t)(f.Suite.SignResults(req.SignerEpoch, []hostkit.DecryptionResult{result}, f.Signers[:3]))

			// Reorganise from the parent: the user's nonce goes to another transaction,
			// paying more so that it replaces the request in the pool.
			f.Fork(t, parent.Hash(), receipt.TxHash)
			replacement := f.Opts(user)
			replacement.Nonce = new(big.Int).SetUint64(tx.Nonce())
			replacement.GasTipCap = new(big.Int).Mul(tx.GasTipCap(), big.NewInt(2))
			replacement.GasFeeCap = new(big.Int).Mul(tx.GasFeeCap(), big.NewInt(2))
			other := tt.replace(t, f, replacement, b)
			f.Backend.Commit() // the side chain is now the longer one
			head := f.Head(t)

			if h := must[*types.Header](t)(f.Client.HeaderByNumber(ctx, receipt.BlockNumber)); h.Hash() == receipt.BlockHash {
				t.Fatal("the request's block is still canonical")
			}
			if _, err := f.Client.TransactionReceipt(ctx, receipt.TxHash); !errors.Is(err, ethereum.NotFound) {
				t.Fatalf("receipt of the reorged request: %v; want not found", err)
			}
			if _, err := hostproof.VerifySlot(head.Root, oracle.Address, proof.Account, slot, proof.Storage[0]); !errors.Is(err, hostproof.ErrInvalidProof) {
				t.Fatalf("the proof from the reorged block verifies against the canonical state: %v", err)
			}
			var want common.Hash // an empty slot, unless another request took the id
			if other != nil {
				if other.RequestId.Cmp(req.RequestId) != 0 {
					t.Fatalf("side-chain request id %s; want %s", other.RequestId, req.RequestId)
				}
				want = f.Suite.Commitment(other).Commitment()
			}
			now := f.GetProof(t, oracle.Address, []common.Hash{slot}, head.Number)
			got, err := hostproof.VerifySlot(head.Root, oracle.Address, now.Account, slot, now.Storage[0])
			if err != nil || got != want || got == commitment {
				t.Fatalf("canonical commitment slot proven = %s, %v; want %s", got, err, want)
			}
			stored := must[[32]byte](t)(oracle.ABI.UnpackCommitmentOf(f.call(t, oracle.Bound, oracle.ABI.PackCommitmentOf(req.RequestId))))
			if common.Hash(stored) != want {
				t.Fatalf("commitmentOf = %x; want %s", stored, want)
			}

			_, err = f.Suite.Fulfill(ctx, f.Opts(f.Accounts[hosttest.Relayer]), result, sigs)
			wantRevert(t, err, tt.wantRevert, true)

			if other != nil { // the side chain's own request is fulfilled normally
				r := hostkit.Result(other, f.decrypt(t, b), f.Accounts[hosttest.Relayer].Address())
				sigs := must[[]byte](t)(f.Suite.SignResults(other.SignerEpoch, []hostkit.DecryptionResult{r}, f.Signers[1:]))
				must[*types.Receipt](t)(f.Suite.Fulfill(ctx, f.Opts(f.Accounts[hosttest.Relayer]), r, sigs))
			}
		})
	}
}
