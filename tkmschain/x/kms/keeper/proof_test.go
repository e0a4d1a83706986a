package keeper_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// nodeList collects proof nodes.
type nodeList struct{ nodes [][]byte }

func (l *nodeList) Put(_ []byte, v []byte) error {
	l.nodes = append(l.nodes, common.CopyBytes(v))
	return nil
}
func (l *nodeList) Delete([]byte) error { return nil }

// hostState builds a host state with one contract holding slots, and
// returns the state root and an EIP-1186 proof of the given slots.
func hostState(t testing.TB, contract common.Address, slots map[common.Hash]common.Hash, prove []common.Hash) (common.Hash, types.StorageProof) {
	t.Helper()
	storage := trie.NewEmpty(nil)
	for k, v := range slots {
		enc, err := rlp.EncodeToBytes(common.TrimLeftZeroes(v[:]))
		require.NoError(t, err)
		require.NoError(t, storage.Update(crypto.Keccak256(k[:]), enc))
	}
	acc := ethtypes.StateAccount{Nonce: 1, Balance: uint256.NewInt(0), Root: storage.Hash(), CodeHash: crypto.Keccak256(nil)}
	accRLP, err := rlp.EncodeToBytes(&acc)
	require.NoError(t, err)
	state := trie.NewEmpty(nil)
	require.NoError(t, state.Update(crypto.Keccak256(contract[:]), accRLP))
	// A second account so the state trie has more than one leaf.
	other := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	require.NoError(t, state.Update(crypto.Keccak256(other[:]), accRLP))
	root := state.Hash()

	var proof types.StorageProof
	var accNodes nodeList
	require.NoError(t, state.Prove(crypto.Keccak256(contract[:]), &accNodes))
	proof.AccountProof = accNodes.nodes
	for _, k := range prove {
		var nodes nodeList
		require.NoError(t, storage.Prove(crypto.Keccak256(k[:]), &nodes))
		v := slots[k]
		proof.Slots = append(proof.Slots, types.SlotProof{Key: k.Bytes(), Value: v.Bytes(), Proof: nodes.nodes})
	}
	return root, proof
}
