package types

import (
	"bytes"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Size limits on message fields; they keep stored state and verification
// work per transaction bounded.
//
// The encryption key and ceremony limits admit mpc/dkg's hybrid
// post-quantum suite (ML-KEM-768 + X25519): its public key encodes to 1,218
// bytes and each receiver's sub-share ciphertext to 1,168, so a dealing for
// MaxPartiesPerKeySet receivers stays under MaxCeremonyBytes.
const (
	MaxNameLen           = 64
	MaxEncryptionKeyLen  = 1280
	MaxAttestationDocLen = 16 * 1024
	MaxCeremonyBytes     = 128 * 1024
	MaxCiphertextLen     = 4 * 1024
	MaxBatchesPerMessage = 16
	MaxProofNodes        = 64
	MaxProofNodeLen      = 1024
	MaxRequesters        = 64
	MaxPartiesPerKeySet  = 64
)

// MaxShareBatchLen bounds the encoding of a batch of n shares: a
// re-encryption share with its length prefix takes 400 bytes, a decryption
// share 160 (plus a 80-byte header and proof).
func MaxShareBatchLen(n uint32) int { return 128 + 400*int(n) }

// ParseEVMAddress parses a 0x-prefixed 20-byte hex address.
func ParseEVMAddress(s string) (common.Address, error) {
	if len(s) != 42 || !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%q is not a 0x-prefixed 20-byte hex address", s)
	}
	return common.HexToAddress(s), nil
}

// Validate checks a host chain record.
func (h HostChain) Validate() error {
	if h.ChainId == 0 {
		return fmt.Errorf("%w: chain id must be non-zero", ErrInvalidHostChain)
	}
	if len(h.Name) > MaxNameLen {
		return fmt.Errorf("%w: name longer than %d", ErrInvalidHostChain, MaxNameLen)
	}
	// In field order (a map's order differs between validators, and the
	// error text reaches state through x/gov).
	for _, f := range []struct{ name, addr string }{
		{"decryption_oracle", h.DecryptionOracle},
		{"acl", h.Acl},
		{"kms_verifier", h.KmsVerifier},
		{"input_verifier", h.InputVerifier},
	} {
		if _, err := ParseEVMAddress(f.addr); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrInvalidHostChain, f.name, err)
		}
	}
	if h.ConfirmationDepth == 0 || h.ConfirmationDepth > 10_000 {
		return fmt.Errorf("%w: confirmation depth must be 1..10000", ErrInvalidHostChain)
	}
	return nil
}

// CheckHandles checks that handles and ciphertexts pair up, that every
// handle is keccak256 of its ciphertext, and that no handle repeats.
func CheckHandles(handles, ciphertexts [][]byte, maxHandles uint32) error {
	if len(handles) == 0 {
		return fmt.Errorf("%w: no handles", ErrInvalidRequest)
	}
	if uint64(len(handles)) > uint64(maxHandles) {
		return fmt.Errorf("%w: %d handles, at most %d", ErrInvalidRequest, len(handles), maxHandles)
	}
	if len(ciphertexts) != len(handles) {
		return fmt.Errorf("%w: %d handles but %d ciphertexts", ErrInvalidRequest, len(handles), len(ciphertexts))
	}
	for i, h := range handles {
		if len(h) != 32 {
			return fmt.Errorf("%w: handle %d is not 32 bytes", ErrInvalidRequest, i)
		}
		if len(ciphertexts[i]) == 0 || len(ciphertexts[i]) > MaxCiphertextLen {
			return fmt.Errorf("%w: ciphertext %d must be 1..%d bytes", ErrInvalidRequest, i, MaxCiphertextLen)
		}
		if !bytes.Equal(h, crypto.Keccak256(ciphertexts[i])) {
			return fmt.Errorf("%w: handle %d is not keccak256 of its ciphertext", ErrInvalidRequest, i)
		}
		for _, prev := range handles[:i] {
			if bytes.Equal(prev, h) {
				return fmt.Errorf("%w: handle %d repeats", ErrInvalidRequest, i)
			}
		}
	}
	return nil
}

// CheckStorageProofShape bounds a proof's size before any hashing.
func CheckStorageProofShape(p StorageProof) error {
	if len(p.AccountProof) == 0 || len(p.AccountProof) > MaxProofNodes {
		return fmt.Errorf("%w: account proof must have 1..%d nodes", ErrBadProof, MaxProofNodes)
	}
	for _, n := range p.AccountProof {
		if len(n) > MaxProofNodeLen {
			return fmt.Errorf("%w: proof node longer than %d", ErrBadProof, MaxProofNodeLen)
		}
	}
	if len(p.Slots) == 0 || len(p.Slots) > 2*MaxHandlesLimit {
		return fmt.Errorf("%w: bad number of slot proofs", ErrBadProof)
	}
	for _, s := range p.Slots {
		if len(s.Key) != 32 || len(s.Value) > 32 || len(s.Proof) > MaxProofNodes {
			return fmt.Errorf("%w: malformed slot proof", ErrBadProof)
		}
		for _, n := range s.Proof {
			if len(n) > MaxProofNodeLen {
				return fmt.Errorf("%w: proof node longer than %d", ErrBadProof, MaxProofNodeLen)
			}
		}
	}
	return nil
}
