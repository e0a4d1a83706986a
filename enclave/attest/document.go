package attest

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha256"
	"crypto/x509"
	"errors"
	"fmt"
	"math"
	"time"
)

// Limits of the AWS Nitro attestation document specification (the CDDL in
// aws-nitro-enclaves-nsm-api), enforced before any cryptography runs.
const (
	// MaxDocumentSize bounds the whole COSE_Sign1 document. The NSM returns
	// at most 12 KiB; real documents are about 5 KiB.
	MaxDocumentSize = 16 << 10
	// MaxFieldSize bounds public_key, user_data, nonce, the certificate and
	// each cabundle entry.
	MaxFieldSize = 1024
	// MaxPCRs is the number of PCR slots (indices 0 to 31).
	MaxPCRs = 32
	// PCRSize is the size of a SHA-384 PCR value, the only digest in use.
	PCRSize = 48
	// MaxCABundle bounds the number of certificates in cabundle (AWS sends
	// four: root, regional, zonal, instance).
	MaxCABundle = 8
	// maxModuleID bounds module_id, which the specification sizes 1..255.
	maxModuleID = 255
)

// protectedES384 is the only accepted COSE protected header: the CBOR map
// {1: -35}, "alg: ES384". AWS documents carry exactly these bytes.
var protectedES384 = []byte{0xa1, 0x01, 0x38, 0x22}

// signatureSize is the size of a raw ES384 signature, r ‖ s.
const signatureSize = 96

// Document is the content of an AWS Nitro attestation document.
//
// Byte slices never alias the input given to Verify or ParseUnverified. The
// document's own bytes are malleable (anyone can re-sign an ECDSA signature
// as (r, n−s), which still verifies), so identify a document by PayloadHash,
// never by a hash of the whole input.
type Document struct {
	// ModuleID identifies the enclave (e.g. "i-0761…-enc019c…").
	ModuleID string
	// Timestamp is when the NSM produced the document (UTC, millisecond
	// precision).
	Timestamp time.Time
	// PCRs maps each reported PCR index (0–31) to its 48-byte SHA-384 value.
	// Go randomizes map iteration: walk it in index order wherever the
	// order can reach consensus state.
	PCRs map[int][]byte
	// Certificate is the DER leaf certificate whose key signed the document.
	Certificate []byte
	// CABundle holds DER certificates from the root (first, as AWS sends
	// it) down to the issuer of Certificate.
	CABundle [][]byte
	// PublicKey, UserData and Nonce are the optional fields requested by the
	// enclave; nil when the document carries null or omits them.
	PublicKey []byte
	UserData  []byte
	Nonce     []byte
	// PayloadHash is SHA-256 of the signed COSE payload: a stable,
	// non-malleable identifier of the document (for replay tracking).
	PayloadHash [32]byte
}

// PCR returns the value of PCR index i, or nil if the document does not
// report it.
func (d *Document) PCR(i int) []byte { return d.PCRs[i] }

// parsed is a decoded document before any verification.
type parsed struct {
	doc       Document
	payload   []byte // the signed payload (aliases the input)
	signature []byte // r ‖ s (aliases the input)
}

// ParseUnverified decodes an attestation document and checks its shape, but
// verifies nothing: not the signature, not the certificate chain, not the
// time. It is for tooling (printing the PCRs of a freshly built image to put
// them in an allowlist); never base a trust decision on its result — use
// Verify.
//
// It returns an error wrapping ErrMalformed, ErrUnsupportedAlgorithm or (for
// a signature that is not 96 bytes) ErrSignature on input that Verify would
// reject for its shape, and never panics.
func ParseUnverified(doc []byte) (*Document, error) {
	p, err := parse(doc)
	if err != nil {
		return nil, err
	}
	return &p.doc, nil
}

// parse decodes and shape-checks a document. It rejects, before any
// signature work, every key type and algorithm other than ECDSA P-384 with
// SHA-384 in the leaf and the bundle (the underlying verifier panics on
// P-521 keys and would hash with the wrong function for P-256).
func parse(doc []byte) (*parsed, error) {
	switch {
	case len(doc) == 0:
		return nil, fmt.Errorf("%w: empty input", ErrMalformed)
	case len(doc) > MaxDocumentSize:
		return nil, fmt.Errorf("%w: %d bytes exceeds the %d-byte limit", ErrMalformed, len(doc), MaxDocumentSize)
	}
	p := new(parsed)
	protected, err := p.parseEnvelope(doc)
	if err != nil {
		return nil, fmt.Errorf("%w: COSE_Sign1: %w", ErrMalformed, err)
	}
	if !bytes.Equal(protected, protectedES384) {
		return nil, fmt.Errorf("%w: COSE protected header %x is not {1: -35} (ES384)", ErrUnsupportedAlgorithm, protected)
	}
	if err := p.parsePayload(); err != nil {
		return nil, err
	}
	if err := p.checkCertificates(); err != nil {
		return nil, err
	}
	if len(p.signature) != signatureSize {
		return nil, fmt.Errorf("%w: ES384 signature of %d bytes, want %d", ErrSignature, len(p.signature), signatureSize)
	}
	p.doc.PayloadHash = sha256.Sum256(p.payload)
	return p, nil
}

// parseEnvelope decodes the untagged COSE_Sign1 array
// [protected: bstr, unprotected: {}, payload: bstr, signature: bstr]
// in strict mode: the envelope is not signed, so it is held to one encoding
// and the unprotected header must be the empty map.
func (p *parsed) parseEnvelope(doc []byte) (protected []byte, err error) {
	r := &cborReader{b: doc, strict: true}
	n, err := r.container(majorArray, 4)
	if err != nil {
		return nil, err
	}
	if n != 4 {
		return nil, r.fail("array of %d elements, want 4", n)
	}
	if protected, err = r.bytes(); err != nil {
		return nil, err
	}
	if n, err = r.container(majorMap, 0); err != nil {
		return nil, fmt.Errorf("unprotected header must be the empty map: %w", err)
	}
	if p.payload, err = r.bytes(); err != nil {
		return nil, err
	}
	if len(p.payload) == 0 {
		return nil, r.fail("empty payload")
	}
	if p.signature, err = r.bytes(); err != nil {
		return nil, err
	}
	if !r.done() {
		return nil, r.fail("%d trailing bytes", r.remaining())
	}
	return protected, nil
}

// Payload field keys, each with a bit in the seen mask.
var payloadKeys = map[string]uint{
	"module_id":   1 << 0,
	"digest":      1 << 1,
	"timestamp":   1 << 2,
	"pcrs":        1 << 3,
	"certificate": 1 << 4,
	"cabundle":    1 << 5,
	"public_key":  1 << 6,
	"user_data":   1 << 7,
	"nonce":       1 << 8,
}

// requiredKeys are the fields the specification makes mandatory.
const requiredKeys = 1<<6 - 1

// parsePayload decodes the signed payload map. Keys may come in any order
// and the map may be indefinite-length, but every key must be known and
// appear at most once, and every value must have its specified type and
// size.
func (p *parsed) parsePayload() error {
	r := &cborReader{b: p.payload}
	n, err := r.container(majorMap, len(payloadKeys))
	if err != nil {
		return fmt.Errorf("%w: payload: %w", ErrMalformed, err)
	}
	var seen uint
	for i := 0; ; i++ {
		ok, err := r.more(i, n, len(payloadKeys))
		if err != nil {
			return fmt.Errorf("%w: payload: %w", ErrMalformed, err)
		}
		if !ok {
			break
		}
		key, err := r.text()
		if err != nil {
			return fmt.Errorf("%w: payload key: %w", ErrMalformed, err)
		}
		bit, known := payloadKeys[key]
		if !known {
			return fmt.Errorf("%w: payload has unknown field %q", ErrMalformed, key)
		}
		if seen&bit != 0 {
			return fmt.Errorf("%w: payload has field %q twice", ErrMalformed, key)
		}
		seen |= bit
		if err := p.parseField(r, key); err != nil {
			sentinel := ErrMalformed
			if errors.Is(err, errDigest) {
				sentinel = ErrUnsupportedAlgorithm
			}
			return fmt.Errorf("%w: payload field %q: %w", sentinel, key, err)
		}
	}
	if !r.done() {
		return fmt.Errorf("%w: payload: %d trailing bytes", ErrMalformed, r.remaining())
	}
	if seen&requiredKeys != requiredKeys {
		for _, k := range []string{"module_id", "digest", "timestamp", "pcrs", "certificate", "cabundle"} {
			if seen&payloadKeys[k] == 0 {
				return fmt.Errorf("%w: payload lacks field %q", ErrMalformed, k)
			}
		}
	}
	return nil
}

// errDigest marks a digest other than SHA384 so that it maps to
// ErrUnsupportedAlgorithm rather than ErrMalformed.
var errDigest = errors.New("digest is not SHA384")

func (p *parsed) parseField(r *cborReader, key string) error {
	d := &p.doc
	var err error
	switch key {
	case "module_id":
		if d.ModuleID, err = r.text(); err == nil && (len(d.ModuleID) == 0 || len(d.ModuleID) > maxModuleID) {
			err = fmt.Errorf("length %d not in [1, %d]", len(d.ModuleID), maxModuleID)
		}
	case "digest":
		var s string
		if s, err = r.text(); err == nil && s != "SHA384" {
			err = errDigest
		}
	case "timestamp":
		var ms uint64
		if ms, err = r.uint(); err == nil {
			if ms == 0 || ms > math.MaxInt64 {
				err = fmt.Errorf("%d milliseconds is out of range", ms)
			} else {
				d.Timestamp = time.UnixMilli(int64(ms)).UTC()
			}
		}
	case "pcrs":
		err = p.parsePCRs(r)
	case "certificate":
		d.Certificate, err = boundedBytes(r, 1)
	case "cabundle":
		err = p.parseCABundle(r)
	case "public_key":
		// The specification sizes public_key 1..1024 when present.
		if d.PublicKey, err = r.nullOrBytes(); err == nil && d.PublicKey != nil {
			d.PublicKey, err = clone(d.PublicKey, 1)
		}
	case "user_data":
		if d.UserData, err = r.nullOrBytes(); err == nil && d.UserData != nil {
			d.UserData, err = clone(d.UserData, 0)
		}
	case "nonce":
		if d.Nonce, err = r.nullOrBytes(); err == nil && d.Nonce != nil {
			d.Nonce, err = clone(d.Nonce, 0)
		}
	}
	return err
}

func (p *parsed) parsePCRs(r *cborReader) error {
	n, err := r.container(majorMap, MaxPCRs)
	if err != nil {
		return err
	}
	p.doc.PCRs = make(map[int][]byte)
	for i := 0; ; i++ {
		ok, err := r.more(i, n, MaxPCRs)
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		idx, err := r.uint()
		if err != nil {
			return err
		}
		if idx >= MaxPCRs {
			return fmt.Errorf("PCR index %d not in [0, %d)", idx, MaxPCRs)
		}
		if _, dup := p.doc.PCRs[int(idx)]; dup {
			return fmt.Errorf("PCR %d appears twice", idx)
		}
		v, err := r.bytes()
		if err != nil {
			return err
		}
		if len(v) != PCRSize {
			return fmt.Errorf("PCR %d has %d bytes, want %d", idx, len(v), PCRSize)
		}
		p.doc.PCRs[int(idx)] = bytes.Clone(v)
	}
	if len(p.doc.PCRs) == 0 {
		return errors.New("no PCRs")
	}
	return nil
}

func (p *parsed) parseCABundle(r *cborReader) error {
	n, err := r.container(majorArray, MaxCABundle)
	if err != nil {
		return err
	}
	p.doc.CABundle = nil
	for i := 0; ; i++ {
		ok, err := r.more(i, n, MaxCABundle)
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		c, err := boundedBytes(r, 1)
		if err != nil {
			return fmt.Errorf("entry %d: %w", i, err)
		}
		p.doc.CABundle = append(p.doc.CABundle, c)
	}
	if len(p.doc.CABundle) == 0 {
		return errors.New("empty cabundle")
	}
	return nil
}

// boundedBytes reads a byte string of min..MaxFieldSize bytes and copies it.
func boundedBytes(r *cborReader, min int) ([]byte, error) {
	b, err := r.bytes()
	if err != nil {
		return nil, err
	}
	return clone(b, min)
}

func clone(b []byte, min int) ([]byte, error) {
	if len(b) < min || len(b) > MaxFieldSize {
		return nil, fmt.Errorf("length %d not in [%d, %d]", len(b), min, MaxFieldSize)
	}
	return bytes.Clone(b), nil
}

// checkCertificates parses the leaf and every bundle certificate and insists
// on ECDSA P-384 keys and ECDSA-with-SHA384 signatures throughout, as AWS
// issues them. This runs before any signature check.
func (p *parsed) checkCertificates() error {
	leaf, err := x509.ParseCertificate(p.doc.Certificate)
	if err != nil {
		return fmt.Errorf("%w: certificate: %w", ErrMalformed, err)
	}
	if err := checkP384(leaf); err != nil {
		return fmt.Errorf("%w: certificate: %w", ErrUnsupportedAlgorithm, err)
	}
	for i, der := range p.doc.CABundle {
		c, err := x509.ParseCertificate(der)
		if err != nil {
			return fmt.Errorf("%w: cabundle[%d]: %w", ErrMalformed, i, err)
		}
		if err := checkP384(c); err != nil {
			return fmt.Errorf("%w: cabundle[%d]: %w", ErrUnsupportedAlgorithm, i, err)
		}
	}
	return nil
}

func checkP384(c *x509.Certificate) error {
	if c.SignatureAlgorithm != x509.ECDSAWithSHA384 {
		return fmt.Errorf("signature algorithm %v, want ECDSA-SHA384", c.SignatureAlgorithm)
	}
	pub, ok := c.PublicKey.(*ecdsa.PublicKey)
	if !ok {
		return fmt.Errorf("public key algorithm %v, want ECDSA", c.PublicKeyAlgorithm)
	}
	if pub.Curve != elliptic.P384() {
		return fmt.Errorf("curve %s, want P-384", pub.Curve.Params().Name)
	}
	return nil
}
