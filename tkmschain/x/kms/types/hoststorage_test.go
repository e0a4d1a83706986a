package types_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// The namespace slots must equal the STORAGE_SLOT constants of
// contracts/src/DecryptionOracle.sol and contracts/src/ACL.sol.
func TestStorageSlotsMatchTheContracts(t *testing.T) {
	require.Equal(t, common.HexToHash("0x0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c800"), types.OracleStorageSlot)
	require.Equal(t, common.HexToHash("0xf14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e00"), types.ACLStorageSlot)
}
