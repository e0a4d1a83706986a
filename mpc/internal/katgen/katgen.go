// Package katgen generates the known-answer vectors under mpc/testdata from
// fixed seeds: encodings, hashes, the generators, TDH2 ciphertexts (valid
// and invalid), decryption share batches and re-encryption shares. The
// vectors let the Solidity contracts and other implementations check
// themselves against the Go code; the tests of this package regenerate them
// and fail on any difference.
package katgen

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"

	"golang.org/x/crypto/sha3"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/mpctest"
	"github.com/tkms/tkms/mpc/tdh2"
)

// Hex is a byte string written as 0x-prefixed hex.
type Hex []byte

// MarshalJSON writes "0x…".
func (h Hex) MarshalJSON() ([]byte, error) { return json.Marshal("0x" + hex.EncodeToString(h)) }

// UnmarshalJSON reads "0x…".
func (h *Hex) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if len(s) < 2 || s[:2] != "0x" {
		return fmt.Errorf("katgen: hex string without 0x: %q", s)
	}
	out, err := hex.DecodeString(s[2:])
	*h = out
	return err
}

// ExpandVector is one Expand(tag, len, parts…) case.
type ExpandVector struct {
	Tag    string `json:"tag"`
	Parts  []Hex  `json:"parts"`
	Len    int    `json:"len"`
	Output Hex    `json:"output"`
}

// ScalarVector is one Hs(tag, parts…) case.
type ScalarVector struct {
	Tag    string `json:"tag"`
	Parts  []Hex  `json:"parts"`
	Scalar Hex    `json:"scalar"`
}

// HashFile is testdata/hash.json.
type HashFile struct {
	Expand       []ExpandVector `json:"expand"`
	HashToScalar []ScalarVector `json:"hashToScalar"`
	Generators   struct {
		G Hex `json:"G"`
		H Hex `json:"H"`
	} `json:"generators"`
}

// NamedHex is an invalid input with the reason it is invalid.
type NamedHex struct {
	Name  string `json:"name"`
	Value Hex    `json:"value"`
}

// PointVector is a valid point in both encodings.
type PointVector struct {
	Scalar     Hex `json:"scalar"`
	Point      Hex `json:"point"`
	Compressed Hex `json:"compressed"`
}

// EncodingFile is testdata/encoding.json.
type EncodingFile struct {
	Order          Hex           `json:"order"`
	ValidScalars   []Hex         `json:"validScalars"`
	InvalidScalars []NamedHex    `json:"invalidScalars"`
	ValidPoints    []PointVector `json:"validPoints"`
	InvalidPoints  []NamedHex    `json:"invalidPoints"`
}

// CiphertextVector is a valid TDH2 ciphertext with its plaintext.
type CiphertextVector struct {
	ChainID    uint64 `json:"chainId"`
	Contract   Hex    `json:"contract"`
	User       Hex    `json:"user"`
	Label      Hex    `json:"label"`
	Message    Hex    `json:"message"`
	Ciphertext Hex    `json:"ciphertext"`
	Handle     Hex    `json:"handle"`
}

// InvalidCiphertext is a ciphertext that must be rejected.
type InvalidCiphertext struct {
	Name       string `json:"name"`
	Ciphertext Hex    `json:"ciphertext"`
}

// TDH2File is testdata/tdh2.json.
type TDH2File struct {
	PublicKey Hex                 `json:"publicKey"`
	Valid     []CiphertextVector  `json:"valid"`
	Invalid   []InvalidCiphertext `json:"invalid"`
}

// BatchVector is a party's share batch.
type BatchVector struct {
	Party    uint32 `json:"party"`
	Encoding Hex    `json:"encoding"`
	Valid    bool   `json:"valid"`
}

// ReencVector is a party's re-encryption share.
type ReencVector struct {
	Party    uint32 `json:"party"`
	Encoding Hex    `json:"encoding"`
}

// SharesFile is testdata/shares.json: a key set (n = 4, f = 1), requests,
// every party's share batch (one tampered), the plaintexts, and a user
// decryption with its aggregate.
type SharesFile struct {
	KeySet       Hex           `json:"keySet"`
	RequestIDs   []Hex         `json:"requestIds"`
	Ciphertexts  []Hex         `json:"ciphertexts"`
	Plaintexts   []Hex         `json:"plaintexts"`
	Batches      []BatchVector `json:"batches"`
	UserKey      Hex           `json:"userPublicKey"`
	UserRequest  Hex           `json:"userRequestId"`
	Reencryption []ReencVector `json:"reencryptionShares"`
	Aggregate    Hex           `json:"aggregate"`
}

// Files holds every generated file by name.
type Files map[string]any

// Generate builds every vector file deterministically.
func Generate() (Files, error) {
	files := Files{}
	var err error
	if files["hash.json"], err = hashFile(); err != nil {
		return nil, err
	}
	if files["encoding.json"], err = encodingFile(); err != nil {
		return nil, err
	}
	if files["tdh2.json"], err = tdh2File(); err != nil {
		return nil, err
	}
	if files["shares.json"], err = sharesFile(); err != nil {
		return nil, err
	}
	return files, nil
}

func hashFile() (*HashFile, error) {
	f := &HashFile{}
	cases := []struct {
		tag   string
		parts [][]byte
	}{
		{group.TagTDH2Challenge, nil},
		{group.TagTDH2Challenge, [][]byte{{}}},
		{group.TagDLEQ, [][]byte{[]byte("abc")}},
		{group.TagDLEQ, [][]byte{[]byte("ab"), []byte("c")}},
		{group.TagTDH2Mask, [][]byte{make([]byte, 128)}},
		{group.TagReencrypt, [][]byte{make([]byte, 200), []byte{1}, make([]byte, 33)}},
		{"TKMS-v1/test/a-much-longer-domain-tag-to-check-length-handling-" + string(make([]byte, 0)), [][]byte{[]byte("x")}},
	}
	for _, c := range cases {
		parts := make([]Hex, len(c.parts))
		for i, p := range c.parts {
			parts[i] = p
		}
		for _, n := range []int{32, 48, 64} {
			out, err := group.ExpandMessage(c.tag, n, c.parts...)
			if err != nil {
				return nil, err
			}
			f.Expand = append(f.Expand, ExpandVector{Tag: c.tag, Parts: parts, Len: n, Output: out})
		}
		f.HashToScalar = append(f.HashToScalar, ScalarVector{Tag: c.tag, Parts: parts,
			Scalar: group.HashToScalar(c.tag, c.parts...).Bytes()})
	}
	f.Generators.G = group.NewGeneratorPoint().Bytes()
	f.Generators.H = group.NewSecondGeneratorPoint().Bytes()
	return f, nil
}

func encodingFile() (*EncodingFile, error) {
	rnd := mpctest.Reader("kat/encoding")
	r := group.Order()
	f := &EncodingFile{Order: r.FillBytes(make([]byte, 32))}
	rm1 := new(big.Int).Sub(r, big.NewInt(1)).FillBytes(make([]byte, 32))
	f.ValidScalars = []Hex{make([]byte, 32), group.ScalarFromUint64(1).Bytes(), rm1}
	for range 3 {
		s, err := group.RandomScalar(rnd)
		if err != nil {
			return nil, err
		}
		f.ValidScalars = append(f.ValidScalars, s.Bytes())
	}
	allOnes := make([]byte, 32)
	for i := range allOnes {
		allOnes[i] = 0xff
	}
	f.InvalidScalars = []NamedHex{
		{"scalar equal to the group order", r.FillBytes(make([]byte, 32))},
		{"scalar equal to the order plus one", new(big.Int).Add(r, big.NewInt(1)).FillBytes(make([]byte, 32))},
		{"scalar of all ones", allOnes},
		{"scalar of 31 bytes", make([]byte, 31)},
		{"scalar of 33 bytes", make([]byte, 33)},
	}
	for i, k := range []uint64{1, 2, 3} {
		s := group.ScalarFromUint64(k)
		if i == 2 {
			var err error
			if s, err = group.RandomScalar(rnd); err != nil {
				return nil, err
			}
		}
		P := new(group.Point).ScalarBaseMult(s)
		f.ValidPoints = append(f.ValidPoints, PointVector{Scalar: s.Bytes(), Point: P.Bytes(), Compressed: P.CompressedBytes()})
	}
	G := group.NewGeneratorPoint().Bytes()
	mod := func(off int, v byte) []byte {
		b := append([]byte(nil), G...)
		b[off] ^= v
		return b
	}
	p := new(big.Int).SetBytes(fpModulus())
	xPlusP := append([]byte(nil), G...)
	new(big.Int).Add(new(big.Int).SetBytes(G[16:64]), p).FillBytes(xPlusP[16:64])
	f.InvalidPoints = []NamedHex{
		{"identity (128 zero bytes)", make([]byte, 128)},
		{"point off the curve (y changed)", mod(127, 1)},
		{"nonzero padding in x", mod(0, 1)},
		{"nonzero padding in y", mod(64, 0x80)},
		{"x not below the field modulus", xPlusP},
		{"point of 127 bytes", G[:127]},
		{"point of 129 bytes", append(append([]byte(nil), G...), 0)},
		{"point outside the prime-order subgroup", notInSubgroup()},
	}
	return f, nil
}

func fpModulus() []byte {
	b, _ := hex.DecodeString("1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab")
	return b
}

// notInSubgroup returns a curve point outside G1: the point with the
// smallest x ≥ 1 on the curve, which has a cofactor component.
func notInSubgroup() []byte {
	p := new(big.Int).SetBytes(fpModulus())
	four := big.NewInt(4)
	for x := int64(1); ; x++ {
		X := big.NewInt(x)
		rhs := new(big.Int).Exp(X, big.NewInt(3), p)
		rhs.Add(rhs, four).Mod(rhs, p)
		y := new(big.Int).ModSqrt(rhs, p)
		if y == nil {
			continue
		}
		b := make([]byte, 128)
		X.FillBytes(b[16:64])
		y.FillBytes(b[80:128])
		if _, err := new(group.Point).SetBytes(b); err == group.ErrNotInSubgroup {
			return b
		}
	}
}

// HostLabel is the label InputVerifier expects: abi.encodePacked(uint256
// chainId, address contract, address user).
func HostLabel(chainID uint64, contract, user []byte) []byte {
	out := make([]byte, 32, 72)
	binary.BigEndian.PutUint64(out[24:], chainID)
	out = append(out, contract...)
	return append(out, user...)
}

func keccak(b []byte) []byte {
	h := sha3.NewLegacyKeccak256()
	h.Write(b)
	return h.Sum(nil)
}

func tdh2File() (*TDH2File, error) {
	rnd := mpctest.Reader("kat/tdh2")
	pub, _, _, err := mpctest.Deal(rnd, 4, 1, 1)
	if err != nil {
		return nil, err
	}
	h := pub.PublicKey()
	f := &TDH2File{PublicKey: h.Bytes()}
	contract := mustHex("5FbDB2315678afecb367f032d93F642f64180aa3")
	users := [][]byte{mustHex("f39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), mustHex("70997970C51812dc3A010C7d01b50e0d17dc79C8")}
	var first []byte
	for i := range 4 {
		m := make([]byte, 32)
		if _, err := io.ReadFull(rnd, m); err != nil {
			return nil, err
		}
		user := users[i%2]
		label := HostLabel(31337, contract, user)
		ct, err := tdh2.Encrypt(rnd, h, m, label)
		if err != nil {
			return nil, err
		}
		enc := ct.Bytes()
		if first == nil {
			first = enc
		}
		f.Valid = append(f.Valid, CiphertextVector{ChainID: 31337, Contract: contract, User: user,
			Label: label, Message: m, Ciphertext: enc, Handle: keccak(enc)})
	}
	flip := func(off int) []byte {
		b := append([]byte(nil), first...)
		b[off] ^= 1
		return b
	}
	other := new(group.Point).ScalarBaseMult(group.ScalarFromUint64(7)).Bytes()
	replace := func(off int, with []byte) []byte {
		b := append([]byte(nil), first...)
		copy(b[off:], with)
		return b
	}
	order := group.Order().FillBytes(make([]byte, 32))
	otherKey, _, _, err := mpctest.Deal(mpctest.Reader("kat/tdh2/other"), 1, 0, 1)
	if err != nil {
		return nil, err
	}
	m := make([]byte, 32)
	wrongKey, err := tdh2.Encrypt(rnd, otherKey.PublicKey(), m, HostLabel(31337, contract, users[0]))
	if err != nil {
		return nil, err
	}
	f.Invalid = []InvalidCiphertext{
		{"c changed", flip(1)},
		{"u replaced by another subgroup point", replace(33, other)},
		{"u-bar replaced by another subgroup point", replace(161, other)},
		{"e changed", flip(289 + 31)},
		{"z changed", flip(321 + 31)},
		{"label changed", flip(len(first) - 1)},
		{"e not below the group order", replace(289, order)},
		{"z not below the group order", replace(321, order)},
		{"u off the curve", flip(33 + 127)},
		{"u the identity", replace(33, make([]byte, 128))},
		{"u outside the subgroup", replace(33, notInSubgroup())},
		{"unknown version", replace(0, []byte{2})},
		{"truncated", first[:len(first)-1]},
		{"trailing byte", append(append([]byte(nil), first...), 0)},
		{"label length larger than the data", replace(353, []byte{0xff, 0xff})},
		{"ciphertext for another public key", wrongKey.Bytes()},
	}
	return f, nil
}

func mustHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func sharesFile() (*SharesFile, error) {
	rnd := mpctest.Reader("kat/shares")
	pub, shares, _, err := mpctest.Deal(rnd, 4, 1, 3)
	if err != nil {
		return nil, err
	}
	ks, err := pub.MarshalBinary()
	if err != nil {
		return nil, err
	}
	f := &SharesFile{KeySet: ks}
	h := pub.PublicKey()
	var reqs []tdh2.Request
	for j := range 3 {
		m := make([]byte, 32)
		if _, err := io.ReadFull(rnd, m); err != nil {
			return nil, err
		}
		ct, err := tdh2.Encrypt(rnd, h, m, []byte(fmt.Sprintf("request %d", j)))
		if err != nil {
			return nil, err
		}
		v, err := tdh2.ValidateParsed(h, ct)
		if err != nil {
			return nil, err
		}
		id := tdh2.RequestID{}
		copy(id[:], keccak([]byte{byte(j)}))
		reqs = append(reqs, tdh2.Request{ID: id, Ciphertext: v})
		f.RequestIDs = append(f.RequestIDs, id[:])
		f.Ciphertexts = append(f.Ciphertexts, ct.Bytes())
		f.Plaintexts = append(f.Plaintexts, m)
	}
	for i, s := range shares {
		b, err := tdh2.NewShareBatch(rnd, s, reqs)
		if err != nil {
			return nil, err
		}
		valid := true
		if i == 2 { // party 3 sends a wrong share for the second request
			b.Shares[1].AddVarTime(&b.Shares[1], group.NewGeneratorPoint())
			valid = false
		}
		enc, err := b.MarshalBinary()
		if err != nil {
			return nil, err
		}
		f.Batches = append(f.Batches, BatchVector{Party: s.Index, Encoding: enc, Valid: valid})
	}
	user, err := tdh2.GenerateUserKey(rnd)
	if err != nil {
		return nil, err
	}
	f.UserKey = user.PublicKey().Bytes()
	f.UserRequest = reqs[0].ID[:]
	var verified []tdh2.VerifiedReencryptionShare
	for _, s := range shares {
		rs, err := tdh2.NewReencryptionShare(rnd, s, reqs[0], user.PublicKey())
		if err != nil {
			return nil, err
		}
		enc, err := rs.MarshalBinary()
		if err != nil {
			return nil, err
		}
		f.Reencryption = append(f.Reencryption, ReencVector{Party: s.Index, Encoding: enc})
		v, err := tdh2.VerifyReencryptionShare(pub, rs, reqs[0], user.PublicKey())
		if err != nil {
			return nil, err
		}
		verified = append(verified, v)
	}
	agg, err := tdh2.AggregateReencryption(pub, reqs[0].ID, reqs[0].Ciphertext, verified)
	if err != nil {
		return nil, err
	}
	if f.Aggregate, err = agg.MarshalBinary(); err != nil {
		return nil, err
	}
	return f, nil
}
