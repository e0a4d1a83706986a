package group

import (
	"crypto/sha256"
)

// oversizeDSTPrefix is the RFC 9380 §5.3.3 prefix for hashing a domain tag
// longer than 255 bytes down to 32.
const oversizeDSTPrefix = "H2C-OVERSIZE-DST-"

// domainTag returns the DST for tag: tag itself if it is at most 255 bytes,
// else SHA-256("H2C-OVERSIZE-DST-" ‖ tag) (RFC 9380 §5.3.3). Every tag of
// tKMS is well under 255 bytes; the reduction only keeps long tags from
// being an error.
func domainTag(tag string) []byte {
	if len(tag) <= 255 {
		return []byte(tag)
	}
	h := sha256.Sum256([]byte(oversizeDSTPrefix + tag))
	return h[:]
}

// expandMessageXMD is expand_message_xmd with SHA-256 (RFC 9380 §5.3.1) for
// 1 ≤ n ≤ 255·32 and len(dst) ≤ 255 (the caller checks both):
//
//	b_0 = H(Z_pad ‖ msg ‖ I2OSP(n, 2) ‖ I2OSP(0, 1) ‖ DST')
//	b_1 = H(b_0 ‖ I2OSP(1, 1) ‖ DST')
//	b_i = H((b_0 ⊕ b_(i−1)) ‖ I2OSP(i, 1) ‖ DST')
//
// with DST' = dst ‖ I2OSP(len(dst), 1), and returns the first n bytes of
// b_1 ‖ … ‖ b_ell. (gnark-crypto's ExpandMsgXmd panics for n < 32.)
func expandMessageXMD(msg, dst []byte, n int) []byte {
	const b = sha256.Size
	ell := (n + b - 1) / b
	dstPrime := append(append(make([]byte, 0, len(dst)+1), dst...), byte(len(dst)))
	h := sha256.New()
	h.Write(make([]byte, sha256.BlockSize))
	h.Write(msg)
	h.Write([]byte{byte(n >> 8), byte(n), 0})
	h.Write(dstPrime)
	b0 := h.Sum(nil)

	out := make([]byte, 0, ell*b)
	prev := make([]byte, b)
	var x [b]byte
	for i := 1; i <= ell; i++ {
		for k := range x {
			x[k] = b0[k] ^ prev[k] // b_0 ⊕ b_(i−1); b_0 alone for i = 1
		}
		h.Reset()
		h.Write(x[:])
		h.Write([]byte{byte(i)})
		h.Write(dstPrime)
		prev = h.Sum(prev[:0])
		out = append(out, prev...)
	}
	return out[:n]
}
