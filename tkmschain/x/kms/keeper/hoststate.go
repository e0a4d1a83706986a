package keeper

import (
	"bytes"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb/memorydb"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// proofDB holds proof nodes keyed by their hash, as trie.VerifyProof reads them.
func proofDB(nodes [][]byte) *memorydb.Database {
	db := memorydb.New()
	for _, n := range nodes {
		_ = db.Put(crypto.Keccak256(n), n) // memorydb.Put never fails
	}
	return db
}

// verifyStorage checks an EIP-1186 proof against stateRoot: the account
// proof of contract, then every slot proof against its storage root. It
// returns the proven slot values by slot key.
func verifyStorage(stateRoot common.Hash, contract common.Address, p types.StorageProof) (map[common.Hash]common.Hash, error) {
	accRLP, err := trie.VerifyProof(stateRoot, crypto.Keccak256(contract[:]), proofDB(p.AccountProof))
	if err != nil {
		return nil, fmt.Errorf("%w: account proof: %v", types.ErrBadProof, err)
	}
	if accRLP == nil {
		return nil, fmt.Errorf("%w: contract %s does not exist at this state root", types.ErrBadProof, contract)
	}
	var acc ethtypes.StateAccount
	if err := rlp.DecodeBytes(accRLP, &acc); err != nil {
		return nil, fmt.Errorf("%w: account: %v", types.ErrBadProof, err)
	}
	out := make(map[common.Hash]common.Hash, len(p.Slots))
	for _, s := range p.Slots {
		key := common.BytesToHash(s.Key)
		val, err := trie.VerifyProof(acc.Root, crypto.Keccak256(s.Key), proofDB(s.Proof))
		if err != nil {
			return nil, fmt.Errorf("%w: slot %s: %v", types.ErrBadProof, key, err)
		}
		var word common.Hash
		if val != nil {
			var content []byte
			if err := rlp.DecodeBytes(val, &content); err != nil || len(content) > 32 {
				return nil, fmt.Errorf("%w: slot %s value encoding", types.ErrBadProof, key)
			}
			word = common.BytesToHash(content)
		}
		if !bytes.Equal(common.TrimLeftZeroes(word[:]), common.TrimLeftZeroes(s.Value)) {
			return nil, fmt.Errorf("%w: slot %s: claimed value differs from the proven one", types.ErrBadProof, key)
		}
		out[key] = word
	}
	return out, nil
}

// eip712Domain is the host-side domain (PROTOCOLS.md, "Signatures to host chains").
func eip712Domain(chainID uint64, verifyingContract string) apitypes.TypedDataDomain {
	return apitypes.TypedDataDomain{
		Name:              "TKMS",
		Version:           "1",
		ChainId:           math.NewHexOrDecimal256(int64(chainID)),
		VerifyingContract: verifyingContract,
	}
}

var eip712DomainType = []apitypes.Type{
	{Name: "name", Type: "string"},
	{Name: "version", Type: "string"},
	{Name: "chainId", Type: "uint256"},
	{Name: "verifyingContract", Type: "address"},
}

func hashesToHex(hs [][]byte) []interface{} {
	out := make([]interface{}, len(hs))
	for i, h := range hs {
		out[i] = common.BytesToHash(h).Hex()
	}
	return out
}

// ResultDigest is the EIP-712 digest parties sign for a public result:
// DecryptionResult(uint256 requestId,bytes32[] handles,bytes cleartexts,uint64 keyEpoch),
// with cleartexts the concatenated 32-byte outputs.
func ResultDigest(chainID uint64, oracle string, hostRequestID []byte, handles [][]byte, cleartexts []byte, keyEpoch uint64) ([]byte, error) {
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": eip712DomainType,
			"DecryptionResult": {
				{Name: "requestId", Type: "uint256"},
				{Name: "handles", Type: "bytes32[]"},
				{Name: "cleartexts", Type: "bytes"},
				{Name: "keyEpoch", Type: "uint64"},
			},
		},
		PrimaryType: "DecryptionResult",
		Domain:      eip712Domain(chainID, oracle),
		Message: apitypes.TypedDataMessage{
			"requestId":  new(big.Int).SetBytes(hostRequestID).String(),
			"handles":    hashesToHex(handles),
			"cleartexts": cleartexts,
			"keyEpoch":   fmt.Sprint(keyEpoch),
		},
	}
	digest, _, err := apitypes.TypedDataAndHash(td)
	return digest, err
}

// UserRequestDigest is the EIP-712 digest a user signs to ask for a
// re-encryption:
// UserDecryptionRequest(bytes32[] handles,address contractAddress,bytes reencryptionKey,uint64 startTimestamp,uint64 durationSeconds),
// in the domain of the host chain's DecryptionOracle.
func UserRequestDigest(chainID uint64, oracle string, msg *types.MsgRequestUserDecryption) ([]byte, error) {
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": eip712DomainType,
			"UserDecryptionRequest": {
				{Name: "handles", Type: "bytes32[]"},
				{Name: "contractAddress", Type: "address"},
				{Name: "reencryptionKey", Type: "bytes"},
				{Name: "startTimestamp", Type: "uint64"},
				{Name: "durationSeconds", Type: "uint64"},
			},
		},
		PrimaryType: "UserDecryptionRequest",
		Domain:      eip712Domain(chainID, oracle),
		Message: apitypes.TypedDataMessage{
			"handles":         hashesToHex(msg.Handles),
			"contractAddress": msg.ContractAddress,
			"reencryptionKey": msg.ReencryptionKey,
			"startTimestamp":  fmt.Sprint(msg.StartTimestamp),
			"durationSeconds": fmt.Sprint(msg.DurationSeconds),
		},
	}
	digest, _, err := apitypes.TypedDataAndHash(td)
	return digest, err
}

// recoverSigner returns the address that produced a 65-byte signature
// (v in {0,1} or {27,28}) over digest.
func recoverSigner(digest, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: signature must be 65 bytes", types.ErrBadSignature)
	}
	s := bytes.Clone(sig)
	if s[64] >= 27 {
		s[64] -= 27
	}
	if s[64] > 1 {
		return common.Address{}, fmt.Errorf("%w: bad recovery id", types.ErrBadSignature)
	}
	// Reject high-s signatures (malleability), as OpenZeppelin ECDSA does.
	if !crypto.ValidateSignatureValues(s[64], new(big.Int).SetBytes(s[:32]), new(big.Int).SetBytes(s[32:64]), true) {
		return common.Address{}, fmt.Errorf("%w: invalid signature values", types.ErrBadSignature)
	}
	pub, err := crypto.SigToPub(digest, s)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", types.ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
