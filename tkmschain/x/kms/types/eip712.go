package types

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The EIP-712 result type the host DecryptionOracle verifies (docs/CRYPTO.md,
// "Host chain results"; ADR 0008). Parties sign one digest over a batch of
// results of one signer epoch; a single result is a batch of one.
const (
	DecryptionResultType      = "DecryptionResult(uint256 requestId,bytes32[] handles,bytes cleartexts,address payee)"
	DecryptionResultBatchType = "DecryptionResultBatch(uint64 signerEpoch,DecryptionResult[] results)" + DecryptionResultType
	eip712DomainType          = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
)

var (
	decryptionResultTypeHash      = crypto.Keccak256Hash([]byte(DecryptionResultType))
	decryptionResultBatchTypeHash = crypto.Keccak256Hash([]byte(DecryptionResultBatchType))
	eip712DomainTypeHash          = crypto.Keccak256Hash([]byte(eip712DomainType))
)

// HostResult is one member of a DecryptionResultBatch: the host request id
// (32 bytes big-endian), its handles, the concatenated 32-byte cleartexts and
// the payee (the relayer's host address named when the request was carried).
type HostResult struct {
	RequestID  []byte
	Handles    [][]byte
	Cleartexts []byte
	Payee      common.Address
}

// HostDomainSeparator is the EIP-712 domain separator of a host contract:
// {name "TKMS", version "1", chainId, verifyingContract}.
func HostDomainSeparator(chainID uint64, verifyingContract common.Address) common.Hash {
	return crypto.Keccak256Hash(
		eip712DomainTypeHash[:],
		crypto.Keccak256([]byte("TKMS")),
		crypto.Keccak256([]byte("1")),
		common.BigToHash(new(big.Int).SetUint64(chainID)).Bytes(),
		common.BytesToHash(verifyingContract[:]).Bytes(),
	)
}

// resultHash is the EIP-712 hashStruct of one DecryptionResult.
func (r HostResult) resultHash() (common.Hash, error) {
	if len(r.RequestID) > 32 {
		return common.Hash{}, fmt.Errorf("%w: host request id longer than 32 bytes", ErrInvalidRequest)
	}
	handles := make([][]byte, len(r.Handles))
	for i, h := range r.Handles {
		if len(h) != 32 {
			return common.Hash{}, fmt.Errorf("%w: handle %d is not 32 bytes", ErrInvalidRequest, i)
		}
		handles[i] = h
	}
	return crypto.Keccak256Hash(
		decryptionResultTypeHash[:],
		common.LeftPadBytes(r.RequestID, 32),
		crypto.Keccak256(handles...),
		crypto.Keccak256(r.Cleartexts),
		common.BytesToHash(r.Payee[:]).Bytes(),
	), nil
}

// ResultBatchDigest is the EIP-712 digest the parties of signerEpoch sign for
// results on the DecryptionOracle at oracle on host chain chainID:
// DecryptionResultBatch(uint64 signerEpoch,DecryptionResult[] results), whose
// array member is keccak256 of the results' hashStructs concatenated in order.
func ResultBatchDigest(chainID uint64, oracle common.Address, signerEpoch uint64, results []HostResult) (common.Hash, error) {
	leaves := make([][]byte, len(results))
	for i, r := range results {
		h, err := r.resultHash()
		if err != nil {
			return common.Hash{}, err
		}
		leaves[i] = h.Bytes()
	}
	structHash := crypto.Keccak256(
		decryptionResultBatchTypeHash[:],
		common.BigToHash(new(big.Int).SetUint64(signerEpoch)).Bytes(),
		crypto.Keccak256(leaves...),
	)
	domain := HostDomainSeparator(chainID, oracle)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domain[:], structHash), nil
}
