package attest_test

import (
	"bytes"
	"crypto/elliptic"
	"errors"
	"reflect"
	"testing"

	"github.com/tkms/tkms/enclave/attest"
	"github.com/tkms/tkms/enclave/attest/attesttest"
)

// sentinels are the errors Verify may wrap; ErrInternal is left out on
// purpose: the fuzzer must never find a document on which nitrite and this
// package's decoder disagree, or one that makes nitrite panic.
var sentinels = []error{
	attest.ErrOptions, attest.ErrMalformed, attest.ErrUnsupportedAlgorithm,
	attest.ErrUntrustedRoot, attest.ErrCertificateValidity, attest.ErrCertificate,
	attest.ErrSignature, attest.ErrStale, attest.ErrFromFuture, attest.ErrPCRNotAllowed,
	attest.ErrUserDataMismatch, attest.ErrNonceMismatch,
}

// FuzzVerify checks that Verify never panics, is deterministic, returns a
// document exactly when it returns no error, and only fails with a known
// sentinel. It verifies each input under options that accept the dev seed
// document and under options that accept each real AWS document, so that
// mutations of all three reach the certificate and signature checks.
func FuzzVerify(f *testing.F) {
	fx := newFixture(f)
	optionSets := []attest.Options{fx.opts()}
	f.Add(fx.doc)
	f.Add(attesttest.Attest(f, fx.nsm, nil, nil, nil))
	for _, v := range awsVectors {
		doc := readAWSVector(f, v)
		o := awsOptions(f, v)
		// Accept whatever PCRs the vector has, so mutations elsewhere get
		// past the allowlist.
		d, err := attest.ParseUnverified(doc)
		if err != nil {
			f.Fatal(err)
		}
		o.PCRAllowlist = []attest.Measurement{{0: d.PCR(0)}}
		optionSets = append(optionSets, o)
		f.Add(doc)
		f.Add(doc[:len(doc)/2])
	}
	f.Add([]byte{})
	f.Add([]byte{0x84, 0x44, 0xa1, 0x01, 0x38, 0x22, 0xa0, 0x40, 0x40})

	f.Fuzz(func(t *testing.T, doc []byte) {
		for i, opts := range optionSets {
			d, err := attest.Verify(doc, opts)
			if (d == nil) == (err == nil) {
				t.Fatalf("options %d: Verify returned document %v with error %v", i, d != nil, err)
			}
			if err != nil && !isSentinel(err) {
				t.Fatalf("options %d: Verify error %v wraps no expected sentinel", i, err)
			}
			if i == 0 {
				// Once per input: the AWS option sets make each call cost
				// milliseconds once an input reaches the signature check.
				d2, err2 := attest.Verify(doc, opts)
				if !reflect.DeepEqual(d, d2) || errString(err) != errString(err2) {
					t.Fatalf("Verify is not deterministic: %v vs %v", err, err2)
				}
			}
			if err == nil {
				p, perr := attest.ParseUnverified(doc)
				if perr != nil || !reflect.DeepEqual(p, d) {
					t.Fatalf("options %d: ParseUnverified disagrees with Verify: %v", i, perr)
				}
			}
		}
	})
}

func isSentinel(err error) bool {
	n := 0
	for _, s := range sentinels {
		if errors.Is(err, s) {
			n++
		}
	}
	return n == 1
}

// FuzzParseUnverified drives the decoder alone (no signature work, so many
// more inputs per second than FuzzVerify): it must never panic, must fail
// only with a shape sentinel, and must be deterministic.
func FuzzParseUnverified(f *testing.F) {
	fx := newFixture(f)
	f.Add(fx.doc)
	for _, v := range awsVectors {
		f.Add(readAWSVector(f, v))
	}
	f.Add(craft(f, fx.ca, elliptic.P521(), nil))
	f.Fuzz(func(t *testing.T, doc []byte) {
		d, err := attest.ParseUnverified(doc)
		if (d == nil) == (err == nil) {
			t.Fatalf("ParseUnverified returned document %v with error %v", d != nil, err)
		}
		if err != nil && !errors.Is(err, attest.ErrMalformed) && !errors.Is(err, attest.ErrUnsupportedAlgorithm) && !errors.Is(err, attest.ErrSignature) {
			t.Fatalf("unexpected error %v", err)
		}
		d2, err2 := attest.ParseUnverified(doc)
		if !reflect.DeepEqual(d, d2) || errString(err) != errString(err2) {
			t.Fatalf("ParseUnverified is not deterministic")
		}
	})
}

// FuzzDecodePartyBinding checks that the decoder never panics and accepts
// only canonical encodings of valid bindings.
func FuzzDecodePartyBinding(f *testing.F) {
	f.Add(testBinding().Encode())
	f.Add([]byte{})
	f.Add([]byte{0, 0, 0, 20})
	f.Fuzz(func(t *testing.T, enc []byte) {
		b, err := attest.DecodePartyBinding(enc)
		if err != nil {
			if !errors.Is(err, attest.ErrBinding) {
				t.Fatalf("error %v does not wrap ErrBinding", err)
			}
			return
		}
		if err := b.Validate(); err != nil {
			t.Fatalf("decoded an invalid binding: %v", err)
		}
		if !bytes.Equal(b.Encode(), enc) {
			t.Fatalf("decoded a non-canonical encoding")
		}
	})
}
