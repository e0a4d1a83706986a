package tdh2_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/mpctest"
	"github.com/tkms/tkms/mpc/tdh2"
)

// Shares verified for (request q, ciphertext 1) answer x_i·u_1. Combined
// "for" ciphertext 2 under the same q they would yield c_2 ⊕ H1(r_1·h), and
// so reveal m_1 to whoever knows c_1 and c_2: combination must refuse them.
func TestSharesVerifiedForOneCiphertextDoNotCombineForAnother(t *testing.T) {
	fx := newFixture(t, 4)
	m1, m2 := fx.message(t), fx.message(t)
	req1 := fx.request(t, m1, nil, 1)
	req2 := fx.request(t, m2, nil, 1) // same request id, another ciphertext
	reqs := []tdh2.Request{req1}
	vs := verifyAll(t, fx, reqs, fx.batches(t, reqs))
	shares := []tdh2.VerifiedShare{vs[0][0], vs[1][0]}

	if got, err := tdh2.Combine(fx.pub, req1.ID, req1.Ciphertext, shares); err != nil || !bytes.Equal(got, m1) {
		t.Fatalf("shares do not decrypt the ciphertext they were verified for: %v", err)
	}
	got, err := tdh2.Combine(fx.pub, req2.ID, req2.Ciphertext, shares)
	if !errors.Is(err, tdh2.ErrCiphertextMismatch) {
		t.Fatalf("combined for another ciphertext: got %x, %v; want ErrCiphertextMismatch", got, err)
	}
	if got != nil {
		t.Fatal("a refused combination returned a plaintext")
	}
	// One foreign share among honest ones is refused too.
	vs2 := verifyAll(t, fx, []tdh2.Request{req2}, fx.batches(t, []tdh2.Request{req2}))
	mixed := []tdh2.VerifiedShare{vs2[0][0], vs[1][0]}
	if _, err := tdh2.Combine(fx.pub, req2.ID, req2.Ciphertext, mixed); !errors.Is(err, tdh2.ErrCiphertextMismatch) {
		t.Fatalf("one share of another ciphertext: got %v, want ErrCiphertextMismatch", err)
	}
}

func TestReencryptionSharesVerifiedForOneCiphertextDoNotAggregateForAnother(t *testing.T) {
	fx := newFixture(t, 4)
	req1 := fx.request(t, fx.message(t), nil, 1)
	req2 := fx.request(t, fx.message(t), nil, 1)
	user, err := tdh2.GenerateUserKey(fx.rnd)
	if err != nil {
		t.Fatal(err)
	}
	var verified []tdh2.VerifiedReencryptionShare
	for _, s := range fx.shares[:2] {
		rs, err := tdh2.NewReencryptionShare(fx.rnd, s, req1, user.PublicKey())
		if err != nil {
			t.Fatal(err)
		}
		v, err := tdh2.VerifyReencryptionShare(fx.pub, rs, req1, user.PublicKey())
		if err != nil {
			t.Fatal(err)
		}
		verified = append(verified, v)
	}
	if _, err := tdh2.AggregateReencryption(fx.pub, req1.ID, req1.Ciphertext, verified); err != nil {
		t.Fatal(err)
	}
	if _, err := tdh2.AggregateReencryption(fx.pub, req2.ID, req2.Ciphertext, verified); !errors.Is(err, tdh2.ErrCiphertextMismatch) {
		t.Fatalf("aggregated for another ciphertext: got %v, want ErrCiphertextMismatch", err)
	}
}

// Two key sets of the same epoch and public key with different
// verification keys (two sharings of one secret): shares verified against
// one are refused under the other.
func TestSharesVerifiedAgainstOneKeySetDoNotCombineUnderAnother(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	x, _ := group.RandomNonZeroScalar(rnd)
	deal := func() (*keyset.Public, []*keyset.Share) {
		a, _ := group.RandomNonZeroScalar(rnd)
		coeffs := []*group.Scalar{x, a}
		idx := []uint32{1, 2, 3, 4}
		var vks []*group.Point
		var secrets []*group.Scalar
		for _, i := range idx {
			s := mpctest.Eval(coeffs, i)
			secrets = append(secrets, s)
			vks = append(vks, new(group.Point).ScalarBaseMult(s))
		}
		pub, err := keyset.NewPublic(7, 1, new(group.Point).ScalarBaseMult(x), idx, vks)
		if err != nil {
			t.Fatal(err)
		}
		var shares []*keyset.Share
		for k, i := range idx {
			s, err := keyset.NewShare(pub, i, secrets[k])
			if err != nil {
				t.Fatal(err)
			}
			shares = append(shares, s)
		}
		return pub, shares
	}
	pub1, shares1 := deal()
	pub2, _ := deal()
	if pub1.Digest() == pub2.Digest() || !pub1.PublicKey().Equal(pub2.PublicKey()) {
		t.Fatal("the two key sets should differ only in their verification keys")
	}
	fx := &fixture{pub: pub1, shares: shares1, rnd: rnd}
	req := fx.request(t, fx.message(t), nil, 1)
	reqs := []tdh2.Request{req}
	vs := verifyAll(t, fx, reqs, fx.batches(t, reqs))
	shares := []tdh2.VerifiedShare{vs[0][0], vs[1][0]}
	if _, err := tdh2.Combine(pub2, req.ID, req.Ciphertext, shares); !errors.Is(err, tdh2.ErrKeySetMismatch) {
		t.Fatalf("combined under another key set: got %v, want ErrKeySetMismatch", err)
	}
}

// With u = ū = identity the proof is forgeable by anyone: w = z·G and
// w̄ = z·H for any z, e = H2(h, c, L, u, w, ū, w̄). The parser refuses such
// ciphertexts; ValidateParsed and Verify must refuse hand-built ones.
func TestValidateParsedRefusesIdentityComponents(t *testing.T) {
	fx := newFixture(t, 4)
	h := fx.pub.PublicKey()
	forge := func(u, uBar *group.Point) *tdh2.Ciphertext {
		ct := &tdh2.Ciphertext{Label: []byte("label")}
		copy(ct.C[:], fx.message(t))
		ct.U.Set(u)
		ct.UBar.Set(uBar)
		z, _ := group.RandomScalar(fx.rnd)
		ct.Z.Set(z)
		// e is chosen after w and w̄, which do not depend on e when the
		// base of the e-term is the identity.
		w := new(group.Point).ScalarBaseMult(z)
		wBar := new(group.Point).ScalarSecondBaseMult(z)
		ct.E.Set(group.HashToScalar(group.TagTDH2Challenge, h.Bytes(), ct.C[:], ct.Label,
			ct.U.Bytes(), w.Bytes(), ct.UBar.Bytes(), wBar.Bytes()))
		return ct
	}
	id := group.NewIdentityPoint()
	cases := []struct {
		name string
		ct   *tdh2.Ciphertext
	}{
		{"u and ū the identity", forge(id, id)},
		{"u the identity", forge(id, group.NewSecondGeneratorPoint())},
		{"ū the identity", forge(group.NewGeneratorPoint(), id)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := tdh2.ValidateParsed(h, c.ct); !errors.Is(err, tdh2.ErrMalformed) {
				t.Fatalf("ValidateParsed: got %v, want ErrMalformed", err)
			}
			if err := c.ct.Verify(h); !errors.Is(err, tdh2.ErrMalformed) {
				t.Fatalf("Verify: got %v, want ErrMalformed", err)
			}
			if _, err := tdh2.Validate(h, c.ct.Bytes()); !errors.Is(err, tdh2.ErrMalformed) {
				t.Fatalf("Validate of the encoding: got %v, want ErrMalformed", err)
			}
		})
	}
	t.Run("an identity public key validates nothing", func(t *testing.T) {
		ct, err := tdh2.Encrypt(fx.rnd, h, fx.message(t), nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tdh2.ValidateParsed(group.NewIdentityPoint(), ct); err == nil {
			t.Fatal("validated for the identity key")
		}
	})
	t.Run("an overlong label is refused", func(t *testing.T) {
		ct, err := tdh2.Encrypt(fx.rnd, h, fx.message(t), nil)
		if err != nil {
			t.Fatal(err)
		}
		ct.Label = make([]byte, tdh2.MaxLabelSize+1)
		if _, err := tdh2.ValidateParsed(h, ct); !errors.Is(err, tdh2.ErrLabelTooLong) {
			t.Fatalf("got %v, want ErrLabelTooLong", err)
		}
	})
}
