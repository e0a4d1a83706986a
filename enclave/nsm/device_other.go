//go:build !linux

package nsm

// DevicePath is where the NSM driver exposes the device inside an enclave.
const DevicePath = "/dev/nsm"

// Device is the Nitro Security Module; it exists only on Linux.
type Device struct{}

var _ Attester = (*Device)(nil)

// Open always fails with ErrUnavailable: Nitro enclaves run Linux.
func Open() (*Device, error) { return nil, ErrUnavailable }

// Attest always fails with ErrUnavailable.
func (*Device) Attest(userData, nonce, publicKey []byte) ([]byte, error) {
	return nil, ErrUnavailable
}

// Close does nothing.
func (*Device) Close() error { return nil }
