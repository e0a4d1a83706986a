package group

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/field/hash"
)

// RFC 9380 Appendix K.1 and K.2 (expand_message_xmd, SHA-256), and short
// outputs from an independent implementation (the same algorithm: the
// first n bytes of b_1, with n in b_0).
func TestExpandMessageXMDVectors(t *testing.T) {
	const dst = "QUUX-V01-CS02-with-expander-SHA256-128"
	longDST := "QUUX-V01-CS02-with-expander-SHA256-128-long-DST-" + strings.Repeat("1", 208)
	cases := []struct {
		msg, dst string
		n        int
		want     string
	}{
		{"", dst, 0x20, "68a985b87eb6b46952128911f2a4412bbc302a9d759667f87f7a21d803f07235"},
		{"abc", dst, 0x80, "abba86a6129e366fc877aab32fc4ffc70120d8996c88aee2fe4b32d6c7b6437a647e6c3163d40b76a73cf6a5674ef1d890f95b664ee0afa5359a5c4e07985635bbecbac65d747d3d2da7ec2b8221b17b0ca9dc8a1ac1c07ea6a1e60583e2cb00058e77b7b72a298425cd1b941ad4ec65e8afc50303a22c0f99b0509b4c895f40"},
		{"", longDST, 0x20, "e8dc0c8b686b7ef2074086fbdd2f30e3f8bfbd3bdf177f73f04b97ce618a3ed3"},
		{"abc", dst, 1, "61"},
		{"abc", dst, 16, "fd45e7bc4e852c0e250109003e5bd547"},
		{"abc", dst, 31, "28c52e77a98a4b95adb543ad64720ebc6625bf7de0df5bfa7c8ce9c4fe054c"},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%d bytes, DST of %d", c.n, len(c.dst)), func(t *testing.T) {
			got := expandMessageXMD([]byte(c.msg), domainTag(c.dst), c.n)
			if hex.EncodeToString(got) != c.want {
				t.Fatalf("got %x, want %s", got, c.want)
			}
		})
	}
}

// ExpandMessage used to panic for 1 ≤ n < 32 (gnark-crypto slices 32 bytes
// into the n-byte result). It now answers every n in range, agrees with
// gnark-crypto where that works, and refuses the rest with an error.
func TestExpandMessageAnswersEveryLength(t *testing.T) {
	msg := LengthPrefixed([]byte("x"))
	for n := 1; n <= 255*32; n++ {
		if n > 300 && n%97 != 0 && n != 255*32 {
			continue
		}
		got, err := ExpandMessage("TKMS-v1/test", n, []byte("x"))
		if err != nil || len(got) != n {
			t.Fatalf("n = %d: %d bytes, %v", n, len(got), err)
		}
		if n >= 32 {
			want, err := hash.ExpandMsgXmd(msg, []byte("TKMS-v1/test"), n)
			if err != nil || !bytes.Equal(got, want) {
				t.Fatalf("n = %d: differs from gnark-crypto (%v)", n, err)
			}
		}
	}
	for _, n := range []int{0, -1, 255*32 + 1, 1 << 20} {
		if _, err := ExpandMessage("TKMS-v1/test", n); !errors.Is(err, ErrHashOutputLarge) {
			t.Fatalf("n = %d: got %v, want ErrHashOutputLarge", n, err)
		}
	}
	long := strings.Repeat("t", 256)
	if _, err := ExpandMessage(long, 32); err != nil {
		t.Fatalf("long tag: %v", err)
	}
	if HashToScalar(long).Equal(HashToScalar(long[:255])) {
		t.Fatal("a long tag hashes like its prefix")
	}
}
