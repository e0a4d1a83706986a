package crypto

import (
	"bytes"
	"fmt"
	"maps"
	"slices"

	"github.com/tkms/tkms/enclave/attest"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// Attestation verifies AWS Nitro attestation documents with enclave/attest.
type Attestation struct{}

var _ types.AttestationVerifier = Attestation{}

// VerifyParty implements types.AttestationVerifier with attest.VerifyParty:
// roots from params (PEM), block time as Now, params' max age and PCR
// allowlist, and the binding of the party's keys, the chain id and the
// operator as nonce. It returns the name of the first allowlist entry the
// document matches.
func (Attestation) VerifyParty(doc []byte, req types.AttestationRequest) (*types.AttestedEnclave, error) {
	roots, err := attest.RootsFromPEM(bytes.Join(req.Roots, []byte("\n")))
	if err != nil {
		return nil, err
	}
	allow := make([]attest.Measurement, len(req.PCRAllowlist))
	for k, set := range req.PCRAllowlist {
		allow[k] = measurement(set)
	}
	d, err := attest.VerifyParty(doc, attest.Options{
		Roots: roots, Now: req.Now, MaxAge: req.MaxAge, PCRAllowlist: allow,
	}, attest.PartyBinding{
		SigningAddress: req.SigningAddress, EncryptionKey: req.EncryptionKey, ChainID: req.ChainID, Nonce: req.Nonce,
	})
	if err != nil {
		return nil, err
	}
	for k, set := range req.PCRAllowlist {
		if matches(allow[k], d.PCRs) {
			return &types.AttestedEnclave{Measurement: set.Name}, nil
		}
	}
	// Verify accepted the document, so some entry matches.
	return nil, fmt.Errorf("crypto: attested PCRs match no allowlist entry")
}

func measurement(set types.PcrSet) attest.Measurement {
	m := make(attest.Measurement, len(set.Pcrs))
	for _, p := range set.Pcrs {
		m[int(p.Index)] = bytes.Clone(p.Value)
	}
	return m
}

func matches(m attest.Measurement, pcrs map[int][]byte) bool {
	for _, i := range slices.Sorted(maps.Keys(m)) {
		if got, ok := pcrs[i]; !ok || !bytes.Equal(got, m[i]) {
			return false
		}
	}
	return true
}
