package dkg_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/dkg/dkgtest"
	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/mpctest"
)

// sample returns a configuration with a valid dealing of party 1, a
// complaint of 2 against 1 and a justification of 1 for 2 and 3.
func sample(t testing.TB, label string) (*dkg.Config, *dkg.Dealing, *dkg.Complaint, *dkg.Justification) {
	t.Helper()
	rnd := mpctest.Reader(label)
	c, err := dkgtest.NewDKG(rnd, dkg.KEMX25519, label, 4, 1)
	if err != nil {
		t.Fatal(err)
	}
	p, err := dkg.New(c.Config, 1, c.Keys[1], nil, rnd)
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Deal()
	if err != nil {
		t.Fatal(err)
	}
	hdr := func(i uint32) dkg.Header {
		return dkg.Header{CeremonyID: c.Config.CeremonyID, Epoch: c.Config.Epoch, Sender: i}
	}
	cp := &dkg.Complaint{Header: hdr(2), Dealer: 1, Reason: dkg.ComplaintMismatch}
	if _, err := p.ProcessDealings([]*dkg.Dealing{d}); err != nil {
		t.Fatal(err)
	}
	js, err := p.ProcessComplaints([]*dkg.Complaint{cp, {Header: hdr(3), Dealer: 1, Reason: dkg.ComplaintUndecryptable}})
	if err != nil || len(js) != 1 {
		t.Fatalf("justifications %v: %v", js, err)
	}
	return c.Config, d, cp, js[0]
}

// encodeDealing writes a dealing field by field as docs/CRYPTO.md
// specifies, without any check, to compare with MarshalBinary and to make
// malformed encodings.
func encodeDealing(d *dkg.Dealing, commitments int, proofFlag uint8) []byte {
	var b []byte
	b = append(b, 1)
	b = append(b, d.CeremonyID[:]...)
	b = binary.BigEndian.AppendUint64(b, d.Epoch)
	b = binary.BigEndian.AppendUint32(b, d.Sender)
	b = binary.BigEndian.AppendUint32(b, uint32(commitments))
	for k := range d.Commitments {
		b = d.Commitments[k].AppendBytes(b)
	}
	b = append(b, proofFlag)
	if d.Proof != nil {
		b = d.Proof.E.AppendBytes(b)
		b = d.Proof.Z.AppendBytes(b)
	}
	b = binary.BigEndian.AppendUint32(b, uint32(len(d.Subshares)))
	for _, s := range d.Subshares {
		b = binary.BigEndian.AppendUint32(b, s.Receiver)
		b = binary.BigEndian.AppendUint32(b, uint32(len(s.Ciphertext)))
		b = append(b, s.Ciphertext...)
	}
	return b
}

func encodeJustification(j *dkg.Justification, count int) []byte {
	var b []byte
	b = append(b, 3)
	b = append(b, j.CeremonyID[:]...)
	b = binary.BigEndian.AppendUint64(b, j.Epoch)
	b = binary.BigEndian.AppendUint32(b, j.Sender)
	b = binary.BigEndian.AppendUint32(b, uint32(count))
	for _, r := range j.Revealed {
		b = binary.BigEndian.AppendUint32(b, r.Receiver)
		b = r.Value.AppendBytes(b)
	}
	return b
}

func TestMessagesRoundTripThroughTheirCanonicalEncoding(t *testing.T) {
	_, d, c, j := sample(t, t.Name())
	enc, err := d.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(enc, encodeDealing(d, len(d.Commitments), 1)) {
		t.Fatal("the dealing encoding differs from the specification")
	}
	d2, err := dkg.UnmarshalDealing(enc)
	if err != nil {
		t.Fatal(err)
	}
	if enc2, _ := d2.MarshalBinary(); !bytes.Equal(enc, enc2) || d2.Hash() != d.Hash() {
		t.Fatal("dealing round trip changed the encoding")
	}

	enc, err = c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	want := append([]byte{2}, c.CeremonyID[:]...)
	want = binary.BigEndian.AppendUint64(want, c.Epoch)
	want = binary.BigEndian.AppendUint32(want, c.Sender)
	want = binary.BigEndian.AppendUint32(want, c.Dealer)
	want = append(want, byte(c.Reason))
	if !bytes.Equal(enc, want) {
		t.Fatal("the complaint encoding differs from the specification")
	}
	c2, err := dkg.UnmarshalComplaint(enc)
	if err != nil || *c2 != *c || c2.Hash() != c.Hash() {
		t.Fatalf("complaint round trip: %v", err)
	}

	enc, err = j.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(enc, encodeJustification(j, len(j.Revealed))) {
		t.Fatal("the justification encoding differs from the specification")
	}
	j2, err := dkg.UnmarshalJustification(enc)
	if err != nil {
		t.Fatal(err)
	}
	if enc2, _ := j2.MarshalBinary(); !bytes.Equal(enc, enc2) || j2.Hash() != j.Hash() {
		t.Fatal("justification round trip changed the encoding")
	}
}

func TestMessageHashesBindEveryField(t *testing.T) {
	_, d, c, j := sample(t, t.Name())
	h := d.Hash()
	want, _ := group.ExpandMessage(dkg.TagMessage, 32, must(d.MarshalBinary()))
	if !bytes.Equal(h[:], want) {
		t.Fatal("Hash is not Expand(TagMessage, 32, encoding)")
	}
	d2 := *d
	d2.Epoch++
	c2 := *c
	c2.Dealer = 3
	j2 := *j
	j2.Revealed = append([]dkg.RevealedSubshare(nil), j.Revealed...)
	j2.Revealed[0].Value.Add(&j2.Revealed[0].Value, group.ScalarFromUint64(1))
	pairs := []struct {
		name string
		a, b [32]byte
	}{
		{"dealings of different epochs", d.Hash(), d2.Hash()},
		{"complaints against different dealers", c.Hash(), c2.Hash()},
		{"justifications with different values", j.Hash(), j2.Hash()},
	}
	for _, p := range pairs {
		if p.a == p.b {
			t.Errorf("%s hash alike", p.name)
		}
	}
	var none [32]byte
	if (&dkg.Dealing{}).Hash() != none || (&dkg.Justification{}).Hash() != none || (&dkg.Complaint{}).Hash() != none {
		t.Error("a message that cannot be encoded does not hash to zero")
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

func TestDecodersRejectMalformedEncodings(t *testing.T) {
	_, d, c, j := sample(t, t.Name())
	dEnc, cEnc, jEnc := must(d.MarshalBinary()), must(c.MarshalBinary()), must(j.MarshalBinary())
	commitmentsAt := 1 + 32 + 8 + 4 + 4
	proofAt := commitmentsAt + len(d.Commitments)*group.PointSize
	subsharesAt := proofAt + 1 + 64 + 4
	entry := 4 + 4 + len(d.Subshares[0].Ciphertext)
	mutate := func(b []byte, f func(b []byte)) []byte {
		b = bytes.Clone(b)
		f(b)
		return b
	}
	withSubshares := func(f func(s []dkg.EncryptedSubshare) []dkg.EncryptedSubshare) []byte {
		e := *d
		e.Subshares = f(append([]dkg.EncryptedSubshare(nil), d.Subshares...))
		return encodeDealing(&e, len(e.Commitments), 1)
	}
	withRevealed := func(f func(s []dkg.RevealedSubshare) []dkg.RevealedSubshare) []byte {
		e := *j
		e.Revealed = f(append([]dkg.RevealedSubshare(nil), j.Revealed...))
		return encodeJustification(&e, len(e.Revealed))
	}
	order := group.Order().FillBytes(make([]byte, 32))
	tests := []struct {
		name   string
		decode func([]byte) error
		in     []byte
	}{
		{"an empty dealing", decodeDealing, nil},
		{"a dealing with a trailing byte", decodeDealing, append(bytes.Clone(dEnc), 0)},
		{"a dealing with another message type", decodeDealing, mutate(dEnc, func(b []byte) { b[0] = 2 })},
		{"a dealing with no commitments", decodeDealing, encodeDealing(&dkg.Dealing{Header: d.Header, Proof: d.Proof, Subshares: d.Subshares}, 0, 1)},
		{"a dealing with a commitment count beyond the message", decodeDealing, mutate(dEnc, func(b []byte) { binary.BigEndian.PutUint32(b[commitmentsAt-4:], 0xffffffff) })},
		{"a dealing with a commitment off the curve", decodeDealing, mutate(dEnc, func(b []byte) { b[commitmentsAt+127] ^= 1 })},
		{"a dealing with non-zero point padding", decodeDealing, mutate(dEnc, func(b []byte) { b[commitmentsAt] = 1 })},
		{"a dealing with proof flag 2", decodeDealing, mutate(dEnc, func(b []byte) { b[proofAt] = 2 })},
		{"a dealing with a proof scalar equal to the order", decodeDealing, mutate(dEnc, func(b []byte) { copy(b[proofAt+1:], order) })},
		{"a dealing with no sub-shares", decodeDealing, withSubshares(func([]dkg.EncryptedSubshare) []dkg.EncryptedSubshare { return nil })},
		{"a dealing with unsorted receivers", decodeDealing, withSubshares(func(s []dkg.EncryptedSubshare) []dkg.EncryptedSubshare {
			s[0], s[1] = s[1], s[0]
			return s
		})},
		{"a dealing with a repeated receiver", decodeDealing, withSubshares(func(s []dkg.EncryptedSubshare) []dkg.EncryptedSubshare {
			s[1].Receiver = s[0].Receiver
			return s
		})},
		{"a dealing with receiver 0", decodeDealing, withSubshares(func(s []dkg.EncryptedSubshare) []dkg.EncryptedSubshare {
			s[0].Receiver = 0
			return s
		})},
		{"a dealing with an empty ciphertext", decodeDealing, withSubshares(func(s []dkg.EncryptedSubshare) []dkg.EncryptedSubshare {
			s[0].Ciphertext = nil
			return s
		})},
		{"a dealing with an oversized ciphertext", decodeDealing, withSubshares(func(s []dkg.EncryptedSubshare) []dkg.EncryptedSubshare {
			s[0].Ciphertext = make([]byte, dkg.MaxCiphertextSize+1)
			return s
		})},
		{"a dealing with a ciphertext length beyond the message", decodeDealing, mutate(dEnc, func(b []byte) { binary.BigEndian.PutUint32(b[subsharesAt+entry*3+4:], 1<<20) })},
		{"an empty complaint", decodeComplaint, nil},
		{"a complaint with a trailing byte", decodeComplaint, append(bytes.Clone(cEnc), 0)},
		{"a complaint one byte short", decodeComplaint, cEnc[:len(cEnc)-1]},
		{"a complaint with another message type", decodeComplaint, mutate(cEnc, func(b []byte) { b[0] = 1 })},
		{"a complaint with reason 0", decodeComplaint, mutate(cEnc, func(b []byte) { b[len(b)-1] = 0 })},
		{"a complaint with reason 3", decodeComplaint, mutate(cEnc, func(b []byte) { b[len(b)-1] = 3 })},
		{"an empty justification", decodeJustification, nil},
		{"a justification with a trailing byte", decodeJustification, append(bytes.Clone(jEnc), 0)},
		{"a justification with another message type", decodeJustification, mutate(jEnc, func(b []byte) { b[0] = 1 })},
		{"a justification revealing nothing", decodeJustification, withRevealed(func([]dkg.RevealedSubshare) []dkg.RevealedSubshare { return nil })},
		{"a justification with a count beyond the message", decodeJustification, mutate(jEnc, func(b []byte) { binary.BigEndian.PutUint32(b[45:], 3) })},
		{"a justification with unsorted receivers", decodeJustification, withRevealed(func(s []dkg.RevealedSubshare) []dkg.RevealedSubshare {
			s[0], s[1] = s[1], s[0]
			return s
		})},
		{"a justification with receiver 0", decodeJustification, withRevealed(func(s []dkg.RevealedSubshare) []dkg.RevealedSubshare {
			s[0].Receiver = 0
			return s
		})},
		{"a justification with a value equal to the order", decodeJustification, mutate(jEnc, func(b []byte) { copy(b[45+4+4:], order) })},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.decode(tt.in); !errors.Is(err, dkg.ErrMalformed) {
				t.Fatalf("got %v, want ErrMalformed", err)
			}
		})
	}
	t.Run("every truncation of every message", func(t *testing.T) {
		for _, m := range []struct {
			enc    []byte
			decode func([]byte) error
		}{{dEnc, decodeDealing}, {cEnc, decodeComplaint}, {jEnc, decodeJustification}} {
			for k := range m.enc {
				if err := m.decode(m.enc[:k]); !errors.Is(err, dkg.ErrMalformed) {
					t.Fatalf("a message cut to %d of %d bytes: %v", k, len(m.enc), err)
				}
			}
		}
	})
}

func TestEncodersRefuseWhatDecodersWouldReject(t *testing.T) {
	_, d, c, j := sample(t, t.Name())
	bad := []struct {
		name string
		enc  func() ([]byte, error)
	}{
		{"a nil dealing", (*dkg.Dealing)(nil).MarshalBinary},
		{"a dealing without commitments", (&dkg.Dealing{Header: d.Header, Subshares: d.Subshares}).MarshalBinary},
		{"a dealing without sub-shares", (&dkg.Dealing{Header: d.Header, Commitments: d.Commitments}).MarshalBinary},
		{"a nil complaint", (*dkg.Complaint)(nil).MarshalBinary},
		{"a complaint without reason", (&dkg.Complaint{Header: c.Header, Dealer: 1}).MarshalBinary},
		{"a nil justification", (*dkg.Justification)(nil).MarshalBinary},
		{"a justification revealing nothing", (&dkg.Justification{Header: j.Header}).MarshalBinary},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := tt.enc(); !errors.Is(err, dkg.ErrMalformed) {
				t.Fatalf("got %v, want ErrMalformed", err)
			}
		})
	}
}

func decodeDealing(b []byte) error       { _, err := dkg.UnmarshalDealing(b); return err }
func decodeComplaint(b []byte) error     { _, err := dkg.UnmarshalComplaint(b); return err }
func decodeJustification(b []byte) error { _, err := dkg.UnmarshalJustification(b); return err }
