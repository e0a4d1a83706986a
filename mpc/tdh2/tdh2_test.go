package tdh2_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/mpctest"
	"github.com/tkms/tkms/mpc/tdh2"
)

type fixture struct {
	pub    *keyset.Public
	shares []*keyset.Share
	rnd    io.Reader
}

func newFixture(t testing.TB, n int) *fixture {
	t.Helper()
	rnd := mpctest.Reader(fmt.Sprintf("%s/%d", t.Name(), n))
	pub, shares, _, err := mpctest.Deal(rnd, n, mpctest.Threshold(n), 7)
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{pub: pub, shares: shares, rnd: rnd}
}

func (fx *fixture) message(t testing.TB) []byte {
	m := make([]byte, tdh2.MessageSize)
	if _, err := io.ReadFull(fx.rnd, m); err != nil {
		t.Fatal(err)
	}
	return m
}

func (fx *fixture) request(t testing.TB, m, label []byte, id byte) tdh2.Request {
	t.Helper()
	ct, err := tdh2.Encrypt(fx.rnd, fx.pub.PublicKey(), m, label)
	if err != nil {
		t.Fatal(err)
	}
	v, err := tdh2.Validate(fx.pub.PublicKey(), ct.Bytes())
	if err != nil {
		t.Fatalf("a fresh ciphertext does not validate: %v", err)
	}
	return tdh2.Request{ID: tdh2.RequestID{id}, Ciphertext: v}
}

func (fx *fixture) batches(t testing.TB, reqs []tdh2.Request) []*tdh2.ShareBatch {
	t.Helper()
	out := make([]*tdh2.ShareBatch, len(fx.shares))
	for i, s := range fx.shares {
		b, err := tdh2.NewShareBatch(fx.rnd, s, reqs)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = b
	}
	return out
}

func verifyAll(t testing.TB, fx *fixture, reqs []tdh2.Request, bs []*tdh2.ShareBatch) [][]tdh2.VerifiedShare {
	t.Helper()
	out := make([][]tdh2.VerifiedShare, len(bs))
	for i, b := range bs {
		vs, err := tdh2.VerifyShareBatch(fx.pub, b, reqs)
		if err != nil {
			t.Fatalf("honest batch of party %d rejected: %v", b.Index, err)
		}
		out[i] = vs
	}
	return out
}

func TestAnyThresholdSubsetDecryptsAndFewerDoNot(t *testing.T) {
	for _, n := range []int{1, 4, 7, 13} {
		t.Run(fmt.Sprintf("n=%d", n), func(t *testing.T) {
			fx := newFixture(t, n)
			f := int(fx.pub.Threshold())
			m := fx.message(t)
			req := fx.request(t, m, []byte("label"), 1)
			reqs := []tdh2.Request{req}
			vs := verifyAll(t, fx, reqs, fx.batches(t, reqs))

			subsets := mpctest.Subsets(n, f+1, 40)
			// Also the last subsets, so high indices are covered.
			for _, s := range mpctest.Subsets(n, f+1, 1<<20)[max(0, len(mpctest.Subsets(n, f+1, 1<<20))-10):] {
				subsets = append(subsets, s)
			}
			for _, set := range subsets {
				var shares []tdh2.VerifiedShare
				for _, i := range set {
					shares = append(shares, vs[i][0])
				}
				got, err := tdh2.Combine(fx.pub, req.ID, req.Ciphertext, shares)
				if err != nil {
					t.Fatalf("subset %v: %v", set, err)
				}
				if !bytes.Equal(got, m) {
					t.Fatalf("subset %v decrypted to the wrong message", set)
				}
			}
			if f == 0 {
				return
			}
			for _, set := range mpctest.Subsets(n, f, 20) {
				var shares []tdh2.VerifiedShare
				for _, i := range set {
					shares = append(shares, vs[i][0])
				}
				if _, err := tdh2.Combine(fx.pub, req.ID, req.Ciphertext, shares); !errors.Is(err, tdh2.ErrNotEnough) {
					t.Fatalf("subset %v of f shares: got %v, want ErrNotEnough", set, err)
				}
			}
		})
	}
}

// f shares carry no information: interpolating them as if they were enough
// gives a point unrelated to r·h. Checked on the raw values, since Combine
// refuses outright.
func TestFSharesInterpolateToSomethingElse(t *testing.T) {
	fx := newFixture(t, 7)
	m := fx.message(t)
	req := fx.request(t, m, nil, 1)
	bs := fx.batches(t, []tdh2.Request{req})
	idx := []uint32{bs[0].Index, bs[1].Index}
	l, err := group.LagrangeCoefficients(idx)
	if err != nil {
		t.Fatal(err)
	}
	hr, err := group.MultiScalarMultVarTime(l, []*group.Point{&bs[0].Shares[0], &bs[1].Shares[0]})
	if err != nil {
		t.Fatal(err)
	}
	ct := req.Ciphertext.Ciphertext()
	mask, err := group.ExpandMessage(group.TagTDH2Mask, 32, hr.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	guess := make([]byte, 32)
	for i := range guess {
		guess[i] = ct.C[i] ^ mask[i]
	}
	if bytes.Equal(guess, m) {
		t.Fatal("f = 2 shares recovered the message")
	}
}

func TestBatchesDecryptManyRequests(t *testing.T) {
	fx := newFixture(t, 4)
	var reqs []tdh2.Request
	var msgs [][]byte
	for j := range 5 {
		m := fx.message(t)
		msgs = append(msgs, m)
		reqs = append(reqs, fx.request(t, m, []byte{byte(j)}, byte(j+1)))
	}
	results, faults := tdh2.CombineBatches(fx.pub, reqs, fx.batches(t, reqs))
	if len(faults) != 0 {
		t.Fatalf("honest batches reported faults: %v", faults)
	}
	for j, r := range results {
		if !bytes.Equal(r.Plaintext, msgs[j]) {
			t.Fatalf("request %d decrypted wrongly", j)
		}
		if len(r.Used) != 2 || r.Used[0] != 1 || r.Used[1] != 2 {
			t.Fatalf("request %d used parties %v, want the first two", j, r.Used)
		}
	}
}

func TestTamperedSharesAreRejectedAndAttributed(t *testing.T) {
	other := new(group.Point).ScalarBaseMult(group.ScalarFromUint64(12345))
	// Faults name the index a batch claims; binding that index to the
	// sender is the transport's job (the chain checks the signer).
	cases := []struct {
		name    string
		tamper  func(b *tdh2.ShareBatch)
		want    error
		culprit uint32
	}{
		{"a share replaced by another point is caught", func(b *tdh2.ShareBatch) { b.Shares[1].Set(other) }, tdh2.ErrInvalidShare, 0},
		{"a share added to itself is caught", func(b *tdh2.ShareBatch) { b.Shares[0].Add(&b.Shares[0], &b.Shares[0]) }, tdh2.ErrInvalidShare, 0},
		{"two shares swapped are caught", func(b *tdh2.ShareBatch) { b.Shares[0], b.Shares[1] = b.Shares[1], b.Shares[0] }, tdh2.ErrInvalidShare, 0},
		{"a changed challenge is caught", func(b *tdh2.ShareBatch) { b.E.Add(&b.E, group.ScalarFromUint64(1)) }, tdh2.ErrInvalidShare, 0},
		{"a changed response is caught", func(b *tdh2.ShareBatch) { b.Z.Add(&b.Z, group.ScalarFromUint64(1)) }, tdh2.ErrInvalidShare, 0},
		{"a share from another epoch is caught", func(b *tdh2.ShareBatch) { b.Epoch++ }, tdh2.ErrEpochMismatch, 0},
		{"a claim to be another party is caught", func(b *tdh2.ShareBatch) { b.Index = 4 }, tdh2.ErrInvalidShare, 4},
		{"a share from a party outside the set is caught", func(b *tdh2.ShareBatch) { b.Index = 9 }, tdh2.ErrUnknownParty, 9},
		{"a relabelled request id is caught", func(b *tdh2.ShareBatch) { b.IDs[0][5] ^= 1 }, tdh2.ErrBatchMismatch, 0},
		{"a dropped share is caught", func(b *tdh2.ShareBatch) { b.IDs, b.Shares = b.IDs[:1], b.Shares[:1] }, tdh2.ErrBatchMismatch, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fx := newFixture(t, 4)
			m0, m1 := fx.message(t), fx.message(t)
			reqs := []tdh2.Request{fx.request(t, m0, nil, 1), fx.request(t, m1, nil, 2)}
			bs := fx.batches(t, reqs)
			const culprit = 1 // party 2
			c.tamper(bs[culprit])
			if _, err := tdh2.VerifyShareBatch(fx.pub, bs[culprit], reqs); !errors.Is(err, c.want) {
				t.Fatalf("VerifyShareBatch: got %v, want %v", err, c.want)
			}
			results, faults := tdh2.CombineBatches(fx.pub, reqs, bs)
			want := c.culprit
			if want == 0 {
				want = 2
			}
			if len(faults) != 1 || faults[0].Index != want {
				t.Fatalf("faults = %v, want party %d only", faults, want)
			}
			if !bytes.Equal(results[0].Plaintext, m0) || !bytes.Equal(results[1].Plaintext, m1) {
				t.Fatal("honest shares did not decrypt despite the bad one")
			}
			for _, r := range results {
				for _, i := range r.Used {
					if i == 2 && c.culprit == 0 {
						t.Fatal("the invalid share was combined")
					}
				}
			}
		})
	}
}

func TestTamperedCiphertextsAreRejected(t *testing.T) {
	fx := newFixture(t, 4)
	h := fx.pub.PublicKey()
	ct, err := tdh2.Encrypt(fx.rnd, h, fx.message(t), []byte("chain 1 / contract / user"))
	if err != nil {
		t.Fatal(err)
	}
	enc := ct.Bytes()
	other := new(group.Point).ScalarBaseMult(group.ScalarFromUint64(99)).Bytes()
	flip := func(off int) []byte {
		b := bytes.Clone(enc)
		b[off] ^= 0x01
		return b
	}
	replace := func(off int, with []byte) []byte {
		b := bytes.Clone(enc)
		copy(b[off:], with)
		return b
	}
	cases := []struct {
		name string
		in   []byte
		want error
	}{
		{"a flipped bit of c fails the proof", flip(1), tdh2.ErrInvalidProof},
		{"another u fails the proof", replace(33, other), tdh2.ErrInvalidProof},
		{"another ū fails the proof", replace(161, other), tdh2.ErrInvalidProof},
		{"a changed e fails the proof", flip(289 + 31), tdh2.ErrInvalidProof},
		{"a changed z fails the proof", flip(321 + 31), tdh2.ErrInvalidProof},
		{"a changed label fails the proof", flip(len(enc) - 1), tdh2.ErrInvalidProof},
		{"a point off the curve is malformed", flip(33 + 127), tdh2.ErrMalformed},
		{"a truncated ciphertext is malformed", enc[:len(enc)-1], tdh2.ErrMalformed},
		{"a trailing byte is malformed", append(bytes.Clone(enc), 0), tdh2.ErrMalformed},
		{"an unknown version is refused", replace(0, []byte{2}), tdh2.ErrVersion},
		{"an empty input is malformed", nil, tdh2.ErrMalformed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := tdh2.Validate(h, c.in); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
	t.Run("a ciphertext for another key fails the proof", func(t *testing.T) {
		fx2 := newFixture(t, 4)
		if _, err := tdh2.Validate(fx2.pub.PublicKey(), enc); !errors.Is(err, tdh2.ErrInvalidProof) {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("the expected label is enforced", func(t *testing.T) {
		if err := ct.VerifyWithLabel(h, []byte("chain 1 / contract / other user")); !errors.Is(err, tdh2.ErrLabelMismatch) {
			t.Fatalf("got %v", err)
		}
		if err := ct.VerifyWithLabel(h, []byte("chain 1 / contract / user")); err != nil {
			t.Fatal(err)
		}
	})
}

func TestSharesOfDifferentEpochsDoNotCombine(t *testing.T) {
	fx := newFixture(t, 4)
	m := fx.message(t)
	req := fx.request(t, m, nil, 1)
	reqs := []tdh2.Request{req}
	old := verifyAll(t, fx, reqs, fx.batches(t, reqs))

	// A refreshed key set: same h, shares moved by a sharing of zero, next epoch.
	refreshed := refresh(t, fx)
	newBatches := (&fixture{pub: refreshed[0].Public, shares: refreshed, rnd: fx.rnd}).batches(t, reqs)
	if !refreshed[0].Public.PublicKey().Equal(fx.pub.PublicKey()) {
		t.Fatal("refresh changed the public key")
	}
	newVS, err := tdh2.VerifyShareBatch(refreshed[0].Public, newBatches[1], reqs)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tdh2.VerifyShareBatch(refreshed[0].Public, fx.batches(t, reqs)[0], reqs); !errors.Is(err, tdh2.ErrEpochMismatch) {
		t.Fatalf("old-epoch batch against the new key set: %v", err)
	}
	mixed := []tdh2.VerifiedShare{old[0][0], newVS[0]}
	if _, err := tdh2.Combine(refreshed[0].Public, req.ID, req.Ciphertext, mixed); !errors.Is(err, tdh2.ErrEpochMismatch) {
		t.Fatalf("mixed epochs: got %v, want ErrEpochMismatch", err)
	}
	if _, err := tdh2.Combine(fx.pub, req.ID, req.Ciphertext, mixed); !errors.Is(err, tdh2.ErrEpochMismatch) {
		t.Fatalf("mixed epochs under the old set: got %v, want ErrEpochMismatch", err)
	}
	// The old ciphertext still decrypts under the new epoch.
	allNew := verifyAll(t, &fixture{pub: refreshed[0].Public}, reqs, newBatches)
	got, err := tdh2.Combine(refreshed[0].Public, req.ID, req.Ciphertext, []tdh2.VerifiedShare{allNew[2][0], allNew[3][0]})
	if err != nil || !bytes.Equal(got, m) {
		t.Fatalf("old ciphertext under the refreshed set: %v", err)
	}
}

// refresh re-randomises the shares with a random degree-f sharing of zero
// (a test stand-in for the refresh protocol of mpc/dkg).
func refresh(t testing.TB, fx *fixture) []*keyset.Share {
	t.Helper()
	f := fx.pub.Threshold()
	coeffs := []*group.Scalar{group.NewScalar()}
	for range f {
		c, err := group.RandomScalar(fx.rnd)
		if err != nil {
			t.Fatal(err)
		}
		coeffs = append(coeffs, c)
	}
	idx := fx.pub.Indices()
	secrets := make([]*group.Scalar, len(idx))
	vks := make([]*group.Point, len(idx))
	for k, s := range fx.shares {
		secrets[k] = new(group.Scalar).Add(s.Secret(), mpctest.Eval(coeffs, s.Index))
		vks[k] = new(group.Point).ScalarBaseMult(secrets[k])
	}
	pub, err := keyset.NewPublic(fx.pub.Epoch()+1, f, fx.pub.PublicKey(), idx, vks)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]*keyset.Share, len(idx))
	for k := range idx {
		if out[k], err = keyset.NewShare(pub, idx[k], secrets[k]); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func TestCombineRefusesBadInputs(t *testing.T) {
	fx := newFixture(t, 4)
	req := fx.request(t, fx.message(t), nil, 1)
	req2 := fx.request(t, fx.message(t), nil, 2)
	vs := verifyAll(t, fx, []tdh2.Request{req}, fx.batches(t, []tdh2.Request{req}))
	vs2 := verifyAll(t, fx, []tdh2.Request{req2}, fx.batches(t, []tdh2.Request{req2}))
	if _, err := tdh2.Combine(fx.pub, req.ID, req.Ciphertext, []tdh2.VerifiedShare{vs[0][0], vs[0][0]}); !errors.Is(err, tdh2.ErrDuplicateParty) {
		t.Fatalf("duplicate party: %v", err)
	}
	if _, err := tdh2.Combine(fx.pub, req.ID, req.Ciphertext, []tdh2.VerifiedShare{vs[0][0], vs2[1][0]}); !errors.Is(err, tdh2.ErrBatchMismatch) {
		t.Fatalf("share of another request: %v", err)
	}
}

func TestUserDecryption(t *testing.T) {
	for _, n := range []int{1, 4, 7} {
		t.Run(fmt.Sprintf("n=%d", n), func(t *testing.T) {
			fx := newFixture(t, n)
			m := fx.message(t)
			req := fx.request(t, m, []byte("user label"), 3)
			user, err := tdh2.GenerateUserKey(fx.rnd)
			if err != nil {
				t.Fatal(err)
			}
			var verified []tdh2.VerifiedReencryptionShare
			for _, s := range fx.shares {
				rs, err := tdh2.NewReencryptionShare(fx.rnd, s, req, user.PublicKey())
				if err != nil {
					t.Fatal(err)
				}
				enc, _ := rs.MarshalBinary()
				dec, err := tdh2.UnmarshalReencryptionShare(enc)
				if err != nil {
					t.Fatal(err)
				}
				v, err := tdh2.VerifyReencryptionShare(fx.pub, dec, req, user.PublicKey())
				if err != nil {
					t.Fatalf("honest re-encryption share of party %d rejected: %v", s.Index, err)
				}
				verified = append(verified, v)
			}
			f := int(fx.pub.Threshold())
			for _, set := range mpctest.Subsets(n, f+1, 10) {
				var sub []tdh2.VerifiedReencryptionShare
				for _, i := range set {
					sub = append(sub, verified[i])
				}
				agg, err := tdh2.AggregateReencryption(fx.pub, req.ID, req.Ciphertext, sub)
				if err != nil {
					t.Fatal(err)
				}
				enc, _ := agg.MarshalBinary()
				back, err := tdh2.UnmarshalReencrypted(enc)
				if err != nil {
					t.Fatal(err)
				}
				if got := user.Open(back); !bytes.Equal(got, m) {
					t.Fatalf("subset %v: user opened the wrong message", set)
				}
				other, _ := tdh2.GenerateUserKey(fx.rnd)
				if got := other.Open(back); bytes.Equal(got, m) {
					t.Fatal("another user key opened the aggregate")
				}
			}
		})
	}
}

func TestTamperedReencryptionSharesAreRejected(t *testing.T) {
	fx := newFixture(t, 4)
	req := fx.request(t, fx.message(t), nil, 3)
	user, _ := tdh2.GenerateUserKey(fx.rnd)
	other := new(group.Point).ScalarBaseMult(group.ScalarFromUint64(5))
	cases := []struct {
		name   string
		tamper func(s *tdh2.ReencryptionShare)
		want   error
	}{
		{"a changed S is caught", func(s *tdh2.ReencryptionShare) { s.S.Add(&s.S, other) }, tdh2.ErrInvalidReencryption},
		{"a changed R is caught", func(s *tdh2.ReencryptionShare) { s.R.Add(&s.R, other) }, tdh2.ErrInvalidReencryption},
		{"a changed z1 is caught", func(s *tdh2.ReencryptionShare) { s.Z1.Add(&s.Z1, group.ScalarFromUint64(1)) }, tdh2.ErrInvalidReencryption},
		{"a changed z2 is caught", func(s *tdh2.ReencryptionShare) { s.Z2.Add(&s.Z2, group.ScalarFromUint64(1)) }, tdh2.ErrInvalidReencryption},
		{"another party's index is caught", func(s *tdh2.ReencryptionShare) { s.Index = 3 }, tdh2.ErrInvalidReencryption},
		{"another epoch is caught", func(s *tdh2.ReencryptionShare) { s.Epoch = 1 }, tdh2.ErrEpochMismatch},
		{"another request is caught", func(s *tdh2.ReencryptionShare) { s.ID[0] ^= 1 }, tdh2.ErrBatchMismatch},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, err := tdh2.NewReencryptionShare(fx.rnd, fx.shares[1], req, user.PublicKey())
			if err != nil {
				t.Fatal(err)
			}
			c.tamper(s)
			if _, err := tdh2.VerifyReencryptionShare(fx.pub, s, req, user.PublicKey()); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
	t.Run("a share for another user key is caught", func(t *testing.T) {
		s, _ := tdh2.NewReencryptionShare(fx.rnd, fx.shares[1], req, user.PublicKey())
		if _, err := tdh2.VerifyReencryptionShare(fx.pub, s, req, other); !errors.Is(err, tdh2.ErrInvalidReencryption) {
			t.Fatalf("got %v", err)
		}
	})
}

func TestEnvelopeCarriesLargePayloads(t *testing.T) {
	fx := newFixture(t, 4)
	payload := bytes.Repeat([]byte("tKMS "), 200_000) // 1 MB
	env, err := tdh2.Seal(fx.rnd, fx.pub.PublicKey(), []byte("blob"), payload)
	if err != nil {
		t.Fatal(err)
	}
	enc, _ := env.MarshalBinary()
	parsed, err := tdh2.ParseEnvelope(enc)
	if err != nil {
		t.Fatal(err)
	}
	v, err := tdh2.ValidateParsed(fx.pub.PublicKey(), parsed.KEM)
	if err != nil {
		t.Fatal(err)
	}
	req := tdh2.Request{ID: tdh2.RequestID{9}, Ciphertext: v}
	results, faults := tdh2.CombineBatches(fx.pub, []tdh2.Request{req}, fx.batches(t, []tdh2.Request{req}))
	if len(faults) != 0 || results[0].Plaintext == nil {
		t.Fatalf("threshold decryption of the envelope key failed: %v", faults)
	}
	got, err := parsed.Open(results[0].Plaintext)
	if err != nil || !bytes.Equal(got, payload) {
		t.Fatalf("envelope did not open: %v", err)
	}
	tampered := bytes.Clone(enc)
	tampered[len(tampered)-20] ^= 1
	p2, err := tdh2.ParseEnvelope(tampered)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p2.Open(results[0].Plaintext); !errors.Is(err, tdh2.ErrEnvelope) {
		t.Fatalf("tampered envelope: %v", err)
	}
	wrongKey := bytes.Clone(results[0].Plaintext)
	wrongKey[0] ^= 1
	if _, err := parsed.Open(wrongKey); !errors.Is(err, tdh2.ErrEnvelope) {
		t.Fatalf("wrong key: %v", err)
	}
}

func TestEncodingsRoundTrip(t *testing.T) {
	fx := newFixture(t, 4)
	reqs := []tdh2.Request{fx.request(t, fx.message(t), []byte("a"), 1), fx.request(t, fx.message(t), nil, 2)}
	for _, b := range fx.batches(t, reqs) {
		enc, err := b.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		back, err := tdh2.UnmarshalShareBatch(enc)
		if err != nil {
			t.Fatal(err)
		}
		enc2, _ := back.MarshalBinary()
		if !bytes.Equal(enc, enc2) {
			t.Fatal("share batch encoding does not round-trip")
		}
		if _, err := tdh2.VerifyShareBatch(fx.pub, back, reqs); err != nil {
			t.Fatalf("decoded batch does not verify: %v", err)
		}
		for cut := 0; cut < len(enc); cut += 37 {
			if _, err := tdh2.UnmarshalShareBatch(enc[:cut]); err == nil {
				t.Fatalf("truncated batch (%d bytes) decoded", cut)
			}
		}
		if _, err := tdh2.UnmarshalShareBatch(append(bytes.Clone(enc), 0)); err == nil {
			t.Fatal("batch with a trailing byte decoded")
		}
	}
	ct := reqs[0].Ciphertext.Ciphertext()
	parsed, err := tdh2.ParseCiphertext(ct.Bytes())
	if err != nil || !bytes.Equal(parsed.Bytes(), ct.Bytes()) {
		t.Fatalf("ciphertext does not round-trip: %v", err)
	}
	pubEnc, _ := fx.pub.MarshalBinary()
	pub2, err := keyset.UnmarshalPublic(pubEnc)
	if err != nil || !pub2.Equal(fx.pub) {
		t.Fatalf("key set does not round-trip: %v", err)
	}
	shEnc, _ := fx.shares[2].MarshalBinary()
	sh2, err := keyset.UnmarshalShare(shEnc)
	if err != nil || sh2.Index != 3 || !sh2.Secret().Equal(fx.shares[2].Secret()) {
		t.Fatalf("share does not round-trip: %v", err)
	}
	shEnc[5] ^= 1 // inside the secret
	if _, err := keyset.UnmarshalShare(shEnc); err == nil {
		t.Fatal("a share whose secret does not match its verification key decoded")
	}
}
