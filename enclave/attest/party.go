package attest

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"unicode/utf8"
)

// PartyBindingTag is the domain tag of the party user-data digest.
const PartyBindingTag = "TKMS-v1/attest/party"

// Bounds on PartyBinding fields.
const (
	// MaxEncryptionKeySize leaves room for post-quantum HPKE KEM keys
	// (ML-KEM-768 public keys are 1184 bytes).
	MaxEncryptionKeySize = 4096
	// MaxChainIDSize matches CometBFT's limit on chain ids (50) with room.
	MaxChainIDSize = 128
	// MaxBindingNonceSize bounds the registration context.
	MaxBindingNonceSize = 1024
)

// PartyBinding is what a tKMS party's enclave attests to when it registers
// (ARCHITECTURE.md, flow 1): the public halves of the keys it generated
// inside the enclave, and the registration they are for. The enclave puts
// UserData() in the attestation document's user_data; the chain recomputes
// it from the registration message and calls VerifyParty.
type PartyBinding struct {
	// SigningAddress is the Ethereum address of the enclave's secp256k1
	// signing key. Must not be zero.
	SigningAddress [20]byte
	// EncryptionKey is the enclave's HPKE public key in its KEM's
	// serialization; opaque here. 1..MaxEncryptionKeySize bytes.
	EncryptionKey []byte
	// ChainID is the tKMS chain the registration is for, so that a document
	// cannot be replayed on another chain. 1..MaxChainIDSize bytes of UTF-8.
	ChainID string
	// Nonce is the registration context (for example a challenge issued by
	// the chain, or the party's registration sequence). It should be fresh
	// for every registration; 0..MaxBindingNonceSize bytes.
	Nonce []byte
}

// Validate reports whether every field is within its bounds, returning an
// error wrapping ErrBinding if not.
func (b PartyBinding) Validate() error {
	switch {
	case b.SigningAddress == [20]byte{}:
		return fmt.Errorf("%w: zero signing address", ErrBinding)
	case len(b.EncryptionKey) == 0 || len(b.EncryptionKey) > MaxEncryptionKeySize:
		return fmt.Errorf("%w: encryption key of %d bytes not in [1, %d]", ErrBinding, len(b.EncryptionKey), MaxEncryptionKeySize)
	case len(b.ChainID) == 0 || len(b.ChainID) > MaxChainIDSize:
		return fmt.Errorf("%w: chain id of %d bytes not in [1, %d]", ErrBinding, len(b.ChainID), MaxChainIDSize)
	case !utf8.ValidString(b.ChainID):
		return fmt.Errorf("%w: chain id is not valid UTF-8", ErrBinding)
	case len(b.Nonce) > MaxBindingNonceSize:
		return fmt.Errorf("%w: nonce of %d bytes exceeds %d", ErrBinding, len(b.Nonce), MaxBindingNonceSize)
	}
	return nil
}

// Encode returns the canonical encoding of the binding: each field preceded
// by its length as a 4-byte big-endian integer, in the order
//
//	len ‖ SigningAddress (20 bytes) ‖ len ‖ EncryptionKey ‖ len ‖ ChainID ‖ len ‖ Nonce
//
// Distinct bindings have distinct encodings. Encode does not validate; use
// Validate or DecodePartyBinding.
func (b PartyBinding) Encode() []byte {
	out := make([]byte, 0, 16+len(b.SigningAddress)+len(b.EncryptionKey)+len(b.ChainID)+len(b.Nonce))
	out = appendField(out, b.SigningAddress[:])
	out = appendField(out, b.EncryptionKey)
	out = appendField(out, []byte(b.ChainID))
	out = appendField(out, b.Nonce)
	return out
}

// UserData returns the 32 bytes the enclave requests as user_data:
//
//	SHA-256( len(tag) ‖ tag ‖ Encode() ),  tag = PartyBindingTag,
//
// with len a 4-byte big-endian integer. It does not validate the binding.
func (b PartyBinding) UserData() []byte {
	h := sha256.New()
	h.Write(appendField(nil, []byte(PartyBindingTag)))
	h.Write(b.Encode())
	return h.Sum(nil)
}

func appendField(out, f []byte) []byte {
	out = binary.BigEndian.AppendUint32(out, uint32(len(f)))
	return append(out, f...)
}

// DecodePartyBinding parses the output of Encode. It accepts only the
// canonical encoding of a valid binding (no trailing bytes, a 20-byte
// address) and returns an error wrapping ErrBinding otherwise; it never
// panics and never allocates more than len(enc). An empty nonce decodes as
// nil.
func DecodePartyBinding(enc []byte) (PartyBinding, error) {
	var b PartyBinding
	rest := enc
	next := func(name string) ([]byte, error) {
		if len(rest) < 4 {
			return nil, fmt.Errorf("%w: %s: truncated length", ErrBinding, name)
		}
		n := binary.BigEndian.Uint32(rest)
		rest = rest[4:]
		if uint64(n) > uint64(len(rest)) {
			return nil, fmt.Errorf("%w: %s: length %d exceeds the %d bytes left", ErrBinding, name, n, len(rest))
		}
		f := rest[:n:n]
		rest = rest[n:]
		return f, nil
	}
	addr, err := next("signing address")
	if err != nil {
		return PartyBinding{}, err
	}
	if len(addr) != len(b.SigningAddress) {
		return PartyBinding{}, fmt.Errorf("%w: signing address of %d bytes, want 20", ErrBinding, len(addr))
	}
	copy(b.SigningAddress[:], addr)
	encKey, err := next("encryption key")
	if err != nil {
		return PartyBinding{}, err
	}
	chainID, err := next("chain id")
	if err != nil {
		return PartyBinding{}, err
	}
	nonce, err := next("nonce")
	if err != nil {
		return PartyBinding{}, err
	}
	if len(rest) != 0 {
		return PartyBinding{}, fmt.Errorf("%w: %d trailing bytes", ErrBinding, len(rest))
	}
	b.EncryptionKey = append([]byte(nil), encKey...)
	b.ChainID = string(chainID)
	if len(nonce) > 0 {
		b.Nonce = append([]byte(nil), nonce...)
	}
	if err := b.Validate(); err != nil {
		return PartyBinding{}, err
	}
	return b, nil
}

// VerifyParty verifies doc like Verify and additionally requires its
// user_data to equal binding.UserData(). It returns an error wrapping
// ErrBinding if the binding is invalid, ErrOptions if opts.ExpectedUserData
// is set to anything else, ErrUserDataMismatch if the document attests to a
// different binding, and otherwise whatever Verify returns. opts is not
// modified.
func VerifyParty(doc []byte, opts Options, binding PartyBinding) (*Document, error) {
	if err := binding.Validate(); err != nil {
		return nil, err
	}
	want := binding.UserData()
	if opts.ExpectedUserData != nil && string(opts.ExpectedUserData) != string(want) {
		return nil, fmt.Errorf("%w: ExpectedUserData conflicts with the party binding", ErrOptions)
	}
	opts.ExpectedUserData = want
	return Verify(doc, opts)
}
