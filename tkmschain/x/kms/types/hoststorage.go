package types

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Host contract storage the chain proves against (contracts/src). Both
// contracts keep their state in ERC-7201 namespaces:
//
//   - DecryptionOracle, namespace "tkms.storage.DecryptionOracle":
//     slot+0 is mapping(uint256 requestId => bytes32 commitment).
//   - ACL, namespace "tkms.storage.ACL":
//     slot+0 is mapping(bytes32 handle => mapping(address account => bool)).
var (
	OracleStorageSlot = ERC7201Slot("tkms.storage.DecryptionOracle")
	ACLStorageSlot    = ERC7201Slot("tkms.storage.ACL")
)

// ERC7201Slot is the base slot of a namespace:
// keccak256(abi.encode(uint256(keccak256(id)) − 1)) & ~0xff.
func ERC7201Slot(id string) common.Hash {
	h := new(big.Int).SetBytes(crypto.Keccak256([]byte(id)))
	h.Sub(h, big.NewInt(1))
	slot := crypto.Keccak256Hash(common.BigToHash(h).Bytes())
	slot[31] = 0
	return slot
}

// mappingSlot is Solidity's slot of m[key] for a mapping at slot p:
// keccak256(key ‖ p), both 32-byte words.
func mappingSlot(key common.Hash, p common.Hash) common.Hash {
	return crypto.Keccak256Hash(key[:], p[:])
}

// RequestCommitmentSlot is the oracle storage slot of commitments[requestID].
func RequestCommitmentSlot(requestID []byte) common.Hash {
	return mappingSlot(common.BytesToHash(requestID), OracleStorageSlot)
}

// RequestCommitment is what the oracle stores for a request:
// keccak256(abi.encode(chainid, oracle, requestId, keccak256(abi.encodePacked(handles)),
// requester, keyEpoch, expiry)).
func RequestCommitment(chainID uint64, oracle common.Address, requestID []byte, handles [][]byte,
	requester common.Address, keyEpoch, expiry uint64,
) common.Hash {
	word := func(v uint64) []byte { return common.BigToHash(new(big.Int).SetUint64(v)).Bytes() }
	handlesHash := crypto.Keccak256(handles...)
	return crypto.Keccak256Hash(
		word(chainID),
		common.BytesToHash(oracle[:]).Bytes(),
		common.BytesToHash(requestID).Bytes(),
		handlesHash,
		common.BytesToHash(requester[:]).Bytes(),
		word(keyEpoch),
		word(expiry),
	)
}

// ACLSlot is the ACL storage slot of allowed[handle][account].
func ACLSlot(handle []byte, account common.Address) common.Hash {
	inner := mappingSlot(common.BytesToHash(handle), ACLStorageSlot)
	return mappingSlot(common.BytesToHash(account[:]), inner)
}
