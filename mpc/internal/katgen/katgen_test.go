package katgen_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/crypto/sha3"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/internal/katgen"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/tdh2"
)

const dir = "../../testdata"

func load(t *testing.T, name string, v any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}

// The committed vectors are exactly what the generator produces now: any
// change to an encoding, hash or protocol shows up here.
func TestCommittedVectorsMatchTheGenerator(t *testing.T) {
	files, err := katgen.Generate()
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range files {
		want, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(bytes.TrimSpace(got), want) {
			t.Errorf("%s differs from the generator's output: run `make kat` and review the change", name)
		}
	}
}

func TestHashVectors(t *testing.T) {
	var f katgen.HashFile
	load(t, "hash.json", &f)
	for _, v := range f.Expand {
		parts := make([][]byte, len(v.Parts))
		for i := range v.Parts {
			parts[i] = v.Parts[i]
		}
		got, err := group.ExpandMessage(v.Tag, v.Len, parts...)
		if err != nil || !bytes.Equal(got, v.Output) {
			t.Fatalf("Expand(%q, %d) mismatch: %v", v.Tag, v.Len, err)
		}
	}
	for _, v := range f.HashToScalar {
		parts := make([][]byte, len(v.Parts))
		for i := range v.Parts {
			parts[i] = v.Parts[i]
		}
		if got := group.HashToScalar(v.Tag, parts...).Bytes(); !bytes.Equal(got, v.Scalar) {
			t.Fatalf("Hs(%q) mismatch", v.Tag)
		}
	}
	if !bytes.Equal(f.Generators.H, group.NewSecondGeneratorPoint().Bytes()) {
		t.Fatal("second generator mismatch")
	}
}

func TestEncodingVectors(t *testing.T) {
	var f katgen.EncodingFile
	load(t, "encoding.json", &f)
	for _, s := range f.ValidScalars {
		v, err := new(group.Scalar).SetCanonicalBytes(s)
		if err != nil || !bytes.Equal(v.Bytes(), s) {
			t.Fatalf("valid scalar %x rejected: %v", []byte(s), err)
		}
	}
	for _, s := range f.InvalidScalars {
		if _, err := new(group.Scalar).SetCanonicalBytes(s.Value); err == nil {
			t.Fatalf("invalid scalar accepted: %s", s.Name)
		}
	}
	for _, p := range f.ValidPoints {
		k, err := new(group.Scalar).SetCanonicalBytes(p.Scalar)
		if err != nil {
			t.Fatal(err)
		}
		P, err := new(group.Point).SetBytes(p.Point)
		if err != nil || !P.Equal(new(group.Point).ScalarBaseMult(k)) {
			t.Fatalf("valid point rejected or wrong: %v", err)
		}
		C, err := new(group.Point).SetCompressedBytes(p.Compressed)
		if err != nil || !C.Equal(P) {
			t.Fatalf("compressed point rejected or wrong: %v", err)
		}
	}
	for _, p := range f.InvalidPoints {
		if _, err := new(group.Point).SetBytes(p.Value); err == nil {
			t.Fatalf("invalid point accepted: %s", p.Name)
		}
	}
}

func TestTDH2Vectors(t *testing.T) {
	var f katgen.TDH2File
	load(t, "tdh2.json", &f)
	h, err := new(group.Point).SetBytes(f.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range f.Valid {
		ct, err := tdh2.ParseCiphertext(v.Ciphertext)
		if err != nil {
			t.Fatal(err)
		}
		if err := ct.VerifyWithLabel(h, katgen.HostLabel(v.ChainID, v.Contract, v.User)); err != nil {
			t.Fatalf("valid vector %d rejected: %v", i, err)
		}
		k := sha3.NewLegacyKeccak256()
		k.Write(v.Ciphertext)
		if !bytes.Equal(k.Sum(nil), v.Handle) {
			t.Fatalf("vector %d: handle is not keccak256(ciphertext)", i)
		}
	}
	for _, v := range f.Invalid {
		if _, err := tdh2.Validate(h, v.Ciphertext); err == nil {
			t.Fatalf("invalid vector accepted: %s", v.Name)
		}
	}
}

func TestShareVectors(t *testing.T) {
	var f katgen.SharesFile
	load(t, "shares.json", &f)
	pub, err := keyset.UnmarshalPublic(f.KeySet)
	if err != nil {
		t.Fatal(err)
	}
	var reqs []tdh2.Request
	for j, c := range f.Ciphertexts {
		v, err := tdh2.Validate(pub.PublicKey(), c)
		if err != nil {
			t.Fatal(err)
		}
		var id tdh2.RequestID
		copy(id[:], f.RequestIDs[j])
		reqs = append(reqs, tdh2.Request{ID: id, Ciphertext: v})
	}
	var batches []*tdh2.ShareBatch
	for _, bv := range f.Batches {
		b, err := tdh2.UnmarshalShareBatch(bv.Encoding)
		if err != nil {
			t.Fatal(err)
		}
		_, err = tdh2.VerifyShareBatch(pub, b, reqs)
		if (err == nil) != bv.Valid {
			t.Fatalf("batch of party %d: valid=%v, verify error %v", bv.Party, bv.Valid, err)
		}
		batches = append(batches, b)
	}
	results, faults := tdh2.CombineBatches(pub, reqs, batches)
	if len(faults) != 1 || faults[0].Index != 3 {
		t.Fatalf("faults %v, want party 3", faults)
	}
	for j, r := range results {
		if !bytes.Equal(r.Plaintext, f.Plaintexts[j]) {
			t.Fatalf("request %d decrypts wrongly", j)
		}
	}
	Y, err := new(group.Point).SetBytes(f.UserKey)
	if err != nil {
		t.Fatal(err)
	}
	var verified []tdh2.VerifiedReencryptionShare
	for _, rv := range f.Reencryption {
		s, err := tdh2.UnmarshalReencryptionShare(rv.Encoding)
		if err != nil {
			t.Fatal(err)
		}
		v, err := tdh2.VerifyReencryptionShare(pub, s, reqs[0], Y)
		if err != nil {
			t.Fatalf("re-encryption share of party %d: %v", rv.Party, err)
		}
		verified = append(verified, v)
	}
	agg, err := tdh2.AggregateReencryption(pub, reqs[0].ID, reqs[0].Ciphertext, verified)
	if err != nil {
		t.Fatal(err)
	}
	enc, _ := agg.MarshalBinary()
	if !bytes.Equal(enc, f.Aggregate) {
		t.Fatal("aggregate differs from the vector")
	}
}
