package types_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// TestResultBatchDigestKnownAnswer pins the digest of a fixed batch: the
// DecryptionOracle (contracts/test/DecryptionOracle.t.sol) and bindings/hostkit
// (apitypes) check the same constant, so chain, relayers and the contract
// hash the same bytes.
func TestResultBatchDigestKnownAnswer(t *testing.T) {
	word := func(v int64) []byte { return common.BigToHash(big.NewInt(v)).Bytes() }
	d, err := types.ResultBatchDigest(31337, common.HexToAddress("0x0a11ce"), 7, []types.HostResult{
		{RequestID: word(1), Handles: [][]byte{crypto.Keccak256([]byte("a"))}, Cleartexts: word(0x2a), Payee: common.HexToAddress("0xbeef")},
		{RequestID: big.NewInt(2).Bytes(), Handles: [][]byte{crypto.Keccak256([]byte("b")), crypto.Keccak256([]byte("c"))},
			Cleartexts: append(word(7), word(9)...)},
	})
	require.NoError(t, err)
	require.Equal(t, common.HexToHash("0xfab7154b9caf28b54b77efe45ecb5a9bc1a92d6aab1affe76e48ef6e64638fb5"), d)
}

func TestResultBatchDigestRefusesMalformedMembers(t *testing.T) {
	oracle := common.HexToAddress("0x0a11ce")
	_, err := types.ResultBatchDigest(1, oracle, 1, []types.HostResult{{RequestID: make([]byte, 33)}})
	require.ErrorIs(t, err, types.ErrInvalidRequest)
	_, err = types.ResultBatchDigest(1, oracle, 1, []types.HostResult{{RequestID: []byte{1}, Handles: [][]byte{{1, 2}}}})
	require.ErrorIs(t, err, types.ErrInvalidRequest)
}
