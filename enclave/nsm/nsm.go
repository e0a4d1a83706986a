// Package nsm produces AWS Nitro attestation documents. Attester is what the
// party daemon asks for a document; Device is the real Nitro Security Module
// (only inside a Nitro enclave, on Linux), and package devnsm simulates one
// under a dev root CA for tests and devnets. Documents from either are
// verified by package enclave/attest.
package nsm

import (
	"errors"
	"fmt"
)

// Attester produces an attestation document binding the given values.
//
// userData and nonce may be nil (the document then carries null) and are at
// most MaxUserDataSize and MaxNonceSize bytes; publicKey is nil or
// 1..MaxPublicKeySize bytes. An implementation returns an error wrapping
// ErrInput for values out of bounds, and never returns a nil document
// without an error.
type Attester interface {
	Attest(userData, nonce, publicKey []byte) ([]byte, error)
}

// Request limits of the NSM API, matching what attest.Verify accepts.
const (
	MaxUserDataSize  = 1024
	MaxNonceSize     = 1024
	MaxPublicKeySize = 1024
)

// Errors.
var (
	// ErrInput: a request field is out of bounds.
	ErrInput = errors.New("nsm: invalid attestation request")
	// ErrUnavailable: there is no NSM device (not inside a Nitro enclave,
	// or not on Linux).
	ErrUnavailable = errors.New("nsm: device not available")
	// ErrDevice: the device failed or answered with an error.
	ErrDevice = errors.New("nsm: device error")
	// ErrClosed: the Device has been closed.
	ErrClosed = errors.New("nsm: device closed")
)

// CheckRequest validates the fields of an attestation request, returning an
// error wrapping ErrInput if one is out of bounds.
func CheckRequest(userData, nonce, publicKey []byte) error {
	switch {
	case len(userData) > MaxUserDataSize:
		return fmt.Errorf("%w: user data of %d bytes exceeds %d", ErrInput, len(userData), MaxUserDataSize)
	case len(nonce) > MaxNonceSize:
		return fmt.Errorf("%w: nonce of %d bytes exceeds %d", ErrInput, len(nonce), MaxNonceSize)
	case publicKey != nil && (len(publicKey) == 0 || len(publicKey) > MaxPublicKeySize):
		return fmt.Errorf("%w: public key of %d bytes not in [1, %d]", ErrInput, len(publicKey), MaxPublicKeySize)
	}
	return nil
}
