package attest

import (
	"bytes"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/hf/nitrite"
)

// DefaultMaxFutureSkew is the tolerance for a document timestamp after
// Options.Now when Options.MaxFutureSkew is zero. Block time trails the wall
// clock, and the enclave's clock is not the validators' clock.
const DefaultMaxFutureSkew = time.Minute

// Measurement is one allowed enclave image: the values it requires of some
// PCRs, by index (0–31), each 48 bytes. A document matches when every listed
// PCR is present in it with exactly that value; PCRs not listed are not
// looked at. Pin at least PCR0 (the image), usually PCR1 and PCR2 as well.
type Measurement map[int][]byte

// ParseMeasurement builds a Measurement from hexadecimal PCR values, the
// form nitro-cli prints and chain params store. It returns an error wrapping
// ErrOptions for a bad index, bad hex, a wrong length or an all-zero value.
func ParseMeasurement(pcrs map[int]string) (Measurement, error) {
	m := make(Measurement, len(pcrs))
	for _, i := range slices.Sorted(maps.Keys(pcrs)) {
		v, err := hex.DecodeString(pcrs[i])
		if err != nil {
			return nil, fmt.Errorf("%w: PCR%d: %w", ErrOptions, i, err)
		}
		m[i] = v
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	return m, nil
}

// check validates a Measurement. All-zero values are refused: every PCR of
// an enclave started in debug mode reads zero, and a debug enclave's memory
// is readable by its host, so an allowlist entry that a debug enclave could
// satisfy would admit exactly the enclave we must exclude.
func (m Measurement) check() error {
	if len(m) == 0 {
		return fmt.Errorf("%w: measurement pins no PCR", ErrOptions)
	}
	// In index order, so that the error names the same PCR every time.
	for _, i := range slices.Sorted(maps.Keys(m)) {
		v := m[i]
		switch {
		case i < 0 || i >= MaxPCRs:
			return fmt.Errorf("%w: PCR index %d not in [0, %d)", ErrOptions, i, MaxPCRs)
		case len(v) != PCRSize:
			return fmt.Errorf("%w: PCR%d value has %d bytes, want %d", ErrOptions, i, len(v), PCRSize)
		case allZero(v):
			return fmt.Errorf("%w: PCR%d value is all zeros (debug-mode enclave)", ErrOptions, i)
		}
	}
	return nil
}

func (m Measurement) matches(pcrs map[int][]byte) bool {
	for i, want := range m {
		if got, ok := pcrs[i]; !ok || !bytes.Equal(got, want) {
			return false
		}
	}
	return true
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// Options are the inputs of Verify besides the document. Everything that
// influences the result is here, so that validators given the same document
// and options reach the same result.
type Options struct {
	// Roots are the trust anchors (AWSRoots in production, a dev CA's root
	// on a devnet). Required.
	Roots *x509.CertPool
	// Now is the verification time: certificates must be valid at Now and
	// the document must be fresh relative to it. On the chain this is the
	// block time; Verify never reads the clock. Required.
	Now time.Time
	// MaxAge is how long before Now the document may have been produced.
	// Required, positive.
	MaxAge time.Duration
	// MaxFutureSkew is how far after Now the document timestamp may be;
	// zero means DefaultMaxFutureSkew. Must not be negative.
	MaxFutureSkew time.Duration
	// PCRAllowlist lists the accepted measurements; the document must match
	// at least one. Required, and every entry must pass Measurement checks.
	PCRAllowlist []Measurement
	// ExpectedUserData, when non-nil, must equal the document's user_data
	// byte for byte (an empty non-nil value requires user_data to be absent
	// or empty). Nil skips the check.
	ExpectedUserData []byte
	// ExpectedNonce works like ExpectedUserData for the nonce field.
	ExpectedNonce []byte
}

func (o *Options) check() error {
	switch {
	case o.Roots == nil:
		return fmt.Errorf("%w: no roots", ErrOptions)
	case o.Now.IsZero():
		return fmt.Errorf("%w: zero Now", ErrOptions)
	case o.MaxAge <= 0:
		return fmt.Errorf("%w: MaxAge %v is not positive", ErrOptions, o.MaxAge)
	case o.MaxFutureSkew < 0:
		return fmt.Errorf("%w: MaxFutureSkew %v is negative", ErrOptions, o.MaxFutureSkew)
	case len(o.PCRAllowlist) == 0:
		return fmt.Errorf("%w: empty PCR allowlist", ErrOptions)
	}
	for k, m := range o.PCRAllowlist {
		if err := m.check(); err != nil {
			return fmt.Errorf("allowlist entry %d: %w", k, err)
		}
	}
	return nil
}

// Verify checks an AWS Nitro attestation document (an untagged COSE_Sign1
// over a CBOR payload) and returns its content. It accepts the document
// only if all of the following hold, and reports the first failure in this
// order, cheap checks first:
//
//  1. opts is complete and safe, else ErrOptions;
//  2. doc is a well-formed document within the specification's limits,
//     else ErrMalformed (empty, truncated, garbage, unknown or duplicate
//     fields, …);
//  3. it uses ES384 and only ECDSA P-384 / SHA-384 certificates, else
//     ErrUnsupportedAlgorithm (P-521 and RSA keys are refused here, before
//     any signature check);
//  4. its timestamp t satisfies Now−MaxAge ≤ t ≤ Now+MaxFutureSkew, else
//     ErrStale or ErrFromFuture;
//  5. its PCRs match an entry of PCRAllowlist, else ErrPCRNotAllowed;
//  6. user_data and nonce equal the expected values when given, else
//     ErrUserDataMismatch or ErrNonceMismatch;
//  7. the certificate chains through cabundle to one of Roots with every
//     certificate valid at Now, else ErrUntrustedRoot,
//     ErrCertificateValidity or ErrCertificate;
//  8. the COSE signature verifies under the certificate's key, else
//     ErrSignature.
//
// Steps 7 and 8 run github.com/hf/nitrite, inside recover; a panic there, or
// any disagreement between nitrite's decoding and this package's, is
// reported as ErrInternal. No revocation check is made (AWS publishes no
// CRL for the chain's leaf certificates).
//
// Verify is a pure function of (doc, opts): it reads no clock, no
// randomness and no global state, so every validator computes the same
// result. It never panics, and on error it returns a nil *Document.
func Verify(doc []byte, opts Options) (*Document, error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	p, err := parse(doc)
	if err != nil {
		return nil, err
	}
	d := &p.doc
	skew := opts.MaxFutureSkew
	if skew == 0 {
		skew = DefaultMaxFutureSkew
	}
	if d.Timestamp.Before(opts.Now.Add(-opts.MaxAge)) {
		return nil, fmt.Errorf("%w: produced at %s, %v before %s (max %v)", ErrStale,
			d.Timestamp.Format(time.RFC3339Nano), opts.Now.Sub(d.Timestamp), opts.Now.UTC().Format(time.RFC3339Nano), opts.MaxAge)
	}
	if d.Timestamp.After(opts.Now.Add(skew)) {
		return nil, fmt.Errorf("%w: produced at %s, %v after %s (max %v)", ErrFromFuture,
			d.Timestamp.Format(time.RFC3339Nano), d.Timestamp.Sub(opts.Now), opts.Now.UTC().Format(time.RFC3339Nano), skew)
	}
	if !allowed(opts.PCRAllowlist, d.PCRs) {
		return nil, fmt.Errorf("%w: PCR0 %x matches none of %d allowed measurements", ErrPCRNotAllowed, d.PCRs[0], len(opts.PCRAllowlist))
	}
	if opts.ExpectedUserData != nil && !bytes.Equal(d.UserData, opts.ExpectedUserData) {
		return nil, fmt.Errorf("%w: got %x, want %x", ErrUserDataMismatch, d.UserData, opts.ExpectedUserData)
	}
	if opts.ExpectedNonce != nil && !bytes.Equal(d.Nonce, opts.ExpectedNonce) {
		return nil, fmt.Errorf("%w: got %x, want %x", ErrNonceMismatch, d.Nonce, opts.ExpectedNonce)
	}
	res, err := runNitrite(doc, opts.Roots, opts.Now)
	if err != nil {
		return nil, err
	}
	if err := p.agrees(res); err != nil {
		return nil, err
	}
	return d, nil
}

func allowed(list []Measurement, pcrs map[int][]byte) bool {
	for _, m := range list {
		if m.matches(pcrs) {
			return true
		}
	}
	return false
}

// runNitrite verifies the certificate chain and the COSE signature with
// nitrite, converting its panics and its error conventions (a non-nil
// Result may come with a chain error while SignatureOK is true) into this
// package's sentinels.
func runNitrite(doc []byte, roots *x509.CertPool, now time.Time) (res *nitrite.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("%w: nitrite panicked: %v", ErrInternal, r)
		}
	}()
	res, err = nitrite.Verify(doc, nitrite.VerifyOptions{Roots: roots, CurrentTime: now})
	switch {
	case res == nil && err == nil:
		return nil, fmt.Errorf("%w: nitrite returned neither result nor error", ErrInternal)
	case res == nil:
		// nitrite rejected the structure before reaching the chain: it
		// disagrees with parse, which accepted it.
		return nil, fmt.Errorf("%w: nitrite rejected a document this package accepts: %w", ErrInternal, err)
	case err != nil:
		return nil, classifyChainError(err)
	case !res.SignatureOK:
		return nil, fmt.Errorf("%w: nitrite reports no error but a bad signature", ErrSignature)
	}
	return res, nil
}

// classifyChainError maps the error nitrite returns together with a Result:
// either an x509 chain-verification error or nitrite.ErrBadSignature.
func classifyChainError(err error) error {
	var unknown x509.UnknownAuthorityError
	var invalid x509.CertificateInvalidError
	switch {
	case errors.Is(err, nitrite.ErrBadSignature):
		return fmt.Errorf("%w: COSE_Sign1 signature", ErrSignature)
	case errors.As(err, &unknown):
		return fmt.Errorf("%w: %v", ErrUntrustedRoot, err)
	case errors.As(err, &invalid) && invalid.Reason == x509.Expired:
		return fmt.Errorf("%w: %v", ErrCertificateValidity, err)
	default:
		return fmt.Errorf("%w: %v", ErrCertificate, err)
	}
}

// agrees checks that nitrite verified the same content this package
// decoded, so that no difference between the two CBOR decoders can make
// Verify return fields other than the ones whose signature was checked.
func (p *parsed) agrees(res *nitrite.Result) error {
	n, d := res.Document, &p.doc
	same := n != nil &&
		bytes.Equal(res.Payload, p.payload) &&
		n.ModuleID == d.ModuleID &&
		n.Timestamp == uint64(d.Timestamp.UnixMilli()) &&
		bytes.Equal(n.Certificate, d.Certificate) &&
		bytes.Equal(n.PublicKey, d.PublicKey) &&
		bytes.Equal(n.UserData, d.UserData) &&
		bytes.Equal(n.Nonce, d.Nonce) &&
		len(n.CABundle) == len(d.CABundle) &&
		len(n.PCRs) == len(d.PCRs)
	for i := 0; same && i < len(d.CABundle); i++ {
		same = bytes.Equal(n.CABundle[i], d.CABundle[i])
	}
	for i, v := range d.PCRs {
		same = same && bytes.Equal(n.PCRs[uint(i)], v)
	}
	if !same {
		return fmt.Errorf("%w: nitrite decoded different content", ErrInternal)
	}
	return nil
}
