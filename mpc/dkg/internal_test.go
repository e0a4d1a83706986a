package dkg

import (
	"errors"
	"slices"
	"testing"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/mpctest"
)

func testConfig(t *testing.T, kem KEM) (*Config, map[uint32]*EncryptionPrivateKey) {
	t.Helper()
	rnd := mpctest.Reader(t.Name())
	cfg := &Config{CeremonyID: [32]byte{1}, Kind: KindDKG, Epoch: 3, Dealers: []uint32{1, 2, 3}, Threshold: 1}
	keys := make(map[uint32]*EncryptionPrivateKey)
	for _, i := range cfg.Dealers {
		k, err := GenerateEncryptionKeyKEM(kem, rnd)
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
		cfg.Receivers = append(cfg.Receivers, Receiver{Index: i, Key: k.Public()})
	}
	if err := cfg.Check(); err != nil {
		t.Fatal(err)
	}
	return cfg, keys
}

func TestSubshareCiphertextsAreBoundToTheirPlaceInTheCeremony(t *testing.T) {
	for _, kem := range []KEM{KEMX25519, KEMMLKEM768X25519} {
		t.Run(kem.String(), func(t *testing.T) {
			cfg, keys := testConfig(t, kem)
			s := group.ScalarFromUint64(1234)
			ct, err := EncryptSubshare(cfg, 1, 2, s)
			if err != nil {
				t.Fatal(err)
			}
			p, _ := kem.params()
			if len(ct) != p.ciphertextSize() {
				t.Fatalf("ciphertext of %d bytes, want %d", len(ct), p.ciphertextSize())
			}
			got, err := decryptSubshare(cfg, keys[2], 1, 2, ct)
			if err != nil || !got.Equal(s) {
				t.Fatalf("decryption: %v", err)
			}
			otherCeremony := *cfg
			otherCeremony.CeremonyID[31] = 1
			otherEpoch := *cfg
			otherEpoch.Epoch++
			tests := []struct {
				name     string
				cfg      *Config
				key      *EncryptionPrivateKey
				dealer   uint32
				receiver uint32
			}{
				{"another dealer", cfg, keys[2], 3, 2},
				{"another receiver index", cfg, keys[2], 1, 3},
				{"another receiver's key", cfg, keys[3], 1, 2},
				{"another ceremony", &otherCeremony, keys[2], 1, 2},
				{"another epoch", &otherEpoch, keys[2], 1, 2},
			}
			for _, tt := range tests {
				if _, err := decryptSubshare(tt.cfg, tt.key, tt.dealer, tt.receiver, ct); !errors.Is(err, ErrDecrypt) {
					t.Errorf("%s: %v", tt.name, err)
				}
			}
			if _, err := EncryptSubshare(cfg, 1, 9, s); !errors.Is(err, ErrUnknownParty) {
				t.Errorf("encrypting to a stranger: %v", err)
			}
		})
	}
}

func TestProofOfKnowledgeIsBoundToCeremonyEpochAndDealer(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	a, err := group.RandomNonZeroScalar(rnd)
	if err != nil {
		t.Fatal(err)
	}
	A := new(group.Point).ScalarBaseMult(a)
	h := &Header{CeremonyID: [32]byte{7}, Epoch: 2, Sender: 4}
	p, err := proveKnowledge(rnd, h, a, A)
	if err != nil {
		t.Fatal(err)
	}
	if !verifyKnowledge(h, A, p) {
		t.Fatal("an honest proof does not verify")
	}
	otherA := new(group.Point).Add(A, group.NewGeneratorPoint())
	bad := []struct {
		name string
		h    Header
		A    *group.Point
		p    *Proof
	}{
		{"another ceremony", Header{CeremonyID: [32]byte{8}, Epoch: 2, Sender: 4}, A, p},
		{"another epoch", Header{CeremonyID: [32]byte{7}, Epoch: 3, Sender: 4}, A, p},
		{"another dealer", Header{CeremonyID: [32]byte{7}, Epoch: 2, Sender: 5}, A, p},
		{"another statement", *h, otherA, p},
		{"the identity", *h, group.NewIdentityPoint(), p},
		{"no proof", *h, A, nil},
		{"a swapped proof", *h, A, &Proof{E: p.Z, Z: p.E}},
	}
	for _, tt := range bad {
		if verifyKnowledge(&tt.h, tt.A, tt.p) {
			t.Errorf("a proof verifies for %s", tt.name)
		}
	}
	// Hedged nonce: the same randomness for another secret gives another
	// commitment, so two proofs never share a nonce.
	b := new(group.Scalar).Add(a, group.ScalarFromUint64(1))
	p1, _ := proveKnowledge(mpctest.Reader("same"), h, a, A)
	p2, _ := proveKnowledge(mpctest.Reader("same"), h, b, new(group.Point).ScalarBaseMult(b))
	if p1.E.Equal(&p2.E) {
		t.Fatal("proofs for different secrets with the same randomness share a challenge")
	}
}

func TestTransitionTableLeadsEveryPhaseToAnEnd(t *testing.T) {
	terminal := []Phase{PhaseFinished, PhaseFailed}
	for p, next := range transitions {
		if slices.Contains(terminal, p) != (len(next) == 0) {
			t.Errorf("%v: terminal %v but %d exits", p, slices.Contains(terminal, p), len(next))
		}
		// Every phase reaches Finished.
		seen := map[Phase]bool{p: true}
		frontier := []Phase{p}
		for len(frontier) > 0 {
			q := frontier[0]
			frontier = frontier[1:]
			for _, r := range transitions[q] {
				if !seen[r] {
					seen[r] = true
					frontier = append(frontier, r)
				}
			}
		}
		if !seen[PhaseFinished] && !slices.Contains(terminal, p) {
			t.Errorf("%v cannot reach Finished", p)
		}
	}
	// Nothing reaches a terminal phase before the dealings are processed.
	for _, p := range []Phase{PhaseInit, PhaseDealt} {
		for _, q := range terminal {
			if _, err := p.transitionTo(q); !errors.Is(err, ErrInvalidTransition) {
				t.Errorf("%v → %v allowed", p, q)
			}
		}
	}
	if next, err := PhaseInit.transitionTo(PhaseDealt); err != nil || next != PhaseDealt {
		t.Errorf("Init → Dealt: %v, %v", next, err)
	}
}
