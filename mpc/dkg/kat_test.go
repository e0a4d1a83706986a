package dkg

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/tkms/tkms/mpc/group"
)

var updateKAT = flag.Bool("update", false, "rewrite testdata/kat.json")

// kat holds known-answer vectors for the deterministic parts of the DKG:
// the proof of knowledge (given its 32 random bytes), the HPKE info string,
// and the encodings and hashes of messages with fixed contents.
type kat struct {
	PoK struct {
		Ceremony string `json:"ceremony"`
		Epoch    uint64 `json:"epoch"`
		Dealer   uint32 `json:"dealer"`
		Secret   string `json:"secret"`
		Seed     string `json:"seed"`
		A        string `json:"A"`
		E        string `json:"e"`
		Z        string `json:"z"`
	} `json:"proofOfKnowledge"`
	SubshareInfo struct {
		Ceremony string `json:"ceremony"`
		Epoch    uint64 `json:"epoch"`
		Dealer   uint32 `json:"dealer"`
		Receiver uint32 `json:"receiver"`
		Info     string `json:"info"`
	} `json:"subshareInfo"`
	Messages []struct {
		Name     string `json:"name"`
		Encoding string `json:"encoding"`
		Hash     string `json:"hash"`
	} `json:"messages"`
}

// katMessages builds the fixed messages of the vectors.
func katMessages(pok *Proof, A *group.Point) []struct {
	name string
	enc  []byte
	hash [32]byte
} {
	hdr := Header{CeremonyID: [32]byte{0xc1, 0x02}, Epoch: 7, Sender: 3}
	d := &Dealing{Header: hdr, Commitments: []group.Point{*A, *group.NewIdentityPoint()}, Proof: pok,
		Subshares: []EncryptedSubshare{
			{Receiver: 1, Ciphertext: bytes.Repeat([]byte{0xa1}, 80)},
			{Receiver: 4, Ciphertext: bytes.Repeat([]byte{0xa4}, 80)},
		}}
	c := &Complaint{Header: Header{CeremonyID: hdr.CeremonyID, Epoch: 7, Sender: 4}, Dealer: 3, Reason: ComplaintMismatch}
	j := &Justification{Header: hdr, Revealed: []RevealedSubshare{
		{Receiver: 2, Value: *group.ScalarFromUint64(22)}, {Receiver: 4, Value: *group.ScalarFromUint64(44)}}}
	out := make([]struct {
		name string
		enc  []byte
		hash [32]byte
	}, 3)
	out[0].name, out[0].enc, out[0].hash = "dealing", mustEnc(d.MarshalBinary()), d.Hash()
	out[1].name, out[1].enc, out[1].hash = "complaint", mustEnc(c.MarshalBinary()), c.Hash()
	out[2].name, out[2].enc, out[2].hash = "justification", mustEnc(j.MarshalBinary()), j.Hash()
	return out
}

func mustEnc(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

func TestKnownAnswers(t *testing.T) {
	var v kat
	v.PoK.Ceremony = hex.EncodeToString(bytes.Repeat([]byte{0x11}, 32))
	v.PoK.Epoch, v.PoK.Dealer = 9, 5
	secret := group.ScalarFromUint64(0x0123456789abcdef)
	seed := bytes.Repeat([]byte{0x5e}, 32)
	var h Header
	copy(h.CeremonyID[:], bytes.Repeat([]byte{0x11}, 32))
	h.Epoch, h.Sender = v.PoK.Epoch, v.PoK.Dealer
	A := new(group.Point).ScalarBaseMult(secret)
	pok, err := proveKnowledge(bytes.NewReader(seed), &h, secret, A)
	if err != nil {
		t.Fatal(err)
	}
	if !verifyKnowledge(&h, A, pok) {
		t.Fatal("the vector's proof does not verify")
	}
	v.PoK.Secret, v.PoK.Seed = hex.EncodeToString(secret.Bytes()), hex.EncodeToString(seed)
	v.PoK.A, v.PoK.E, v.PoK.Z = hex.EncodeToString(A.Bytes()), hex.EncodeToString(pok.E.Bytes()), hex.EncodeToString(pok.Z.Bytes())

	v.SubshareInfo.Ceremony = v.PoK.Ceremony
	v.SubshareInfo.Epoch, v.SubshareInfo.Dealer, v.SubshareInfo.Receiver = 9, 5, 6
	v.SubshareInfo.Info = hex.EncodeToString(subshareInfo(&h.CeremonyID, 9, 5, 6))

	for _, m := range katMessages(pok, A) {
		v.Messages = append(v.Messages, struct {
			Name     string `json:"name"`
			Encoding string `json:"encoding"`
			Hash     string `json:"hash"`
		}{m.name, hex.EncodeToString(m.enc), hex.EncodeToString(m.hash[:])})
	}

	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "kat.json")
	if *updateKAT {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestKnownAnswers -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("known-answer vectors drifted from testdata/kat.json; if the change is intended, update the specification and run with -update")
	}
}
