package types

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Host contract storage layout the chain proves against. These must match
// contracts/STORAGE.md; the slot numbers are the declaration slots of the
// mappings in DecryptionOracle and ACL.
const (
	// DecryptionOracle: mapping(uint256 requestId => bytes32 commitment).
	OracleCommitmentsSlot = 0
	// ACL: mapping(bytes32 handle => mapping(address account => bool)).
	ACLAllowedSlot = 0
)

// mappingSlot is Solidity's slot of m[key] for a mapping at slot p:
// keccak256(key ‖ p), both 32-byte words.
func mappingSlot(key common.Hash, p common.Hash) common.Hash {
	return crypto.Keccak256Hash(key[:], p[:])
}

// RequestCommitmentSlot is the oracle storage slot of requestID's commitment.
func RequestCommitmentSlot(requestID []byte) common.Hash {
	return mappingSlot(common.BytesToHash(requestID), common.BigToHash(big.NewInt(OracleCommitmentsSlot)))
}

// RequestCommitment is the value the oracle stores for a request:
// keccak256(abi.encodePacked(handles)).
func RequestCommitment(handles [][]byte) common.Hash {
	return crypto.Keccak256Hash(handles...)
}

// ACLSlot is the ACL storage slot of allowed[handle][account].
func ACLSlot(handle []byte, account common.Address) common.Hash {
	inner := mappingSlot(common.BytesToHash(handle), common.BigToHash(big.NewInt(ACLAllowedSlot)))
	return mappingSlot(common.BytesToHash(account[:]), inner)
}
