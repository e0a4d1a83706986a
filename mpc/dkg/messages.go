package dkg

import (
	"fmt"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/internal/wire"
	"github.com/tkms/tkms/mpc/vss"
)

// TagMessage is the domain tag of message hashes:
// Hash() = Expand(TagMessage, 32, encoding).
const TagMessage = "TKMS-v1/DKG/message"

// Message type bytes, the first byte of every encoding.
const (
	typeDealing       uint8 = 1
	typeComplaint     uint8 = 2
	typeJustification uint8 = 3
)

// Header is what every message carries: the ceremony, the epoch of the key
// set being made, and the index of the party that sent it. The transport
// authenticates Sender (the chain checks that the transaction signer is the
// party with that index); the functions of this package trust it.
type Header struct {
	CeremonyID [32]byte
	Epoch      uint64
	Sender     uint32
}

func (h *Header) write(w *wire.Writer, typ uint8) {
	w.Uint8(typ)
	w.Raw(h.CeremonyID[:])
	w.Uint64(h.Epoch)
	w.Uint32(h.Sender)
}

func readHeader(r *wire.Reader, typ uint8) Header {
	if t := r.Uint8(); r.Err() == nil && t != typ {
		r.Fail(fmt.Errorf("message type %d, want %d", t, typ))
	}
	var h Header
	h.CeremonyID = r.Fixed32()
	h.Epoch = r.Uint64()
	h.Sender = r.Uint32()
	return h
}

// matches reports whether the header is for cfg's ceremony.
func (h *Header) matches(cfg *Config) bool {
	return h.CeremonyID == cfg.CeremonyID && h.Epoch == cfg.Epoch
}

// hashEncoding returns Expand(TagMessage, 32, enc), or zero if the message
// cannot be encoded.
func hashEncoding(enc []byte, err error) (out [32]byte) {
	if err != nil {
		return out
	}
	h, err := group.ExpandMessage(TagMessage, 32, enc)
	if err != nil {
		return out
	}
	copy(out[:], h)
	return out
}

// Proof is a Schnorr proof of knowledge of a_i0 = log_G A_i0: the challenge
// E and the response Z (see proveKnowledge).
type Proof struct {
	E, Z group.Scalar
}

// EncryptedSubshare is the HPKE ciphertext of a_i(Receiver).
type EncryptedSubshare struct {
	Receiver   uint32
	Ciphertext []byte
}

// Dealing is dealer Sender's contribution: the commitments A_ik = a_ik·G
// (k = 0..f) to its polynomial a_i, for a DKG a proof of knowledge of a_i0,
// and the encrypted sub-share a_i(j) of every receiver j, by increasing j.
//
// Encoding:
//
//	0x01 ‖ ceremony id (32) ‖ uint64 epoch ‖ uint32 dealer ‖
//	uint32 m ‖ A_i0 ‖ … ‖ A_i(m−1)      (points, identity allowed) ‖
//	uint8 hasProof (0 or 1) ‖ [E ‖ Z]   (scalars) ‖
//	uint32 n ‖ (uint32 j ‖ uint32 len ‖ ciphertext)*   (j strictly increasing)
type Dealing struct {
	Header
	Commitments []group.Point
	Proof       *Proof
	Subshares   []EncryptedSubshare
}

// Commitment returns the dealing's commitment as a vss.Commitment.
func (d *Dealing) Commitment() (*vss.Commitment, error) {
	c, err := vss.NewCommitment(d.Commitments)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	return c, nil
}

// MarshalBinary returns the canonical encoding. It returns an error wrapping
// ErrMalformed for a dealing that UnmarshalDealing would not accept (counts
// out of range, receivers not strictly increasing, ciphertext sizes).
func (d *Dealing) MarshalBinary() ([]byte, error) {
	if err := d.checkShape(); err != nil {
		return nil, err
	}
	var w wire.Writer
	d.Header.write(&w, typeDealing)
	w.Uint32(uint32(len(d.Commitments)))
	for k := range d.Commitments {
		w.Point(&d.Commitments[k])
	}
	if d.Proof == nil {
		w.Uint8(0)
	} else {
		w.Uint8(1)
		w.Scalar(&d.Proof.E)
		w.Scalar(&d.Proof.Z)
	}
	w.Uint32(uint32(len(d.Subshares)))
	for _, s := range d.Subshares {
		w.Uint32(s.Receiver)
		w.VarBytes(s.Ciphertext)
	}
	return w.Bytes(), nil
}

// checkShape checks what the encoding constrains.
func (d *Dealing) checkShape() error {
	if d == nil {
		return fmt.Errorf("%w: nil dealing", ErrMalformed)
	}
	if len(d.Commitments) == 0 || len(d.Commitments) > MaxParties {
		return fmt.Errorf("%w: %d commitments", ErrMalformed, len(d.Commitments))
	}
	if len(d.Subshares) == 0 || len(d.Subshares) > MaxParties {
		return fmt.Errorf("%w: %d sub-shares", ErrMalformed, len(d.Subshares))
	}
	for k, s := range d.Subshares {
		if s.Receiver == 0 || (k > 0 && d.Subshares[k-1].Receiver >= s.Receiver) {
			return fmt.Errorf("%w: sub-share receivers must be non-zero and strictly increasing", ErrMalformed)
		}
		if len(s.Ciphertext) == 0 || len(s.Ciphertext) > MaxCiphertextSize {
			return fmt.Errorf("%w: ciphertext of %d bytes", ErrMalformed, len(s.Ciphertext))
		}
	}
	return nil
}

// UnmarshalDealing decodes a dealing strictly: every field canonical, points
// in the subgroup, counts within MaxParties, receivers strictly increasing,
// no trailing bytes. It checks the encoding only; VerifyDealing checks the
// dealing against a ceremony. Errors wrap ErrMalformed.
func UnmarshalDealing(b []byte) (*Dealing, error) {
	r := wire.NewReader(b)
	d := &Dealing{Header: readHeader(r, typeDealing)}
	m := r.Count(group.PointSize)
	if r.Err() == nil && (m == 0 || m > MaxParties) {
		r.Fail(fmt.Errorf("%d commitments", m))
	}
	if r.Err() == nil {
		d.Commitments = make([]group.Point, m)
		for k := range d.Commitments {
			d.Commitments[k].Set(r.PointAllowIdentity())
		}
	}
	switch flag := r.Uint8(); {
	case r.Err() != nil:
	case flag == 1:
		d.Proof = new(Proof)
		d.Proof.E.Set(r.Scalar())
		d.Proof.Z.Set(r.Scalar())
	case flag != 0:
		r.Fail(fmt.Errorf("proof flag %d", flag))
	}
	n := r.Count(4 + 4 + 1)
	if r.Err() == nil && (n == 0 || n > MaxParties) {
		r.Fail(fmt.Errorf("%d sub-shares", n))
	}
	if r.Err() == nil {
		d.Subshares = make([]EncryptedSubshare, n)
		for k := range d.Subshares {
			d.Subshares[k].Receiver = r.Uint32()
			d.Subshares[k].Ciphertext = append([]byte(nil), r.VarBytes()...)
		}
	}
	if err := r.Finish(); err != nil {
		return nil, fmt.Errorf("%w: dealing: %v", ErrMalformed, err)
	}
	if err := d.checkShape(); err != nil {
		return nil, err
	}
	return d, nil
}

// Hash returns Expand(TagMessage, 32, MarshalBinary()), or zero for a
// dealing that cannot be encoded (no valid dealing hashes to zero).
func (d *Dealing) Hash() [32]byte { return hashEncoding(d.MarshalBinary()) }

// ComplaintReason says why a receiver complains. It is informative only:
// nobody but the receiver can check it, and the verdict does not depend on
// it.
type ComplaintReason uint8

// Complaint reasons.
const (
	// ComplaintUndecryptable: the ciphertext did not decrypt to a scalar.
	ComplaintUndecryptable ComplaintReason = iota + 1
	// ComplaintMismatch: a_i(j)·G ≠ Σ_k j^k·A_ik.
	ComplaintMismatch
)

// String returns the reason's name.
func (r ComplaintReason) String() string {
	switch r {
	case ComplaintUndecryptable:
		return "undecryptable"
	case ComplaintMismatch:
		return "mismatch"
	default:
		return fmt.Sprintf("ComplaintReason(%d)", uint8(r))
	}
}

// Complaint is receiver Sender's accusation that dealer Dealer's sub-share
// for it is invalid.
//
// Encoding: 0x02 ‖ ceremony id ‖ uint64 epoch ‖ uint32 complainer ‖
// uint32 dealer ‖ uint8 reason.
type Complaint struct {
	Header
	Dealer uint32
	Reason ComplaintReason
}

// MarshalBinary returns the canonical encoding; an error wrapping
// ErrMalformed if the reason is unknown.
func (c *Complaint) MarshalBinary() ([]byte, error) {
	if c == nil {
		return nil, fmt.Errorf("%w: nil complaint", ErrMalformed)
	}
	if c.Reason != ComplaintUndecryptable && c.Reason != ComplaintMismatch {
		return nil, fmt.Errorf("%w: complaint reason %d", ErrMalformed, c.Reason)
	}
	var w wire.Writer
	c.Header.write(&w, typeComplaint)
	w.Uint32(c.Dealer)
	w.Uint8(uint8(c.Reason))
	return w.Bytes(), nil
}

// UnmarshalComplaint decodes a complaint strictly. Errors wrap ErrMalformed.
func UnmarshalComplaint(b []byte) (*Complaint, error) {
	r := wire.NewReader(b)
	c := &Complaint{Header: readHeader(r, typeComplaint)}
	c.Dealer = r.Uint32()
	c.Reason = ComplaintReason(r.Uint8())
	if err := r.Finish(); err != nil {
		return nil, fmt.Errorf("%w: complaint: %v", ErrMalformed, err)
	}
	if c.Reason != ComplaintUndecryptable && c.Reason != ComplaintMismatch {
		return nil, fmt.Errorf("%w: complaint reason %d", ErrMalformed, c.Reason)
	}
	return c, nil
}

// Hash returns Expand(TagMessage, 32, MarshalBinary()), or zero for a
// complaint that cannot be encoded.
func (c *Complaint) Hash() [32]byte { return hashEncoding(c.MarshalBinary()) }

// RevealedSubshare is a sub-share a_i(Receiver) published in clear.
type RevealedSubshare struct {
	Receiver uint32
	Value    group.Scalar
}

// Justification is dealer Sender's answer to complaints: the sub-share of
// every complaining receiver, in clear, by increasing receiver index.
//
// Encoding: 0x03 ‖ ceremony id ‖ uint64 epoch ‖ uint32 dealer ‖ uint32 n ‖
// (uint32 j ‖ a_i(j))*, n ≥ 1, j strictly increasing.
type Justification struct {
	Header
	Revealed []RevealedSubshare
}

func (j *Justification) checkShape() error {
	if j == nil {
		return fmt.Errorf("%w: nil justification", ErrMalformed)
	}
	if len(j.Revealed) == 0 || len(j.Revealed) > MaxParties {
		return fmt.Errorf("%w: %d revealed sub-shares", ErrMalformed, len(j.Revealed))
	}
	for k, s := range j.Revealed {
		if s.Receiver == 0 || (k > 0 && j.Revealed[k-1].Receiver >= s.Receiver) {
			return fmt.Errorf("%w: revealed receivers must be non-zero and strictly increasing", ErrMalformed)
		}
	}
	return nil
}

// MarshalBinary returns the canonical encoding; an error wrapping
// ErrMalformed for a justification UnmarshalJustification would not accept.
func (j *Justification) MarshalBinary() ([]byte, error) {
	if err := j.checkShape(); err != nil {
		return nil, err
	}
	var w wire.Writer
	j.Header.write(&w, typeJustification)
	w.Uint32(uint32(len(j.Revealed)))
	for k := range j.Revealed {
		w.Uint32(j.Revealed[k].Receiver)
		w.Scalar(&j.Revealed[k].Value)
	}
	return w.Bytes(), nil
}

// UnmarshalJustification decodes a justification strictly. Errors wrap
// ErrMalformed.
func UnmarshalJustification(b []byte) (*Justification, error) {
	r := wire.NewReader(b)
	j := &Justification{Header: readHeader(r, typeJustification)}
	n := r.Count(4 + group.ScalarSize)
	if r.Err() == nil && (n == 0 || n > MaxParties) {
		r.Fail(fmt.Errorf("%d revealed sub-shares", n))
	}
	if r.Err() == nil {
		j.Revealed = make([]RevealedSubshare, n)
		for k := range j.Revealed {
			j.Revealed[k].Receiver = r.Uint32()
			j.Revealed[k].Value.Set(r.Scalar())
		}
	}
	if err := r.Finish(); err != nil {
		return nil, fmt.Errorf("%w: justification: %v", ErrMalformed, err)
	}
	if err := j.checkShape(); err != nil {
		return nil, err
	}
	return j, nil
}

// Hash returns Expand(TagMessage, 32, MarshalBinary()), or zero for a
// justification that cannot be encoded.
func (j *Justification) Hash() [32]byte { return hashEncoding(j.MarshalBinary()) }
