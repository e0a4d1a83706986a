package tdh2_test

import (
	"bytes"
	"testing"

	"github.com/tkms/tkms/mpc/tdh2"
)

func FuzzParseAndVerifyCiphertext(f *testing.F) {
	fx := newFixture(f, 4)
	req := fx.request(f, fx.message(f), []byte("label"), 1)
	enc := req.Ciphertext.Ciphertext().Bytes()
	f.Add(enc)
	f.Add(enc[:100])
	h := fx.pub.PublicKey()
	f.Fuzz(func(t *testing.T, b []byte) {
		ct, err := tdh2.ParseCiphertext(b)
		if err != nil {
			return
		}
		if !bytes.Equal(ct.Bytes(), b) {
			t.Fatal("accepted a non-canonical ciphertext encoding")
		}
		if err := ct.Verify(h); err == nil && !bytes.Equal(b, enc) {
			t.Fatal("a ciphertext other than the seed verified")
		}
	})
}

func FuzzUnmarshalShareBatch(f *testing.F) {
	fx := newFixture(f, 4)
	reqs := []tdh2.Request{fx.request(f, fx.message(f), nil, 1), fx.request(f, fx.message(f), nil, 2)}
	b := fx.batches(f, reqs)[0]
	enc, _ := b.MarshalBinary()
	f.Add(enc)
	f.Fuzz(func(t *testing.T, data []byte) {
		batch, err := tdh2.UnmarshalShareBatch(data)
		if err != nil {
			return
		}
		again, _ := batch.MarshalBinary()
		if !bytes.Equal(again, data) {
			t.Fatal("accepted a non-canonical share batch encoding")
		}
		if _, err := tdh2.VerifyShareBatch(fx.pub, batch, reqs); err == nil && !bytes.Equal(data, enc) {
			t.Fatal("a share batch other than the seed verified")
		}
	})
}

func FuzzUnmarshalReencryptionShare(f *testing.F) {
	fx := newFixture(f, 4)
	req := fx.request(f, fx.message(f), nil, 1)
	user, _ := tdh2.GenerateUserKey(fx.rnd)
	s, _ := tdh2.NewReencryptionShare(fx.rnd, fx.shares[0], req, user.PublicKey())
	enc, _ := s.MarshalBinary()
	f.Add(enc)
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := tdh2.UnmarshalReencryptionShare(data)
		if err != nil {
			return
		}
		again, _ := rs.MarshalBinary()
		if !bytes.Equal(again, data) {
			t.Fatal("accepted a non-canonical re-encryption share")
		}
		if _, err := tdh2.VerifyReencryptionShare(fx.pub, rs, req, user.PublicKey()); err == nil && !bytes.Equal(data, enc) {
			t.Fatal("a re-encryption share other than the seed verified")
		}
	})
}

func FuzzUnmarshalReencrypted(f *testing.F) {
	f.Add(make([]byte, 64+256))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := tdh2.UnmarshalReencrypted(data)
		if err != nil {
			return
		}
		again, _ := r.MarshalBinary()
		if !bytes.Equal(again, data) {
			t.Fatal("accepted a non-canonical aggregate")
		}
	})
}

func FuzzParseEnvelope(f *testing.F) {
	fx := newFixture(f, 4)
	env, _ := tdh2.Seal(fx.rnd, fx.pub.PublicKey(), []byte("l"), []byte("payload"))
	enc, _ := env.MarshalBinary()
	f.Add(enc)
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := tdh2.ParseEnvelope(data)
		if err != nil {
			return
		}
		again, _ := e.MarshalBinary()
		if !bytes.Equal(again, data) {
			t.Fatal("accepted a non-canonical envelope")
		}
	})
}
