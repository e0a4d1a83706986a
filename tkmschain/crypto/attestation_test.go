package crypto_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/enclave/attest"
	"github.com/tkms/tkms/enclave/attest/attesttest"
	"github.com/tkms/tkms/tkmschain/crypto"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

func devAllowlist() []types.PcrSet {
	var set types.PcrSet
	set.Name = "dev-image"
	for i, v := range attesttest.Measurement() {
		set.Pcrs = append(set.Pcrs, types.Pcr{Index: uint32(i), Value: v})
	}
	return []types.PcrSet{{Name: "other-image", Pcrs: []types.Pcr{{Index: 0, Value: make48(9)}}}, set}
}

func make48(b byte) []byte {
	v := make([]byte, 48)
	for i := range v {
		v[i] = b
	}
	return v
}

func TestAttestationAdapter(t *testing.T) {
	ca := attesttest.CA(t, 0)
	nsm, _ := attesttest.NSM(t, ca)
	var signer [20]byte
	signer[19] = 7
	binding := attest.PartyBinding{SigningAddress: signer, EncryptionKey: []byte("hpke key"), ChainID: "tkms-test-1", Nonce: []byte("tkms1operator")}
	doc := attesttest.Attest(t, nsm, binding.UserData(), nil, nil)
	req := func(mut func(*types.AttestationRequest)) types.AttestationRequest {
		r := types.AttestationRequest{
			Roots: [][]byte{ca.CertificatePEM()}, Now: attesttest.Epoch.Add(time.Minute), MaxAge: attesttest.MaxAge,
			PCRAllowlist: devAllowlist(), SigningAddress: signer, EncryptionKey: []byte("hpke key"),
			ChainID: "tkms-test-1", Nonce: []byte("tkms1operator"),
		}
		if mut != nil {
			mut(&r)
		}
		return r
	}
	tests := []struct {
		name    string
		req     types.AttestationRequest
		wantErr error
	}{
		{"a fresh document binding the party's keys is accepted", req(nil), nil},
		{"a document under another root is refused", req(func(r *types.AttestationRequest) {
			r.Roots = [][]byte{attesttest.CA(t, 1).CertificatePEM()}
		}), attest.ErrUntrustedRoot},
		{"a stale document is refused", req(func(r *types.AttestationRequest) { r.Now = attesttest.Epoch.Add(time.Hour) }), attest.ErrStale},
		{"an image outside the allowlist is refused", req(func(r *types.AttestationRequest) { r.PCRAllowlist = r.PCRAllowlist[:1] }), attest.ErrPCRNotAllowed},
		{"another operator's registration is refused", req(func(r *types.AttestationRequest) { r.Nonce = []byte("tkms1mallory") }), attest.ErrUserDataMismatch},
		{"another chain's registration is refused", req(func(r *types.AttestationRequest) { r.ChainID = "tkms-other" }), attest.ErrUserDataMismatch},
		{"another encryption key is refused", req(func(r *types.AttestationRequest) { r.EncryptionKey = []byte("other") }), attest.ErrUserDataMismatch},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := crypto.Attestation{}.VerifyParty(doc, tc.req)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			require.Equal(t, "dev-image", got.Measurement)
		})
	}
	_, err := crypto.Attestation{}.VerifyParty([]byte("garbage"), req(nil))
	require.ErrorIs(t, err, attest.ErrMalformed)
}
