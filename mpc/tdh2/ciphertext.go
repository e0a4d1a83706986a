// Package tdh2 implements TDH2, the labelled CCA-secure threshold encryption
// of Shoup and Gennaro, on BLS12-381 G1 as specified in docs/CRYPTO.md:
// encryption of 32-byte messages under a key set's public key, the public
// validity check every party runs before answering, decryption shares with
// batched Chaum–Pedersen proofs, their verification, and combination of any
// f+1 valid shares with attribution of invalid ones. KEM/DEM envelopes carry
// payloads of any size.
//
// Nothing here ever holds the key set's secret: each party uses only its own
// share x_i.
package tdh2

import (
	"crypto/subtle"
	"errors"
	"fmt"
	"io"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/internal/wire"
)

const (
	// MessageSize is the size of a TDH2 plaintext.
	MessageSize = 32
	// Version is the ciphertext format version.
	Version = 0x01
	// MaxLabelSize is the longest label the encoding allows.
	MaxLabelSize = 0xffff
	// headerSize is the ciphertext size without the label.
	headerSize = 1 + 32 + 2*group.PointSize + 2*group.ScalarSize + 2
)

// Errors.
var (
	ErrMalformed      = errors.New("tdh2: malformed ciphertext")
	ErrVersion        = errors.New("tdh2: unknown ciphertext version")
	ErrInvalidProof   = errors.New("tdh2: ciphertext validity proof does not verify")
	ErrLabelTooLong   = errors.New("tdh2: label longer than 65535 bytes")
	ErrLabelMismatch  = errors.New("tdh2: ciphertext label differs from the expected label")
	ErrMessageSize    = errors.New("tdh2: message must be 32 bytes")
	ErrInvalidShare   = errors.New("tdh2: invalid decryption share")
	ErrNotEnough      = errors.New("tdh2: not enough valid shares")
	ErrEpochMismatch  = errors.New("tdh2: share epoch differs from the key set epoch")
	ErrUnknownParty   = errors.New("tdh2: share from a party outside the key set")
	ErrBatchMismatch  = errors.New("tdh2: share batch does not match the requests")
	ErrEmptyBatch     = errors.New("tdh2: empty batch")
	ErrDuplicateParty = errors.New("tdh2: two shares from the same party")
	// ErrCiphertextMismatch reports a verified share combined for a
	// ciphertext other than the one it was verified for.
	ErrCiphertextMismatch = errors.New("tdh2: share was verified for another ciphertext")
	// ErrKeySetMismatch reports a verified share combined under a key set
	// other than the one it was verified against.
	ErrKeySetMismatch = errors.New("tdh2: share was verified against another key set")
)

// Ciphertext is a TDH2 ciphertext (c, L, u, ū, e, z). Decode one with
// ParseCiphertext, which checks the encoding but not the proof; call
// Verify before trusting it.
type Ciphertext struct {
	C     [MessageSize]byte
	Label []byte
	U     group.Point // r·G
	UBar  group.Point // r·H
	E     group.Scalar
	Z     group.Scalar
}

// Encrypt encrypts the 32-byte message m under public key h with label L:
//
//	u = r·G, ū = r·H, w = s·G, w̄ = s·H, c = m ⊕ H1(r·h),
//	e = H2(h, c, L, u, w, ū, w̄), z = s + r·e.
//
// r and s are drawn from rand and are secret (constant-time arithmetic).
func Encrypt(rand io.Reader, h *group.Point, m []byte, label []byte) (*Ciphertext, error) {
	if len(m) != MessageSize {
		return nil, fmt.Errorf("%w (got %d)", ErrMessageSize, len(m))
	}
	if len(label) > MaxLabelSize {
		return nil, ErrLabelTooLong
	}
	if h == nil || h.IsIdentity() {
		return nil, errors.New("tdh2: public key is missing or the identity")
	}
	r, err := group.RandomNonZeroScalar(rand)
	if err != nil {
		return nil, err
	}
	s, err := group.RandomScalar(rand)
	if err != nil {
		return nil, err
	}
	ct := &Ciphertext{Label: append([]byte(nil), label...)}
	ct.U.ScalarBaseMult(r)
	ct.UBar.ScalarSecondBaseMult(r)
	var w, wBar, hr group.Point
	w.ScalarBaseMult(s)
	wBar.ScalarSecondBaseMult(s)
	hr.ScalarMult(r, h)
	mask := maskFor(&hr)
	subtle.XORBytes(ct.C[:], m, mask)
	ct.E.Set(challenge(h, ct, &w, &wBar))
	ct.Z.MultiplyAdd(r, &ct.E, s)
	return ct, nil
}

// maskFor returns H1(r·h) = Expand("TKMS-v1/TDH2/H1", 32, enc(r·h)).
func maskFor(hr *group.Point) []byte {
	out, err := group.ExpandMessage(group.TagTDH2Mask, MessageSize, hr.Bytes())
	if err != nil {
		panic("tdh2: " + err.Error()) // fixed, valid parameters
	}
	return out
}

// challenge returns e = Hs("TKMS-v1/TDH2/e", h, c, L, u, w, ū, w̄).
func challenge(h *group.Point, ct *Ciphertext, w, wBar *group.Point) *group.Scalar {
	return group.HashToScalar(group.TagTDH2Challenge,
		h.Bytes(), ct.C[:], ct.Label, ct.U.Bytes(), w.Bytes(), ct.UBar.Bytes(), wBar.Bytes())
}

// Verify checks the ciphertext's validity proof against public key h:
// w = z·G − e·u, w̄ = z·H − e·ū, e = H2(h, c, L, u, w, ū, w̄). Every party
// runs it before making a share; a ciphertext made for another key, with a
// changed label or any changed bit fails. It first refuses, as
// ParseCiphertext does, u or ū the identity (with u = ū = identity anyone
// can forge the proof: w = z·G, w̄ = z·H for any z) and labels longer than
// MaxLabelSize (ErrMalformed, ErrLabelTooLong), and a nil or identity h.
// It uses only public data.
func (ct *Ciphertext) Verify(h *group.Point) error {
	if ct == nil {
		return fmt.Errorf("%w: nil ciphertext", ErrMalformed)
	}
	if h == nil || h.IsIdentity() {
		return fmt.Errorf("%w: public key is missing or the identity", ErrInvalidProof)
	}
	if ct.U.IsIdentity() || ct.UBar.IsIdentity() {
		return fmt.Errorf("%w: u or ū is the identity", ErrMalformed)
	}
	if len(ct.Label) > MaxLabelSize {
		return ErrLabelTooLong
	}
	var negE group.Scalar
	negE.Negate(&ct.E)
	var w, wBar group.Point
	w.MixedScalarMultVarTime(&ct.Z, group.PrecomputedGenerator(), &negE, &ct.U)
	wBar.MixedScalarMultVarTime(&ct.Z, group.PrecomputedSecondGenerator(), &negE, &ct.UBar)
	if !challenge(h, ct, &w, &wBar).Equal(&ct.E) {
		return ErrInvalidProof
	}
	return nil
}

// VerifyWithLabel is Verify plus a check that the label is exactly label.
func (ct *Ciphertext) VerifyWithLabel(h *group.Point, label []byte) error {
	if subtle.ConstantTimeCompare(ct.Label, label) != 1 {
		return ErrLabelMismatch
	}
	return ct.Verify(h)
}

// MarshalBinary returns the canonical encoding (docs/CRYPTO.md):
// 0x01 ‖ c ‖ u ‖ ū ‖ e ‖ z ‖ uint16 len(L) ‖ L.
func (ct *Ciphertext) MarshalBinary() ([]byte, error) {
	if len(ct.Label) > MaxLabelSize {
		return nil, ErrLabelTooLong
	}
	var w wire.Writer
	w.Uint8(Version)
	w.Raw(ct.C[:])
	w.Point(&ct.U)
	w.Point(&ct.UBar)
	w.Scalar(&ct.E)
	w.Scalar(&ct.Z)
	w.Uint16(uint16(len(ct.Label)))
	w.Raw(ct.Label)
	return w.Bytes(), nil
}

// Bytes is MarshalBinary for callers that hold a well-formed ciphertext
// (from Encrypt or ParseCiphertext); it returns nil for one whose label is
// too long to encode.
func (ct *Ciphertext) Bytes() []byte {
	b, err := ct.MarshalBinary()
	if err != nil {
		return nil
	}
	return b
}

// ParseCiphertext decodes a ciphertext strictly: version, canonical scalars,
// points on the curve, in G1 and not the identity, exact length. It does not
// check the validity proof (see Verify).
func ParseCiphertext(b []byte) (*Ciphertext, error) {
	if len(b) < headerSize {
		return nil, fmt.Errorf("%w: %d bytes, need at least %d", ErrMalformed, len(b), headerSize)
	}
	if b[0] != Version {
		return nil, fmt.Errorf("%w: 0x%02x", ErrVersion, b[0])
	}
	r := wire.NewReader(b[1:])
	var ct Ciphertext
	copy(ct.C[:], r.Fixed(MessageSize))
	ct.U.Set(r.Point())
	ct.UBar.Set(r.Point())
	ct.E.Set(r.Scalar())
	ct.Z.Set(r.Scalar())
	n := r.Uint16()
	ct.Label = append([]byte{}, r.Fixed(int(n))...)
	if err := r.Finish(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return &ct, nil
}
