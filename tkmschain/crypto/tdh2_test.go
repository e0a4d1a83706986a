package crypto_test

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/tdh2"
	"github.com/tkms/tkms/tkmschain/crypto"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// keySet runs the chain's DKG adapter flow and returns every party's share.
func keySet(t *testing.T) ([]*keyset.Share, []byte) {
	t.Helper()
	r := newDKGRun(t)
	var msgs []*dkg.Dealing
	for _, b := range r.dealings {
		d, err := dkg.UnmarshalDealing(b)
		require.NoError(t, err)
		msgs = append(msgs, d)
	}
	var shares []*keyset.Share
	for _, p := range r.parties {
		_, err := p.ProcessDealings(msgs)
		require.NoError(t, err)
		s, _, err := p.Finalize(dkg.Transcript{Dealings: msgs})
		require.NoError(t, err)
		shares = append(shares, s)
	}
	out, err := crypto.DKG{}.Finalize(r.info, r.transcript(4))
	require.NoError(t, err)
	return shares, out.Encoded
}

func TestTDH2AdapterPublicDecryption(t *testing.T) {
	shares, encoded := keySet(t)
	rnd := rand.NewChaCha8([32]byte{2})
	h := shares[0].Public.PublicKey()
	msgs := [][]byte{bytes.Repeat([]byte{1}, 32), bytes.Repeat([]byte{2}, 32)}
	c := types.RequestContext{ChainID: "tkms-test-1", RequestID: 5, Kind: types.REQUEST_KIND_PUBLIC, KeySet: encoded}
	var reqs []tdh2.Request
	for j, m := range msgs {
		ct, err := tdh2.Encrypt(rnd, h, m, []byte("label"))
		require.NoError(t, err)
		require.NoError(t, crypto.TDH2{}.VerifyCiphertext(encoded, ct.Bytes()))
		c.Ciphertexts = append(c.Ciphertexts, ct.Bytes())
		v, err := tdh2.Validate(h, ct.Bytes())
		require.NoError(t, err)
		reqs = append(reqs, tdh2.Request{ID: types.RequestDigest(c.ChainID, c.RequestID, uint32(j)), Ciphertext: v})
	}
	bad := append([]byte(nil), c.Ciphertexts[0]...)
	bad[len(bad)-1] ^= 1
	require.Error(t, crypto.TDH2{}.VerifyCiphertext(encoded, bad), "a ciphertext with a broken proof is refused")

	batches := make([][]byte, len(shares))
	for i, s := range shares {
		b, err := tdh2.NewShareBatch(rnd, s, reqs)
		require.NoError(t, err)
		batches[i], err = b.MarshalBinary()
		require.NoError(t, err)
	}
	require.NoError(t, crypto.TDH2{}.VerifyShares(c, 1, batches[0]))
	require.Error(t, crypto.TDH2{}.VerifyShares(c, 2, batches[0]), "a batch sent by another party is refused")
	tampered := append([]byte(nil), batches[1]...)
	tampered[len(tampered)-5] ^= 1
	err := crypto.TDH2{}.VerifyShares(c, 2, tampered)
	require.Error(t, err, "a tampered batch is refused")
	require.NotErrorIs(t, err, types.ErrInvalidRequest, "and blames its sender")
	other := c
	other.RequestID = 6
	require.Error(t, crypto.TDH2{}.VerifyShares(other, 1, batches[0]), "shares for another request are refused")

	out, err := crypto.TDH2{}.Combine(c, []types.IndexedBatch{{Index: 3, Batch: batches[2]}, {Index: 1, Batch: batches[0]}})
	require.NoError(t, err)
	require.Equal(t, msgs, out)
}

func TestTDH2AdapterUserDecryption(t *testing.T) {
	shares, encoded := keySet(t)
	rnd := rand.NewChaCha8([32]byte{3})
	h := shares[0].Public.PublicKey()
	user, err := tdh2.GenerateUserKey(rnd)
	require.NoError(t, err)
	Y, err := user.MarshalBinary()
	require.NoError(t, err)
	require.NoError(t, crypto.TDH2{}.VerifyUserKey(Y))
	require.Error(t, crypto.TDH2{}.VerifyUserKey([]byte("not a point")))

	m := bytes.Repeat([]byte{9}, 32)
	ct, err := tdh2.Encrypt(rnd, h, m, []byte("label"))
	require.NoError(t, err)
	c := types.RequestContext{ChainID: "tkms-test-1", RequestID: 8, Kind: types.REQUEST_KIND_USER, KeySet: encoded,
		Ciphertexts: [][]byte{ct.Bytes()}, ReencryptionKey: Y}
	v, err := tdh2.Validate(h, ct.Bytes())
	require.NoError(t, err)
	req := tdh2.Request{ID: types.RequestDigest(c.ChainID, c.RequestID, 0), Ciphertext: v}
	batches := make([][]byte, len(shares))
	for i, s := range shares {
		rs, err := tdh2.NewReencryptionShare(rnd, s, req, user.PublicKey())
		require.NoError(t, err)
		b, err := rs.MarshalBinary()
		require.NoError(t, err)
		batches[i] = crypto.EncodeReencryptionBatch([][]byte{b})
	}
	require.NoError(t, crypto.TDH2{}.VerifyShares(c, 4, batches[3]))
	require.Error(t, crypto.TDH2{}.VerifyShares(c, 4, batches[3][:len(batches[3])-1]), "a truncated batch is refused")
	otherUser := c
	other, err := tdh2.GenerateUserKey(rnd)
	require.NoError(t, err)
	otherUser.ReencryptionKey, _ = other.MarshalBinary()
	require.Error(t, crypto.TDH2{}.VerifyShares(otherUser, 4, batches[3]), "shares re-encrypted to another key are refused")

	out, err := crypto.TDH2{}.Combine(c, []types.IndexedBatch{{Index: 2, Batch: batches[1]}, {Index: 4, Batch: batches[3]}})
	require.NoError(t, err)
	agg, err := tdh2.UnmarshalReencrypted(out[0])
	require.NoError(t, err)
	require.Equal(t, m, user.Open(agg), "only the user opens the aggregate, to the plaintext")
}

func TestReencryptionBatchEncoding(t *testing.T) {
	shares := [][]byte{[]byte("a"), {}, []byte("ccc")}
	got, err := crypto.DecodeReencryptionBatch(crypto.EncodeReencryptionBatch(shares))
	require.NoError(t, err)
	require.Equal(t, [][]byte{[]byte("a"), {}, []byte("ccc")}, got)
	for _, bad := range [][]byte{nil, {0, 0, 0, 1}, {0, 0, 0, 1, 0, 0, 0, 5, 1}, append(crypto.EncodeReencryptionBatch(shares), 0), {0xff, 0xff, 0xff, 0xff}} {
		_, err := crypto.DecodeReencryptionBatch(bad)
		require.ErrorIs(t, err, crypto.ErrReencryptionBatch)
	}
}

func FuzzDecodeReencryptionBatch(f *testing.F) {
	f.Add(crypto.EncodeReencryptionBatch([][]byte{[]byte("x"), []byte("yz")}))
	f.Fuzz(func(t *testing.T, b []byte) {
		shares, err := crypto.DecodeReencryptionBatch(b)
		if err != nil {
			return
		}
		if !bytes.Equal(crypto.EncodeReencryptionBatch(shares), b) {
			t.Fatalf("decode accepted a non-canonical encoding")
		}
	})
}
