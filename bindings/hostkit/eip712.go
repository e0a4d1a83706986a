package hostkit

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// The EIP-712 messages of PROTOCOLS.md "Signatures to host chains". Every
// domain is {name "TKMS", version "1", chainId, verifyingContract}, where the
// verifying contract is the one that checks the message: the DecryptionOracle
// for results, the KMSVerifier for rotations, the InputVerifier for public key
// updates.

// DomainName and DomainVersion are the EIP-712 domain's name and version.
const (
	DomainName    = "TKMS"
	DomainVersion = "1"
)

var domainType = []apitypes.Type{
	{Name: "name", Type: "string"},
	{Name: "version", Type: "string"},
	{Name: "chainId", Type: "uint256"},
	{Name: "verifyingContract", Type: "address"},
}

// Domain is the EIP-712 domain of a host contract.
func Domain(chainID *big.Int, verifyingContract common.Address) apitypes.TypedDataDomain {
	return apitypes.TypedDataDomain{
		Name:              DomainName,
		Version:           DomainVersion,
		ChainId:           (*math.HexOrDecimal256)(new(big.Int).Set(chainID)),
		VerifyingContract: verifyingContract.Hex(),
	}
}

func digest(domain apitypes.TypedDataDomain, primary string, fields []apitypes.Type, msg apitypes.TypedDataMessage) (common.Hash, error) {
	td := apitypes.TypedData{
		Types:       apitypes.Types{"EIP712Domain": domainType, primary: fields},
		PrimaryType: primary,
		Domain:      domain,
		Message:     msg,
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return common.Hash{}, fmt.Errorf("hostkit: EIP-712 %s: %w", primary, err)
	}
	return common.BytesToHash(h), nil
}

// DecryptionResult is one public decryption result (docs/CRYPTO.md, "Host
// chain results"):
// DecryptionResult(uint256 requestId,bytes32[] handles,bytes cleartexts,address payee).
// Handles are the request's (they bind the result to its contents, not only
// its id, which a host reorganisation can give to another request). Payee is
// the host address of the relayer that carried the request to the tKMS
// chain; the oracle credits the fee to it, whoever submits the result.
type DecryptionResult struct {
	RequestID  *big.Int
	Handles    []common.Hash
	Cleartexts []byte
	Payee      common.Address
}

// DecryptionResultBatch is what the signer set of SignerEpoch signs: every
// request in it was made under that signer epoch.
// DecryptionResultBatch(uint64 signerEpoch,DecryptionResult[] results).
// A single result is a batch of one.
type DecryptionResultBatch struct {
	SignerEpoch uint64
	Results     []DecryptionResult
}

var decryptionResultType = []apitypes.Type{
	{Name: "requestId", Type: "uint256"},
	{Name: "handles", Type: "bytes32[]"},
	{Name: "cleartexts", Type: "bytes"},
	{Name: "payee", Type: "address"},
}

// Digest is the EIP-712 digest of b for the DecryptionOracle at oracle on chainID.
func (b DecryptionResultBatch) Digest(chainID *big.Int, oracle common.Address) (common.Hash, error) {
	results := make([]any, len(b.Results))
	for i, r := range b.Results {
		if r.RequestID == nil {
			return common.Hash{}, fmt.Errorf("hostkit: DecryptionResult %d without a request id", i)
		}
		handles := make([]any, len(r.Handles))
		for j, h := range r.Handles {
			handles[j] = h.Hex()
		}
		results[i] = map[string]any{
			"requestId":  new(big.Int).Set(r.RequestID),
			"handles":    handles,
			"cleartexts": r.Cleartexts,
			"payee":      r.Payee.Hex(),
		}
	}
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain":     domainType,
			"DecryptionResult": decryptionResultType,
			"DecryptionResultBatch": {
				{Name: "signerEpoch", Type: "uint64"},
				{Name: "results", Type: "DecryptionResult[]"},
			},
		},
		PrimaryType: "DecryptionResultBatch",
		Domain:      Domain(chainID, oracle),
		Message: apitypes.TypedDataMessage{
			"signerEpoch": new(big.Int).SetUint64(b.SignerEpoch),
			"results":     results,
		},
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return common.Hash{}, fmt.Errorf("hostkit: EIP-712 DecryptionResultBatch: %w", err)
	}
	return common.BytesToHash(h), nil
}

// SignerSetUpdate is a rotation of the signer set, signed by the current set:
// SignerSetUpdate(uint64 epoch,address[] signers,uint16 threshold,uint64 keyEpoch).
// Epoch is the tKMS key set epoch of the new set (any epoch above the
// current one); KeyEpoch is the current key epoch when the set keeps the key
// (refresh, reshare) and Epoch when it holds a new one (ADR 0008).
type SignerSetUpdate struct {
	Epoch     uint64
	Signers   []common.Address
	Threshold uint16
	KeyEpoch  uint64
}

// Digest is the EIP-712 digest of u for the KMSVerifier at kmsVerifier on chainID.
func (u SignerSetUpdate) Digest(chainID *big.Int, kmsVerifier common.Address) (common.Hash, error) {
	signers := make([]any, len(u.Signers))
	for i, a := range u.Signers {
		signers[i] = a.Hex()
	}
	return digest(Domain(chainID, kmsVerifier), "SignerSetUpdate", []apitypes.Type{
		{Name: "epoch", Type: "uint64"},
		{Name: "signers", Type: "address[]"},
		{Name: "threshold", Type: "uint16"},
		{Name: "keyEpoch", Type: "uint64"},
	}, apitypes.TypedDataMessage{
		"epoch":     new(big.Int).SetUint64(u.Epoch),
		"signers":   signers,
		"threshold": big.NewInt(int64(u.Threshold)),
		"keyEpoch":  new(big.Int).SetUint64(u.KeyEpoch),
	})
}

// PublicKeyUpdate installs the public key of a new key epoch in the
// InputVerifier: PublicKeyUpdate(uint64 keyEpoch,bytes publicKey).
type PublicKeyUpdate struct {
	KeyEpoch  uint64
	PublicKey []byte
}

// Digest is the EIP-712 digest of u for the InputVerifier at inputVerifier on chainID.
func (u PublicKeyUpdate) Digest(chainID *big.Int, inputVerifier common.Address) (common.Hash, error) {
	return digest(Domain(chainID, inputVerifier), "PublicKeyUpdate", []apitypes.Type{
		{Name: "keyEpoch", Type: "uint64"},
		{Name: "publicKey", Type: "bytes"},
	}, apitypes.TypedDataMessage{
		"keyEpoch":  new(big.Int).SetUint64(u.KeyEpoch),
		"publicKey": u.PublicKey,
	})
}
