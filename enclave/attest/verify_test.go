package attest_test

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/tkms/tkms/enclave/attest"
	"github.com/tkms/tkms/enclave/attest/attesttest"
	"github.com/tkms/tkms/enclave/nsm/devnsm"
)

var (
	testUserData  = []byte("user data bound by the enclave")
	testNonce     = []byte("nonce-0001")
	testPublicKey = []byte("enclave public key bytes")
)

// fixture is one dev CA, its NSM, and a document produced at Epoch.
type fixture struct {
	ca  *devnsm.CA
	nsm *devnsm.NSM
	doc []byte
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	ca := attesttest.CA(t, 0)
	n, _ := attesttest.NSM(t, ca)
	return &fixture{ca: ca, nsm: n, doc: attesttest.Attest(t, n, testUserData, testNonce, testPublicKey)}
}

func (f *fixture) opts() attest.Options { return attesttest.Options(f.ca, attesttest.Epoch) }

func TestVerifyAcceptsADevDocumentAndReturnsItsContent(t *testing.T) {
	f := newFixture(t)
	d, err := attest.Verify(f.doc, f.opts())
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	pcrs := devnsm.DefaultPCRs()
	switch {
	case d.ModuleID != devnsm.DefaultModuleID:
		t.Errorf("ModuleID = %q", d.ModuleID)
	case !d.Timestamp.Equal(attesttest.Epoch):
		t.Errorf("Timestamp = %v, want %v", d.Timestamp, attesttest.Epoch)
	case !reflect.DeepEqual(d.PCRs, pcrs):
		t.Errorf("PCRs = %x, want %x", d.PCRs, pcrs)
	case !bytes.Equal(d.PCR(0), pcrs[0]):
		t.Errorf("PCR(0) = %x", d.PCR(0))
	case !bytes.Equal(d.UserData, testUserData), !bytes.Equal(d.Nonce, testNonce), !bytes.Equal(d.PublicKey, testPublicKey):
		t.Errorf("fields = %q %q %q", d.UserData, d.Nonce, d.PublicKey)
	case len(d.CABundle) != 2 || !bytes.Equal(d.CABundle[0], f.ca.Certificate().Raw):
		t.Errorf("CABundle does not start with the dev root")
	}
	leaf, err := x509.ParseCertificate(d.Certificate)
	if err != nil {
		t.Fatalf("leaf: %v", err)
	}
	if leaf.PublicKey.(*ecdsa.PublicKey).Curve != elliptic.P384() {
		t.Errorf("leaf key is not P-384")
	}
}

func TestVerifyReturnsNilFieldsForAbsentOptionalFields(t *testing.T) {
	f := newFixture(t)
	doc := attesttest.Attest(t, f.nsm, nil, nil, nil)
	d, err := attest.Verify(doc, f.opts())
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if d.UserData != nil || d.Nonce != nil || d.PublicKey != nil {
		t.Errorf("absent fields decoded as %q %q %q, want nil", d.UserData, d.Nonce, d.PublicKey)
	}
}

func TestVerifyResultDoesNotAliasTheInput(t *testing.T) {
	f := newFixture(t)
	doc := bytes.Clone(f.doc)
	d, err := attest.Verify(doc, f.opts())
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	for i := range doc {
		doc[i] = 0
	}
	if !bytes.Equal(d.UserData, testUserData) || !bytes.Equal(d.PCR(0), devnsm.DefaultPCRs()[0]) {
		t.Errorf("Document changed when the input buffer was overwritten")
	}
}

func TestPayloadHashIdentifiesTheSignedPayload(t *testing.T) {
	f := newFixture(t)
	d, err := attest.Verify(f.doc, f.opts())
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	// The payload is the third element of the COSE array; its byte-string
	// head is 0x59 + 2-byte length at offset 7 for documents of this size.
	if f.doc[7] != 0x59 {
		t.Fatalf("unexpected payload head %#x", f.doc[7])
	}
	n := int(f.doc[8])<<8 | int(f.doc[9])
	if want := sha256.Sum256(f.doc[10 : 10+n]); d.PayloadHash != want {
		t.Errorf("PayloadHash = %x, want %x", d.PayloadHash, want)
	}
	// A second signature over the same payload (a different nonce) is a
	// different payload; the same fields at another time too.
	other := attesttest.Attest(t, f.nsm, testUserData, testNonce, testPublicKey)
	d2, err := attest.Verify(other, f.opts())
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if d2.PayloadHash == d.PayloadHash {
		t.Errorf("two documents with distinct leaf certificates share a PayloadHash")
	}
}

// flip returns a copy of b with byte i inverted.
func flip(b []byte, i int) []byte {
	c := bytes.Clone(b)
	c[i] ^= 0xff
	return c
}

func TestVerifyRejectsEachKindOfBadDocument(t *testing.T) {
	f := newFixture(t)
	ts := attesttest.Epoch
	other := attesttest.CA(t, 1)
	otherNSM, _ := attesttest.NSM(t, other)
	otherDoc := attesttest.Attest(t, otherNSM, testUserData, testNonce, testPublicKey)
	wrongSigner, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name string
		doc  []byte
		opts func(*attest.Options)
		want error
	}{
		{"a document under another dev root is rejected", otherDoc, nil, attest.ErrUntrustedRoot},
		{"a dev document is rejected under the AWS root", f.doc, func(o *attest.Options) { o.Roots = attest.AWSRoots() }, attest.ErrUntrustedRoot},
		{"a leaf certificate expired at Now is rejected", f.doc, func(o *attest.Options) {
			o.Now = ts.Add(devnsm.DefaultLeafValidity + time.Second)
			o.MaxAge = 24 * time.Hour
		}, attest.ErrCertificateValidity},
		{"a leaf certificate not yet valid at Now is rejected", f.doc, func(o *attest.Options) {
			o.Now = ts.Add(-30 * time.Second)
		}, attest.ErrCertificateValidity},
		{"a document older than MaxAge is rejected", f.doc, func(o *attest.Options) {
			o.Now = ts.Add(attesttest.MaxAge + time.Millisecond)
		}, attest.ErrStale},
		{"a document from further in the future than the skew is rejected", f.doc, func(o *attest.Options) {
			o.Now = ts.Add(-attest.DefaultMaxFutureSkew - time.Millisecond)
		}, attest.ErrFromFuture},
		{"a document from the future beyond an explicit skew is rejected", f.doc, func(o *attest.Options) {
			o.Now = ts.Add(-2 * time.Second)
			o.MaxFutureSkew = time.Second
		}, attest.ErrFromFuture},
		{"PCRs matching no allowlist entry are rejected", f.doc, func(o *attest.Options) {
			m := attesttest.Measurement()
			m[0] = bytes.Repeat([]byte{7}, 48)
			o.PCRAllowlist = []attest.Measurement{m}
		}, attest.ErrPCRNotAllowed},
		{"an allowlist entry pinning a PCR the document lacks does not match", f.doc, func(o *attest.Options) {
			m := attesttest.Measurement()
			m[20] = bytes.Repeat([]byte{7}, 48)
			o.PCRAllowlist = []attest.Measurement{m}
		}, attest.ErrPCRNotAllowed},
		{"user data other than expected is rejected", f.doc, func(o *attest.Options) {
			o.ExpectedUserData = []byte("something else")
		}, attest.ErrUserDataMismatch},
		{"an empty expected user data rejects a document that has some", f.doc, func(o *attest.Options) {
			o.ExpectedUserData = []byte{}
		}, attest.ErrUserDataMismatch},
		{"a nonce other than expected is rejected", f.doc, func(o *attest.Options) {
			o.ExpectedNonce = []byte("nonce-0002")
		}, attest.ErrNonceMismatch},
		{"a flipped signature byte is rejected", flip(f.doc, len(f.doc)-1), nil, attest.ErrSignature},
		{"a flipped user data byte is caught by the signature", flipIn(t, f.doc, testUserData), nil, attest.ErrSignature},
		{"a payload signed by a key other than the certificate's is rejected", resign(t, f.doc, wrongSigner), nil, attest.ErrSignature},
		{"a signature of the wrong length is rejected", withSignature(t, f.doc, make([]byte, 95)), nil, attest.ErrSignature},
		{"empty input is rejected", []byte{}, nil, attest.ErrMalformed},
		{"nil input is rejected", nil, nil, attest.ErrMalformed},
		{"a truncated document is rejected", f.doc[:len(f.doc)-1], nil, attest.ErrMalformed},
		{"a document with a trailing byte is rejected", append(bytes.Clone(f.doc), 0), nil, attest.ErrMalformed},
		{"garbage is rejected", []byte("this is not CBOR at all, just text"), nil, attest.ErrMalformed},
		{"a document above the size limit is rejected", make([]byte, attest.MaxDocumentSize+1), nil, attest.ErrMalformed},
		{"a COSE tag 18 envelope is rejected", append([]byte{0xd2}, f.doc...), nil, attest.ErrMalformed},
		{"a non-empty unprotected header is rejected", withUnprotected(t, f.doc, []byte{0xa1, 0x04, 0x40}), nil, attest.ErrMalformed},
		{"an ES512 protected header is rejected", withProtected(t, f.doc, []byte{0xa1, 0x01, 0x38, 0x23}), nil, attest.ErrUnsupportedAlgorithm},
		{"a P-521 leaf is rejected without panicking", craft(t, f.ca, elliptic.P521(), nil), nil, attest.ErrUnsupportedAlgorithm},
		{"a P-256 leaf is rejected", craft(t, f.ca, elliptic.P256(), nil), nil, attest.ErrUnsupportedAlgorithm},
		{"a digest other than SHA384 is rejected", craft(t, f.ca, elliptic.P384(), func(p *devnsm.Payload) { p.Digest = "SHA256" }), nil, attest.ErrUnsupportedAlgorithm},
		{"a zero timestamp is rejected", craft(t, f.ca, elliptic.P384(), func(p *devnsm.Payload) { p.Timestamp = 0 }), nil, attest.ErrMalformed},
		{"a PCR of 32 bytes is rejected", craft(t, f.ca, elliptic.P384(), func(p *devnsm.Payload) { p.PCRs[3] = make([]byte, 32) }), nil, attest.ErrMalformed},
		{"a PCR index of 32 is rejected", craft(t, f.ca, elliptic.P384(), func(p *devnsm.Payload) { p.PCRs[32] = make([]byte, 48) }), nil, attest.ErrMalformed},
		{"an empty cabundle is rejected", craft(t, f.ca, elliptic.P384(), func(p *devnsm.Payload) { p.CABundle = nil }), nil, attest.ErrMalformed},
		{"an empty public key is rejected", craft(t, f.ca, elliptic.P384(), func(p *devnsm.Payload) { p.PublicKey = []byte{} }), nil, attest.ErrMalformed},
		{"user data above 1024 bytes is rejected", craft(t, f.ca, elliptic.P384(), func(p *devnsm.Payload) { p.UserData = make([]byte, 1025) }), nil, attest.ErrMalformed},
		{"an unknown payload field is rejected", rewritePayload(t, f.ca, renameKey("extra")), nil, attest.ErrMalformed},
		{"a payload lacking a required field is rejected", rewritePayload(t, f.ca, func(p []byte) []byte {
			p[0] = 0xa8 // 8 entries: drop digest
			return bytes.Replace(p, []byte("\x66digest\x66SHA384"), nil, 1)
		}), nil, attest.ErrMalformed},
		{"a repeated payload field is rejected", rewritePayload(t, f.ca, func(p []byte) []byte {
			// The nonce entry is last; make it a second user_data.
			tail := append([]byte{0x65}, "nonce"...)
			tail = append(tail, 0x41, 0x01)
			if !bytes.HasSuffix(p, tail) {
				panic("unexpected payload tail")
			}
			return append(p[:len(p)-len(tail)], append([]byte{0x69}, "user_data\xf6"...)...)
		}), nil, attest.ErrMalformed},
		{"a repeated PCR index is rejected", rewritePayload(t, f.ca, func(p []byte) []byte {
			// PCR 1's key byte becomes 0, repeating index 0.
			i := bytes.Index(p, []byte("\x01\x58\x30"))
			p[i] = 0
			return p
		}), nil, attest.ErrMalformed},
		{"a definite payload map of ten entries is rejected", rewritePayload(t, f.ca, func(p []byte) []byte {
			p[0] = 0xaa
			return append(p, 0x65, 'n', 'o', 'n', 'c', 'e', 0xf6)
		}), nil, attest.ErrMalformed},
		{"an indefinite payload map without its break is rejected", rewritePayload(t, f.ca, func(p []byte) []byte {
			p[0] = 0xbf
			return p
		}), nil, attest.ErrMalformed},
		{"a chunked byte string in the payload is rejected", rewritePayload(t, f.ca, func(p []byte) []byte {
			// module_id "crafted" (text, 7 bytes) becomes a chunked text string.
			return bytes.Replace(p, []byte("\x67crafted"), []byte("\x7f\x67crafted\xff"), 1)
		}), nil, attest.ErrMalformed},
		{"a bundle certificate that does not parse is rejected", craft(t, f.ca, elliptic.P384(), func(p *devnsm.Payload) { p.CABundle = [][]byte{{0x30, 0x00}} }), nil, attest.ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := f.opts()
			if tt.opts != nil {
				tt.opts(&opts)
			}
			d, err := attest.Verify(tt.doc, opts)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Verify error = %v, want %v", err, tt.want)
			}
			if d != nil {
				t.Errorf("Verify returned a document with an error")
			}
		})
	}
}

func TestVerifyAcceptsDocumentsAtTheEdgesOfWhatIsAllowed(t *testing.T) {
	f := newFixture(t)
	ts := attesttest.Epoch
	// A crafted document's leaf is valid from a minute before its
	// timestamp, so it can be verified at a Now before the timestamp.
	crafted := craft(t, f.ca, elliptic.P384(), nil)
	tests := []struct {
		name string
		doc  []byte
		opts func(*attest.Options)
	}{
		{"a document produced at Now is accepted", f.doc, func(o *attest.Options) {}},
		{"a document exactly MaxAge old is accepted", f.doc, func(o *attest.Options) { o.Now = ts.Add(attesttest.MaxAge) }},
		{"a crafted document without tampering is accepted", crafted, func(o *attest.Options) {}},
		{"a payload encoded as an indefinite-length map is accepted", rewritePayload(t, f.ca, indefinite()), func(o *attest.Options) {}},
		{"a document exactly the default skew in the future is accepted", crafted, func(o *attest.Options) {
			o.Now = ts.Add(-attest.DefaultMaxFutureSkew)
		}},
		{"several allowlist entries accept a document matching the last", f.doc, func(o *attest.Options) {
			bad := attest.Measurement{0: bytes.Repeat([]byte{1}, 48)}
			o.PCRAllowlist = []attest.Measurement{bad, bad, attesttest.Measurement()}
		}},
		{"an allowlist entry pinning PCR0 only is enough", f.doc, func(o *attest.Options) {
			o.PCRAllowlist = []attest.Measurement{{0: attesttest.Measurement()[0]}}
		}},
		{"the expected user data and nonce are accepted", f.doc, func(o *attest.Options) {
			o.ExpectedUserData, o.ExpectedNonce = testUserData, testNonce
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := f.opts()
			tt.opts(&opts)
			if _, err := attest.Verify(tt.doc, opts); err != nil {
				t.Fatalf("Verify: %v", err)
			}
		})
	}
}

func TestVerifyRejectsIncompleteOrUnsafeOptions(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name string
		opts func(*attest.Options)
	}{
		{"missing roots are refused", func(o *attest.Options) { o.Roots = nil }},
		{"a zero Now is refused", func(o *attest.Options) { o.Now = time.Time{} }},
		{"a zero MaxAge is refused", func(o *attest.Options) { o.MaxAge = 0 }},
		{"a negative MaxAge is refused", func(o *attest.Options) { o.MaxAge = -time.Minute }},
		{"a negative skew is refused", func(o *attest.Options) { o.MaxFutureSkew = -time.Second }},
		{"an empty allowlist is refused", func(o *attest.Options) { o.PCRAllowlist = nil }},
		{"an allowlist entry pinning nothing is refused", func(o *attest.Options) {
			o.PCRAllowlist = append(o.PCRAllowlist, attest.Measurement{})
		}},
		{"an all-zero PCR value (debug enclave) is refused", func(o *attest.Options) {
			o.PCRAllowlist = []attest.Measurement{{0: make([]byte, 48)}}
		}},
		{"a PCR value of the wrong size is refused", func(o *attest.Options) {
			o.PCRAllowlist = []attest.Measurement{{0: bytes.Repeat([]byte{1}, 32)}}
		}},
		{"a PCR index out of range is refused", func(o *attest.Options) {
			o.PCRAllowlist = []attest.Measurement{{32: bytes.Repeat([]byte{1}, 48)}}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := f.opts()
			tt.opts(&opts)
			if _, err := attest.Verify(f.doc, opts); !errors.Is(err, attest.ErrOptions) {
				t.Fatalf("Verify error = %v, want ErrOptions", err)
			}
		})
	}
}

func TestVerifyRejectsEveryTruncation(t *testing.T) {
	f := newFixture(t)
	for n := 0; n < len(f.doc); n++ {
		_, err := attest.Verify(f.doc[:n], f.opts())
		if !errors.Is(err, attest.ErrMalformed) {
			t.Fatalf("Verify(doc[:%d]) error = %v, want ErrMalformed", n, err)
		}
	}
}

func TestVerifyIsDeterministic(t *testing.T) {
	f := newFixture(t)
	inputs := [][]byte{f.doc, flip(f.doc, len(f.doc)-1), f.doc[:100], nil, craft(t, f.ca, elliptic.P521(), nil)}
	opts := []attest.Options{f.opts(), attesttest.Options(attesttest.CA(t, 1), attesttest.Epoch)}
	for i, doc := range inputs {
		for j, o := range opts {
			d1, err1 := attest.Verify(doc, o)
			d2, err2 := attest.Verify(doc, o)
			if !reflect.DeepEqual(d1, d2) || errString(err1) != errString(err2) {
				t.Errorf("input %d, options %d: results differ: (%v, %v) vs (%v, %v)", i, j, d1 != nil, err1, d2 != nil, err2)
			}
		}
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestParseUnverifiedDecodesWithoutCheckingTrust(t *testing.T) {
	f := newFixture(t)
	other := attesttest.CA(t, 1)
	n, _ := attesttest.NSM(t, other)
	doc := attesttest.Attest(t, n, testUserData, nil, nil)
	d, err := attest.ParseUnverified(doc)
	if err != nil {
		t.Fatalf("ParseUnverified: %v", err)
	}
	if !bytes.Equal(d.UserData, testUserData) {
		t.Errorf("UserData = %q", d.UserData)
	}
	if _, err := attest.ParseUnverified(f.doc[:50]); !errors.Is(err, attest.ErrMalformed) {
		t.Errorf("ParseUnverified(truncated) error = %v, want ErrMalformed", err)
	}
}

// --- document surgery -----------------------------------------------------

// envelope splits a COSE_Sign1 produced by devnsm into its four parts; it
// relies on the shortest-form heads devnsm writes.
func envelope(t testing.TB, doc []byte) (protected, unprotected, payload, sig []byte) {
	t.Helper()
	if doc[0] != 0x84 {
		t.Fatalf("not a 4-array")
	}
	off := 1
	read := func() []byte {
		h := doc[off]
		var n, hl int
		switch {
		case h&0x1f < 24:
			n, hl = int(h&0x1f), 1
		case h&0x1f == 24:
			n, hl = int(doc[off+1]), 2
		case h&0x1f == 25:
			n, hl = int(doc[off+1])<<8|int(doc[off+2]), 3
		default:
			t.Fatalf("unexpected head %#x", h)
		}
		b := doc[off+hl : off+hl+n]
		off += hl + n
		return b
	}
	protected = read()
	unprotected = doc[off : off+1] // 0xa0
	off++
	payload = read()
	sig = read()
	return
}

// assemble writes a COSE_Sign1 from raw parts (unprotected given encoded).
func assemble(protected, unprotected, payload, sig []byte) []byte {
	out := []byte{0x84}
	out = appendBstr(out, protected)
	out = append(out, unprotected...)
	out = appendBstr(out, payload)
	return appendBstr(out, sig)
}

func appendBstr(out, b []byte) []byte {
	switch n := len(b); {
	case n < 24:
		out = append(out, 0x40|byte(n))
	case n < 256:
		out = append(out, 0x58, byte(n))
	default:
		out = append(out, 0x59, byte(n>>8), byte(n))
	}
	return append(out, b...)
}

func withSignature(t testing.TB, doc, sig []byte) []byte {
	p, u, pl, _ := envelope(t, doc)
	return assemble(p, u, pl, sig)
}

func withProtected(t testing.TB, doc, protected []byte) []byte {
	_, u, pl, s := envelope(t, doc)
	return assemble(protected, u, pl, s)
}

func withUnprotected(t testing.TB, doc, unprotected []byte) []byte {
	p, _, pl, s := envelope(t, doc)
	return assemble(p, unprotected, pl, s)
}

// flipIn flips the first byte of the first occurrence of field in doc.
func flipIn(t testing.TB, doc, field []byte) []byte {
	i := bytes.Index(doc, field)
	if i < 0 {
		t.Fatalf("field not found")
	}
	return flip(doc, i)
}

// resign replaces the signature with one by key over the same payload.
func resign(t testing.TB, doc []byte, key *ecdsa.PrivateKey) []byte {
	_, _, payload, _ := envelope(t, doc)
	out, err := devnsm.SignCOSE1(payload, key)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// rootKey returns the private key of a dev CA.
func rootKey(t testing.TB, ca *devnsm.CA) *ecdsa.PrivateKey {
	t.Helper()
	pemKey, err := ca.PrivateKeyPEM()
	if err != nil {
		t.Fatal(err)
	}
	block, _ := pem.Decode(pemKey)
	k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	return k.(*ecdsa.PrivateKey)
}

// craftPayload returns a valid payload whose leaf (a key on curve, issued
// directly by ca's root) signs it, after mutate.
func craftPayload(t testing.TB, ca *devnsm.CA, curve elliptic.Curve, mutate func(*devnsm.Payload)) ([]byte, *ecdsa.PrivateKey) {
	t.Helper()
	leafKey, err := ecdsa.GenerateKey(curve, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:       big.NewInt(7),
		Subject:            pkix.Name{CommonName: "crafted leaf"},
		NotBefore:          attesttest.Epoch.Add(-time.Minute),
		NotAfter:           attesttest.Epoch.Add(time.Hour),
		KeyUsage:           x509.KeyUsageDigitalSignature,
		SignatureAlgorithm: x509.ECDSAWithSHA384,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.Certificate(), &leafKey.PublicKey, rootKey(t, ca))
	if err != nil {
		t.Fatal(err)
	}
	p := &devnsm.Payload{
		ModuleID:    "crafted",
		Timestamp:   uint64(attesttest.Epoch.UnixMilli()),
		PCRs:        devnsm.DefaultPCRs(),
		Certificate: der,
		CABundle:    [][]byte{ca.Certificate().Raw},
		PublicKey:   testPublicKey,
		UserData:    testUserData,
		Nonce:       testNonce,
	}
	if mutate != nil {
		mutate(p)
	}
	return p.Encode(), leafKey
}

// craft returns a document over craftPayload, signed by the leaf key.
func craft(t testing.TB, ca *devnsm.CA, curve elliptic.Curve, mutate func(*devnsm.Payload)) []byte {
	t.Helper()
	payload, key := craftPayload(t, ca, curve, mutate)
	doc, err := devnsm.SignCOSE1(payload, key)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// rewritePayload returns a crafted document whose encoded payload has been
// rewritten by edit, signed by the crafted leaf.
func rewritePayload(t testing.TB, ca *devnsm.CA, edit func([]byte) []byte) []byte {
	t.Helper()
	payload, leafKey := craftPayload(t, ca, elliptic.P384(), func(p *devnsm.Payload) { p.Nonce = []byte{1} })
	doc, err := devnsm.SignCOSE1(edit(bytes.Clone(payload)), leafKey)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// renameKey renames the payload key "nonce" to another 5-letter key.
func renameKey(to string) func([]byte) []byte {
	return func(p []byte) []byte {
		return bytes.Replace(p, []byte("\x65nonce"), append([]byte{0x65}, to...), 1)
	}
}

// indefinite turns the payload's 9-entry map into an indefinite-length
// map, with the encoded entries extra appended before the break.
func indefinite(extra ...byte) func([]byte) []byte {
	return func(p []byte) []byte {
		if p[0] != 0xa9 {
			panic("payload does not start with a 9-entry map")
		}
		p[0] = 0xbf
		p = append(p, extra...)
		return append(p, 0xff)
	}
}

func TestOptionErrorsNameTheSameProblemEveryTime(t *testing.T) {
	f := newFixture(t)
	opts := f.opts()
	// Several bad values in one measurement: the error must not depend on
	// map iteration order.
	opts.PCRAllowlist = []attest.Measurement{{
		0: make([]byte, 48), 1: make([]byte, 3), 2: make([]byte, 48), 5: make([]byte, 7), 9: make([]byte, 48),
	}}
	_, first := attest.Verify(f.doc, opts)
	for range 50 {
		if _, err := attest.Verify(f.doc, opts); errString(err) != errString(first) {
			t.Fatalf("error changed between calls: %v vs %v", first, err)
		}
	}
	bad := map[int]string{0: "00", 1: "zz", 2: "0102", 3: "", 4: "ab"}
	_, first = attest.ParseMeasurement(bad)
	for range 50 {
		if _, err := attest.ParseMeasurement(bad); errString(err) != errString(first) {
			t.Fatalf("ParseMeasurement error changed between calls: %v vs %v", first, err)
		}
	}
}
