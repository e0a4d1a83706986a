// Package label defines the TDH2 label formats of tKMS ciphertexts and is
// their only parser: the tKMS chain, relayers and SDKs decide with it what
// a ciphertext was encrypted for (docs/CRYPTO.md, "Ciphertext labels";
// ADR 0007).
//
// A TDH2 label is bound to its ciphertext by the validity proof, so it
// cannot be changed without re-encrypting. There are two formats, of
// different lengths, so that no byte string parses as both:
//
//	host (72 bytes): uint256 chainId ‖ address contract ‖ address user
//	                 (abi.encodePacked, as InputVerifier.sol enforces)
//	app  (51 bytes): "TKMS-v1/app" ‖ SHA-256(tKMS chain id) ‖ uint64 app id
//
// Every other label is refused.
package label

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
)

// Sizes and the app tag.
const (
	// HostSize is the length of a host label (InputVerifier.LABEL_SIZE).
	HostSize = 32 + 20 + 20
	// AppTag starts every app label.
	AppTag = "TKMS-v1/app"
	// AppSize is the length of an app label.
	AppSize = len(AppTag) + sha256.Size + 8
)

// Errors.
var (
	ErrMalformed = errors.New("label: neither a host nor an app label")
	ErrWrongKind = errors.New("label: wrong label kind")
)

// Label is a parsed label: a Host or an App.
type Label interface {
	// Bytes returns the label's encoding.
	Bytes() []byte
	isLabel()
}

// Host is the label of an input made through a host chain's
// InputVerifier: the EVM chain id, the contract that called verifyInput
// and the user it named.
type Host struct {
	ChainID  uint64
	Contract [20]byte
	User     [20]byte
}

// App is the label of a ciphertext encrypted for an app registered on a
// tKMS chain: Chain is SHA-256 of that chain's id (AppChain), AppID the
// app's id on it.
type App struct {
	Chain [32]byte
	AppID uint64
}

func (Host) isLabel() {}
func (App) isLabel()  {}

// Bytes implements Label: uint256 chainId ‖ contract ‖ user.
func (h Host) Bytes() []byte {
	b := make([]byte, HostSize)
	binary.BigEndian.PutUint64(b[24:32], h.ChainID)
	copy(b[32:52], h.Contract[:])
	copy(b[52:72], h.User[:])
	return b
}

// Bytes implements Label: AppTag ‖ Chain ‖ uint64 AppID.
func (a App) Bytes() []byte {
	b := make([]byte, 0, AppSize)
	b = append(b, AppTag...)
	b = append(b, a.Chain[:]...)
	return binary.BigEndian.AppendUint64(b, a.AppID)
}

// AppChain is the chain binding of app labels: SHA-256 of the tKMS chain id.
func AppChain(tkmsChainID string) [32]byte { return sha256.Sum256([]byte(tkmsChainID)) }

// NewApp returns the label of app appID on the tKMS chain tkmsChainID.
func NewApp(tkmsChainID string, appID uint64) App {
	return App{Chain: AppChain(tkmsChainID), AppID: appID}
}

// Parse decodes a label. It returns a Host for a 72-byte label whose chain
// id fits in 64 bits (no host chain can be registered with a larger one),
// an App for a 51-byte label that starts with AppTag, and otherwise an
// error wrapping ErrMalformed.
func Parse(b []byte) (Label, error) {
	switch len(b) {
	case HostSize:
		if !allZero(b[:24]) {
			return nil, fmt.Errorf("%w: host chain id does not fit in 64 bits", ErrMalformed)
		}
		var h Host
		h.ChainID = binary.BigEndian.Uint64(b[24:32])
		copy(h.Contract[:], b[32:52])
		copy(h.User[:], b[52:72])
		return h, nil
	case AppSize:
		if !bytes.HasPrefix(b, []byte(AppTag)) {
			return nil, fmt.Errorf("%w: %d bytes without the app tag", ErrMalformed, len(b))
		}
		var a App
		copy(a.Chain[:], b[len(AppTag):len(AppTag)+sha256.Size])
		a.AppID = binary.BigEndian.Uint64(b[len(AppTag)+sha256.Size:])
		return a, nil
	default:
		return nil, fmt.Errorf("%w: %d bytes", ErrMalformed, len(b))
	}
}

// ParseHost decodes a label that must be a host label.
func ParseHost(b []byte) (Host, error) {
	l, err := Parse(b)
	if err != nil {
		return Host{}, err
	}
	h, ok := l.(Host)
	if !ok {
		return Host{}, fmt.Errorf("%w: an app label where a host label is required", ErrWrongKind)
	}
	return h, nil
}

// ParseApp decodes a label that must be an app label.
func ParseApp(b []byte) (App, error) {
	l, err := Parse(b)
	if err != nil {
		return App{}, err
	}
	a, ok := l.(App)
	if !ok {
		return App{}, fmt.Errorf("%w: a host label where an app label is required", ErrWrongKind)
	}
	return a, nil
}

func allZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}
