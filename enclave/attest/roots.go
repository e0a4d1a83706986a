package attest

import (
	"bytes"
	"crypto/x509"
	_ "embed"
	"encoding/pem"
	"fmt"
)

// awsRootPEM is the AWS Nitro Enclaves Root-G1 certificate
// (CN=aws.nitro-enclaves, valid 2019-10-28 to 2049-10-28) from
// https://aws-nitro-enclaves.amazonaws.com/AWS_NitroEnclaves_Root-G1.zip.
// TestAWSRootIsTheG1Root pins its fingerprint to AWSRootFingerprint and
// checks it is the first cabundle entry of real AWS documents.
//
//go:embed aws_nitro_root_g1.pem
var awsRootPEM []byte

// AWSRootFingerprint is the SHA-256 of the DER AWS Nitro Enclaves Root-G1
// certificate as AWS publishes it
// (https://docs.aws.amazon.com/enclaves/latest/user/verify-root.html).
const AWSRootFingerprint = "641a0321a3e244efe456463195d606317ed7cdcc3c1756e09893f3c68f79bb5b"

// AWSRootPEM returns the PEM encoding of the AWS Nitro Enclaves Root-G1
// certificate (a fresh copy).
func AWSRootPEM() []byte { return bytes.Clone(awsRootPEM) }

// AWSRoots returns a new pool holding only the AWS Nitro Enclaves Root-G1
// certificate: the production trust anchor.
func AWSRoots() *x509.CertPool {
	pool, err := RootsFromPEM(awsRootPEM)
	if err != nil {
		// The embedded certificate is a constant checked by tests.
		panic("attest: embedded AWS root does not parse: " + err.Error())
	}
	return pool
}

// RootsFromPEM parses one or more PEM "CERTIFICATE" blocks into a pool of
// trust anchors, for example the attestation root stored in the chain's
// params or a devnet's dev root. Unlike x509.CertPool.AppendCertsFromPEM it
// skips nothing: every block must be a CA certificate with an ECDSA P-384 key
// signed with ECDSA-SHA384, and only whitespace may surround the blocks.
// It returns an error wrapping ErrOptions otherwise.
func RootsFromPEM(pemBytes []byte) (*x509.CertPool, error) {
	pool := x509.NewCertPool()
	rest := pemBytes
	n := 0
	for {
		var block *pem.Block
		block, rest = pem.Decode(rest)
		if block == nil {
			break
		}
		n++
		if block.Type != "CERTIFICATE" {
			return nil, fmt.Errorf("%w: roots: PEM block %d is %q, not CERTIFICATE", ErrOptions, n, block.Type)
		}
		c, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			return nil, fmt.Errorf("%w: roots: certificate %d: %w", ErrOptions, n, err)
		}
		if !c.IsCA {
			return nil, fmt.Errorf("%w: roots: certificate %d is not a CA", ErrOptions, n)
		}
		if err := checkP384(c); err != nil {
			return nil, fmt.Errorf("%w: roots: certificate %d: %w", ErrOptions, n, err)
		}
		pool.AddCert(c)
	}
	if n == 0 {
		return nil, fmt.Errorf("%w: roots: no PEM certificate", ErrOptions)
	}
	if len(bytes.TrimSpace(rest)) != 0 {
		return nil, fmt.Errorf("%w: roots: %d bytes after the last PEM block", ErrOptions, len(rest))
	}
	return pool, nil
}
