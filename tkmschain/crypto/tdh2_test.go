package crypto_test

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/group"
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

// roundRequests flattens a round into mpc/tdh2 requests, one per handle.
func roundRequests(t *testing.T, h *group.Point, c types.RoundContext) []tdh2.Request {
	t.Helper()
	var reqs []tdh2.Request
	for _, r := range c.Requests {
		for j, ct := range r.Ciphertexts {
			v, err := tdh2.Validate(h, ct)
			require.NoError(t, err)
			reqs = append(reqs, tdh2.Request{ID: types.RequestDigest(c.ChainID, r.RequestID, uint32(j)), Ciphertext: v})
		}
	}
	return reqs
}

func TestTDH2AdapterDecryptionRound(t *testing.T) {
	shares, encoded := keySet(t)
	rnd := rand.NewChaCha8([32]byte{2})
	h := shares[0].Public.PublicKey()
	// Two requests in one round: 5 with two handles, 9 with one.
	msgs := [][][]byte{{bytes.Repeat([]byte{1}, 32), bytes.Repeat([]byte{2}, 32)}, {bytes.Repeat([]byte{3}, 32)}}
	c := types.RoundContext{ChainID: "tkms-test-1", RoundID: 3, Kind: types.SHARE_KIND_DECRYPTION, KeySet: encoded,
		Requests: []types.RequestContext{{RequestID: 5}, {RequestID: 9}}}
	for i, ms := range msgs {
		for _, m := range ms {
			ct, err := tdh2.Encrypt(rnd, h, m, []byte("label"))
			require.NoError(t, err)
			require.NoError(t, crypto.TDH2{}.VerifyCiphertext(encoded, ct.Bytes()))
			c.Requests[i].Ciphertexts = append(c.Requests[i].Ciphertexts, ct.Bytes())
		}
	}
	require.Equal(t, 3, c.Shares())
	bad := append([]byte(nil), c.Requests[0].Ciphertexts[0]...)
	bad[len(bad)-1] ^= 1
	require.Error(t, crypto.TDH2{}.VerifyCiphertext(encoded, bad), "a ciphertext with a broken proof is refused")

	reqs := roundRequests(t, h, c)
	batches := make([][]byte, len(shares))
	for i, s := range shares {
		b, err := tdh2.NewShareBatch(rnd, s, reqs)
		require.NoError(t, err)
		batches[i], err = b.MarshalBinary()
		require.NoError(t, err)
	}
	short, err := tdh2.NewShareBatch(rnd, shares[0], reqs[:2])
	require.NoError(t, err)
	shortBytes, err := short.MarshalBinary()
	require.NoError(t, err)
	tampered := append([]byte(nil), batches[1]...)
	tampered[len(tampered)-5] ^= 1
	otherRequests := c
	otherRequests.Requests = []types.RequestContext{c.Requests[1], c.Requests[0]}
	otherChain := c
	otherChain.ChainID = "tkms-other"
	tests := []struct {
		name  string
		c     types.RoundContext
		index uint32
		batch []byte
		ok    bool
	}{
		{"a party's batch over the whole round verifies", c, 1, batches[0], true},
		{"a batch sent by another party is refused", c, 2, batches[0], false},
		{"a tampered batch is refused", c, 2, tampered, false},
		{"a batch leaving out a request's handle is refused", c, 1, shortBytes, false},
		{"a batch over the requests in another order is refused", otherRequests, 1, batches[0], false},
		{"a batch for the same request ids on another chain is refused", otherChain, 1, batches[0], false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := crypto.TDH2{}.VerifyShares(tc.c, tc.index, tc.batch)
			if tc.ok {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			require.NotErrorIs(t, err, types.ErrInvalidRequest, "the sender is to blame")
		})
	}
	broken := c
	broken.Requests = []types.RequestContext{{RequestID: 5, Ciphertexts: [][]byte{bad}}}
	require.ErrorIs(t, crypto.TDH2{}.VerifyShares(broken, 1, batches[0]), types.ErrInvalidRequest, "a broken round blames nobody")

	out, err := crypto.TDH2{}.Combine(c, []types.IndexedBatch{{Index: 3, Batch: batches[2]}, {Index: 1, Batch: batches[0]}})
	require.NoError(t, err)
	require.Equal(t, msgs, out)
	_, err = crypto.TDH2{}.Combine(c, []types.IndexedBatch{{Index: 3, Batch: batches[2]}})
	require.ErrorIs(t, err, tdh2.ErrNotEnough)
}

func TestTDH2AdapterReencryptionRound(t *testing.T) {
	shares, encoded := keySet(t)
	rnd := rand.NewChaCha8([32]byte{3})
	h := shares[0].Public.PublicKey()
	// Two users' requests in one round, each re-encrypted to its own key.
	var users []*tdh2.UserKey
	c := types.RoundContext{ChainID: "tkms-test-1", RoundID: 4, Kind: types.SHARE_KIND_REENCRYPTION, KeySet: encoded}
	msgs := [][]byte{bytes.Repeat([]byte{9}, 32), bytes.Repeat([]byte{8}, 32)}
	for i, m := range msgs {
		user, err := tdh2.GenerateUserKey(rnd)
		require.NoError(t, err)
		users = append(users, user)
		Y, err := user.MarshalBinary()
		require.NoError(t, err)
		require.NoError(t, crypto.TDH2{}.VerifyUserKey(Y))
		ct, err := tdh2.Encrypt(rnd, h, m, []byte("label"))
		require.NoError(t, err)
		c.Requests = append(c.Requests, types.RequestContext{RequestID: uint64(10 + i), Ciphertexts: [][]byte{ct.Bytes()}, ReencryptionKey: Y})
	}
	require.Error(t, crypto.TDH2{}.VerifyUserKey([]byte("not a point")))
	reqs := roundRequests(t, h, c)
	batches := make([][]byte, len(shares))
	for i, s := range shares {
		var encs [][]byte
		for j, r := range reqs {
			rs, err := tdh2.NewReencryptionShare(rnd, s, r, users[j].PublicKey())
			require.NoError(t, err)
			b, err := rs.MarshalBinary()
			require.NoError(t, err)
			encs = append(encs, b)
		}
		batches[i] = crypto.EncodeReencryptionBatch(encs)
	}
	require.NoError(t, crypto.TDH2{}.VerifyShares(c, 4, batches[3]))
	require.Error(t, crypto.TDH2{}.VerifyShares(c, 4, batches[3][:len(batches[3])-1]), "a truncated batch is refused")
	swapped := c
	swapped.Requests = []types.RequestContext{c.Requests[0], c.Requests[1]}
	swapped.Requests[0].ReencryptionKey, swapped.Requests[1].ReencryptionKey = c.Requests[1].ReencryptionKey, c.Requests[0].ReencryptionKey
	require.Error(t, crypto.TDH2{}.VerifyShares(swapped, 4, batches[3]), "shares re-encrypted to another user's key are refused")

	out, err := crypto.TDH2{}.Combine(c, []types.IndexedBatch{{Index: 2, Batch: batches[1]}, {Index: 4, Batch: batches[3]}})
	require.NoError(t, err)
	for i, user := range users {
		agg, err := tdh2.UnmarshalReencrypted(out[i][0])
		require.NoError(t, err)
		require.Equal(t, msgs[i], user.Open(agg), "only the user opens the aggregate, to the plaintext")
	}
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

// TestCachedTDH2AgreesWithAFreshOne checks that the verification cache and
// Prefetch change no outcome: valid stays valid, invalid stays invalid (and
// keeps blaming the same party), whether the work was prefetched, cached
// by an earlier call, or done afresh.
func TestCachedTDH2AgreesWithAFreshOne(t *testing.T) {
	shares, encoded := keySet(t)
	rnd := rand.NewChaCha8([32]byte{4})
	h := shares[0].Public.PublicKey()
	c := types.RoundContext{ChainID: "tkms-test-1", RoundID: 1, Kind: types.SHARE_KIND_DECRYPTION, KeySet: encoded}
	for i := range 3 {
		ct, err := tdh2.Encrypt(rnd, h, bytes.Repeat([]byte{byte(i)}, 32), nil)
		require.NoError(t, err)
		c.Requests = append(c.Requests, types.RequestContext{RequestID: uint64(i + 1), Ciphertexts: [][]byte{ct.Bytes()}})
	}
	reqs := roundRequests(t, h, c)
	batches := make([][]byte, len(shares))
	for i, s := range shares {
		b, err := tdh2.NewShareBatch(rnd, s, reqs)
		require.NoError(t, err)
		batches[i], err = b.MarshalBinary()
		require.NoError(t, err)
	}
	bad := append([]byte(nil), batches[2]...)
	bad[len(bad)-1] ^= 1
	badCt := append([]byte(nil), c.Requests[0].Ciphertexts[0]...)
	badCt[40] ^= 1
	work := []types.BatchWork{{Round: c, Index: 1, Batch: batches[0]}, {Round: c, Index: 3, Batch: bad}, {Round: c, Index: 2, Batch: batches[0]}}
	cts := []types.CiphertextWork{{KeySet: encoded, Ciphertext: badCt}, {KeySet: encoded, Ciphertext: c.Requests[1].Ciphertexts[0]}}

	fresh := crypto.TDH2{}
	cached := crypto.NewTDH2()
	cached.Prefetch(cts, work)
	for round := range 2 {
		for _, w := range append(work, types.BatchWork{Round: c, Index: 4, Batch: batches[3]}) {
			want := fresh.VerifyShares(w.Round, w.Index, w.Batch)
			got := cached.VerifyShares(w.Round, w.Index, w.Batch)
			require.Equal(t, want == nil, got == nil, "call %d, party %d", round, w.Index)
		}
		for _, w := range cts {
			require.Equal(t, fresh.VerifyCiphertext(w.KeySet, w.Ciphertext) == nil, cached.VerifyCiphertext(w.KeySet, w.Ciphertext) == nil)
		}
		want, err := fresh.Combine(c, []types.IndexedBatch{{Index: 1, Batch: batches[0]}, {Index: 4, Batch: batches[3]}})
		require.NoError(t, err)
		got, err := cached.Combine(c, []types.IndexedBatch{{Index: 1, Batch: batches[0]}, {Index: 4, Batch: batches[3]}})
		require.NoError(t, err)
		require.Equal(t, want, got)
		_, err = cached.Combine(c, []types.IndexedBatch{{Index: 3, Batch: bad}, {Index: 4, Batch: batches[3]}})
		require.Error(t, err, "a cached failure is still a failure")
	}
}

// TestCiphertextLabel reads back the label a ciphertext was encrypted
// with, and refuses what is not a ciphertext encoding.
func TestCiphertextLabel(t *testing.T) {
	rnd := rand.NewChaCha8([32]byte{7})
	h := new(group.Point).ScalarBaseMult(new(group.Scalar).SetUint64(5))
	for _, lab := range [][]byte{nil, []byte("label"), bytes.Repeat([]byte{1}, 72)} {
		ct, err := tdh2.Encrypt(rnd, h, make([]byte, 32), lab)
		require.NoError(t, err)
		got, err := crypto.TDH2{}.CiphertextLabel(ct.Bytes())
		require.NoError(t, err)
		require.Equal(t, len(lab), len(got))
		require.True(t, bytes.Equal(lab, got))
		_, err = crypto.TDH2{}.CiphertextLabel(append(ct.Bytes(), 0))
		require.Error(t, err, "a trailing byte")
	}
	_, err := crypto.TDH2{}.CiphertextLabel([]byte("not a ciphertext"))
	require.Error(t, err)
}
