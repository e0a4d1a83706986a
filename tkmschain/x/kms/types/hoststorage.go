package types

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tkms/tkms/hostproof"
)

// Host contract storage the chain proves against, as package hostproof
// names it (contracts/STORAGE.md): the DecryptionOracle's commitments and
// the ACL's permissions, both in ERC-7201 namespaces.
var (
	OracleStorageSlot = hostproof.OracleStorageSlot
	ACLStorageSlot    = hostproof.ACLStorageSlot
)

// RequestCommitmentSlot is the oracle storage slot of commitments[requestID].
func RequestCommitmentSlot(requestID []byte) common.Hash {
	return hostproof.RequestCommitmentSlot(new(big.Int).SetBytes(requestID))
}

// RequestCommitment is what the oracle stores for a request:
// keccak256(abi.encode(chainid, oracle, requestId, keccak256(abi.encodePacked(handles)),
// requester, keyEpoch, signerEpoch, expiry)).
func RequestCommitment(chainID uint64, oracle common.Address, requestID []byte, handles [][]byte,
	requester common.Address, keyEpoch, signerEpoch, expiry uint64,
) common.Hash {
	hs := make([]common.Hash, len(handles))
	for i, h := range handles {
		hs[i] = common.BytesToHash(h)
	}
	return hostproof.Request{
		ChainID:     new(big.Int).SetUint64(chainID),
		Oracle:      oracle,
		RequestID:   new(big.Int).SetBytes(requestID),
		Handles:     hs,
		Requester:   requester,
		KeyEpoch:    keyEpoch,
		SignerEpoch: signerEpoch,
		Expiry:      expiry,
	}.Commitment()
}

// ACLSlot is the ACL storage slot of allowed[handle][account].
func ACLSlot(handle []byte, account common.Address) common.Hash {
	return hostproof.ACLAllowedSlot(common.BytesToHash(handle), account)
}
