package group

import (
	"encoding/binary"
	"fmt"
)

// Domain tags. Each use of a hash has its own; they are part of the
// protocol and must never change for version 1.
const (
	// TagSecondGenerator is the RFC 9380 DST used to derive H.
	TagSecondGenerator = "TKMS-v1/G1/BLS12381G1_XMD:SHA-256_SSWU_RO_"
	// secondGeneratorMessage is the message hashed to H.
	secondGeneratorMessage = "TKMS-v1 second generator"

	TagTDH2Mask      = "TKMS-v1/TDH2/H1"
	TagTDH2Challenge = "TKMS-v1/TDH2/e"
	TagDLEQ          = "TKMS-v1/DLEQ"
	TagDLEQBatch     = "TKMS-v1/DLEQ/batch"
	TagReencrypt     = "TKMS-v1/REENC"
	TagDKGKnowledge  = "TKMS-v1/DKG/PoK"
	// TagBatchVerify derives the coefficient of random-linear-combination
	// checks: keyset.NewPublic's consistency check of verification keys.
	TagBatchVerify = "TKMS-v1/batch-verify"
	TagKEMDEM      = "TKMS-v1/KEMDEM"
	TagNonce       = "TKMS-v1/nonce"
	// TagDKGSubshareInfo opens the HPKE info string of DKG sub-shares (a
	// label, not a hash tag; docs/CRYPTO.md).
	TagDKGSubshareInfo = "TKMS-v1/DKG/subshare"
)

// LengthPrefixed concatenates parts, each preceded by its length as a 4-byte
// big-endian integer. It is the message format of every tKMS hash.
func LengthPrefixed(parts ...[]byte) []byte {
	n := 0
	for _, p := range parts {
		n += 4 + len(p)
	}
	out := make([]byte, 0, n)
	for _, p := range parts {
		out = binary.BigEndian.AppendUint32(out, uint32(len(p)))
		out = append(out, p...)
	}
	return out
}

// ExpandMessage returns n bytes of expand_message_xmd(SHA-256) (RFC 9380
// §5.3.1) of the length-prefixed parts under tag, for 1 ≤ n ≤ 8160
// (ErrHashOutputLarge otherwise). A tag longer than 255 bytes is reduced
// as RFC 9380 §5.3.3 says (all tKMS tags are shorter).
func ExpandMessage(tag string, n int, parts ...[]byte) ([]byte, error) {
	if n <= 0 || n > 255*32 {
		return nil, fmt.Errorf("%w: %d bytes", ErrHashOutputLarge, n)
	}
	return expandMessageXMD(LengthPrefixed(parts...), domainTag(tag), n), nil
}

// HashToScalar returns hash_to_field(Z_r) (RFC 9380 §5.2, expand_message_xmd
// with SHA-256, L = 48, count = 1) of the length-prefixed parts under tag
// (a tag longer than 255 bytes reduced as in ExpandMessage).
// The parts may be secret (nonce derivation): SHA-256 and the wide
// reduction (Scalar.SetUniformBytes) are constant time.
func HashToScalar(tag string, parts ...[]byte) *Scalar {
	u, err := ExpandMessage(tag, hashToFieldL, parts...)
	if err != nil {
		panic("group: hash_to_field: " + err.Error()) // unreachable: 48 bytes
	}
	s := new(Scalar)
	frFromWideBE(&s.v, u)
	clear(u)
	return s
}

// hashToFieldL is L of RFC 9380 for Z_r: ⌈(255 + 128)/8⌉ = 48 bytes.
const hashToFieldL = 48

// HashToScalars returns count scalars from one hash_to_field call
// (1 ≤ count ≤ 170, ErrHashOutputLarge otherwise).
func HashToScalars(tag string, count int, parts ...[]byte) ([]*Scalar, error) {
	if count <= 0 || count*48 > 255*32 {
		return nil, fmt.Errorf("%w: %d scalars", ErrHashOutputLarge, count)
	}
	u, err := ExpandMessage(tag, hashToFieldL*count, parts...)
	if err != nil {
		return nil, err
	}
	out := make([]*Scalar, count)
	for i := range out {
		out[i] = new(Scalar)
		frFromWideBE(&out[i].v, u[hashToFieldL*i:hashToFieldL*(i+1)])
	}
	clear(u)
	return out, nil
}

// Uint32Bytes and Uint64Bytes encode integers big-endian for hash parts.
func Uint32Bytes(v uint32) []byte { return binary.BigEndian.AppendUint32(nil, v) }

// Uint64Bytes encodes v as 8 bytes big-endian.
func Uint64Bytes(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }
