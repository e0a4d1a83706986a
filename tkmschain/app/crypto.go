package app

import (
	kmscrypto "github.com/tkms/tkms/tkmschain/crypto"
	kmskeeper "github.com/tkms/tkms/tkmschain/x/kms/keeper"
)

// DefaultCrypto is the verification code a node runs: enclave/attest,
// mpc/dkg and mpc/tdh2 through tkmschain/crypto, TDH2 with its
// verification cache (one per call: give each node its own). (A nil member
// makes the corresponding messages fail with ErrUnsupported.)
func DefaultCrypto() kmskeeper.Crypto {
	return kmskeeper.Crypto{
		Attestation: kmscrypto.Attestation{},
		DKG:         kmscrypto.DKG{},
		Shares:      kmscrypto.NewTDH2(),
	}
}
