package attest_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hf/nitrite"

	"github.com/tkms/tkms/enclave/attest"
	"github.com/tkms/tkms/enclave/attest/attesttest"
)

// awsVector is a real document from an AWS Nitro Enclave with what public
// sources state about it.
type awsVector struct {
	file      string
	moduleID  string
	timestamp int64 // ms
	pcr0      string
	numPCRs   int
	nonce     string // hex; "" for null
}

var awsVectors = []awsVector{
	{
		file:      "aws-2024-12-20.b64",
		moduleID:  "i-0fe9a96ed626c76df-enc0193e15ad6e67841",
		timestamp: 1734665111010,
		pcr0:      "a6a74c6bb1e7e5100eb81d847dab4cd04c4dc685afb40366a0592d3c0d885076a608e8020893600333c7f49bee657da2",
		numPCRs:   19,
	},
	{
		file:      "aws-2026-02-06.b64",
		moduleID:  "i-0761a4cbcc7632aef-enc019c320cb32f6b7a",
		timestamp: 1770366258452,
		pcr0:      "6165855369654a587bdad59fa532f430d7defa38ecf57eeac6d29c7e87a32b621891862d04fb64423f6bb1e1626fc026",
		numPCRs:   16,
		nonce:     "800863bf597055e1ab86eadef54fa5c9a906adefb68782db8e4fead2bed9a8df",
	},
}

func readAWSVector(t testing.TB, v awsVector) []byte {
	t.Helper()
	b64, err := os.ReadFile(filepath.Join("testdata", v.file))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(b64)))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func hexBytes(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// awsOptions accepts v at one minute after its timestamp, pinning its PCR0.
func awsOptions(t testing.TB, v awsVector) attest.Options {
	return attest.Options{
		Roots:        attest.AWSRoots(),
		Now:          time.UnixMilli(v.timestamp).Add(time.Minute),
		MaxAge:       5 * time.Minute,
		PCRAllowlist: []attest.Measurement{{0: hexBytes(t, v.pcr0)}},
	}
}

func TestVerifyAcceptsRealAWSDocumentsUnderTheAWSRoot(t *testing.T) {
	for _, v := range awsVectors {
		t.Run(v.file, func(t *testing.T) {
			d, err := attest.Verify(readAWSVector(t, v), awsOptions(t, v))
			if err != nil {
				t.Fatalf("Verify: %v", err)
			}
			if d.ModuleID != v.moduleID || d.Timestamp.UnixMilli() != v.timestamp || len(d.PCRs) != v.numPCRs {
				t.Errorf("got module %q, time %d, %d PCRs", d.ModuleID, d.Timestamp.UnixMilli(), len(d.PCRs))
			}
			if hex.EncodeToString(d.Nonce) != v.nonce {
				t.Errorf("nonce = %x, want %s", d.Nonce, v.nonce)
			}
		})
	}
}

func TestVerifyRejectsRealAWSDocumentsWhenTheyShould(t *testing.T) {
	for _, v := range awsVectors {
		doc := readAWSVector(t, v)
		tests := []struct {
			name string
			doc  []byte
			opts func(*attest.Options)
			want error
		}{
			{"under a dev root it is untrusted", doc, func(o *attest.Options) { o.Roots = attesttest.CA(t, 0).Roots() }, attest.ErrUntrustedRoot},
			{"a day later its leaf certificate has expired", doc, func(o *attest.Options) {
				o.Now = o.Now.Add(24 * time.Hour)
				o.MaxAge = 48 * time.Hour
			}, attest.ErrCertificateValidity},
			{"an hour later it is stale", doc, func(o *attest.Options) { o.Now = o.Now.Add(time.Hour) }, attest.ErrStale},
			{"with a flipped signature byte it fails", flip(doc, len(doc)-10), nil, attest.ErrSignature},
			{"with another image's PCR0 it is not allowed", doc, func(o *attest.Options) {
				o.PCRAllowlist = []attest.Measurement{attesttest.Measurement()}
			}, attest.ErrPCRNotAllowed},
		}
		for _, tt := range tests {
			t.Run(v.file+"/"+tt.name, func(t *testing.T) {
				opts := awsOptions(t, v)
				if tt.opts != nil {
					tt.opts(&opts)
				}
				if _, err := attest.Verify(tt.doc, opts); !errors.Is(err, tt.want) {
					t.Fatalf("Verify error = %v, want %v", err, tt.want)
				}
			})
		}
	}
}

func TestAWSRootIsTheG1Root(t *testing.T) {
	block, rest := pem.Decode(attest.AWSRootPEM())
	if block == nil || len(bytes.TrimSpace(rest)) != 0 {
		t.Fatalf("AWSRootPEM is not a single PEM block")
	}
	if got := sha256.Sum256(block.Bytes); hex.EncodeToString(got[:]) != attest.AWSRootFingerprint {
		t.Errorf("AWS root fingerprint = %x, want %s", got, attest.AWSRootFingerprint)
	}
	// Two other sources of the same certificate: the copy shipped with
	// nitrite, and the first cabundle entry of every real document.
	nb, _ := pem.Decode([]byte(nitrite.DefaultCARoots))
	if nb == nil || !bytes.Equal(nb.Bytes, block.Bytes) {
		t.Errorf("AWS root differs from nitrite.DefaultCARoots")
	}
	for _, v := range awsVectors {
		d, err := attest.ParseUnverified(readAWSVector(t, v))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(d.CABundle[0], block.Bytes) {
			t.Errorf("%s: cabundle[0] is not the AWS root", v.file)
		}
	}
}

func TestRootsFromPEMAcceptsOnlyP384CACertificates(t *testing.T) {
	ca := attesttest.CA(t, 0)
	two := append(ca.CertificatePEM(), attest.AWSRootPEM()...)
	keyPEM, err := ca.PrivateKeyPEM()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		pem  []byte
		ok   bool
	}{
		{"the AWS root is accepted", attest.AWSRootPEM(), true},
		{"a dev root is accepted", ca.CertificatePEM(), true},
		{"two roots with surrounding whitespace are accepted", append(append([]byte("\n"), two...), "\n\n"...), true},
		{"empty input is refused", nil, false},
		{"a private key block is refused", keyPEM, false},
		{"trailing garbage is refused", append(ca.CertificatePEM(), "garbage"...), false},
		{"a corrupted certificate is refused", bytes.Replace(ca.CertificatePEM(), []byte("MII"), []byte("MIJ"), 1), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pool, err := attest.RootsFromPEM(tt.pem)
			if tt.ok != (err == nil) || (err != nil && !errors.Is(err, attest.ErrOptions)) || (err == nil) != (pool != nil) {
				t.Fatalf("RootsFromPEM = %v, %v; want ok = %v", pool != nil, err, tt.ok)
			}
		})
	}
}

func TestParseMeasurementReadsHexAndRefusesBadValues(t *testing.T) {
	good := strings.Repeat("ab", 48)
	m, err := attest.ParseMeasurement(map[int]string{0: good, 8: strings.Repeat("01", 48)})
	if err != nil || len(m) != 2 || m[0][0] != 0xab {
		t.Fatalf("ParseMeasurement = %x, %v", m, err)
	}
	for name, in := range map[string]map[int]string{
		"an empty measurement is refused":  {},
		"bad hex is refused":               {0: strings.Repeat("zz", 48)},
		"a short value is refused":         {0: "abcd"},
		"an all-zero value is refused":     {0: strings.Repeat("00", 48)},
		"a negative index is refused":      {-1: good},
		"an index beyond 31 is refused":    {32: good},
		"one bad entry among good is seen": {0: good, 1: "00"},
	} {
		if _, err := attest.ParseMeasurement(in); !errors.Is(err, attest.ErrOptions) {
			t.Errorf("%s: error = %v, want ErrOptions", name, err)
		}
	}
}
