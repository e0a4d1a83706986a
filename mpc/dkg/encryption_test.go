package dkg_test

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"testing"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/mpctest"
)

func TestEncryptionKeysRoundTrip(t *testing.T) {
	for _, kem := range []dkg.KEM{dkg.KEMX25519, dkg.KEMMLKEM768X25519} {
		t.Run(kem.String(), func(t *testing.T) {
			k, err := dkg.GenerateEncryptionKeyKEM(kem, mpctest.Reader(t.Name()))
			if err != nil {
				t.Fatal(err)
			}
			again, err := dkg.GenerateEncryptionKeyKEM(kem, mpctest.Reader(t.Name()))
			if err != nil || !again.Public().Equal(k.Public()) {
				t.Fatal("key generation is not a function of the randomness")
			}
			pub := k.Public().Bytes()
			if got := dkg.KEM(binary.BigEndian.Uint16(pub)); got != kem || k.Public().KEM() != kem {
				t.Fatalf("public key encodes KEM %v", got)
			}
			p, err := dkg.ParseEncryptionPublicKey(pub)
			if err != nil || !p.Equal(k.Public()) {
				t.Fatalf("public key round trip: %v", err)
			}
			if mb, _ := p.MarshalBinary(); !bytes.Equal(mb, pub) {
				t.Fatal("MarshalBinary differs from Bytes")
			}
			sk, err := k.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			k2, err := dkg.ParseEncryptionPrivateKey(sk)
			if err != nil || !k2.Public().Equal(k.Public()) {
				t.Fatalf("private key round trip: %v", err)
			}
			sk2, _ := k2.MarshalBinary()
			if !bytes.Equal(sk, sk2) {
				t.Fatal("private key encoding is not canonical")
			}
		})
	}
	if _, err := dkg.GenerateEncryptionKey(mpctest.Reader("default")); err != nil {
		t.Fatal(err)
	}
}

func TestEncryptionKeyDecodersRejectMalformedKeys(t *testing.T) {
	x, err := dkg.GenerateEncryptionKey(mpctest.Reader("x"))
	if err != nil {
		t.Fatal(err)
	}
	xw, err := dkg.GenerateEncryptionKeyKEM(dkg.KEMMLKEM768X25519, mpctest.Reader("xw"))
	if err != nil {
		t.Fatal(err)
	}
	lowOrder, _ := hex.DecodeString("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800")
	withKEM := func(kem dkg.KEM, b []byte) []byte {
		return append(binary.BigEndian.AppendUint16(nil, uint16(kem)), b...)
	}
	xwLow := xw.Public().Bytes()
	copy(xwLow[len(xwLow)-32:], lowOrder)
	sk, _ := x.MarshalBinary()
	tests := []struct {
		name  string
		parse func([]byte) error
		in    []byte
		want  error
	}{
		{"an empty public key", parsePub, nil, dkg.ErrInvalidKey},
		{"a public key of an unknown KEM", parsePub, withKEM(0x0010, make([]byte, 65)), dkg.ErrUnsupportedKEM},
		{"a public key one byte short", parsePub, x.Public().Bytes()[:33], dkg.ErrInvalidKey},
		{"a public key with a trailing byte", parsePub, append(x.Public().Bytes(), 0), dkg.ErrInvalidKey},
		{"the X25519 point 0", parsePub, withKEM(dkg.KEMX25519, make([]byte, 32)), dkg.ErrInvalidKey},
		{"the X25519 point 1", parsePub, withKEM(dkg.KEMX25519, append([]byte{1}, make([]byte, 31)...)), dkg.ErrInvalidKey},
		{"an X25519 point of order 8", parsePub, withKEM(dkg.KEMX25519, lowOrder), dkg.ErrInvalidKey},
		{"a hybrid key with a small-order X25519 part", parsePub, xwLow, dkg.ErrInvalidKey},
		{"a hybrid key with the X25519 length", parsePub, withKEM(dkg.KEMMLKEM768X25519, x.Public().Bytes()[2:]), dkg.ErrInvalidKey},
		{"an empty private key", parsePriv, []byte{0}, dkg.ErrInvalidKey},
		{"a private key of an unknown KEM", parsePriv, withKEM(0x0041, make([]byte, 64)), dkg.ErrUnsupportedKEM},
		{"a private key one byte short", parsePriv, sk[:len(sk)-1], dkg.ErrInvalidKey},
		{"a private key with a trailing byte", parsePriv, append(sk, 0), dkg.ErrInvalidKey},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.parse(tt.in); !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := dkg.GenerateEncryptionKeyKEM(0x0010, mpctest.Reader("y")); !errors.Is(err, dkg.ErrUnsupportedKEM) {
		t.Fatalf("generating a key of an unknown KEM: %v", err)
	}
	if _, err := dkg.GenerateEncryptionKey(bytes.NewReader(make([]byte, 31))); err == nil {
		t.Fatal("key generation succeeded with 31 bytes of randomness")
	}
}

func parsePub(b []byte) error  { _, err := dkg.ParseEncryptionPublicKey(b); return err }
func parsePriv(b []byte) error { _, err := dkg.ParseEncryptionPrivateKey(b); return err }
