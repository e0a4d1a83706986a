package app

import (
	kmscrypto "github.com/tkms/tkms/tkmschain/crypto"
	kmskeeper "github.com/tkms/tkms/tkmschain/x/kms/keeper"
)

// DefaultCrypto is the verification code a node runs. Members still nil make
// the corresponding messages fail with ErrUnsupported.
func DefaultCrypto() kmskeeper.Crypto {
	return kmskeeper.Crypto{
		Attestation: kmscrypto.Attestation{},
		DKG:         kmscrypto.DKG{},
	}
}
