package crypto

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/tdh2"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// TDH2 verifies and combines threshold decryption shares with mpc/tdh2.
//
// A batch for a public or app request is a tdh2.ShareBatch over the
// request's handles in order (one proof). A batch for a user request is
// EncodeReencryptionBatch of one tdh2.ReencryptionShare per handle. Handle
// j of request id is bound to types.RequestDigest(chain id, id, j).
type TDH2 struct{}

var _ types.ShareScheme = TDH2{}

// errContext marks failures of the request context, which blame no party.
func errContext(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{types.ErrInvalidRequest}, args...)...)
}

func publicKeySet(b []byte) (*keyset.Public, error) {
	pub, err := keyset.UnmarshalPublic(b)
	if err != nil {
		return nil, errContext("key set: %v", err)
	}
	return pub, nil
}

// VerifyCiphertext implements types.ShareScheme.
func (TDH2) VerifyCiphertext(keySet, ciphertext []byte) error {
	pub, err := publicKeySet(keySet)
	if err != nil {
		return err
	}
	_, err = tdh2.Validate(pub.PublicKey(), ciphertext)
	return err
}

// VerifyUserKey implements types.ShareScheme: Y is a 128-byte G1 point,
// not the identity.
func (TDH2) VerifyUserKey(key []byte) error {
	_, err := new(group.Point).SetBytes(key)
	return err
}

// requests rebuilds the tdh2 requests of a chain request.
func requests(c types.RequestContext, pub *keyset.Public) ([]tdh2.Request, error) {
	h := pub.PublicKey()
	out := make([]tdh2.Request, len(c.Ciphertexts))
	for j, ct := range c.Ciphertexts {
		v, err := tdh2.Validate(h, ct)
		if err != nil {
			return nil, errContext("ciphertext %d: %v", j, err)
		}
		out[j] = tdh2.Request{ID: types.RequestDigest(c.ChainID, c.RequestID, uint32(j)), Ciphertext: v}
	}
	return out, nil
}

// verified holds one party's verified shares, per handle.
type verified struct {
	dec   []tdh2.VerifiedShare
	reenc []tdh2.VerifiedReencryptionShare
}

func verify(c types.RequestContext, pub *keyset.Public, reqs []tdh2.Request, index uint32, batch []byte) (verified, error) {
	var v verified
	switch c.Kind {
	case types.REQUEST_KIND_PUBLIC, types.REQUEST_KIND_APP:
		b, err := tdh2.UnmarshalShareBatch(batch)
		if err != nil {
			return v, err
		}
		if b.Index != index {
			return v, fmt.Errorf("crypto: batch names party %d, sent by party %d", b.Index, index)
		}
		v.dec, err = tdh2.VerifyShareBatch(pub, b, reqs)
		return v, err
	case types.REQUEST_KIND_USER:
		Y, err := new(group.Point).SetBytes(c.ReencryptionKey)
		if err != nil {
			return v, errContext("re-encryption key: %v", err)
		}
		shares, err := DecodeReencryptionBatch(batch)
		if err != nil {
			return v, err
		}
		if len(shares) != len(reqs) {
			return v, fmt.Errorf("crypto: %d re-encryption shares for %d handles", len(shares), len(reqs))
		}
		for j, b := range shares {
			s, err := tdh2.UnmarshalReencryptionShare(b)
			if err != nil {
				return v, fmt.Errorf("crypto: re-encryption share %d: %w", j, err)
			}
			if s.Index != index {
				return v, fmt.Errorf("crypto: share %d names party %d, sent by party %d", j, s.Index, index)
			}
			vs, err := tdh2.VerifyReencryptionShare(pub, s, reqs[j], Y)
			if err != nil {
				return v, fmt.Errorf("crypto: re-encryption share %d: %w", j, err)
			}
			v.reenc = append(v.reenc, vs)
		}
		return v, nil
	default:
		return v, errContext("kind %s", c.Kind)
	}
}

// VerifyShares implements types.ShareScheme. Errors wrapping
// types.ErrInvalidRequest concern the request, not the party.
func (TDH2) VerifyShares(c types.RequestContext, index uint32, batch []byte) error {
	pub, err := publicKeySet(c.KeySet)
	if err != nil {
		return err
	}
	reqs, err := requests(c, pub)
	if err != nil {
		return err
	}
	_, err = verify(c, pub, reqs, index, batch)
	return err
}

// Combine implements types.ShareScheme: it re-verifies the batches (their
// verified forms are not kept between transactions) and combines the first
// f+1, giving per handle the 32-byte cleartext, or for user requests the
// tdh2.Reencrypted encoding only the user can open.
func (TDH2) Combine(c types.RequestContext, batches []types.IndexedBatch) ([][]byte, error) {
	pub, err := publicKeySet(c.KeySet)
	if err != nil {
		return nil, err
	}
	reqs, err := requests(c, pub)
	if err != nil {
		return nil, err
	}
	need := int(pub.Threshold()) + 1
	if len(batches) < need {
		return nil, fmt.Errorf("%w: %d batches, need %d", tdh2.ErrNotEnough, len(batches), need)
	}
	vs := make([]verified, need)
	for k, b := range batches[:need] {
		if vs[k], err = verify(c, pub, reqs, b.Index, b.Batch); err != nil {
			return nil, fmt.Errorf("crypto: batch of party %d: %w", b.Index, err)
		}
	}
	out := make([][]byte, len(reqs))
	for j, r := range reqs {
		if c.Kind == types.REQUEST_KIND_USER {
			shares := make([]tdh2.VerifiedReencryptionShare, need)
			for k := range vs {
				shares[k] = vs[k].reenc[j]
			}
			agg, err := tdh2.AggregateReencryption(pub, r.ID, r.Ciphertext, shares)
			if err != nil {
				return nil, err
			}
			if out[j], err = agg.MarshalBinary(); err != nil {
				return nil, err
			}
			continue
		}
		shares := make([]tdh2.VerifiedShare, need)
		for k := range vs {
			shares[k] = vs[k].dec[j]
		}
		if out[j], err = tdh2.Combine(pub, r.ID, r.Ciphertext, shares); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ErrReencryptionBatch reports a malformed re-encryption batch.
var ErrReencryptionBatch = errors.New("crypto: malformed re-encryption batch")

// EncodeReencryptionBatch encodes one re-encryption share per handle:
// uint32 k ‖ (uint32 len ‖ share)^k, big-endian.
func EncodeReencryptionBatch(shares [][]byte) []byte {
	out := binary.BigEndian.AppendUint32(nil, uint32(len(shares)))
	for _, s := range shares {
		out = binary.BigEndian.AppendUint32(out, uint32(len(s)))
		out = append(out, s...)
	}
	return out
}

// DecodeReencryptionBatch parses EncodeReencryptionBatch's output strictly.
func DecodeReencryptionBatch(b []byte) ([][]byte, error) {
	if len(b) < 4 {
		return nil, ErrReencryptionBatch
	}
	k := binary.BigEndian.Uint32(b)
	b = b[4:]
	if uint64(k) > uint64(len(b))/4 {
		return nil, ErrReencryptionBatch
	}
	out := make([][]byte, 0, k)
	for range k {
		if len(b) < 4 {
			return nil, ErrReencryptionBatch
		}
		n := binary.BigEndian.Uint32(b)
		b = b[4:]
		if uint64(n) > uint64(len(b)) {
			return nil, ErrReencryptionBatch
		}
		out = append(out, b[:n:n])
		b = b[n:]
	}
	if len(b) != 0 {
		return nil, ErrReencryptionBatch
	}
	return out, nil
}
