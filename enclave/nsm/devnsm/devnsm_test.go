package devnsm_test

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tkms/tkms/enclave/attest"
	"github.com/tkms/tkms/enclave/attest/attesttest"
	"github.com/tkms/tkms/enclave/nsm"
	"github.com/tkms/tkms/enclave/nsm/devnsm"
)

var update = flag.Bool("update", false, "rewrite testdata/devdoc.hex")

func TestNewCAIsAFunctionOfTheSeed(t *testing.T) {
	a := attesttest.CA(t, 0)
	b := attesttest.CA(t, 0)
	c := attesttest.CA(t, 1)
	if !bytes.Equal(a.Certificate().Raw, b.Certificate().Raw) {
		t.Errorf("the same seed gave two different root certificates")
	}
	if bytes.Equal(a.Certificate().Raw, c.Certificate().Raw) {
		t.Errorf("two seeds gave the same root certificate")
	}
	cert := a.Certificate()
	pub, ok := cert.PublicKey.(*ecdsa.PublicKey)
	if !ok || pub.Curve != elliptic.P384() || !cert.IsCA || cert.SignatureAlgorithm != x509.ECDSAWithSHA384 {
		t.Errorf("root is not a P-384 CA signed with ECDSA-SHA384")
	}
	if err := cert.CheckSignatureFrom(cert); err != nil {
		t.Errorf("root is not self-signed: %v", err)
	}
	if _, err := devnsm.NewCA(make([]byte, devnsm.MinSeedSize-1)); err == nil {
		t.Errorf("NewCA accepted a short seed")
	}
}

func TestLoadCAReadsWhatTheCAWrites(t *testing.T) {
	ca := attesttest.CA(t, 0)
	keyPEM, err := ca.PrivateKeyPEM()
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := devnsm.LoadCA(ca.CertificatePEM(), keyPEM)
	if err != nil {
		t.Fatalf("LoadCA: %v", err)
	}
	if !bytes.Equal(loaded.Certificate().Raw, ca.Certificate().Raw) {
		t.Errorf("loaded certificate differs")
	}
	again, err := loaded.PrivateKeyPEM()
	if err != nil || !bytes.Equal(again, keyPEM) {
		t.Errorf("loaded key differs")
	}
	// A SEC 1 key is accepted too.
	block, _ := pem.Decode(keyPEM)
	k, _ := x509.ParsePKCS8PrivateKey(block.Bytes)
	sec1, err := x509.MarshalECPrivateKey(k.(*ecdsa.PrivateKey))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := devnsm.LoadCA(ca.CertificatePEM(), pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: sec1})); err != nil {
		t.Errorf("LoadCA(SEC 1 key): %v", err)
	}

	otherKey, _ := attesttest.CA(t, 1).PrivateKeyPEM()
	for name, in := range map[string][2][]byte{
		"a key of another CA is refused":           {ca.CertificatePEM(), otherKey},
		"a missing certificate is refused":         {nil, keyPEM},
		"a missing key is refused":                 {ca.CertificatePEM(), nil},
		"a certificate in the key slot is refused": {ca.CertificatePEM(), ca.CertificatePEM()},
	} {
		if _, err := devnsm.LoadCA(in[0], in[1]); err == nil {
			t.Errorf("%s: LoadCA succeeded", name)
		}
	}
}

func TestAttestProducesTheAWSDocumentShape(t *testing.T) {
	ca := attesttest.CA(t, 0)
	n, _ := attesttest.NSM(t, ca)
	doc := attesttest.Attest(t, n, nil, []byte("n"), nil)

	// Untagged COSE_Sign1: array(4), bstr(4) {1: -35}, {} , bstr(2-byte length) payload.
	if want := []byte{0x84, 0x44, 0xa1, 0x01, 0x38, 0x22, 0xa0, 0x59}; !bytes.HasPrefix(doc, want) {
		t.Fatalf("document starts %x, want %x", doc[:8], want)
	}
	// Signature: bstr(96) at the end.
	if doc[len(doc)-98] != 0x58 || doc[len(doc)-97] != 96 {
		t.Errorf("document does not end with a 96-byte signature")
	}
	// Payload fields in the AWS order, absent fields as null.
	payload := doc[10:]
	var last int
	for _, k := range []string{"module_id", "digest", "timestamp", "pcrs", "certificate", "cabundle", "public_key", "user_data", "nonce"} {
		i := bytes.Index(payload, append([]byte{0x60 | byte(len(k))}, k...))
		if i < last {
			t.Fatalf("field %q missing or out of order", k)
		}
		last = i
	}
	if !bytes.Contains(payload, []byte("\x66digest\x66SHA384")) || !bytes.Contains(payload, []byte("\x6apublic_key\xf6")) || !bytes.Contains(payload, []byte("\x69user_data\xf6")) {
		t.Errorf("digest or null optional fields not encoded as the NSM does")
	}

	d, err := attest.ParseUnverified(doc)
	if err != nil {
		t.Fatalf("ParseUnverified: %v", err)
	}
	if len(d.CABundle) != 2 || !bytes.Equal(d.CABundle[0], ca.Certificate().Raw) {
		t.Fatalf("cabundle is not [root, intermediate]")
	}
	inter, err := x509.ParseCertificate(d.CABundle[1])
	if err != nil {
		t.Fatal(err)
	}
	leaf, err := x509.ParseCertificate(d.Certificate)
	if err != nil {
		t.Fatal(err)
	}
	if err := inter.CheckSignatureFrom(ca.Certificate()); err != nil {
		t.Errorf("intermediate not signed by the root: %v", err)
	}
	if err := leaf.CheckSignatureFrom(inter); err != nil {
		t.Errorf("leaf not signed by the intermediate: %v", err)
	}
	for _, c := range []*x509.Certificate{inter, leaf} {
		if c.SignatureAlgorithm != x509.ECDSAWithSHA384 || c.PublicKey.(*ecdsa.PublicKey).Curve != elliptic.P384() {
			t.Errorf("%s is not P-384 / ECDSA-SHA384", c.Subject.CommonName)
		}
	}
	if !leaf.NotBefore.Equal(attesttest.Epoch) || !leaf.NotAfter.Equal(attesttest.Epoch.Add(devnsm.DefaultLeafValidity)) {
		t.Errorf("leaf valid %v to %v", leaf.NotBefore, leaf.NotAfter)
	}
	if !inter.MaxPathLenZero || !inter.IsCA {
		t.Errorf("intermediate may issue CAs")
	}
}

func TestAttestIsReproducibleFromClockAndRandomness(t *testing.T) {
	ca := attesttest.CA(t, 0)
	mk := func(seed uint64) []byte {
		n, err := devnsm.New(devnsm.Config{CA: ca, Clock: attesttest.NewClock(attesttest.Epoch).Now, Rand: attesttest.Rand(seed)})
		if err != nil {
			t.Fatal(err)
		}
		return attesttest.Attest(t, n, []byte("u"), []byte("n"), []byte("k"))
	}
	if !bytes.Equal(mk(1), mk(1)) {
		t.Errorf("same clock and randomness gave different documents")
	}
	if bytes.Equal(mk(1), mk(2)) {
		t.Errorf("different randomness gave the same document")
	}
}

// TestDevDocumentKnownAnswer pins the dev NSM's output for fixed inputs:
// any change to the format shows up here. Run with -update to accept one.
func TestDevDocumentKnownAnswer(t *testing.T) {
	ca := attesttest.CA(t, 0)
	n, _ := attesttest.NSM(t, ca)
	doc := attesttest.Attest(t, n, []byte("known answer user data"), []byte("known answer nonce"), nil)
	path := filepath.Join("testdata", "devdoc.hex")
	if *update {
		if err := os.WriteFile(path, []byte(hex.EncodeToString(doc)+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := hex.EncodeToString(doc); got != strings.TrimSpace(string(want)) {
		t.Fatalf("dev document changed:\n got %s\nwant %s", got, want)
	}
	if _, err := attest.Verify(doc, attesttest.Options(ca, attesttest.Epoch)); err != nil {
		t.Fatalf("the known-answer document does not verify: %v", err)
	}
}

// TestDevnetRootFromSeedVerifiesPartyDocuments follows the devnet setup:
// genesis and a party derive the CA from the same seed independently; the
// chain reads the root from PEM.
func TestDevnetRootFromSeedVerifiesPartyDocuments(t *testing.T) {
	seed := attesttest.Seed(3)
	genesisCA, err := devnsm.NewCA(seed)
	if err != nil {
		t.Fatal(err)
	}
	roots, err := attest.RootsFromPEM(genesisCA.CertificatePEM())
	if err != nil {
		t.Fatalf("RootsFromPEM: %v", err)
	}
	partyCA, err := devnsm.NewCA(seed)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := attesttest.NSM(t, partyCA)
	doc := attesttest.Attest(t, n, []byte("binding"), nil, nil)
	opts := attesttest.Options(genesisCA, attesttest.Epoch)
	opts.Roots = roots
	if _, err := attest.Verify(doc, opts); err != nil {
		t.Fatalf("Verify: %v", err)
	}
}

func TestAttestReissuesTheIntermediateBeforeItRunsOut(t *testing.T) {
	ca := attesttest.CA(t, 0)
	n, clock := attesttest.NSM(t, ca)
	inter := func(doc []byte) []byte {
		d, err := attest.ParseUnverified(doc)
		if err != nil {
			t.Fatal(err)
		}
		return d.CABundle[1]
	}
	first := inter(attesttest.Attest(t, n, nil, nil, nil))
	clock.Advance(time.Hour)
	if !bytes.Equal(inter(attesttest.Attest(t, n, nil, nil, nil)), first) {
		t.Errorf("intermediate replaced while still valid")
	}
	clock.Advance(devnsm.DefaultIntermediateValidity)
	doc := attesttest.Attest(t, n, nil, nil, nil)
	if bytes.Equal(inter(doc), first) {
		t.Fatalf("intermediate kept past its validity")
	}
	if _, err := attest.Verify(doc, attesttest.Options(ca, clock.Now())); err != nil {
		t.Fatalf("document after reissue does not verify: %v", err)
	}
}

func TestAttestRejectsOutOfBoundsRequests(t *testing.T) {
	n, _ := attesttest.NSM(t, attesttest.CA(t, 0))
	big := make([]byte, 1025)
	for name, in := range map[string][3][]byte{
		"oversized user data is refused":     {big, nil, nil},
		"an oversized nonce is refused":      {nil, big, nil},
		"an oversized public key is refused": {nil, nil, big},
		"an empty public key is refused":     {nil, nil, {}},
	} {
		if _, err := n.Attest(in[0], in[1], in[2]); !errors.Is(err, nsm.ErrInput) {
			t.Errorf("%s: error = %v, want ErrInput", name, err)
		}
	}
}

func TestNewRefusesIncompleteConfigs(t *testing.T) {
	ca := attesttest.CA(t, 0)
	ok := devnsm.Config{CA: ca, Clock: time.Now, Rand: attesttest.Rand(1)}
	for name, mutate := range map[string]func(*devnsm.Config){
		"a missing CA is refused":         func(c *devnsm.Config) { c.CA = nil },
		"a missing clock is refused":      func(c *devnsm.Config) { c.Clock = nil },
		"missing randomness is refused":   func(c *devnsm.Config) { c.Rand = nil },
		"a short PCR is refused":          func(c *devnsm.Config) { c.PCRs = map[int][]byte{0: make([]byte, 32)} },
		"a PCR index of 32 is refused":    func(c *devnsm.Config) { c.PCRs = map[int][]byte{32: make([]byte, 48)} },
		"an empty PCR set is refused":     func(c *devnsm.Config) { c.PCRs = map[int][]byte{} },
		"a short intermediate is refused": func(c *devnsm.Config) { c.IntermediateValidity = time.Hour },
		"a negative validity is refused":  func(c *devnsm.Config) { c.LeafValidity = -time.Hour },
		"a 256-byte module id is refused": func(c *devnsm.Config) { c.ModuleID = strings.Repeat("m", 256) },
	} {
		c := ok
		mutate(&c)
		if _, err := devnsm.New(c); err == nil {
			t.Errorf("%s: New succeeded", name)
		}
	}
	if _, err := devnsm.New(ok); err != nil {
		t.Errorf("New(valid config): %v", err)
	}
}

func TestAttestFailsWhenRandomnessRunsOut(t *testing.T) {
	n, err := devnsm.New(devnsm.Config{CA: attesttest.CA(t, 0), Clock: time.Now, Rand: bytes.NewReader(make([]byte, 10))})
	if err != nil {
		t.Fatal(err)
	}
	if doc, err := n.Attest(nil, nil, nil); err == nil || doc != nil {
		t.Fatalf("Attest with exhausted randomness = %d bytes, %v", len(doc), err)
	}
}
