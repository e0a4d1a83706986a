package tdh2

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"

	"golang.org/x/crypto/chacha20poly1305"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/internal/wire"
)

// KEM/DEM envelopes for payloads of any size (docs/CRYPTO.md): a fresh
// 32-byte key k is TDH2-encrypted under the key set, and the payload is
// sealed with ChaCha20-Poly1305 under K = Expand("TKMS-v1/KEMDEM", 32, k),
// nonce zero (K is used once), associated data the TDH2 ciphertext (which
// binds the label). Threshold decryption of the TDH2 part yields k; Open
// then recovers the payload.

// EnvelopeVersion is the envelope format version.
const EnvelopeVersion = 0x01

// ErrEnvelope reports a malformed or unauthentic envelope.
var ErrEnvelope = errors.New("tdh2: invalid envelope")

// Envelope is a KEM/DEM envelope.
type Envelope struct {
	KEM    *Ciphertext
	Sealed []byte // AEAD ciphertext and tag
}

// Seal encrypts payload under public key h and label.
func Seal(rnd io.Reader, h *group.Point, label, payload []byte) (*Envelope, error) {
	if rnd == nil {
		rnd = rand.Reader
	}
	var k [32]byte
	if _, err := io.ReadFull(rnd, k[:]); err != nil {
		return nil, fmt.Errorf("%w: %v", group.ErrRandomness, err)
	}
	kem, err := Encrypt(rnd, h, k[:], label)
	if err != nil {
		return nil, err
	}
	aead, err := demCipher(k[:])
	if err != nil {
		return nil, err
	}
	var nonce [chacha20poly1305.NonceSize]byte
	return &Envelope{KEM: kem, Sealed: aead.Seal(nil, nonce[:], payload, kem.Bytes())}, nil
}

func demCipher(k []byte) (interface {
	Seal(dst, nonce, plaintext, ad []byte) []byte
	Open(dst, nonce, ciphertext, ad []byte) ([]byte, error)
}, error) {
	K, err := group.ExpandMessage(group.TagKEMDEM, 32, k)
	if err != nil {
		return nil, err
	}
	return chacha20poly1305.New(K)
}

// Open recovers the payload from the envelope given k, the threshold
// decryption of e.KEM. It fails if k is wrong or anything was altered.
func (e *Envelope) Open(k []byte) ([]byte, error) {
	if e.KEM == nil {
		return nil, fmt.Errorf("%w: no KEM part", ErrEnvelope)
	}
	if len(k) != MessageSize {
		return nil, ErrMessageSize
	}
	aead, err := demCipher(k)
	if err != nil {
		return nil, err
	}
	var nonce [chacha20poly1305.NonceSize]byte
	out, err := aead.Open(nil, nonce[:], e.Sealed, e.KEM.Bytes())
	if err != nil {
		return nil, fmt.Errorf("%w: authentication failed", ErrEnvelope)
	}
	return out, nil
}

// MarshalBinary encodes 0x01 ‖ uint32 len(T) ‖ T ‖ sealed.
func (e *Envelope) MarshalBinary() ([]byte, error) {
	if e.KEM == nil {
		return nil, fmt.Errorf("%w: no KEM part", ErrEnvelope)
	}
	t, err := e.KEM.MarshalBinary()
	if err != nil {
		return nil, err
	}
	var w wire.Writer
	w.Uint8(EnvelopeVersion)
	w.VarBytes(t)
	w.Raw(e.Sealed)
	return w.Bytes(), nil
}

// ParseEnvelope decodes an envelope strictly (the KEM part as
// ParseCiphertext does; call e.KEM.Verify before asking for shares).
func ParseEnvelope(b []byte) (*Envelope, error) {
	r := wire.NewReader(b)
	if v := r.Uint8(); r.Err() == nil && v != EnvelopeVersion {
		return nil, fmt.Errorf("%w: version 0x%02x", ErrEnvelope, v)
	}
	t := r.VarBytes()
	sealed := r.Rest()
	if err := r.Finish(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrEnvelope, err)
	}
	if len(sealed) < chacha20poly1305.Overhead {
		return nil, fmt.Errorf("%w: sealed part shorter than the tag", ErrEnvelope)
	}
	kem, err := ParseCiphertext(t)
	if err != nil {
		return nil, err
	}
	return &Envelope{KEM: kem, Sealed: append([]byte(nil), sealed...)}, nil
}
