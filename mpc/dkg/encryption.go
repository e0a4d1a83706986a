package dkg

import (
	"bytes"
	"crypto/ecdh"
	"crypto/hpke"
	"encoding/binary"
	"fmt"
	"io"

	"github.com/tkms/tkms/mpc/group"
)

// KEM identifies the HPKE key encapsulation mechanism of a party's
// encryption key by its IANA / draft-ietf-hpke-pq identifier. The rest of
// the HPKE suite is fixed: HKDF-SHA256 and ChaCha20-Poly1305, base mode.
type KEM uint16

// Supported KEMs.
const (
	// KEMX25519 is DHKEM(X25519, HKDF-SHA256), the default.
	KEMX25519 KEM = 0x0020
	// KEMMLKEM768X25519 is the hybrid MLKEM768-X25519 (X-Wing), which stays
	// confidential if either ML-KEM-768 or X25519 does.
	KEMMLKEM768X25519 KEM = 0x647a
)

// String returns the KEM's name.
func (k KEM) String() string {
	switch k {
	case KEMX25519:
		return "DHKEM(X25519, HKDF-SHA256)"
	case KEMMLKEM768X25519:
		return "MLKEM768-X25519"
	default:
		return fmt.Sprintf("KEM(0x%04x)", uint16(k))
	}
}

// kemParams are the fixed sizes of a supported KEM.
type kemParams struct {
	kem       hpke.KEM
	pkSize    int // encoded public key
	skSize    int // encoded private key (the seed for X-Wing)
	encSize   int // encapsulated key
	x25519Off int // offset of the X25519 public key inside the public key
}

func (k KEM) params() (*kemParams, error) {
	switch k {
	case KEMX25519:
		return &kemParams{kem: hpke.DHKEM(ecdh.X25519()), pkSize: 32, skSize: 32, encSize: 32, x25519Off: 0}, nil
	case KEMMLKEM768X25519:
		// pk = ML-KEM-768 encapsulation key (1184) ‖ X25519 (32);
		// enc = ML-KEM-768 ciphertext (1088) ‖ X25519 (32).
		return &kemParams{kem: hpke.MLKEM768X25519(), pkSize: 1216, skSize: 32, encSize: 1120, x25519Off: 1184}, nil
	default:
		return nil, fmt.Errorf("%w: %v", ErrUnsupportedKEM, k)
	}
}

// subshareSize is the plaintext of a sub-share ciphertext: one scalar.
const subshareSize = group.ScalarSize

// aeadOverhead is the ChaCha20-Poly1305 tag.
const aeadOverhead = 16

// ciphertextSize returns the exact length of a sub-share ciphertext for k.
func (p *kemParams) ciphertextSize() int { return p.encSize + subshareSize + aeadOverhead }

// MaxCiphertextSize bounds a sub-share ciphertext of any supported KEM.
const MaxCiphertextSize = 1120 + subshareSize + aeadOverhead

func hpkeKDF() hpke.KDF   { return hpke.HKDFSHA256() }
func hpkeAEAD() hpke.AEAD { return hpke.ChaCha20Poly1305() }

// EncryptionPublicKey is a party's HPKE public key, to which dealers encrypt
// its sub-shares. Its encoding (Bytes) is what an enclave attestation binds:
// uint16 KEM id ‖ the KEM's serialised public key.
type EncryptionPublicKey struct {
	kem KEM
	pk  hpke.PublicKey
	raw []byte // the KEM's serialisation
}

// ParseEncryptionPublicKey decodes a key encoded by Bytes. It rejects
// unknown KEMs, wrong lengths, invalid ML-KEM keys and X25519 keys of small
// order (to which no dealer could encrypt).
func ParseEncryptionPublicKey(b []byte) (*EncryptionPublicKey, error) {
	if len(b) < 2 {
		return nil, fmt.Errorf("%w: %d bytes", ErrInvalidKey, len(b))
	}
	kem := KEM(binary.BigEndian.Uint16(b))
	p, err := kem.params()
	if err != nil {
		return nil, err
	}
	raw := b[2:]
	if len(raw) != p.pkSize {
		return nil, fmt.Errorf("%w: %v public key of %d bytes", ErrInvalidKey, kem, len(raw))
	}
	if err := checkX25519(raw[p.x25519Off:]); err != nil {
		return nil, err
	}
	pk, err := p.kem.NewPublicKey(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidKey, err)
	}
	return &EncryptionPublicKey{kem: kem, pk: pk, raw: bytes.Clone(raw)}, nil
}

// lowOrderProbe is a fixed X25519 private key; a Diffie–Hellman with it
// fails exactly when the peer's point has small order (the clamped scalar is
// a multiple of the cofactor), whatever the probe's value.
var lowOrderProbe = func() *ecdh.PrivateKey {
	k, err := ecdh.X25519().NewPrivateKey(bytes.Repeat([]byte{0x5a}, 32))
	if err != nil {
		panic(err)
	}
	return k
}()

func checkX25519(pub []byte) error {
	pk, err := ecdh.X25519().NewPublicKey(pub)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidKey, err)
	}
	if _, err := lowOrderProbe.ECDH(pk); err != nil {
		return fmt.Errorf("%w: X25519 point of small order", ErrInvalidKey)
	}
	return nil
}

// KEM returns the key's KEM.
func (k *EncryptionPublicKey) KEM() KEM { return k.kem }

// Bytes returns the encoding uint16 KEM id ‖ serialised public key.
func (k *EncryptionPublicKey) Bytes() []byte {
	out := binary.BigEndian.AppendUint16(make([]byte, 0, 2+len(k.raw)), uint16(k.kem))
	return append(out, k.raw...)
}

// MarshalBinary returns Bytes.
func (k *EncryptionPublicKey) MarshalBinary() ([]byte, error) { return k.Bytes(), nil }

// Equal reports whether k and l are the same key.
func (k *EncryptionPublicKey) Equal(l *EncryptionPublicKey) bool {
	if k == nil || l == nil {
		return k == l
	}
	return k.kem == l.kem && bytes.Equal(k.raw, l.raw)
}

// EncryptionPrivateKey is a party's HPKE private key. It must be kept
// secret: the enclave generates it and never lets it out.
type EncryptionPrivateKey struct {
	kem KEM
	sk  hpke.PrivateKey
	pub *EncryptionPublicKey
}

// GenerateEncryptionKey returns a fresh key pair of the default KEM
// (KEMX25519), derived from 32 bytes of rand.
func GenerateEncryptionKey(rand io.Reader) (*EncryptionPrivateKey, error) {
	return GenerateEncryptionKeyKEM(KEMX25519, rand)
}

// GenerateEncryptionKeyKEM returns a fresh key pair of the given KEM,
// derived with the KEM's DeriveKeyPair (RFC 9180 §7.1.3) from 32 bytes of
// rand.
func GenerateEncryptionKeyKEM(kem KEM, rand io.Reader) (*EncryptionPrivateKey, error) {
	p, err := kem.params()
	if err != nil {
		return nil, err
	}
	if rand == nil {
		return nil, fmt.Errorf("%w: no randomness source", group.ErrRandomness)
	}
	var ikm [32]byte
	defer clear(ikm[:])
	if _, err := io.ReadFull(rand, ikm[:]); err != nil {
		return nil, fmt.Errorf("%w: %v", group.ErrRandomness, err)
	}
	sk, err := p.kem.DeriveKeyPair(ikm[:])
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidKey, err)
	}
	return newPrivateKey(kem, p, sk)
}

func newPrivateKey(kem KEM, p *kemParams, sk hpke.PrivateKey) (*EncryptionPrivateKey, error) {
	pubRaw := sk.PublicKey().Bytes()
	if len(pubRaw) != p.pkSize {
		return nil, fmt.Errorf("%w: public key of %d bytes", ErrInvalidKey, len(pubRaw))
	}
	if err := checkX25519(pubRaw[p.x25519Off:]); err != nil {
		return nil, err
	}
	return &EncryptionPrivateKey{kem: kem, sk: sk,
		pub: &EncryptionPublicKey{kem: kem, pk: sk.PublicKey(), raw: bytes.Clone(pubRaw)}}, nil
}

// ParseEncryptionPrivateKey decodes a key encoded by MarshalBinary.
func ParseEncryptionPrivateKey(b []byte) (*EncryptionPrivateKey, error) {
	if len(b) < 2 {
		return nil, fmt.Errorf("%w: %d bytes", ErrInvalidKey, len(b))
	}
	kem := KEM(binary.BigEndian.Uint16(b))
	p, err := kem.params()
	if err != nil {
		return nil, err
	}
	if len(b)-2 != p.skSize {
		return nil, fmt.Errorf("%w: %v private key of %d bytes", ErrInvalidKey, kem, len(b)-2)
	}
	sk, err := p.kem.NewPrivateKey(b[2:])
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidKey, err)
	}
	return newPrivateKey(kem, p, sk)
}

// MarshalBinary encodes the key as uint16 KEM id ‖ serialised private key
// (RFC 9180 SerializePrivateKey; the 32-byte seed for X-Wing). The result
// must be kept secret.
func (k *EncryptionPrivateKey) MarshalBinary() ([]byte, error) {
	if k.sk == nil {
		return nil, fmt.Errorf("%w: empty private key", ErrInvalidKey)
	}
	raw, err := k.sk.Bytes()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidKey, err)
	}
	out := binary.BigEndian.AppendUint16(make([]byte, 0, 2+len(raw)), uint16(k.kem))
	out = append(out, raw...)
	clear(raw)
	return out, nil
}

// Public returns the public key.
func (k *EncryptionPrivateKey) Public() *EncryptionPublicKey { return k.pub }

// subshareInfo is the HPKE info string of the sub-share from dealer to
// receiver: LP(tag, ceremony id, uint64 epoch, uint32 dealer, uint32
// receiver). It binds the ciphertext to its place in one ceremony, so it
// cannot be replayed in another dealing, ceremony or epoch.
func subshareInfo(ceremony *[32]byte, epoch uint64, dealer, receiver uint32) []byte {
	return group.LengthPrefixed([]byte(group.TagDKGSubshareInfo), ceremony[:],
		group.Uint64Bytes(epoch), group.Uint32Bytes(dealer), group.Uint32Bytes(receiver))
}

// EncryptSubshare encrypts the sub-share s = a_dealer(receiver) to the
// receiver's key in cfg with HPKE (base mode, the key's KEM, HKDF-SHA256,
// ChaCha20-Poly1305), info bound to the ceremony, epoch, dealer and
// receiver. The encapsulation draws its ephemeral key from crypto/rand, as
// crypto/hpke does for every sender. s must be kept secret.
func EncryptSubshare(cfg *Config, dealer, receiver uint32, s *group.Scalar) ([]byte, error) {
	if cfg == nil || s == nil {
		return nil, fmt.Errorf("%w: nil configuration or sub-share", ErrInvalidConfig)
	}
	rcv, ok := cfg.receiver(receiver)
	if !ok || rcv.Key == nil || rcv.Key.pk == nil {
		return nil, fmt.Errorf("%w: %d", ErrUnknownParty, receiver)
	}
	info := subshareInfo(&cfg.CeremonyID, cfg.Epoch, dealer, receiver)
	pt := s.Bytes()
	defer clear(pt)
	ct, err := hpke.Seal(rcv.Key.pk, hpkeKDF(), hpkeAEAD(), info, pt)
	if err != nil {
		return nil, fmt.Errorf("dkg: encrypting sub-share for %d: %w", receiver, err)
	}
	return ct, nil
}

// DecryptSubshare opens receiver's sub-share of dealing d with the
// receiver's private key, without checking it against d's commitments (a
// Participant does both in ProcessDealings). It returns an error wrapping
// ErrDecrypt if the ciphertext does not open, ErrUnknownParty if d carries
// nothing for receiver. The result must be kept secret.
func DecryptSubshare(cfg *Config, key *EncryptionPrivateKey, receiver uint32, d *Dealing) (*group.Scalar, error) {
	if cfg == nil || d == nil || key == nil || key.sk == nil {
		return nil, fmt.Errorf("%w: nil configuration, dealing or key", ErrInvalidConfig)
	}
	for _, s := range d.Subshares {
		if s.Receiver == receiver {
			return decryptSubshare(cfg, key, d.Sender, receiver, s.Ciphertext)
		}
	}
	return nil, fmt.Errorf("%w: %d", ErrUnknownParty, receiver)
}

// decryptSubshare opens the sub-share from dealer to receiver. The result
// must be kept secret.
func decryptSubshare(cfg *Config, key *EncryptionPrivateKey, dealer, receiver uint32, ct []byte) (*group.Scalar, error) {
	info := subshareInfo(&cfg.CeremonyID, cfg.Epoch, dealer, receiver)
	pt, err := hpke.Open(key.sk, hpkeKDF(), hpkeAEAD(), info, ct)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDecrypt, err)
	}
	defer clear(pt)
	s, err := new(group.Scalar).SetCanonicalBytes(pt)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDecrypt, err)
	}
	return s, nil
}
