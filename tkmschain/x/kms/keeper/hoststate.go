package keeper

import (
	"bytes"
	"fmt"
	"math/big"

	errorsmod "cosmossdk.io/errors"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/tkms/tkms/hostproof"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// verifyStorage checks an EIP-1186 proof against stateRoot with package
// hostproof (the code relayers and tests run too): the account proof of
// contract, which must exist, then every slot proof against its storage
// root, each against the value the message claims. It returns the proven
// slot values by slot key.
func verifyStorage(stateRoot common.Hash, contract common.Address, p types.StorageProof) (map[common.Hash]common.Hash, error) {
	acc, err := hostproof.VerifyAccountProof(stateRoot, contract, p.AccountProof)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", types.ErrBadProof, err)
	}
	if !acc.Exists {
		return nil, fmt.Errorf("%w: contract %s does not exist at this state root", types.ErrBadProof, contract)
	}
	out := make(map[common.Hash]common.Hash, len(p.Slots))
	for _, s := range p.Slots {
		if len(s.Key) > common.HashLength || len(s.Value) > common.HashLength {
			return nil, fmt.Errorf("%w: slot key or value longer than 32 bytes", types.ErrBadProof)
		}
		key := common.BytesToHash(s.Key)
		word, err := hostproof.VerifyStorageProof(acc.StorageRoot, key, s.Proof)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", types.ErrBadProof, err)
		}
		if word != common.BytesToHash(s.Value) {
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

// ResultDigest is the EIP-712 digest parties sign for the result of the
// public request req on host chain hc: a DecryptionResultBatch of one, for
// the request's signer epoch and payee (types.ResultBatchDigest). digest[:]
// is what recoverSigner takes.
func ResultDigest(hc types.HostChain, req types.DecryptionRequest, cleartexts []byte) ([]byte, error) {
	oracle, err := types.ParseEVMAddress(hc.DecryptionOracle)
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidHostChain, "oracle: %v", err)
	}
	payee, err := types.ParseEVMAddress(req.Payee)
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidRequest, "payee: %v", err)
	}
	d, err := types.ResultBatchDigest(req.HostChainId, oracle, req.SignerEpoch, []types.HostResult{{
		RequestID: req.HostRequestId, Handles: req.Handles, Cleartexts: cleartexts, Payee: payee,
	}})
	return d.Bytes(), err
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

// hostSignature returns a copy of a 65-byte signature that recoverSigner
// accepted with v as the host contracts (OpenZeppelin ECDSA) expect it:
// 27 or 28, whether it came as 0/1 or 27/28.
func hostSignature(sig []byte) []byte {
	s := bytes.Clone(sig)
	if s[64] < 27 {
		s[64] += 27
	}
	return s
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
