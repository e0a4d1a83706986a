package devnsm

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hkdf"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"io"
	"math/big"
	"time"
)

// MinSeedSize is the least seed length NewCA accepts.
const MinSeedSize = 32

// Fixed validity of a dev root, so that the root certificate depends on the
// seed alone and not on when it was made.
var (
	rootNotBefore = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	rootNotAfter  = time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)
)

// CA is a development root certificate authority standing in for the AWS
// Nitro PKI: P-384 key, self-signed with ECDSA-SHA384. Its private key
// signs the intermediates of every dev NSM that uses it; it must be kept
// secret from anyone who should not be able to forge dev attestations (on a
// devnet, that is nobody in particular — never configure a dev root on a
// chain that guards real keys).
type CA struct {
	cert *x509.Certificate
	key  *ecdsa.PrivateKey
}

// NewCA derives a dev root deterministically from seed (at least
// MinSeedSize bytes): the same seed gives the same key and byte-identical
// certificate, so the chain's genesis and every party's dev NSM can derive
// the root independently from one shared devnet seed. The seed must be kept
// as secret as the CA key it yields.
func NewCA(seed []byte) (*CA, error) {
	if len(seed) < MinSeedSize {
		return nil, fmt.Errorf("devnsm: seed of %d bytes, need at least %d", len(seed), MinSeedSize)
	}
	key, err := newKey(hkdfReader(seed, "TKMS-v1/devnsm/root-key"))
	if err != nil {
		return nil, err
	}
	serial, err := newSerial(hkdfReader(seed, "TKMS-v1/devnsm/root-serial"))
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject: pkix.Name{
			Country:            []string{"ZZ"},
			Organization:       []string{"tKMS development"},
			OrganizationalUnit: []string{"NOT AWS - dev NSM"},
			CommonName:         "tkms-dev.nitro-enclaves",
		},
		NotBefore:             rootNotBefore,
		NotAfter:              rootNotAfter,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign | x509.KeyUsageDigitalSignature,
		BasicConstraintsValid: true,
		IsCA:                  true,
		SignatureAlgorithm:    x509.ECDSAWithSHA384,
	}
	cert, err := issue(tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, err
	}
	return &CA{cert: cert, key: key}, nil
}

// LoadCA loads a dev root from its PEM certificate and PEM private key
// (PKCS #8 "PRIVATE KEY" or SEC 1 "EC PRIVATE KEY"), as written by
// CertificatePEM and PrivateKeyPEM. It checks that the certificate is a
// P-384 CA and that the key belongs to it.
func LoadCA(certPEM, keyPEM []byte) (*CA, error) {
	cb, _ := pem.Decode(certPEM)
	if cb == nil || cb.Type != "CERTIFICATE" {
		return nil, fmt.Errorf("devnsm: no PEM CERTIFICATE block")
	}
	cert, err := x509.ParseCertificate(cb.Bytes)
	if err != nil {
		return nil, fmt.Errorf("devnsm: root certificate: %w", err)
	}
	pub, ok := cert.PublicKey.(*ecdsa.PublicKey)
	if !ok || pub.Curve != elliptic.P384() || !cert.IsCA {
		return nil, fmt.Errorf("devnsm: root certificate is not a P-384 CA")
	}
	kb, _ := pem.Decode(keyPEM)
	if kb == nil {
		return nil, fmt.Errorf("devnsm: no PEM private key block")
	}
	var key *ecdsa.PrivateKey
	switch kb.Type {
	case "PRIVATE KEY":
		k, err := x509.ParsePKCS8PrivateKey(kb.Bytes)
		if err != nil {
			return nil, fmt.Errorf("devnsm: private key: %w", err)
		}
		if key, ok = k.(*ecdsa.PrivateKey); !ok {
			return nil, fmt.Errorf("devnsm: private key is not ECDSA")
		}
	case "EC PRIVATE KEY":
		if key, err = x509.ParseECPrivateKey(kb.Bytes); err != nil {
			return nil, fmt.Errorf("devnsm: private key: %w", err)
		}
	default:
		return nil, fmt.Errorf("devnsm: PEM block %q is not a private key", kb.Type)
	}
	if !key.PublicKey.Equal(pub) {
		return nil, fmt.Errorf("devnsm: private key does not match the root certificate")
	}
	return &CA{cert: cert, key: key}, nil
}

// Certificate returns the root certificate.
func (ca *CA) Certificate() *x509.Certificate { return ca.cert }

// CertificatePEM returns the root certificate in PEM: what a devnet puts in
// the chain's attestation-root parameter (attest.RootsFromPEM reads it).
func (ca *CA) CertificatePEM() []byte {
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: ca.cert.Raw})
}

// PrivateKeyPEM returns the root key as a PKCS #8 PEM block. It must be kept
// secret.
func (ca *CA) PrivateKeyPEM() ([]byte, error) {
	der, err := x509.MarshalPKCS8PrivateKey(ca.key)
	if err != nil {
		return nil, fmt.Errorf("devnsm: %w", err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), nil
}

// Roots returns a new pool holding only this root, for attest.Options.
func (ca *CA) Roots() *x509.CertPool {
	pool := x509.NewCertPool()
	pool.AddCert(ca.cert)
	return pool
}

// issue signs a certificate deterministically (RFC 6979: x509 passes the
// nil reader to ecdsa.PrivateKey.Sign) and parses it back.
func issue(tmpl, parent *x509.Certificate, pub *ecdsa.PublicKey, signer *ecdsa.PrivateKey) (*x509.Certificate, error) {
	der, err := x509.CreateCertificate(nil, tmpl, parent, pub, signer)
	if err != nil {
		return nil, fmt.Errorf("devnsm: create certificate %q: %w", tmpl.Subject.CommonName, err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, fmt.Errorf("devnsm: parse certificate %q: %w", tmpl.Subject.CommonName, err)
	}
	return cert, nil
}

// p384Order is the order n of the P-384 group.
var p384Order = elliptic.P384().Params().N

// newKey makes a P-384 key from 64 bytes of r: d = 1 + (x mod (n−1)), whose
// bias is below 2^-128. (crypto/ecdsa.GenerateKey ignores a caller's reader
// since Go 1.26, which would defeat injected, reproducible randomness.)
func newKey(r io.Reader) (*ecdsa.PrivateKey, error) {
	var buf [64]byte
	if _, err := io.ReadFull(r, buf[:]); err != nil {
		return nil, fmt.Errorf("devnsm: reading randomness: %w", err)
	}
	nMinus1 := new(big.Int).Sub(p384Order, big.NewInt(1))
	d := new(big.Int).SetBytes(buf[:])
	d.Mod(d, nMinus1).Add(d, big.NewInt(1))
	key, err := ecdsa.ParseRawPrivateKey(elliptic.P384(), d.FillBytes(make([]byte, 48)))
	if err != nil {
		return nil, fmt.Errorf("devnsm: %w", err)
	}
	return key, nil
}

// newSerial reads a positive 127-bit certificate serial number from r.
func newSerial(r io.Reader) (*big.Int, error) {
	var buf [16]byte
	if _, err := io.ReadFull(r, buf[:]); err != nil {
		return nil, fmt.Errorf("devnsm: reading randomness: %w", err)
	}
	buf[0] = buf[0]&0x7f | 0x40 // positive, and 16 bytes long in DER
	return new(big.Int).SetBytes(buf[:]), nil
}

// hkdfReader returns 64 bytes of HKDF-SHA-384 output for info, enough for
// newKey or newSerial.
func hkdfReader(seed []byte, info string) io.Reader {
	out, err := hkdf.Key(sha512.New384, seed, nil, info, 64)
	if err != nil {
		// Only reachable for output lengths beyond 255 hash blocks.
		panic("devnsm: hkdf: " + err.Error())
	}
	return bytes.NewReader(out)
}
