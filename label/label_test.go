package label_test

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/tkms/tkms/label"
)

func unhex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestHostLabelsOfTheKnownAnswerVectors parses the labels of the TDH2
// vectors that InputVerifier.sol accepts (mpc/testdata/tdh2.json) and gets
// their chain id, contract and user back.
func TestHostLabelsOfTheKnownAnswerVectors(t *testing.T) {
	raw, err := os.ReadFile("../mpc/testdata/tdh2.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Valid []struct {
			ChainID  uint64 `json:"chainId"`
			Contract string `json:"contract"`
			User     string `json:"user"`
			Label    string `json:"label"`
		} `json:"valid"`
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Valid) == 0 {
		t.Fatal("no vectors")
	}
	for _, v := range f.Valid {
		b := unhex(t, v.Label)
		h, err := label.ParseHost(b)
		if err != nil {
			t.Fatal(err)
		}
		if h.ChainID != v.ChainID || !bytes.Equal(h.Contract[:], unhex(t, v.Contract)) || !bytes.Equal(h.User[:], unhex(t, v.User)) {
			t.Fatalf("parsed %+v from %s", h, v.Label)
		}
		if !bytes.Equal(h.Bytes(), b) {
			t.Fatal("host label does not round-trip")
		}
	}
}

func TestParse(t *testing.T) {
	host := label.Host{ChainID: 31337, Contract: [20]byte{1}, User: [20]byte{2}}
	app := label.NewApp("tkms-1", 7)
	wideChain := host.Bytes()
	wideChain[0] = 1
	untagged := app.Bytes()
	untagged[0] ^= 1
	tests := []struct {
		name    string
		in      []byte
		want    label.Label
		wantErr error
	}{
		{"a host label parses", host.Bytes(), host, nil},
		{"an app label parses", app.Bytes(), app, nil},
		{"an empty label is refused", nil, nil, label.ErrMalformed},
		{"a free-form label is refused", []byte("label"), nil, label.ErrMalformed},
		{"a host label one byte short is refused", host.Bytes()[:label.HostSize-1], nil, label.ErrMalformed},
		{"a host label with a byte more is refused", append(host.Bytes(), 0), nil, label.ErrMalformed},
		{"a host chain id beyond 64 bits is refused", wideChain, nil, label.ErrMalformed},
		{"an app-sized label without the tag is refused", untagged, nil, label.ErrMalformed},
		{"an app label with a byte more is refused", append(app.Bytes(), 0), nil, label.ErrMalformed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := label.Parse(tc.in)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("got %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("got %v, %v; want %v", got, err, tc.want)
			}
		})
	}
}

func TestParseDemandsTheKind(t *testing.T) {
	host := label.Host{ChainID: 1}.Bytes()
	app := label.NewApp("tkms-1", 1).Bytes()
	if _, err := label.ParseApp(host); !errors.Is(err, label.ErrWrongKind) {
		t.Fatalf("a host label as an app label: %v", err)
	}
	if _, err := label.ParseHost(app); !errors.Is(err, label.ErrWrongKind) {
		t.Fatalf("an app label as a host label: %v", err)
	}
	if a, err := label.ParseApp(app); err != nil || a != label.NewApp("tkms-1", 1) {
		t.Fatalf("app label: %v %v", a, err)
	}
	if label.NewApp("tkms-1", 1) == label.NewApp("tkms-2", 1) {
		t.Fatal("app labels of two tKMS chains are equal")
	}
	if label.HostSize == label.AppSize {
		t.Fatal("the formats have the same length")
	}
}

// FuzzParse checks that every label that parses re-encodes to itself, so
// a label has exactly one reading.
func FuzzParse(f *testing.F) {
	f.Add(label.Host{ChainID: 5}.Bytes())
	f.Add(label.NewApp("c", 9).Bytes())
	f.Add([]byte("label"))
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := label.Parse(b)
		if err != nil {
			return
		}
		if !bytes.Equal(l.Bytes(), b) {
			t.Fatalf("%x parses to %v, which encodes to %x", b, l, l.Bytes())
		}
	})
}
