package hostkit

import (
	"errors"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tkms/tkms/bindings"
)

// RevertData returns the revert data an error from a call or a gas estimate
// carries (JSON-RPC error data), if any.
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	data, derr := hexutil.Decode(s)
	return data, derr == nil
}

// revertDecoders try every host contract's custom errors; a KMSVerifier error
// bubbles up unchanged through the DecryptionOracle and the InputVerifier.
var revertDecoders = []func([]byte) (any, error){
	bindings.NewKMSVerifier().UnpackError,
	bindings.NewDecryptionOracle().UnpackError,
	bindings.NewInputVerifier().UnpackError,
	bindings.NewACL().UnpackError,
	bindings.NewSealedBidAuction().UnpackError,
	bindings.NewEncryptedVault().UnpackError,
}

// RevertReason is a revert with Error(string), e.g. from require(…, "reason").
type RevertReason string

// DecodeRevert returns the custom error that err's revert data encodes, as
// the bindings' typed value (e.g. *bindings.KMSVerifierKMSVerifierUnknownSigner),
// or a RevertReason for Error(string).
func DecodeRevert(err error) (any, bool) {
	data, ok := RevertData(err)
	if !ok || len(data) < 4 {
		return nil, false
	}
	for _, unpack := range revertDecoders {
		if v, err := unpack(data); err == nil {
			return v, true
		}
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		return RevertReason(reason), true
	}
	return nil, false
}
