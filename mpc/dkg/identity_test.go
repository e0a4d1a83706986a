package dkg_test

import (
	"errors"
	"testing"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/dkg/dkgtest"
	"github.com/tkms/tkms/mpc/mpctest"
)

// In a Reshare an index names one party in the old and the new set: dealer
// i and receiver i are the same party. The self-complaint rule depends on
// it (receiver i cannot complain against dealer i), so a party that holds
// old share i but not receiver i's key, or receiver i's key but not old
// share i, cannot take part as i.
func TestAReshareIndexNamesOnePartyInBothSets(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	_, oldShares, _, err := mpctest.Deal(rnd, 4, 1, 5)
	if err != nil {
		t.Fatal(err)
	}
	c, err := dkgtest.NewReshare(rnd, dkg.KEMX25519, t.Name(), oldShares, dkgtest.Range(1, 4), dkgtest.Range(1, 4), 1)
	if err != nil {
		t.Fatal(err)
	}
	cfg := c.Config
	// Old party 3 running as 3 with another party's HPKE key.
	stranger, err := dkg.GenerateEncryptionKey(rnd)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dkg.New(cfg, 3, stranger, oldShares[2], rnd); !errors.Is(err, dkg.ErrInvalidKey) {
		t.Fatalf("old share 3 with another receiver's key: got %v, want ErrInvalidKey", err)
	}
	if _, err := dkg.New(cfg, 3, nil, oldShares[2], rnd); !errors.Is(err, dkg.ErrInvalidKey) {
		t.Fatalf("old share 3 without receiver 3's key: got %v, want ErrInvalidKey", err)
	}
	// New party 3 without old share 3.
	if _, err := dkg.New(cfg, 3, c.Keys[3], nil, rnd); !errors.Is(err, dkg.ErrOldShare) {
		t.Fatalf("receiver 3 without old share 3: got %v, want ErrOldShare", err)
	}
	if _, err := dkg.New(cfg, 3, c.Keys[3], oldShares[1], rnd); !errors.Is(err, dkg.ErrOldShare) {
		t.Fatalf("receiver 3 with old share 2: got %v, want ErrOldShare", err)
	}
	if _, err := dkg.New(cfg, 3, c.Keys[3], oldShares[2], rnd); err != nil {
		t.Fatalf("the party holding both: %v", err)
	}
	// The rule that depends on it.
	self := &dkg.Complaint{Header: dkg.Header{CeremonyID: cfg.CeremonyID, Epoch: cfg.Epoch, Sender: 3},
		Dealer: 3, Reason: dkg.ComplaintMismatch}
	if err := dkg.VerifyComplaint(cfg, self); !errors.Is(err, dkg.ErrInvalidComplaint) {
		t.Fatalf("receiver 3 against dealer 3: got %v, want ErrInvalidComplaint", err)
	}
}
