package bindgen

import (
	"os"
	"strings"
	"testing"
)

func TestDedupTypes(t *testing.T) {
	const header = "package p\n\n"
	const out = "// XOutput holds results.\ntype XOutput struct {\n\tA uint64\n}\n\n"
	tests := []struct {
		name    string
		src     string
		want    string
		wantErr bool
	}{
		{
			name: "a single declaration is kept",
			src:  header + out + "func f() {}\n",
			want: header + out + "func f() {}\n",
		},
		{
			name: "an identical repeated declaration and its comment are removed",
			src:  header + out + "func f() {}\n\n" + out + "func g() {}\n",
			want: header + out + "func f() {}\n\nfunc g() {}\n",
		},
		{
			name:    "two different types with one name are an error",
			src:     header + out + "type XOutput struct {\n\tA uint32\n}\n",
			wantErr: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := dedupTypes([]byte(tt.src))
			if tt.wantErr {
				if err == nil || !strings.Contains(err.Error(), "XOutput") {
					t.Fatalf("err = %v, want an error naming XOutput", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Fatalf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestReadArtifactRejectsLinkedLibraries(t *testing.T) {
	path := t.TempDir() + "/X.json"
	writeFile(t, path, `{"abi":[],"bytecode":{"object":"0x6000","linkReferences":{"L.sol":{"L":[{"start":1,"length":20}]}}}}`)
	if _, _, err := readArtifact(path); err == nil {
		t.Fatal("an artifact with link references was accepted")
	}
	writeFile(t, path, `{"abi":[ {"type":"fallback"} ],"bytecode":{"object":"0x6000","linkReferences":{}}}`)
	abiJSON, bin, err := readArtifact(path)
	if err != nil {
		t.Fatal(err)
	}
	if abiJSON != `[{"type":"fallback"}]` || bin != "0x6000" {
		t.Fatalf("readArtifact = %q, %q", abiJSON, bin)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
