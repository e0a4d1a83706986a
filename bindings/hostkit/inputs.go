package hostkit

import (
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/tdh2"
)

// LabelSize is the size of an input label: uint256 chainId ‖ address contract ‖ address user.
const LabelSize = 72

// InputLabel is the TDH2 label the InputVerifier requires of an input that
// user encrypts for contract on chainID: abi.encodePacked(chainId, contract, user).
// It binds the ciphertext to them, so that it cannot be replayed elsewhere.
func InputLabel(chainID *big.Int, contract, user common.Address) []byte {
	label := make([]byte, 0, LabelSize)
	label = append(label, common.BigToHash(chainID).Bytes()...)
	label = append(label, contract[:]...)
	return append(label, user[:]...)
}

// EncryptInput encrypts the 32-byte value under the key set public key h as
// an input of user for contract on chainID, and returns the ciphertext the
// InputVerifier takes. rand supplies the encryption's secret randomness.
func EncryptInput(rand io.Reader, h *group.Point, value common.Hash, chainID *big.Int, contract, user common.Address) ([]byte, error) {
	ct, err := tdh2.Encrypt(rand, h, value[:], InputLabel(chainID, contract, user))
	if err != nil {
		return nil, fmt.Errorf("hostkit: encrypt input: %w", err)
	}
	return ct.MarshalBinary()
}

// Handle is the handle of a ciphertext: keccak256(ciphertext).
func Handle(ciphertext []byte) common.Hash {
	return crypto.Keccak256Hash(ciphertext)
}

// EncodeCleartexts is the cleartexts argument of fulfil and of the dApp
// callback: abi.encode(bytes32 v_1, …, bytes32 v_k), the TDH2 plaintexts in
// the order of the request's handles.
func EncodeCleartexts(values []common.Hash) []byte {
	out := make([]byte, 0, len(values)*common.HashLength)
	for _, v := range values {
		out = append(out, v[:]...)
	}
	return out
}

// DecodeCleartexts splits cleartexts into its 32-byte words.
func DecodeCleartexts(cleartexts []byte) ([]common.Hash, error) {
	if len(cleartexts)%common.HashLength != 0 {
		return nil, fmt.Errorf("hostkit: cleartexts of %d bytes is not a whole number of words", len(cleartexts))
	}
	out := make([]common.Hash, len(cleartexts)/common.HashLength)
	for i := range out {
		out[i] = common.BytesToHash(cleartexts[i*common.HashLength : (i+1)*common.HashLength])
	}
	return out, nil
}

// DecodeProof decodes the hex-encoded trie nodes of an eth_getProof answer
// (accountProof, or a storageProof entry's proof) for package hostproof.
func DecodeProof(nodes []string) ([][]byte, error) {
	out := make([][]byte, len(nodes))
	for i, n := range nodes {
		b, err := hexutil.Decode(n)
		if err != nil {
			return nil, fmt.Errorf("hostkit: proof node %d: %w", i, err)
		}
		out[i] = b
	}
	return out, nil
}
