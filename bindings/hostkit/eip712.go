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

// DecryptionResult is the public decryption result the signer set signs:
// DecryptionResult(uint256 requestId,bytes32[] handles,bytes cleartexts,uint64 keyEpoch).
// KeyEpoch is the request's (from its DecryptionRequested event), whichever
// signer epoch signs.
type DecryptionResult struct {
	RequestID  *big.Int
	Handles    []common.Hash
	Cleartexts []byte
	KeyEpoch   uint64
}

// Digest is the EIP-712 digest of r for the DecryptionOracle at oracle on chainID.
func (r DecryptionResult) Digest(chainID *big.Int, oracle common.Address) (common.Hash, error) {
	if r.RequestID == nil {
		return common.Hash{}, fmt.Errorf("hostkit: DecryptionResult without a request id")
	}
	handles := make([]any, len(r.Handles))
	for i, h := range r.Handles {
		handles[i] = h.Hex()
	}
	return digest(Domain(chainID, oracle), "DecryptionResult", []apitypes.Type{
		{Name: "requestId", Type: "uint256"},
		{Name: "handles", Type: "bytes32[]"},
		{Name: "cleartexts", Type: "bytes"},
		{Name: "keyEpoch", Type: "uint64"},
	}, apitypes.TypedDataMessage{
		"requestId":  new(big.Int).Set(r.RequestID),
		"handles":    handles,
		"cleartexts": r.Cleartexts,
		"keyEpoch":   new(big.Int).SetUint64(r.KeyEpoch),
	})
}

// SignerSetUpdate is a rotation of the signer set, signed by the current set:
// SignerSetUpdate(uint64 epoch,address[] signers,uint16 threshold).
type SignerSetUpdate struct {
	Epoch     uint64
	Signers   []common.Address
	Threshold uint16
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
	}, apitypes.TypedDataMessage{
		"epoch":     new(big.Int).SetUint64(u.Epoch),
		"signers":   signers,
		"threshold": big.NewInt(int64(u.Threshold)),
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
