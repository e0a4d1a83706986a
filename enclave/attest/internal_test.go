package attest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/tkms/tkms/enclave/nsm/devnsm"
)

// TestNitritePanicBecomesErrInternal feeds nitrite a document with a P-521
// leaf directly (parse would refuse it first): nitrite panics on the curve,
// and runNitrite must turn that into ErrInternal.
func TestNitritePanicBecomesErrInternal(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P521(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	der, err := x509.CreateCertificate(rand.Reader, &x509.Certificate{
		SerialNumber:       big.NewInt(1),
		Subject:            pkix.Name{CommonName: "p521"},
		NotBefore:          now.Add(-time.Hour),
		NotAfter:           now.Add(time.Hour),
		SignatureAlgorithm: x509.ECDSAWithSHA384,
	}, &x509.Certificate{Subject: pkix.Name{CommonName: "p521"}}, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	payload := (&devnsm.Payload{
		ModuleID:    "m",
		Timestamp:   uint64(now.UnixMilli()),
		PCRs:        map[int][]byte{0: make([]byte, 48)},
		Certificate: der,
		CABundle:    [][]byte{der},
	}).Encode()
	doc, err := devnsm.SignCOSE1(payload, key)
	if err != nil {
		t.Fatal(err)
	}
	res, err := runNitrite(doc, x509.NewCertPool(), now)
	if res != nil || !errors.Is(err, ErrInternal) || !strings.Contains(err.Error(), "panicked") {
		t.Fatalf("runNitrite = %v, %v; want a recovered panic as ErrInternal", res, err)
	}
	if _, err := parse(doc); !errors.Is(err, ErrUnsupportedAlgorithm) {
		t.Fatalf("parse error = %v, want ErrUnsupportedAlgorithm", err)
	}
}

func TestCBORReaderRejectsMalformedHeads(t *testing.T) {
	tests := []struct {
		name   string
		in     []byte
		strict bool
		read   func(*cborReader) error
	}{
		{"a reserved additional information value is rejected", []byte{0x1c}, false, func(r *cborReader) error { _, err := r.uint(); return err }},
		{"a truncated 8-byte head is rejected", []byte{0x1b, 1, 2, 3}, false, func(r *cborReader) error { _, err := r.uint(); return err }},
		{"a non-minimal head is rejected in strict mode", []byte{0x18, 0x05}, true, func(r *cborReader) error { _, err := r.uint(); return err }},
		{"an indefinite array is rejected in strict mode", []byte{0x9f, 0xff}, true, func(r *cborReader) error { _, err := r.container(majorArray, 4); return err }},
		{"a byte string longer than the input is rejected", []byte{0x5b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, false, func(r *cborReader) error { _, err := r.bytes(); return err }},
		{"a huge definite map count is rejected", []byte{0xbb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, false, func(r *cborReader) error { _, err := r.container(majorMap, 9); return err }},
		{"invalid UTF-8 text is rejected", []byte{0x62, 0xff, 0xfe}, false, func(r *cborReader) error { _, err := r.text(); return err }},
		{"a negative integer is not an unsigned one", []byte{0x20}, false, func(r *cborReader) error { _, err := r.uint(); return err }},
		{"a float is not null or bytes", []byte{0xf9, 0, 0}, false, func(r *cborReader) error { _, err := r.nullOrBytes(); return err }},
		{"an indefinite integer is rejected", []byte{0x1f}, false, func(r *cborReader) error { _, err := r.uint(); return err }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.read(&cborReader{b: tt.in, strict: tt.strict}); !errors.Is(err, errCBOR) {
				t.Fatalf("error = %v, want a CBOR error", err)
			}
		})
	}
}

func TestCBORReaderAcceptsLongHeadsInSignedMode(t *testing.T) {
	r := &cborReader{b: []byte{0x19, 0x00, 0x05}}
	if v, err := r.uint(); err != nil || v != 5 || !r.done() {
		t.Fatalf("uint = %d, %v", v, err)
	}
}
