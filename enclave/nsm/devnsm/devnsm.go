// Package devnsm is a simulated Nitro Security Module for tests and
// devnets. It produces attestation documents in exactly the AWS format —
// untagged COSE_Sign1 with protected header {1: -35} (ES384), a CBOR
// payload with module_id, digest "SHA384", timestamp (ms), pcrs (index →
// 48 bytes), certificate, cabundle, public_key, user_data and nonce — under
// a chain root → intermediate → leaf of P-384 keys signed with
// ECDSA-SHA384, rooted in a dev CA instead of the AWS Nitro root.
//
// attest.Verify accepts these documents when its roots are the dev CA's
// (CA.Roots, or attest.RootsFromPEM(CA.CertificatePEM())) and rejects them
// with attest.ErrUntrustedRoot under attest.AWSRoots.
//
// # Devnet setup
//
// One 32-byte secret seed per devnet, e.g. in .devnet/devnsm-seed:
//
//	ca, _ := devnsm.NewCA(seed)        // same seed → byte-identical root
//	genesis attestation root  = ca.CertificatePEM()
//	genesis PCR allowlist     = PCR0..2 of devnsm.DefaultPCRs() (or the PCRs configured)
//	each party's enclave sim  = devnsm.New(devnsm.Config{CA: ca, Clock: time.Now, Rand: crypto/rand.Reader})
//
// Alternatively persist the root with CertificatePEM and PrivateKeyPEM and
// load it with LoadCA. A chain configured with a dev root accepts forged
// attestations from anyone holding the seed: never use one where real keys
// are at stake.
package devnsm

import (
	"crypto/ecdsa"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/tkms/tkms/enclave/nsm"
)

// Defaults for Config fields left zero.
const (
	// DefaultModuleID has the shape of a real module id.
	DefaultModuleID = "i-00000000000000000-enc0000000000000000"
	// DefaultLeafValidity matches the roughly three hours AWS gives the
	// certificate of each document.
	DefaultLeafValidity = 3 * time.Hour
	// DefaultIntermediateValidity is how long an intermediate is used
	// before the NSM issues a new one.
	DefaultIntermediateValidity = 30 * 24 * time.Hour
)

// DefaultPCRs returns the PCRs of the dev image: indices 0 to 15 as a
// Nitro enclave reports them, with PCR0, PCR1 and PCR2 set to
// SHA-384("TKMS-v1/devnsm/PCR" ‖ i) and the others zero (no IAM role, no
// signing certificate, …). A devnet allowlist pins PCR0..2.
func DefaultPCRs() map[int][]byte {
	pcrs := make(map[int][]byte, 16)
	for i := 0; i < 16; i++ {
		v := make([]byte, 48)
		if i <= 2 {
			h := sha512.Sum384(append([]byte("TKMS-v1/devnsm/PCR"), byte(i)))
			copy(v, h[:])
		}
		pcrs[i] = v
	}
	return pcrs
}

// Config configures a dev NSM.
type Config struct {
	// CA is the dev root. Required.
	CA *CA
	// Clock gives the time stamped into documents and certificates.
	// Required (time.Now in a devnet, a fake clock in tests).
	Clock func() time.Time
	// Rand provides the intermediate and leaf keys and serial numbers.
	// Required (crypto/rand.Reader in a devnet, a seeded stream in tests).
	Rand io.Reader
	// ModuleID defaults to DefaultModuleID.
	ModuleID string
	// PCRs default to DefaultPCRs(); indices 0..31, 48-byte values.
	PCRs map[int][]byte
	// LeafValidity defaults to DefaultLeafValidity.
	LeafValidity time.Duration
	// IntermediateValidity defaults to DefaultIntermediateValidity.
	IntermediateValidity time.Duration
}

// NSM is a simulated Nitro Security Module. It is safe for concurrent use.
type NSM struct {
	cfg Config

	mu           sync.Mutex
	intermediate *x509.Certificate
	interKey     *ecdsa.PrivateKey
}

var _ nsm.Attester = (*NSM)(nil)

// New returns a dev NSM, or an error if cfg is incomplete or its PCRs are
// malformed. It issues no certificate until the first Attest.
func New(cfg Config) (*NSM, error) {
	switch {
	case cfg.CA == nil:
		return nil, fmt.Errorf("devnsm: no CA")
	case cfg.Clock == nil:
		return nil, fmt.Errorf("devnsm: no clock")
	case cfg.Rand == nil:
		return nil, fmt.Errorf("devnsm: no randomness")
	case cfg.LeafValidity < 0 || cfg.IntermediateValidity < 0:
		return nil, fmt.Errorf("devnsm: negative validity")
	}
	if cfg.ModuleID == "" {
		cfg.ModuleID = DefaultModuleID
	}
	if len(cfg.ModuleID) > 255 {
		return nil, fmt.Errorf("devnsm: module id longer than 255 bytes")
	}
	if cfg.LeafValidity == 0 {
		cfg.LeafValidity = DefaultLeafValidity
	}
	if cfg.IntermediateValidity == 0 {
		cfg.IntermediateValidity = DefaultIntermediateValidity
	}
	if cfg.IntermediateValidity < 2*cfg.LeafValidity {
		return nil, fmt.Errorf("devnsm: intermediate validity must be at least twice the leaf validity")
	}
	if cfg.PCRs == nil {
		cfg.PCRs = DefaultPCRs()
	}
	if len(cfg.PCRs) == 0 || len(cfg.PCRs) > 32 {
		return nil, fmt.Errorf("devnsm: %d PCRs, want 1..32", len(cfg.PCRs))
	}
	pcrs := make(map[int][]byte, len(cfg.PCRs))
	for i, v := range cfg.PCRs {
		if i < 0 || i > 31 || len(v) != 48 {
			return nil, fmt.Errorf("devnsm: PCR%d: index must be 0..31 and value 48 bytes", i)
		}
		pcrs[i] = append([]byte(nil), v...)
	}
	cfg.PCRs = pcrs
	return &NSM{cfg: cfg}, nil
}

// Attest returns a document over userData, nonce and publicKey (see
// nsm.Attester), timestamped Clock(), with a fresh leaf key and certificate
// valid from Clock() (rounded down to the second) for LeafValidity. It
// returns an error wrapping nsm.ErrInput for out-of-bounds fields, and an
// error if the clock is before 1970 or Rand fails.
func (n *NSM) Attest(userData, nonce, publicKey []byte) ([]byte, error) {
	if err := nsm.CheckRequest(userData, nonce, publicKey); err != nil {
		return nil, err
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	now := n.cfg.Clock().UTC()
	if now.UnixMilli() <= 0 {
		return nil, fmt.Errorf("devnsm: clock reads %v, before the epoch", now)
	}
	if err := n.ensureIntermediate(now); err != nil {
		return nil, err
	}
	leafKey, err := newKey(n.cfg.Rand)
	if err != nil {
		return nil, err
	}
	serial, err := newSerial(n.cfg.Rand)
	if err != nil {
		return nil, err
	}
	notBefore := now.Truncate(time.Second)
	leaf, err := issue(&x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{Organization: []string{"tKMS development"}, CommonName: n.cfg.ModuleID + ".dev"},
		NotBefore:             notBefore,
		NotAfter:              notBefore.Add(n.cfg.LeafValidity),
		KeyUsage:              x509.KeyUsageDigitalSignature,
		BasicConstraintsValid: true,
		SignatureAlgorithm:    x509.ECDSAWithSHA384,
	}, n.intermediate, &leafKey.PublicKey, n.interKey)
	if err != nil {
		return nil, err
	}
	p := Payload{
		ModuleID:    n.cfg.ModuleID,
		Timestamp:   uint64(now.UnixMilli()),
		PCRs:        n.cfg.PCRs,
		Certificate: leaf.Raw,
		CABundle:    [][]byte{n.cfg.CA.cert.Raw, n.intermediate.Raw},
		PublicKey:   publicKey,
		UserData:    userData,
		Nonce:       nonce,
	}
	return SignCOSE1(p.Encode(), leafKey)
}

// ensureIntermediate issues a new intermediate when there is none or when
// the current one does not cover [now, now+LeafValidity].
func (n *NSM) ensureIntermediate(now time.Time) error {
	if c := n.intermediate; c != nil && !now.Before(c.NotBefore) && !now.Add(n.cfg.LeafValidity).After(c.NotAfter) {
		return nil
	}
	key, err := newKey(n.cfg.Rand)
	if err != nil {
		return err
	}
	serial, err := newSerial(n.cfg.Rand)
	if err != nil {
		return err
	}
	notBefore := now.Truncate(time.Second).Add(-time.Hour)
	cert, err := issue(&x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{Organization: []string{"tKMS development"}, CommonName: "tkms-dev-intermediate.nitro-enclaves"},
		NotBefore:             notBefore,
		NotAfter:              notBefore.Add(n.cfg.IntermediateValidity),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign | x509.KeyUsageDigitalSignature,
		BasicConstraintsValid: true,
		IsCA:                  true,
		MaxPathLenZero:        true,
		SignatureAlgorithm:    x509.ECDSAWithSHA384,
	}, n.cfg.CA.cert, &key.PublicKey, n.cfg.CA.key)
	if err != nil {
		return err
	}
	n.intermediate, n.interKey = cert, key
	return nil
}
