package hostkit

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// SignatureSize is the size of one signature as the host contracts take it: r ‖ s ‖ v.
const SignatureSize = 65

// Signer is a secp256k1 key: an MPC party's host-chain signing key (held in
// its enclave in production) or an account that sends transactions. The key
// must be kept secret.
type Signer struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// NewSigner wraps key.
func NewSigner(key *ecdsa.PrivateKey) *Signer {
	return &Signer{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// DevSigners derives n signers deterministically from seed: key i is
// keccak256(seed ‖ uint32 i ‖ uint32 attempt) for the first attempt that is a
// valid scalar. Their keys are public knowledge: for tests and devnets only.
func DevSigners(seed string, n int) []*Signer {
	out := make([]*Signer, n)
	for i := range out {
		for attempt := uint32(0); ; attempt++ {
			b := binary.BigEndian.AppendUint32([]byte(seed), uint32(i))
			b = binary.BigEndian.AppendUint32(b, attempt)
			key, err := crypto.ToECDSA(crypto.Keccak256(b))
			if err == nil {
				out[i] = NewSigner(key)
				break
			}
		}
	}
	return out
}

// Address is the signer's Ethereum address.
func (s *Signer) Address() common.Address { return s.addr }

// Sign signs a 32-byte digest and returns r ‖ s ‖ v with v ∈ {27, 28} and a
// low s, the form OpenZeppelin's ECDSA accepts.
func (s *Signer) Sign(digest common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], s.key)
	if err != nil {
		return nil, fmt.Errorf("hostkit: sign: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// Transactor returns transaction options that send from this key on chainID.
func (s *Signer) Transactor(chainID *big.Int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(s.key, chainID)
}

// SignerAddresses returns the signers' addresses in order.
func SignerAddresses(signers []*Signer) []common.Address {
	out := make([]common.Address, len(signers))
	for i, s := range signers {
		out[i] = s.addr
	}
	return out
}

// SignAll signs digest with every signer, in order, and returns the packed
// concatenation the host contracts take (k × 65 bytes).
func SignAll(digest common.Hash, signers []*Signer) ([]byte, error) {
	out := make([]byte, 0, len(signers)*SignatureSize)
	for _, s := range signers {
		sig, err := s.Sign(digest)
		if err != nil {
			return nil, err
		}
		out = append(out, sig...)
	}
	return out, nil
}
