package hostproof_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tkms/tkms/bindings/hostkit"
	"github.com/tkms/tkms/bindings/hosttest"
	"github.com/tkms/tkms/hostproof"
	"github.com/tkms/tkms/mpc/mpctest"
)

// TestProofsFromANode asks a node (go-ethereum's simulated backend) for
// eth_getProof of the DecryptionOracle's request commitment and of the ACL's
// permission, public-decryption and delegation slots, and verifies them
// against the block's state root: values match what the contracts hold and
// what Go computes, and altered proofs, other slots, other accounts and other
// roots are refused.
func TestProofsFromANode(t *testing.T) {
	rnd := mpctest.Reader("hostproof chain")
	pub, _, _, err := mpctest.Deal(rnd, 4, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	env := hosttest.NewEnv(t, hosttest.Config{KeySet: pub, Rand: rnd})
	ctx := context.Background()
	user, delegate, stranger := env.User(0), env.User(1), env.User(2)
	acl, oracle := env.Suite.ACL, env.Suite.DecryptionOracle

	in := env.Input(t, user, common.BigToHash(big.NewInt(5)))
	send := func(data []byte) {
		t.Helper()
		if _, err := env.Chain.Send(ctx, env.Opts(user), acl.Address, data); err != nil {
			t.Fatal(err)
		}
	}
	send(acl.ABI.PackAllowPublicDecryption(in.Handle))
	expiry := env.Head(t).Time + 1000
	send(acl.ABI.PackDelegateUserDecryption(delegate.Address(), env.Mock.Address, expiry))
	req := env.Request(t, user, in)
	commitment := env.Suite.Commitment(req).Commitment()
	if commitment != req.Commitment {
		t.Fatalf("commitment computed in Go %s; the oracle emitted %x", commitment, req.Commitment)
	}

	head := env.Head(t)
	one := common.BigToHash(big.NewInt(1))
	readAndGrant := common.BigToHash(big.NewInt(3))
	tests := []struct {
		name string
		addr common.Address
		slot common.Hash
		want common.Hash
	}{
		{"the request's commitment", oracle.Address, hostproof.RequestCommitmentSlot(req.RequestId), commitment},
		{"the next request's empty commitment slot", oracle.Address, hostproof.RequestCommitmentSlot(new(big.Int).Add(req.RequestId, big.NewInt(1))), common.Hash{}},
		// The input names the user as its own contract, which then lets the dApp read.
		{"the user's permission (read and grant)", acl.Address, hostproof.ACLAllowedSlot(in.Handle, user.Address()), readAndGrant},
		{"the dApp's permission (read)", acl.Address, hostproof.ACLAllowedSlot(in.Handle, env.Mock.Address), one},
		{"a stranger's missing permission", acl.Address, hostproof.ACLAllowedSlot(in.Handle, stranger.Address()), common.Hash{}},
		{"the handle's public decryptability", acl.Address, hostproof.ACLPublicDecryptionSlot(in.Handle), one},
		{"the delegation's expiry", acl.Address, hostproof.ACLDelegationSlot(user.Address(), delegate.Address(), env.Mock.Address), common.BigToHash(new(big.Int).SetUint64(expiry))},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is proven", func(t *testing.T) {
			p := env.GetProof(t, tt.addr, []common.Hash{tt.slot}, head.Number)
			acc, err := hostproof.VerifyAccountProof(head.Root, tt.addr, p.Account)
			if err != nil {
				t.Fatal(err)
			}
			code, err := env.Client.CodeAt(ctx, tt.addr, head.Number)
			if err != nil {
				t.Fatal(err)
			}
			if !acc.Exists || acc.StorageRoot != p.Response.StorageHash || acc.CodeHash != hostkit.Handle(code) || acc.Nonce != p.Response.Nonce {
				t.Fatalf("account %+v; the node says storage root %s, nonce %d", acc, p.Response.StorageHash, p.Response.Nonce)
			}
			got, err := hostproof.VerifyStorageProof(acc.StorageRoot, tt.slot, p.Storage[0])
			if err != nil || got != tt.want || p.Values[0] != tt.want {
				t.Fatalf("proven %s, %v (node claims %s); want %s", got, err, p.Values[0], tt.want)
			}
			onChain, err := env.Client.StorageAt(ctx, tt.addr, tt.slot, head.Number)
			if err != nil || !bytes.Equal(onChain, tt.want[:]) {
				t.Fatalf("eth_getStorageAt = %x, %v; want %s", onChain, err, tt.want)
			}
		})
	}

	// Refusals: every case starts from genuine proofs of the user's permission.
	slot := hostproof.ACLAllowedSlot(in.Handle, user.Address())
	p := env.GetProof(t, acl.Address, []common.Hash{slot}, head.Number)
	flip := func(nodes [][]byte, i int) [][]byte {
		out := make([][]byte, len(nodes))
		for j := range nodes {
			out[j] = bytes.Clone(nodes[j])
		}
		out[i][len(out[i])/2] ^= 0x40
		return out
	}
	parentRoot := must(t, func() (common.Hash, error) {
		h, err := env.Client.HeaderByNumber(ctx, new(big.Int).Sub(head.Number, big.NewInt(1)))
		if err != nil {
			return common.Hash{}, err
		}
		return h.Root, nil
	})
	refused := []struct {
		name                   string
		root                   common.Hash
		addr                   common.Address
		accountProof           [][]byte
		slot                   common.Hash
		storageProof           [][]byte
		rejectedAtAccountLevel bool
	}{
		{"a storage proof with an altered leaf is refused", head.Root, acl.Address, p.Account, slot, flip(p.Storage[0], len(p.Storage[0])-1), false},
		{"a storage proof with an altered root node is refused", head.Root, acl.Address, p.Account, slot, flip(p.Storage[0], 0), false},
		{"an account proof with an altered node is refused", head.Root, acl.Address, flip(p.Account, len(p.Account)/2), slot, p.Storage[0], true},
		{"the proof of one slot does not prove the dApp's slot", head.Root, acl.Address, p.Account, hostproof.ACLAllowedSlot(in.Handle, env.Mock.Address), p.Storage[0], false},
		{"the ACL's account proof does not prove the oracle's account", head.Root, oracle.Address, p.Account, slot, p.Storage[0], true},
		{"the proofs do not verify under the previous block's state root", parentRoot, acl.Address, p.Account, slot, p.Storage[0], true},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			_, accErr := hostproof.VerifyAccountProof(tt.root, tt.addr, tt.accountProof)
			if (accErr != nil) != tt.rejectedAtAccountLevel {
				t.Fatalf("account proof: %v; want rejected=%v", accErr, tt.rejectedAtAccountLevel)
			}
			got, err := hostproof.VerifySlot(tt.root, tt.addr, tt.accountProof, tt.slot, tt.storageProof)
			if !errors.Is(err, hostproof.ErrInvalidProof) {
				t.Fatalf("VerifySlot = %s, %v; want ErrInvalidProof", got, err)
			}
		})
	}

	// The namespaces Go computes are the ones the deployed contracts use
	// (STORAGE_SLOT() has one selector in every contract).
	namespaces := []struct {
		name string
		c    *bind.BoundContract
		want common.Hash
	}{
		{"ACL", acl.Bound, hostproof.ACLStorageSlot},
		{"DecryptionOracle", oracle.Bound, hostproof.OracleStorageSlot},
		{"KMSVerifier", env.Suite.KMSVerifier.Bound, hostproof.KMSVerifierStorageSlot},
		{"InputVerifier", env.Suite.InputVerifier.Bound, hostproof.InputVerifierStorageSlot},
	}
	for _, ns := range namespaces {
		got, err := bind.Call(ns.c, nil, acl.ABI.PackSTORAGESLOT(), acl.ABI.UnpackSTORAGESLOT)
		if err != nil || common.Hash(got) != ns.want {
			t.Errorf("%s.STORAGE_SLOT() = %x, %v; want %s", ns.name, got, err, ns.want)
		}
	}
}

func must[T any](t *testing.T, f func() (T, error)) T {
	t.Helper()
	v, err := f()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestPendingCommitmentStaysProvable is what lets a relayer carry a host
// request to the tKMS chain again (after the chain's own request expired
// unanswered, or after a relayer gave up): while the host request is
// pending, its commitment slot holds the same value at every later block,
// whatever else the oracle does meanwhile (the oracle never writes a
// commitment twice), so a fresh proof at a later attested block proves it
// again.
func TestPendingCommitmentStaysProvable(t *testing.T) {
	rnd := mpctest.Reader("hostproof pending")
	pub, _, _, err := mpctest.Deal(rnd, 4, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	env := hosttest.NewEnv(t, hosttest.Config{KeySet: pub, Rand: rnd})
	ctx := context.Background()
	user := env.User(0)
	oracle := env.Suite.DecryptionOracle

	pending := env.Request(t, user, env.Input(t, user, common.BigToHash(big.NewInt(1))))
	slot := hostproof.RequestCommitmentSlot(pending.RequestId)
	prove := func(number *big.Int) common.Hash {
		t.Helper()
		h, err := env.Client.HeaderByNumber(ctx, number)
		if err != nil {
			t.Fatal(err)
		}
		p := env.GetProof(t, oracle.Address, []common.Hash{slot}, h.Number)
		got, err := hostproof.VerifySlot(h.Root, oracle.Address, p.Account, slot, p.Storage[0])
		if err != nil {
			t.Fatalf("the commitment at block %s: %v", h.Number, err)
		}
		return got
	}
	first := env.Head(t).Number
	if got := prove(first); got != pending.Commitment {
		t.Fatalf("proven %s at the request's block; the oracle emitted %x", got, pending.Commitment)
	}

	// Other activity: a second request and a few empty blocks.
	other := env.Request(t, user, env.Input(t, user, common.BigToHash(big.NewInt(2))))
	if other.RequestId.Cmp(pending.RequestId) == 0 {
		t.Fatal("two requests with one id")
	}
	for range 3 {
		env.Backend.Commit()
	}
	later := env.Head(t).Number
	if later.Cmp(first) <= 0 {
		t.Fatal("no later block")
	}
	if got := prove(later); got != pending.Commitment {
		t.Fatalf("proven %s at a later block; want the unchanged commitment %x", got, pending.Commitment)
	}
	req, err := bind.Call(oracle.Bound, nil, oracle.ABI.PackGetRequest(pending.RequestId), oracle.ABI.UnpackGetRequest)
	if err != nil {
		t.Fatal(err)
	}
	if req.Status != 1 { // Pending
		t.Fatalf("request status %d; want 1 (pending)", req.Status)
	}
}
