// Package hostproof verifies EIP-1186 (eth_getProof) Merkle-Patricia proofs of
// host-chain state and names the storage slots of the tKMS host contracts
// (contracts/STORAGE.md). The tKMS chain runs it in consensus to accept a
// relayed request only if the DecryptionOracle's commitment slot, or an ACL
// permission slot, holds the expected value under a host block's state root;
// relayers and tests run the same code.
//
// Everything here is deterministic and total: any input, however malformed,
// yields a value or an error wrapping ErrInvalidProof, never a panic.
//
// A proof is the list of trie nodes (their RLP encodings) on the path from the
// root to the key, as eth_getProof returns them. Nodes are looked up by their
// Keccak-256 hash, so extra or repeated nodes are harmless and a node whose
// bytes were altered is simply missing. Proofs of absence are proofs: an
// absent account verifies as the empty account and an absent slot as zero.
package hostproof

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb/memorydb"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
)

// MaxProofNodes bounds the nodes of one proof. A path to a 32-byte key
// crosses at most 64 branch nodes and one leaf (extension nodes consume at
// least one nibble each and always lead to a branch); honest proofs on
// mainnet-sized tries have about ten.
const MaxProofNodes = 65

// ErrInvalidProof reports a proof that does not verify against the given root:
// a missing or altered node, a malformed node, a leaf that is not an account
// or a storage word, or too many nodes.
var ErrInvalidProof = errors.New("hostproof: invalid proof")

// Account is the state of an account proven under a state root.
type Account struct {
	// Exists is false when the proof shows that the state holds no such
	// account; the other fields are then those of the empty account.
	Exists      bool
	Nonce       uint64
	Balance     *big.Int
	StorageRoot common.Hash
	CodeHash    common.Hash
}

// emptyAccount is what an absent account reads as.
func emptyAccount() Account {
	return Account{Balance: new(big.Int), StorageRoot: types.EmptyRootHash, CodeHash: types.EmptyCodeHash}
}

// VerifyAccountProof checks proof, the account proof eth_getProof returns for
// address, against stateRoot (the state root of a block header) and returns
// the account it proves: its leaf in the state trie at keccak256(address), or
// the empty account with Exists false when the proof shows it has none.
func VerifyAccountProof(stateRoot common.Hash, address common.Address, proof [][]byte) (Account, error) {
	leaf, err := verify(stateRoot, crypto.Keccak256(address[:]), proof)
	if err != nil {
		return Account{}, fmt.Errorf("%w: account %s: %v", ErrInvalidProof, address, err)
	}
	if leaf == nil {
		return emptyAccount(), nil
	}
	var acc types.StateAccount
	if err := rlp.DecodeBytes(leaf, &acc); err != nil {
		return Account{}, fmt.Errorf("%w: account %s: leaf is not an account: %v", ErrInvalidProof, address, err)
	}
	if len(acc.CodeHash) != common.HashLength {
		return Account{}, fmt.Errorf("%w: account %s: code hash of %d bytes", ErrInvalidProof, address, len(acc.CodeHash))
	}
	return Account{
		Exists:      true,
		Nonce:       acc.Nonce,
		Balance:     acc.Balance.ToBig(),
		StorageRoot: acc.Root,
		CodeHash:    common.BytesToHash(acc.CodeHash),
	}, nil
}

// VerifyStorageProof checks proof, the storage proof eth_getProof returns for
// slot, against storageRoot (an account's, from VerifyAccountProof) and
// returns the 32-byte word stored at slot: its leaf in the storage trie at
// keccak256(slot), or zero when the proof shows the slot is empty. Under the
// empty storage root every slot is zero whatever the proof.
func VerifyStorageProof(storageRoot common.Hash, slot common.Hash, proof [][]byte) (common.Hash, error) {
	if storageRoot == types.EmptyRootHash {
		return common.Hash{}, nil
	}
	leaf, err := verify(storageRoot, crypto.Keccak256(slot[:]), proof)
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: slot %s: %v", ErrInvalidProof, slot, err)
	}
	if leaf == nil {
		return common.Hash{}, nil
	}
	// A slot's leaf is the RLP string of its value, big-endian without leading
	// zeros; zero values are deleted from the trie, never stored.
	content, rest, err := rlp.SplitString(leaf)
	switch {
	case err != nil:
		return common.Hash{}, fmt.Errorf("%w: slot %s: leaf is not a string: %v", ErrInvalidProof, slot, err)
	case len(rest) != 0, len(content) == 0, len(content) > common.HashLength, content[0] == 0:
		return common.Hash{}, fmt.Errorf("%w: slot %s: leaf is not a canonical storage word", ErrInvalidProof, slot)
	}
	return common.BytesToHash(content), nil
}

// VerifySlot verifies an account proof and a storage proof in one step: the
// word at slot of the account at address, under stateRoot.
func VerifySlot(stateRoot common.Hash, address common.Address, accountProof [][]byte, slot common.Hash, storageProof [][]byte) (common.Hash, error) {
	acc, err := VerifyAccountProof(stateRoot, address, accountProof)
	if err != nil {
		return common.Hash{}, err
	}
	return VerifyStorageProof(acc.StorageRoot, slot, storageProof)
}

// verify walks proof from root to key and returns the leaf value, nil for a
// proven absence. trie.VerifyProof decodes untrusted nodes; it is fuzzed here
// for panics (FuzzWalk), and this guard keeps a decoder bug from ever halting
// a chain that calls us.
func verify(root common.Hash, key []byte, proof [][]byte) (value []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			value, err = nil, fmt.Errorf("malformed node: %v", r)
		}
	}()
	return walk(root, key, proof)
}

// walk is verify without the panic guard.
func walk(root common.Hash, key []byte, proof [][]byte) ([]byte, error) {
	if len(proof) > MaxProofNodes {
		return nil, fmt.Errorf("%d nodes, at most %d", len(proof), MaxProofNodes)
	}
	// Nodes are keyed here by their own hash, never by anything the prover says.
	db := memorydb.New()
	for _, node := range proof {
		if err := db.Put(crypto.Keccak256(node), node); err != nil {
			return nil, err
		}
	}
	return trie.VerifyProof(root, key, db)
}
