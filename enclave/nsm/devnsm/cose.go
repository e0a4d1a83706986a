package devnsm

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/sha512"
	"encoding/asn1"
	"encoding/binary"
	"fmt"
	"math/big"
	"sort"
)

// Payload is the content of an attestation document. Encode writes it the
// way the NSM does: a definite-length CBOR map with the fields in the AWS
// order, PCRs by ascending index, absent optional fields as null.
//
// It is exported so that tests can build documents the NSM would never
// produce (wrong digest, P-521 leaf, …); NSM.Attest fills it correctly.
type Payload struct {
	ModuleID string
	// Digest is written as given; empty means "SHA384".
	Digest string
	// Timestamp is in milliseconds since the Unix epoch.
	Timestamp   uint64
	PCRs        map[int][]byte
	Certificate []byte
	CABundle    [][]byte
	PublicKey   []byte
	UserData    []byte
	Nonce       []byte
}

// Encode returns the CBOR encoding of the payload.
func (p *Payload) Encode() []byte {
	var w cborWriter
	digest := p.Digest
	if digest == "" {
		digest = "SHA384"
	}
	w.head(majorMap, 9)
	w.text("module_id")
	w.text(p.ModuleID)
	w.text("digest")
	w.text(digest)
	w.text("timestamp")
	w.head(majorUint, p.Timestamp)
	w.text("pcrs")
	idx := make([]int, 0, len(p.PCRs))
	for i := range p.PCRs {
		idx = append(idx, i)
	}
	sort.Ints(idx)
	w.head(majorMap, uint64(len(idx)))
	for _, i := range idx {
		w.head(majorUint, uint64(i))
		w.bytes(p.PCRs[i])
	}
	w.text("certificate")
	w.bytes(p.Certificate)
	w.text("cabundle")
	w.head(majorArray, uint64(len(p.CABundle)))
	for _, c := range p.CABundle {
		w.bytes(c)
	}
	w.text("public_key")
	w.bytesOrNull(p.PublicKey)
	w.text("user_data")
	w.bytesOrNull(p.UserData)
	w.text("nonce")
	w.bytesOrNull(p.Nonce)
	return w.b
}

// protectedES384 is the COSE protected header {1: -35} (alg: ES384).
var protectedES384 = []byte{0xa1, 0x01, 0x38, 0x22}

// SignCOSE1 wraps payload in an untagged COSE_Sign1 with the protected
// header {1: -35} (ES384) and an empty unprotected header, signed by key
// over the COSE Sig_structure with SHA-384. The signature is r ‖ s, each
// the size of the key's field (48 bytes for P-384, as AWS uses; other
// curves only serve tests of rejection). Signing is deterministic
// (RFC 6979), so equal inputs give equal documents.
func SignCOSE1(payload []byte, key *ecdsa.PrivateKey) ([]byte, error) {
	// Sig_structure = ["Signature1", protected, external_aad: h'', payload]
	var sig cborWriter
	sig.head(majorArray, 4)
	sig.text("Signature1")
	sig.bytes(protectedES384)
	sig.bytes(nil)
	sig.bytes(payload)
	digest := sha512.Sum384(sig.b)
	der, err := key.Sign(nil, digest[:], crypto.SHA384)
	if err != nil {
		return nil, fmt.Errorf("devnsm: sign: %w", err)
	}
	raw, err := rawSignature(der, (key.Curve.Params().BitSize+7)/8)
	if err != nil {
		return nil, err
	}
	var doc cborWriter
	doc.head(majorArray, 4)
	doc.bytes(protectedES384)
	doc.head(majorMap, 0)
	doc.bytes(payload)
	doc.bytes(raw)
	return doc.b, nil
}

// rawSignature converts an ASN.1 ECDSA signature to r ‖ s with each
// integer left-padded to size bytes.
func rawSignature(der []byte, size int) ([]byte, error) {
	var sig struct{ R, S *big.Int }
	rest, err := asn1.Unmarshal(der, &sig)
	if err != nil || len(rest) != 0 || sig.R.Sign() <= 0 || sig.S.Sign() <= 0 ||
		len(sig.R.Bytes()) > size || len(sig.S.Bytes()) > size {
		return nil, fmt.Errorf("devnsm: malformed ECDSA signature")
	}
	out := make([]byte, 2*size)
	sig.R.FillBytes(out[:size])
	sig.S.FillBytes(out[size:])
	return out, nil
}

const (
	majorUint  = 0
	majorBytes = 2
	majorText  = 3
	majorArray = 4
	majorMap   = 5
)

// cborWriter writes definite-length CBOR with shortest-form heads.
type cborWriter struct{ b []byte }

func (w *cborWriter) head(major byte, n uint64) {
	m := major << 5
	switch {
	case n < 24:
		w.b = append(w.b, m|byte(n))
	case n <= 0xff:
		w.b = append(w.b, m|24, byte(n))
	case n <= 0xffff:
		w.b = binary.BigEndian.AppendUint16(append(w.b, m|25), uint16(n))
	case n <= 0xffffffff:
		w.b = binary.BigEndian.AppendUint32(append(w.b, m|26), uint32(n))
	default:
		w.b = binary.BigEndian.AppendUint64(append(w.b, m|27), n)
	}
}

func (w *cborWriter) bytes(b []byte) {
	w.head(majorBytes, uint64(len(b)))
	w.b = append(w.b, b...)
}

func (w *cborWriter) text(s string) {
	w.head(majorText, uint64(len(s)))
	w.b = append(w.b, s...)
}

// bytesOrNull writes null for a nil slice and a byte string otherwise, as
// the NSM does for its optional fields.
func (w *cborWriter) bytesOrNull(b []byte) {
	if b == nil {
		w.b = append(w.b, 0xf6)
		return
	}
	w.bytes(b)
}
