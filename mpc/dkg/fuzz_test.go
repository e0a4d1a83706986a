package dkg_test

import (
	"bytes"
	"encoding/binary"
	"testing"

	"github.com/tkms/tkms/mpc/dkg"
)

// The fuzz targets check that every decoder accepts only canonical
// encodings (what it accepts re-encodes to the same bytes) and that the
// public verification functions never panic on what the decoders accept.

func FuzzUnmarshalDealing(f *testing.F) {
	cfg, d, _, _ := sample(f, "fuzz")
	enc := must(d.MarshalBinary())
	f.Add(enc)
	f.Add(enc[:200])
	f.Add(append(bytes.Clone(enc), 0))
	f.Add([]byte{1})
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := dkg.UnmarshalDealing(b)
		if err != nil {
			return
		}
		again, err := d.MarshalBinary()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("decoded dealing re-encodes differently: %v", err)
		}
		if d.Hash() == ([32]byte{}) {
			t.Fatal("a decoded dealing hashes to zero")
		}
		_ = dkg.VerifyDealing(cfg, d)
		_, _ = dkg.Finalize(cfg, dkg.Transcript{Dealings: []*dkg.Dealing{d}})
	})
}

func FuzzUnmarshalComplaint(f *testing.F) {
	cfg, _, c, _ := sample(f, "fuzz")
	enc := must(c.MarshalBinary())
	f.Add(enc)
	f.Add(enc[:len(enc)-1])
	f.Add([]byte{2})
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := dkg.UnmarshalComplaint(b)
		if err != nil {
			return
		}
		again, err := c.MarshalBinary()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("decoded complaint re-encodes differently: %v", err)
		}
		_ = dkg.VerifyComplaint(cfg, c)
	})
}

func FuzzUnmarshalJustification(f *testing.F) {
	cfg, d, _, j := sample(f, "fuzz")
	enc := must(j.MarshalBinary())
	f.Add(enc)
	f.Add(enc[:50])
	f.Add([]byte{3})
	f.Fuzz(func(t *testing.T, b []byte) {
		j, err := dkg.UnmarshalJustification(b)
		if err != nil {
			return
		}
		again, err := j.MarshalBinary()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("decoded justification re-encodes differently: %v", err)
		}
		_ = dkg.VerifyJustification(cfg, d, j)
	})
}

func FuzzParseEncryptionPublicKey(f *testing.F) {
	for _, kem := range []dkg.KEM{dkg.KEMX25519, dkg.KEMMLKEM768X25519} {
		k, err := dkg.GenerateEncryptionKeyKEM(kem, bytes.NewReader(make([]byte, 32)))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(k.Public().Bytes())
	}
	f.Add([]byte{0, 0x20})
	f.Fuzz(func(t *testing.T, b []byte) {
		k, err := dkg.ParseEncryptionPublicKey(b)
		if err != nil {
			return
		}
		if !bytes.Equal(k.Bytes(), b) {
			t.Fatal("decoded public key re-encodes differently")
		}
	})
}

func FuzzParseEncryptionPrivateKey(f *testing.F) {
	for _, kem := range []dkg.KEM{dkg.KEMX25519, dkg.KEMMLKEM768X25519} {
		k, err := dkg.GenerateEncryptionKeyKEM(kem, bytes.NewReader(make([]byte, 32)))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(must(k.MarshalBinary()))
	}
	f.Add([]byte{0x64, 0x7a})
	f.Fuzz(func(t *testing.T, b []byte) {
		k, err := dkg.ParseEncryptionPrivateKey(b)
		if err != nil {
			return
		}
		enc, err := k.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		k2, err := dkg.ParseEncryptionPrivateKey(enc)
		if err != nil || !k2.Public().Equal(k.Public()) {
			t.Fatalf("re-encoded private key decodes to another key: %v", err)
		}
	})
}

// FuzzFinalize feeds Finalize a transcript of arbitrary messages: the input
// is a sequence of uint16 length ‖ encoded message; whatever decodes goes
// into the transcript.
func FuzzFinalize(f *testing.F) {
	cfg, d, c, j := sample(f, "fuzz")
	var seed []byte
	for _, m := range [][]byte{must(d.MarshalBinary()), must(c.MarshalBinary()), must(j.MarshalBinary())} {
		seed = binary.BigEndian.AppendUint16(seed, uint16(len(m)))
		seed = append(seed, m...)
	}
	f.Add(seed)
	f.Fuzz(func(t *testing.T, b []byte) {
		var tr dkg.Transcript
		for len(b) >= 2 {
			n := int(binary.BigEndian.Uint16(b))
			b = b[2:]
			if n > len(b) {
				break
			}
			m := b[:n]
			b = b[n:]
			if d, err := dkg.UnmarshalDealing(m); err == nil {
				tr.Dealings = append(tr.Dealings, d)
			}
			if c, err := dkg.UnmarshalComplaint(m); err == nil {
				tr.Complaints = append(tr.Complaints, c)
			}
			if j, err := dkg.UnmarshalJustification(m); err == nil {
				tr.Justifications = append(tr.Justifications, j)
			}
		}
		res, err := dkg.Finalize(cfg, tr)
		if err == nil && res == nil {
			t.Fatal("Finalize returned neither a result nor an error")
		}
	})
}
