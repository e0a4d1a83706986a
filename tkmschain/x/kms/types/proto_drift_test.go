package types_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestGeneratedProtoIsCurrent regenerates the protobuf Go code and fails
// when it differs from the committed files. It needs protoc and the plugins
// (make proto-tools) and skips without them, so CI does not depend on them.
func TestGeneratedProtoIsCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	if _, err := exec.LookPath("protoc"); err != nil {
		t.Skip("protoc not installed (make proto-tools)")
	}
	gopath, err := exec.Command("go", "env", "GOPATH").Output()
	if err != nil {
		t.Skip("go env failed")
	}
	for _, plugin := range []string{"protoc-gen-gocosmos", "protoc-gen-grpc-gateway"} {
		if _, err := os.Stat(filepath.Join(string(gopath[:len(gopath)-1]), "bin", plugin)); err != nil {
			t.Skipf("%s not installed (make proto-tools)", plugin)
		}
	}
	if _, err := os.Stat("/usr/include/google/protobuf/descriptor.proto"); err != nil {
		t.Skip("libprotobuf-dev not installed (make proto-tools)")
	}
	root, err := filepath.Abs("../../../..")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("bash", filepath.Join(root, "scripts", "protocgen.sh"), "--check")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("generated protobuf code is stale; run make proto:\n%s", out)
	}
}
