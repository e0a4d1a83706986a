package hostproof

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/holiman/uint256"
)

// nodeList collects the nodes trie.Prove writes, in path order.
type nodeList [][]byte

func (l *nodeList) Put(_ []byte, value []byte) error {
	*l = append(*l, common.CopyBytes(value))
	return nil
}

func (l *nodeList) Delete([]byte) error { panic("not used") }

// memTrie is an in-memory Merkle-Patricia trie built the way a client's state is.
type memTrie struct{ tr *trie.Trie }

func newMemTrie(t testing.TB) *memTrie {
	t.Helper()
	return &memTrie{trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil))}
}

// put stores leaf under keccak256(key), as the state and storage tries do.
func (m *memTrie) put(t testing.TB, key, leaf []byte) {
	t.Helper()
	if err := m.tr.Update(crypto.Keccak256(key), leaf); err != nil {
		t.Fatal(err)
	}
}

func (m *memTrie) root() common.Hash { return m.tr.Hash() }

func (m *memTrie) prove(t testing.TB, key []byte) [][]byte {
	t.Helper()
	var l nodeList
	if err := m.tr.Prove(crypto.Keccak256(key), &l); err != nil {
		t.Fatal(err)
	}
	return l
}

// wordLeaf is how a client stores a non-zero storage word.
func wordLeaf(t testing.TB, w common.Hash) []byte {
	t.Helper()
	leaf, err := rlp.EncodeToBytes(common.TrimLeftZeroes(w[:]))
	if err != nil {
		t.Fatal(err)
	}
	return leaf
}

func word(v int64) common.Hash { return common.BigToHash(big.NewInt(v)) }

// storageFixture is a storage trie with many words, so that proofs have several levels.
func storageFixture(t testing.TB) (*memTrie, map[common.Hash]common.Hash) {
	m := newMemTrie(t)
	words := make(map[common.Hash]common.Hash)
	for i := int64(1); i <= 300; i++ {
		slot := MappingSlot(word(i), OracleStorageSlot)
		words[slot] = crypto.Keccak256Hash(slot[:])
		m.put(t, slot[:], wordLeaf(t, words[slot]))
	}
	small := word(5) // one-byte value: its leaf may be embedded in its parent
	words[small] = word(1)
	m.put(t, small[:], wordLeaf(t, word(1)))
	return m, words
}

func TestVerifyStorageProof(t *testing.T) {
	m, words := storageFixture(t)
	root := m.root()
	present := MappingSlot(word(7), OracleStorageSlot)
	other := MappingSlot(word(8), OracleStorageSlot)
	absent := MappingSlot(word(1000), OracleStorageSlot)

	tests := []struct {
		name    string
		root    common.Hash
		slot    common.Hash
		proof   [][]byte
		want    common.Hash
		wantErr bool
	}{
		{name: "a stored word is proven", root: root, slot: present, proof: m.prove(t, present[:]), want: words[present]},
		{name: "a small stored word is proven", root: root, slot: word(5), proof: m.prove(t, word(5).Bytes()), want: word(1)},
		{name: "an absent slot is proven zero", root: root, slot: absent, proof: m.prove(t, absent[:])},
		{name: "a proof of one slot does not prove another stored slot", root: root, slot: other, proof: m.prove(t, present[:]), wantErr: true},
		{name: "a proof under another root is rejected", root: crypto.Keccak256Hash([]byte("other")), slot: present, proof: m.prove(t, present[:]), wantErr: true},
		{name: "an empty proof of a non-empty trie is rejected", root: root, slot: present, wantErr: true},
		{name: "a proof with too many nodes is rejected", root: root, slot: present, proof: append(m.prove(t, present[:]), make([][]byte, MaxProofNodes)...), wantErr: true},
		{name: "every slot of the empty storage trie is zero", root: types.EmptyRootHash, slot: present},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := VerifyStorageProof(tt.root, tt.slot, tt.proof)
			if tt.wantErr {
				if !errors.Is(err, ErrInvalidProof) {
					t.Fatalf("VerifyStorageProof = %s, %v; want ErrInvalidProof", got, err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("VerifyStorageProof = %s, %v; want %s", got, err, tt.want)
			}
		})
	}
}

// TestTamperedProofsAreRejected flips every byte of every node of a genuine
// proof in turn: each altered proof must fail, never prove another value.
func TestTamperedProofsAreRejected(t *testing.T) {
	m, _ := storageFixture(t)
	root := m.root()
	slot := MappingSlot(word(42), OracleStorageSlot)
	proof := m.prove(t, slot[:])
	if len(proof) < 2 {
		t.Fatalf("fixture proof has %d nodes; want a multi-level trie", len(proof))
	}
	for i := range proof {
		for j := range proof[i] {
			tampered := cloneProof(proof)
			tampered[i][j] ^= 0x01
			if got, err := VerifyStorageProof(root, slot, tampered); err == nil {
				t.Fatalf("node %d byte %d flipped: proof still verifies, value %s", i, j, got)
			}
		}
	}
}

func cloneProof(p [][]byte) [][]byte {
	out := make([][]byte, len(p))
	for i := range p {
		out[i] = bytes.Clone(p[i])
	}
	return out
}

func TestVerifyStorageProofRejectsLeavesThatAreNotWords(t *testing.T) {
	tests := []struct {
		name string
		leaf []byte
	}{
		{name: "a leaf with a leading zero byte", leaf: []byte{0x82, 0x00, 0x01}},
		{name: "a leaf of 33 bytes", leaf: append([]byte{0xa1}, bytes.Repeat([]byte{1}, 33)...)},
		{name: "a leaf holding the empty string", leaf: []byte{0x80}},
		{name: "a leaf that is a list", leaf: []byte{0xc1, 0x01}},
		{name: "a leaf with trailing bytes", leaf: []byte{0x01, 0x02}},
	}
	slot := word(3)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newMemTrie(t)
			m.put(t, slot[:], tt.leaf)
			m.put(t, word(4).Bytes(), wordLeaf(t, word(9))) // a second key, so the leaf is not the root
			if got, err := VerifyStorageProof(m.root(), slot, m.prove(t, slot[:])); !errors.Is(err, ErrInvalidProof) {
				t.Fatalf("VerifyStorageProof = %s, %v; want ErrInvalidProof", got, err)
			}
		})
	}
}

func accountLeaf(t testing.TB, a *types.StateAccount) []byte {
	t.Helper()
	leaf, err := rlp.EncodeToBytes(a)
	if err != nil {
		t.Fatal(err)
	}
	return leaf
}

func TestVerifyAccountProof(t *testing.T) {
	m := newMemTrie(t)
	var addrs []common.Address
	for i := 0; i < 100; i++ {
		addr := common.BytesToAddress(crypto.Keccak256([]byte{byte(i)}))
		addrs = append(addrs, addr)
		m.put(t, addr[:], accountLeaf(t, &types.StateAccount{
			Nonce:    uint64(i),
			Balance:  uint256.NewInt(uint64(1000 + i)),
			Root:     crypto.Keccak256Hash([]byte("storage"), []byte{byte(i)}),
			CodeHash: crypto.Keccak256([]byte("code"), []byte{byte(i)}),
		}))
	}
	notAccount := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	m.put(t, notAccount[:], wordLeaf(t, word(7)))
	shortCodeHash := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	m.put(t, shortCodeHash[:], accountLeaf(t, &types.StateAccount{Balance: uint256.NewInt(0), Root: types.EmptyRootHash, CodeHash: []byte{1}}))
	root := m.root()
	absent := common.HexToAddress("0x00000000000000000000000000000000000000cc")

	t.Run("an existing account is proven with every field", func(t *testing.T) {
		got, err := VerifyAccountProof(root, addrs[7], m.prove(t, addrs[7][:]))
		if err != nil {
			t.Fatal(err)
		}
		want := Account{
			Exists:      true,
			Nonce:       7,
			Balance:     big.NewInt(1007),
			StorageRoot: crypto.Keccak256Hash([]byte("storage"), []byte{7}),
			CodeHash:    crypto.Keccak256Hash([]byte("code"), []byte{7}),
		}
		if got.Exists != want.Exists || got.Nonce != want.Nonce || got.Balance.Cmp(want.Balance) != 0 ||
			got.StorageRoot != want.StorageRoot || got.CodeHash != want.CodeHash {
			t.Fatalf("VerifyAccountProof = %+v; want %+v", got, want)
		}
	})
	t.Run("an absent account is proven empty", func(t *testing.T) {
		got, err := VerifyAccountProof(root, absent, m.prove(t, absent[:]))
		if err != nil {
			t.Fatal(err)
		}
		if got.Exists || got.Nonce != 0 || got.Balance.Sign() != 0 || got.StorageRoot != types.EmptyRootHash || got.CodeHash != types.EmptyCodeHash {
			t.Fatalf("VerifyAccountProof = %+v; want the empty account", got)
		}
	})
	rejected := []struct {
		name  string
		addr  common.Address
		proof [][]byte
	}{
		{"the proof of another account is rejected", addrs[8], m.prove(t, addrs[7][:])},
		{"a leaf that is not an account is rejected", notAccount, m.prove(t, notAccount[:])},
		{"an account with a short code hash is rejected", shortCodeHash, m.prove(t, shortCodeHash[:])},
		{"a truncated proof is rejected", addrs[7], m.prove(t, addrs[7][:])[:1]},
	}
	for _, tt := range rejected {
		t.Run(tt.name, func(t *testing.T) {
			if got, err := VerifyAccountProof(root, tt.addr, tt.proof); !errors.Is(err, ErrInvalidProof) {
				t.Fatalf("VerifyAccountProof = %+v, %v; want ErrInvalidProof", got, err)
			}
		})
	}
}

func TestVerifySlotChainsAccountAndStorageProofs(t *testing.T) {
	storage, words := storageFixture(t)
	slot := MappingSlot(word(9), OracleStorageSlot)
	state := newMemTrie(t)
	oracle := common.HexToAddress("0x0000000000000000000000000000000000000abc")
	state.put(t, oracle[:], accountLeaf(t, &types.StateAccount{Balance: uint256.NewInt(0), Root: storage.root(), CodeHash: types.EmptyCodeHash[:]}))
	state.put(t, word(1).Bytes(), wordLeaf(t, word(1)))

	got, err := VerifySlot(state.root(), oracle, state.prove(t, oracle[:]), slot, storage.prove(t, slot[:]))
	if err != nil || got != words[slot] {
		t.Fatalf("VerifySlot = %s, %v; want %s", got, err, words[slot])
	}
	other := common.HexToAddress("0x0000000000000000000000000000000000000def")
	if got, err := VerifySlot(state.root(), other, state.prove(t, other[:]), slot, storage.prove(t, slot[:])); err != nil || got != (common.Hash{}) {
		t.Fatalf("VerifySlot of an absent account = %s, %v; want zero", got, err)
	}
}
