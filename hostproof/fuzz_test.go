package hostproof

import (
	"encoding/binary"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// packNodes encodes proof nodes as uint16 length ‖ node, the fuzzers' input form.
func packNodes(nodes [][]byte) []byte {
	var out []byte
	for _, n := range nodes {
		out = binary.BigEndian.AppendUint16(out, uint16(len(n)))
		out = append(out, n...)
	}
	return out
}

// unpackNodes is the inverse of packNodes; a short tail becomes a last, shorter node.
func unpackNodes(b []byte) [][]byte {
	var nodes [][]byte
	for len(b) >= 2 {
		n := int(binary.BigEndian.Uint16(b))
		b = b[2:]
		if n > len(b) {
			n = len(b)
		}
		nodes = append(nodes, b[:n])
		b = b[n:]
	}
	return nodes
}

// FuzzWalk feeds arbitrary roots, keys and nodes to the trie walk without its
// panic guard (so that a panic fails the fuzzer), then to the public verifiers.
func FuzzWalk(f *testing.F) {
	storage, _ := storageFixture(f)
	for _, i := range []int64{1, 42, 299, 5000} {
		slot := MappingSlot(word(i), OracleStorageSlot)
		f.Add(storage.root().Bytes(), slot.Bytes(), packNodes(storage.prove(f, slot[:])))
	}
	state := newMemTrie(f)
	addr := common.HexToAddress("0x0000000000000000000000000000000000000abc")
	state.put(f, addr[:], accountLeaf(f, &types.StateAccount{Balance: uint256.NewInt(1), Root: storage.root(), CodeHash: types.EmptyCodeHash[:]}))
	state.put(f, word(1).Bytes(), wordLeaf(f, word(1)))
	f.Add(state.root().Bytes(), addr.Bytes(), packNodes(state.prove(f, addr[:])))
	f.Add([]byte{}, []byte{}, []byte{0, 1, 0x80})

	f.Fuzz(func(t *testing.T, root, key, packed []byte) {
		nodes := unpackNodes(packed)
		r := common.BytesToHash(root)
		_, _ = walk(r, crypto.Keccak256(key), nodes)
		_, _ = walk(r, key, nodes) // keys of any length, not just hashes
		_, _ = VerifyAccountProof(r, common.BytesToAddress(key), nodes)
		_, _ = VerifyStorageProof(r, common.BytesToHash(key), nodes)
	})
}

// FuzzTamperedStorageProof alters one byte of a genuine proof and may append a
// node: the result must fail or prove the genuine value, never another one.
func FuzzTamperedStorageProof(f *testing.F) {
	storage, words := storageFixture(f)
	root := storage.root()
	slot := MappingSlot(word(42), OracleStorageSlot)
	proof := storage.prove(f, slot[:])
	f.Add(uint8(0), uint16(0), byte(1), []byte(nil))
	f.Add(uint8(1), uint16(40), byte(0x80), []byte{0xc0})
	f.Add(uint8(2), uint16(3), byte(0xff), proof[0])

	f.Fuzz(func(t *testing.T, nodeIndex uint8, offset uint16, xor byte, extra []byte) {
		tampered := cloneProof(proof)
		node := tampered[int(nodeIndex)%len(tampered)]
		node[int(offset)%len(node)] ^= xor
		if len(extra) > 0 {
			tampered = append(tampered, extra)
		}
		got, err := VerifyStorageProof(root, slot, tampered)
		if err == nil && got != words[slot] {
			t.Fatalf("tampered proof proves %s; the slot holds %s", got, words[slot])
		}
		if err == nil && xor != 0 && len(extra) == 0 {
			t.Fatalf("proof with node %d altered still verifies", int(nodeIndex)%len(tampered))
		}
	})
}
