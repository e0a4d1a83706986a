package attest_test

import (
	"bytes"
	"encoding/hex"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/tkms/tkms/enclave/attest"
	"github.com/tkms/tkms/enclave/attest/attesttest"
)

// testBinding is the binding of the known-answer vector below.
func testBinding() attest.PartyBinding {
	var addr [20]byte
	for i := range addr {
		addr[i] = byte(i + 1)
	}
	return attest.PartyBinding{
		SigningAddress: addr,
		EncryptionKey:  bytes.Repeat([]byte{0xee}, 32),
		ChainID:        "tkms-devnet-1",
		Nonce:          []byte("registration-42"),
	}
}

// The expected values were computed independently of this package (Python
// hashlib over the documented layout).
const (
	testBindingEncoding = "00000014" + "0102030405060708090a0b0c0d0e0f1011121314" +
		"00000020" + "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee" +
		"0000000d" + "746b6d732d6465766e65742d31" +
		"0000000f" + "726567697374726174696f6e2d3432"
	testBindingUserData = "92aa93e6bee119e5b09ea5de429df40a3eb07c04518879999deeea35dd139b5c"
)

func TestPartyBindingMatchesItsKnownAnswer(t *testing.T) {
	b := testBinding()
	if got := hex.EncodeToString(b.Encode()); got != testBindingEncoding {
		t.Errorf("Encode = %s\nwant     %s", got, testBindingEncoding)
	}
	if got := hex.EncodeToString(b.UserData()); got != testBindingUserData {
		t.Errorf("UserData = %s, want %s", got, testBindingUserData)
	}
}

func TestPartyBindingUserDataChangesWithEveryField(t *testing.T) {
	base := testBinding()
	variants := map[string]func(*attest.PartyBinding){
		"another signing address": func(b *attest.PartyBinding) { b.SigningAddress[19] ^= 1 },
		"another encryption key":  func(b *attest.PartyBinding) { b.EncryptionKey = append(bytes.Clone(b.EncryptionKey), 0) },
		"another chain id":        func(b *attest.PartyBinding) { b.ChainID = "tkms-mainnet-1" },
		"another nonce":           func(b *attest.PartyBinding) { b.Nonce = []byte("registration-43") },
		"no nonce":                func(b *attest.PartyBinding) { b.Nonce = nil },
		"bytes moved across a field boundary": func(b *attest.PartyBinding) {
			b.ChainID, b.Nonce = b.ChainID+"r", []byte("egistration-42")
		},
	}
	seen := map[string]string{hex.EncodeToString(base.UserData()): "the base binding"}
	for name, mutate := range variants {
		b := testBinding()
		mutate(&b)
		ud := hex.EncodeToString(b.UserData())
		if prev, dup := seen[ud]; dup {
			t.Errorf("%s has the same user data as %s", name, prev)
		}
		seen[ud] = name
	}
}

func TestDecodePartyBindingRoundTripsValidBindings(t *testing.T) {
	long := testBinding()
	long.EncryptionKey = bytes.Repeat([]byte{1}, attest.MaxEncryptionKeySize)
	long.ChainID = strings.Repeat("c", attest.MaxChainIDSize)
	long.Nonce = bytes.Repeat([]byte{2}, attest.MaxBindingNonceSize)
	noNonce := testBinding()
	noNonce.Nonce = nil
	for name, b := range map[string]attest.PartyBinding{
		"the test binding":          testBinding(),
		"a binding at every limit":  long,
		"a binding without a nonce": noNonce,
	} {
		got, err := attest.DecodePartyBinding(b.Encode())
		if err != nil {
			t.Errorf("%s: DecodePartyBinding: %v", name, err)
			continue
		}
		if !reflect.DeepEqual(got, b) {
			t.Errorf("%s: round trip gave %+v", name, got)
		}
	}
}

func TestDecodePartyBindingRejectsNonCanonicalOrInvalidInput(t *testing.T) {
	enc := testBinding().Encode()
	zeroAddr := testBinding()
	zeroAddr.SigningAddress = [20]byte{}
	noKey := testBinding()
	noKey.EncryptionKey = nil
	noChain := testBinding()
	noChain.ChainID = ""
	badUTF8 := testBinding()
	badUTF8.ChainID = "\xff"
	tests := map[string][]byte{
		"empty input":                  nil,
		"a truncated encoding":         enc[:len(enc)-1],
		"a trailing byte":              append(bytes.Clone(enc), 0),
		"a 19-byte address":            append([]byte{0, 0, 0, 19}, enc[4+1:]...),
		"a length beyond the input":    {0xff, 0xff, 0xff, 0xff, 1},
		"a zero signing address":       zeroAddr.Encode(),
		"an empty encryption key":      noKey.Encode(),
		"an empty chain id":            noChain.Encode(),
		"a chain id that is not UTF-8": badUTF8.Encode(),
	}
	for name, in := range tests {
		if _, err := attest.DecodePartyBinding(in); !errors.Is(err, attest.ErrBinding) {
			t.Errorf("%s: error = %v, want ErrBinding", name, err)
		}
	}
}

func TestVerifyPartyChecksTheDocumentAttestsTheBinding(t *testing.T) {
	ca := attesttest.CA(t, 0)
	n, _ := attesttest.NSM(t, ca)
	binding := testBinding()
	doc := attesttest.Attest(t, n, binding.UserData(), nil, nil)
	opts := attesttest.Options(ca, attesttest.Epoch)

	d, err := attest.VerifyParty(doc, opts, binding)
	if err != nil {
		t.Fatalf("VerifyParty: %v", err)
	}
	if !bytes.Equal(d.UserData, binding.UserData()) {
		t.Errorf("UserData = %x", d.UserData)
	}
	if opts.ExpectedUserData != nil {
		t.Errorf("VerifyParty modified the caller's options")
	}

	other := testBinding()
	other.ChainID = "tkms-other-1"
	invalid := testBinding()
	invalid.EncryptionKey = nil
	conflicting := opts
	conflicting.ExpectedUserData = []byte("something else")
	agreeing := opts
	agreeing.ExpectedUserData = binding.UserData()
	tests := []struct {
		name    string
		opts    attest.Options
		binding attest.PartyBinding
		want    error
	}{
		{"a binding for another chain is rejected", opts, other, attest.ErrUserDataMismatch},
		{"an invalid binding is refused", opts, invalid, attest.ErrBinding},
		{"conflicting expected user data is refused", conflicting, binding, attest.ErrOptions},
		{"a document from an untrusted root is still rejected", attesttest.Options(attesttest.CA(t, 1), attesttest.Epoch), binding, attest.ErrUntrustedRoot},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := attest.VerifyParty(doc, tt.opts, tt.binding); !errors.Is(err, tt.want) {
				t.Fatalf("VerifyParty error = %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := attest.VerifyParty(doc, agreeing, binding); err != nil {
		t.Errorf("VerifyParty with agreeing expected user data: %v", err)
	}
}
