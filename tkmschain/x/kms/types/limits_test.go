package types_test

import (
	"testing"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/mpctest"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// The size limits admit the largest honest messages: a hybrid post-quantum
// encryption key, and a DKG dealing to MaxPartiesPerKeySet receivers with
// that suite at the largest threshold.
func TestLimitsAdmitTheHybridSuiteAtFullSize(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	n := types.MaxPartiesPerKeySet
	cfg := &dkg.Config{Kind: dkg.KindDKG, Epoch: 1, Threshold: uint32((n - 1) / 3)}
	cfg.CeremonyID[0] = 1
	var keys []*dkg.EncryptionPrivateKey
	for i := 1; i <= n; i++ {
		k, err := dkg.GenerateEncryptionKeyKEM(dkg.KEMMLKEM768X25519, rnd)
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
		cfg.Dealers = append(cfg.Dealers, uint32(i))
		cfg.Receivers = append(cfg.Receivers, dkg.Receiver{Index: uint32(i), Key: k.Public()})
	}
	if got := len(keys[0].Public().Bytes()); got > types.MaxEncryptionKeyLen {
		t.Fatalf("a hybrid encryption key takes %d bytes, the limit is %d", got, types.MaxEncryptionKeyLen)
	}
	p, err := dkg.New(cfg, 1, keys[0], nil, rnd)
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Deal()
	if err != nil {
		t.Fatal(err)
	}
	enc, err := d.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if len(enc) > types.MaxCeremonyBytes {
		t.Fatalf("a dealing to %d hybrid receivers takes %d bytes, the limit is %d", n, len(enc), types.MaxCeremonyBytes)
	}
}
