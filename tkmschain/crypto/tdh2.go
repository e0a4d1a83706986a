package crypto

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/tdh2"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// TDH2 verifies and combines threshold decryption shares with mpc/tdh2,
// one batch per party and share round.
//
// A round's shares are one per handle of every request, in request then
// handle order; handle j of request id is bound to
// types.RequestDigest(chain id, id, j). A decryption round's batch is one
// tdh2.ShareBatch over all of them (one proof). A re-encryption round's
// batch is EncodeReencryptionBatch of one tdh2.ReencryptionShare per
// handle, each re-encrypted to its request's user key.
//
// The zero value computes everything afresh. NewTDH2 returns one that
// caches key sets, validated ciphertexts and verified batches (cache.go)
// and can verify a block's work ahead of execution (Prefetch); a node uses
// that one.
type TDH2 struct {
	cache *cache
}

// NewTDH2 returns a TDH2 with a verification cache. It is safe for
// concurrent use.
func NewTDH2() TDH2 { return TDH2{cache: newCache()} }

var _ types.ShareScheme = TDH2{}

// errContext marks failures of the round context, which blame no party.
func errContext(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{types.ErrInvalidRequest}, args...)...)
}

// VerifyCiphertext implements types.ShareScheme.
func (t TDH2) VerifyCiphertext(keySet, ciphertext []byte) error {
	pub, ks, err := t.cache.keySet(keySet)
	if err != nil {
		return err
	}
	_, err = t.cache.validate(pub, ks, ciphertext)
	return err
}

// CiphertextLabel implements types.ShareScheme with tdh2.ParseCiphertext,
// the decoder validation uses.
func (TDH2) CiphertextLabel(ciphertext []byte) ([]byte, error) {
	ct, err := tdh2.ParseCiphertext(ciphertext)
	if err != nil {
		return nil, err
	}
	return ct.Label, nil
}

// VerifyUserKey implements types.ShareScheme: Y is a 128-byte G1 point,
// not the identity.
func (TDH2) VerifyUserKey(key []byte) error {
	_, err := new(group.Point).SetBytes(key)
	return err
}

// round is a round's context in mpc/tdh2 terms: one request per handle,
// and for re-encryption rounds the user key of each. digest binds the
// whole context (the cache key of its batches).
type round struct {
	pub    *keyset.Public
	reqs   []tdh2.Request
	users  []*group.Point
	digest [32]byte
}

func (t TDH2) newRound(c types.RoundContext) (*round, error) {
	pub, ks, err := t.cache.keySet(c.KeySet)
	if err != nil {
		return nil, err
	}
	if c.Kind != types.SHARE_KIND_DECRYPTION && c.Kind != types.SHARE_KIND_REENCRYPTION {
		return nil, errContext("share kind %s", c.Kind)
	}
	r := &round{pub: pub, reqs: make([]tdh2.Request, 0, c.Shares())}
	h := sha256.New()
	h.Write([]byte(c.ChainID))
	h.Write(binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint32(ks[:], uint32(c.Kind)), uint64(len(c.Requests))))
	for _, req := range c.Requests {
		var Y *group.Point
		if c.Kind == types.SHARE_KIND_REENCRYPTION {
			if Y, err = new(group.Point).SetBytes(req.ReencryptionKey); err != nil {
				return nil, errContext("request %d: re-encryption key: %v", req.RequestID, err)
			}
		}
		d := digest(binary.BigEndian.AppendUint64(nil, req.RequestID), req.ReencryptionKey)
		h.Write(d[:])
		for j, ct := range req.Ciphertexts {
			d := digest(ct)
			h.Write(d[:])
			v, err := t.cache.validate(pub, ks, ct)
			if err != nil {
				return nil, errContext("request %d ciphertext %d: %v", req.RequestID, j, err)
			}
			r.reqs = append(r.reqs, tdh2.Request{ID: types.RequestDigest(c.ChainID, req.RequestID, uint32(j)), Ciphertext: v})
			r.users = append(r.users, Y)
		}
	}
	if len(r.reqs) == 0 {
		return nil, errContext("round %d has no shares", c.RoundID)
	}
	h.Sum(r.digest[:0])
	return r, nil
}

// verified holds one party's verified shares, one per handle of the round.
type verified struct {
	dec   []tdh2.VerifiedShare
	reenc []tdh2.VerifiedReencryptionShare
}

func (r *round) verify(index uint32, batch []byte) (verified, error) {
	var v verified
	if r.users[0] == nil {
		b, err := tdh2.UnmarshalShareBatch(batch)
		if err != nil {
			return v, err
		}
		if b.Index != index {
			return v, fmt.Errorf("crypto: batch names party %d, sent by party %d", b.Index, index)
		}
		v.dec, err = tdh2.VerifyShareBatch(r.pub, b, r.reqs)
		return v, err
	}
	shares, err := DecodeReencryptionBatch(batch)
	if err != nil {
		return v, err
	}
	if len(shares) != len(r.reqs) {
		return v, fmt.Errorf("crypto: %d re-encryption shares for %d handles", len(shares), len(r.reqs))
	}
	v.reenc = make([]tdh2.VerifiedReencryptionShare, len(shares))
	for j, b := range shares {
		s, err := tdh2.UnmarshalReencryptionShare(b)
		if err != nil {
			return v, fmt.Errorf("crypto: re-encryption share %d: %w", j, err)
		}
		if s.Index != index {
			return v, fmt.Errorf("crypto: share %d names party %d, sent by party %d", j, s.Index, index)
		}
		if v.reenc[j], err = tdh2.VerifyReencryptionShare(r.pub, s, r.reqs[j], r.users[j]); err != nil {
			return v, fmt.Errorf("crypto: re-encryption share %d: %w", j, err)
		}
	}
	return v, nil
}

// VerifyShares implements types.ShareScheme. Errors wrapping
// types.ErrInvalidRequest concern the round, not the party.
func (t TDH2) VerifyShares(c types.RoundContext, index uint32, batch []byte) error {
	r, err := t.newRound(c)
	if err != nil {
		return err
	}
	_, err = t.cache.verify(r, index, batch)
	return err
}

// Combine implements types.ShareScheme: it re-verifies the batches (their
// verified forms are not kept in chain state; a cached verification counts)
// and combines the first f+1, giving per handle the 32-byte cleartext, or
// for re-encryption rounds the tdh2.Reencrypted encoding only the user can
// open.
func (t TDH2) Combine(c types.RoundContext, batches []types.IndexedBatch) ([][][]byte, error) {
	r, err := t.newRound(c)
	if err != nil {
		return nil, err
	}
	need := int(r.pub.Threshold()) + 1
	if len(batches) < need {
		return nil, fmt.Errorf("%w: %d batches, need %d", tdh2.ErrNotEnough, len(batches), need)
	}
	vs := make([]verified, need)
	for k, b := range batches[:need] {
		if vs[k], err = t.cache.verify(r, b.Index, b.Batch); err != nil {
			return nil, fmt.Errorf("crypto: batch of party %d: %w", b.Index, err)
		}
	}
	// Handles combine independently: spread them over the cores (the
	// result does not depend on the order).
	out := make([][][]byte, len(c.Requests))
	type slot struct{ i, j, flat int }
	var slots []slot
	for i, req := range c.Requests {
		out[i] = make([][]byte, len(req.Ciphertexts))
		for j := range req.Ciphertexts {
			slots = append(slots, slot{i, j, len(slots)})
		}
	}
	errs := make([]error, len(slots))
	parallel(len(slots), func(k int) {
		s := slots[k]
		out[s.i][s.j], errs[k] = r.combine(vs, s.flat)
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// parallel runs f(0..n-1) on every core and waits.
func parallel(n int, f func(int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := w; k < n; k += workers {
				f(k)
			}
		}()
	}
	wg.Wait()
}

// combine combines the shares of handle number flat of the round.
func (r *round) combine(vs []verified, flat int) ([]byte, error) {
	req := r.reqs[flat]
	if r.users[flat] != nil {
		shares := make([]tdh2.VerifiedReencryptionShare, len(vs))
		for k := range vs {
			shares[k] = vs[k].reenc[flat]
		}
		agg, err := tdh2.AggregateReencryption(r.pub, req.ID, req.Ciphertext, shares)
		if err != nil {
			return nil, err
		}
		return agg.MarshalBinary()
	}
	shares := make([]tdh2.VerifiedShare, len(vs))
	for k := range vs {
		shares[k] = vs[k].dec[flat]
	}
	return tdh2.Combine(r.pub, req.ID, req.Ciphertext, shares)
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
