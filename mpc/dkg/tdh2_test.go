package dkg_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/dkg/dkgtest"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/mpctest"
	"github.com/tkms/tkms/mpc/tdh2"
)

// A ciphertext made under the key set before a refresh or a resharing
// decrypts, through the real share protocol, with the new shares; a share of
// the old epoch and one of the new never combine.
func TestOldCiphertextsDecryptAfterRefreshAndResharing(t *testing.T) {
	tests := []struct {
		name               string
		oldN               int
		refresh            bool
		dealers, receivers []uint32
	}{
		{name: "refresh of 4", oldN: 4, refresh: true},
		{name: "reshare 4 to 7", oldN: 4, dealers: dkgtest.Range(1, 4), receivers: dkgtest.Range(1, 7)},
		{name: "reshare 7 to 4", oldN: 7, dealers: dkgtest.Range(1, 7), receivers: dkgtest.Range(1, 4)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rnd := mpctest.Reader(t.Name())
			// The old key set comes from a real DKG, not a dealer.
			dkgOut := run(t, rnd, newDKG(t, rnd, tt.oldN), nil)
			oldRes, oldShares := agreed(t, dkgOut, dkgtest.Range(1, tt.oldN))
			oldPub := oldRes.Public

			m := []byte("a secret sealed before the move.")
			ct, err := tdh2.Encrypt(rnd, oldPub.PublicKey(), m, []byte("label"))
			if err != nil {
				t.Fatal(err)
			}

			var c *dkgtest.Ceremony
			if tt.refresh {
				c, err = dkgtest.NewRefresh(rnd, dkg.KEMX25519, t.Name(), oldShares)
			} else {
				c, err = dkgtest.NewReshare(rnd, dkg.KEMX25519, t.Name(), oldShares, tt.dealers, tt.receivers, mpctest.Threshold(len(tt.receivers)))
			}
			if err != nil {
				t.Fatal(err)
			}
			parties := tt.receivers
			if tt.refresh {
				parties = dkgtest.Range(1, tt.oldN)
			}
			res, newShares := agreed(t, run(t, rnd, c, nil), parties)
			newPub := res.Public

			got := decrypt(t, rnd, newPub, newShares, ct)
			if !bytes.Equal(got, m) {
				t.Fatal("the old ciphertext does not decrypt with the new shares")
			}

			// Mixing epochs: a verified old share with a verified new one.
			req := request(t, newPub, ct)
			oldReq := request(t, oldPub, ct)
			mixed := []tdh2.VerifiedShare{verified(t, rnd, oldPub, oldShares[0], oldReq)}
			for _, s := range newShares[1 : newPub.Threshold()+1] {
				mixed = append(mixed, verified(t, rnd, newPub, s, req))
			}
			if _, err := tdh2.Combine(newPub, req.ID, req.Ciphertext, mixed); !errors.Is(err, tdh2.ErrEpochMismatch) {
				t.Fatalf("old and new shares combined: %v", err)
			}
			oldBatch, err := tdh2.NewShareBatch(rnd, oldShares[0], []tdh2.Request{oldReq})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := tdh2.VerifyShareBatch(newPub, oldBatch, []tdh2.Request{req}); !errors.Is(err, tdh2.ErrEpochMismatch) {
				t.Fatalf("an old-epoch batch verified against the new key set: %v", err)
			}
		})
	}
}

func request(t *testing.T, pub *keyset.Public, ct *tdh2.Ciphertext) tdh2.Request {
	t.Helper()
	v, err := tdh2.ValidateParsed(pub.PublicKey(), ct)
	if err != nil {
		t.Fatal(err)
	}
	return tdh2.Request{ID: tdh2.RequestID{1}, Ciphertext: v}
}

func verified(t *testing.T, rnd interface{ Read([]byte) (int, error) }, pub *keyset.Public, s *keyset.Share, req tdh2.Request) tdh2.VerifiedShare {
	t.Helper()
	b, err := tdh2.NewShareBatch(rnd, s, []tdh2.Request{req})
	if err != nil {
		t.Fatal(err)
	}
	vs, err := tdh2.VerifyShareBatch(pub, b, []tdh2.Request{req})
	if err != nil {
		t.Fatal(err)
	}
	return vs[0]
}

func decrypt(t *testing.T, rnd interface{ Read([]byte) (int, error) }, pub *keyset.Public, shares []*keyset.Share, ct *tdh2.Ciphertext) []byte {
	t.Helper()
	req := request(t, pub, ct)
	var batches []*tdh2.ShareBatch
	for _, s := range shares {
		b, err := tdh2.NewShareBatch(rnd, s, []tdh2.Request{req})
		if err != nil {
			t.Fatal(err)
		}
		batches = append(batches, b)
	}
	results, faults := tdh2.CombineBatches(pub, []tdh2.Request{req}, batches)
	if len(faults) != 0 {
		t.Fatalf("honest shares reported faulty: %v", faults)
	}
	return results[0].Plaintext
}
