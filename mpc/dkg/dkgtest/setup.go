package dkgtest

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/keyset"
)

// CeremonyID derives a ceremony id from a label.
func CeremonyID(label string) [32]byte {
	return sha256.Sum256([]byte("TKMS-v1/test-ceremony/" + label))
}

// Range returns the indices first, first+1, …, first+n−1.
func Range(first uint32, n int) []uint32 {
	out := make([]uint32, n)
	for k := range out {
		out[k] = first + uint32(k)
	}
	return out
}

// Ceremony is a configured ceremony with every party's secrets.
type Ceremony struct {
	Config *dkg.Config
	// Keys holds the HPKE private key of every receiver.
	Keys map[uint32]*dkg.EncryptionPrivateKey
	// OldShares holds every old party's share (Refresh and Reshare).
	OldShares map[uint32]*keyset.Share
}

func newCeremony(rnd io.Reader, kem dkg.KEM, cfg *dkg.Config, receivers []uint32, old []*keyset.Share) (*Ceremony, error) {
	c := &Ceremony{Config: cfg, Keys: make(map[uint32]*dkg.EncryptionPrivateKey), OldShares: make(map[uint32]*keyset.Share)}
	for _, j := range receivers {
		k, err := dkg.GenerateEncryptionKeyKEM(kem, rnd)
		if err != nil {
			return nil, err
		}
		c.Keys[j] = k
		cfg.Receivers = append(cfg.Receivers, dkg.Receiver{Index: j, Key: k.Public()})
	}
	for _, s := range old {
		c.OldShares[s.Index] = s
	}
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	return c, nil
}

// NewDKG configures a DKG among parties 1..n with threshold f.
func NewDKG(rnd io.Reader, kem dkg.KEM, label string, n int, f uint32) (*Ceremony, error) {
	parties := Range(1, n)
	cfg := &dkg.Config{CeremonyID: CeremonyID(label), Kind: dkg.KindDKG, Epoch: 1, Dealers: parties, Threshold: f}
	return newCeremony(rnd, kem, cfg, parties, nil)
}

// NewRefresh configures a refresh of the key set the shares belong to, at
// the next epoch.
func NewRefresh(rnd io.Reader, kem dkg.KEM, label string, old []*keyset.Share) (*Ceremony, error) {
	if len(old) == 0 || slices.ContainsFunc(old, func(s *keyset.Share) bool { return s == nil || s.Public == nil }) {
		return nil, fmt.Errorf("dkgtest: no old shares")
	}
	pub := old[0].Public
	cfg := &dkg.Config{CeremonyID: CeremonyID(label), Kind: dkg.KindRefresh, Epoch: pub.Epoch() + 1,
		Dealers: pub.Indices(), Old: pub, Threshold: pub.Threshold()}
	return newCeremony(rnd, kem, cfg, pub.Indices(), old)
}

// NewReshare configures a resharing of the key set the shares belong to,
// dealt by the old parties in dealers, to receivers with threshold f, at
// the next epoch.
func NewReshare(rnd io.Reader, kem dkg.KEM, label string, old []*keyset.Share, dealers, receivers []uint32, f uint32) (*Ceremony, error) {
	if len(old) == 0 || slices.ContainsFunc(old, func(s *keyset.Share) bool { return s == nil || s.Public == nil }) {
		return nil, fmt.Errorf("dkgtest: no old shares")
	}
	pub := old[0].Public
	cfg := &dkg.Config{CeremonyID: CeremonyID(label), Kind: dkg.KindReshare, Epoch: pub.Epoch() + 1,
		Dealers: slices.Clone(dealers), Old: pub, Threshold: f}
	return newCeremony(rnd, kem, cfg, receivers, old)
}

// Parties returns the indices of every party with a role: dealers and
// receivers, increasing.
func (c *Ceremony) Parties() []uint32 {
	if c.Config == nil {
		return nil
	}
	out := slices.Clone(c.Config.Dealers)
	for _, r := range c.Config.Receivers {
		out = append(out, r.Index)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Participants makes a dkg.Participant for every party, all drawing their
// randomness from rnd.
func (c *Ceremony) Participants(rnd io.Reader) ([]*dkg.Participant, error) {
	if c.Config == nil {
		return nil, errors.New("dkgtest: ceremony without a configuration")
	}
	var out []*dkg.Participant
	for _, i := range c.Parties() {
		var old *keyset.Share
		if c.Config.Kind != dkg.KindDKG && (c.Config.Kind == dkg.KindRefresh || c.Config.IsDealer(i)) {
			old = c.OldShares[i]
		}
		p, err := dkg.New(c.Config, i, c.Keys[i], old, rnd)
		if err != nil {
			return nil, fmt.Errorf("dkgtest: party %d: %w", i, err)
		}
		out = append(out, p)
	}
	return out, nil
}
