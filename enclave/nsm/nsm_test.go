package nsm_test

import (
	"encoding/hex"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/tkms/tkms/enclave/attest"
	"github.com/tkms/tkms/enclave/nsm"
)

func TestCheckRequestEnforcesTheNSMLimits(t *testing.T) {
	max := make([]byte, 1024)
	over := make([]byte, 1025)
	tests := []struct {
		name                       string
		userData, nonce, publicKey []byte
		ok                         bool
	}{
		{"an empty request is accepted", nil, nil, nil, true},
		{"fields at their limits are accepted", max, max, max, true},
		{"empty user data and nonce are accepted", []byte{}, []byte{}, nil, true},
		{"oversized user data is refused", over, nil, nil, false},
		{"an oversized nonce is refused", nil, over, nil, false},
		{"an oversized public key is refused", nil, nil, over, false},
		{"an empty public key is refused", nil, nil, []byte{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := nsm.CheckRequest(tt.userData, tt.nonce, tt.publicKey)
			if tt.ok != (err == nil) || (err != nil && !errors.Is(err, nsm.ErrInput)) {
				t.Fatalf("CheckRequest = %v, want ok = %v", err, tt.ok)
			}
		})
	}
}

func TestOpenOutsideAnEnclaveReportsUnavailable(t *testing.T) {
	if _, err := os.Stat(nsm.DevicePath); err == nil {
		t.Skip("an NSM device is present")
	}
	if d, err := nsm.Open(); !errors.Is(err, nsm.ErrUnavailable) || d != nil {
		t.Fatalf("Open = %v, %v; want ErrUnavailable", d, err)
	}
}

// TestDeviceAttestsInsideAnEnclave runs only inside a Nitro enclave: the
// real NSM's document must verify under the AWS root.
func TestDeviceAttestsInsideAnEnclave(t *testing.T) {
	if _, err := os.Stat(nsm.DevicePath); err != nil {
		t.Skipf("no NSM device (%v): not inside a Nitro enclave", err)
	}
	d, err := nsm.Open()
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer d.Close()
	userData := []byte("tkms device test")
	doc, err := d.Attest(userData, []byte("nonce"), nil)
	if err != nil {
		t.Fatalf("Attest: %v", err)
	}
	parsed, err := attest.ParseUnverified(doc)
	if err != nil {
		t.Fatalf("ParseUnverified: %v", err)
	}
	m, err := attest.ParseMeasurement(map[int]string{0: hex.EncodeToString(parsed.PCR(0))})
	if err != nil {
		t.Skipf("cannot pin PCR0 (a debug-mode enclave reports zeros): %v", err)
	}
	_, err = attest.Verify(doc, attest.Options{
		Roots:            attest.AWSRoots(),
		Now:              parsed.Timestamp,
		MaxAge:           time.Minute,
		PCRAllowlist:     []attest.Measurement{m},
		ExpectedUserData: userData,
	})
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if err := d.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if _, err := d.Attest(nil, nil, nil); !errors.Is(err, nsm.ErrClosed) {
		t.Fatalf("Attest after Close = %v, want ErrClosed", err)
	}
}
