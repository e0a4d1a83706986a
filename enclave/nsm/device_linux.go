//go:build linux

package nsm

import (
	"fmt"
	"os"
	"sync"

	hfnsm "github.com/hf/nsm"
	"github.com/hf/nsm/request"
)

// DevicePath is where the NSM driver exposes the device inside an enclave.
const DevicePath = "/dev/nsm"

// Device is the Nitro Security Module of the enclave the process runs in.
// It is safe for concurrent use.
type Device struct {
	mu   sync.Mutex
	sess *hfnsm.Session
}

var _ Attester = (*Device)(nil)

// Open opens the NSM device. It returns an error wrapping ErrUnavailable
// when DevicePath does not exist (outside an enclave) and ErrDevice when it
// cannot be opened.
func Open() (*Device, error) {
	if _, err := os.Stat(DevicePath); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	sess, err := hfnsm.OpenDefaultSession()
	if err != nil {
		return nil, fmt.Errorf("%w: open %s: %w", ErrDevice, DevicePath, err)
	}
	return &Device{sess: sess}, nil
}

// Attest asks the NSM for a document over userData, nonce and publicKey
// (see Attester). The device signs it with a key certified by the AWS Nitro
// PKI and fills in the PCRs and the time itself.
func (d *Device) Attest(userData, nonce, publicKey []byte) ([]byte, error) {
	if err := CheckRequest(userData, nonce, publicKey); err != nil {
		return nil, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.sess == nil {
		return nil, ErrClosed
	}
	res, err := d.sess.Send(&request.Attestation{UserData: userData, Nonce: nonce, PublicKey: publicKey})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrDevice, err)
	}
	if res.Error != "" {
		return nil, fmt.Errorf("%w: %s", ErrDevice, res.Error)
	}
	if res.Attestation == nil || len(res.Attestation.Document) == 0 {
		return nil, fmt.Errorf("%w: no document in the response", ErrDevice)
	}
	return append([]byte(nil), res.Attestation.Document...), nil
}

// Close releases the device. Attest fails with ErrClosed afterwards.
func (d *Device) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.sess == nil {
		return nil
	}
	err := d.sess.Close()
	d.sess = nil
	return err
}
