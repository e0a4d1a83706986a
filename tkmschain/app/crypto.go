package app

import kmskeeper "github.com/tkms/tkms/tkmschain/x/kms/keeper"

// DefaultCrypto is the verification code a node runs. The adapters over
// enclave/attest, mpc/dkg and mpc/tdh2 are set here as each lands; until
// then the corresponding messages fail with ErrUnsupported.
func DefaultCrypto() kmskeeper.Crypto {
	return kmskeeper.Crypto{}
}
