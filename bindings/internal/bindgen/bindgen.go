// Package bindgen builds the host-chain contracts with forge and turns their
// artifacts into abigen v2 Go bindings. It backs `go generate ./bindings` and
// the drift test that fails when the committed bindings are stale.
//
// forge writes to its own output and cache directories under cache/bindings/
// (ignored by git), so a generation never touches the out/ and cache/ of the
// project's ordinary `forge build`, and a second run is a no-op compile.
package bindgen

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// Contract is one deployable contract to bind: its Solidity source, relative
// to the repository root, and its contract name (the Go type's name).
type Contract struct {
	Source string
	Name   string
}

// Contracts lists every contract the bindings package exposes. Only these
// sources (and what they import) are compiled.
var Contracts = []Contract{
	{"contracts/src/ACL.sol", "ACL"},
	{"contracts/src/KMSVerifier.sol", "KMSVerifier"},
	{"contracts/src/DecryptionOracle.sol", "DecryptionOracle"},
	{"contracts/src/InputVerifier.sol", "InputVerifier"},
	{"contracts/src/examples/SealedBidAuction.sol", "SealedBidAuction"},
	{"contracts/src/examples/EncryptedVault.sol", "EncryptedVault"},
	// A requester whose callback can misbehave on demand; tests and devnets use it
	// as a generic dApp.
	{"contracts/test/utils/MockRequester.sol", "MockRequester"},
}

// Package is the Go package name of the generated bindings.
const Package = "bindings"

// ErrNoForge reports that node_modules/.bin/forge is missing (run `make deps-npm`).
var ErrNoForge = errors.New("bindgen: forge not found (run `make deps-npm`)")

// ForgePath returns the forge binary the project installs from npm.
func ForgePath(root string) string {
	return filepath.Join(root, "node_modules", ".bin", "forge")
}

// Generate compiles Contracts with forge under root and returns the gofmt'ed
// Go source of their bindings. It returns ErrNoForge when forge is not
// installed.
func Generate(ctx context.Context, root string) ([]byte, error) {
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	out, err := build(ctx, root)
	if err != nil {
		return nil, err
	}
	var types, abis, bins []string
	for _, c := range Contracts {
		abiJSON, bin, err := readArtifact(filepath.Join(out, filepath.Base(c.Source), c.Name+".json"))
		if err != nil {
			return nil, fmt.Errorf("bindgen: %s: %w", c.Name, err)
		}
		types = append(types, c.Name)
		abis = append(abis, abiJSON)
		bins = append(bins, bin)
	}
	code, err := abigen.BindV2(types, abis, bins, Package, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("bindgen: abigen: %w", err)
	}
	return dedupTypes([]byte(code))
}

// dedupTypes removes repeated, identical top-level type declarations. abigen v2
// names the result struct of a multi-value method after the method alone
// (Eip712DomainOutput), so contracts that share a method, here OpenZeppelin's
// eip712Domain(), collide when bound into one package. Identical declarations
// are kept once; differing ones with the same name are an error.
func dedupTypes(src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.ParseComments)
	if err != nil {
		return nil, fmt.Errorf("bindgen: parse generated code: %w", err)
	}
	type cut struct{ from, to int }
	var cuts []cut
	seen := make(map[string]string)
	for _, decl := range f.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.TYPE || len(gen.Specs) != 1 {
			continue
		}
		spec := gen.Specs[0].(*ast.TypeSpec)
		body := string(src[fset.Position(spec.Type.Pos()).Offset:fset.Position(spec.Type.End()).Offset])
		first, dup := seen[spec.Name.Name]
		if !dup {
			seen[spec.Name.Name] = body
			continue
		}
		if first != body {
			return nil, fmt.Errorf("bindgen: two different types named %s in the bindings", spec.Name.Name)
		}
		start := gen.Pos()
		if gen.Doc != nil {
			start = gen.Doc.Pos()
		}
		cuts = append(cuts, cut{fset.Position(start).Offset, fset.Position(gen.End()).Offset})
	}
	for i := len(cuts) - 1; i >= 0; i-- {
		src = append(src[:cuts[i].from:cuts[i].from], src[cuts[i].to:]...)
	}
	return format.Source(src)
}

// build runs forge on the sources of Contracts and returns the artifact directory.
// Concurrent generations in the same tree are serialised by a lock file.
func build(ctx context.Context, root string) (string, error) {
	forge := ForgePath(root)
	if _, err := os.Stat(forge); err != nil {
		return "", ErrNoForge
	}
	dir := filepath.Join(root, "cache", "bindings")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	unlock, err := lock(filepath.Join(dir, "lock"))
	if err != nil {
		return "", err
	}
	defer unlock()

	out := filepath.Join(dir, "out")
	args := []string{"build", "--out", out, "--cache-path", filepath.Join(dir, "cache")}
	for _, c := range Contracts {
		args = append(args, c.Source)
	}
	cmd := exec.CommandContext(ctx, forge, args...)
	cmd.Dir = root
	// The compiler settings come from foundry.toml's default profile; the solc shim
	// is named by absolute path so that forge finds it whatever its working directory.
	cmd.Env = append(os.Environ(),
		"FOUNDRY_PROFILE=default",
		"FOUNDRY_SOLC="+filepath.Join(root, "scripts", "solc-shim"),
	)
	var stderr bytes.Buffer
	cmd.Stdout = &stderr
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("bindgen: forge build: %w\n%s", err, stderr.Bytes())
	}
	return out, nil
}

// artifact is the part of a forge artifact that bindings need.
type artifact struct {
	ABI      json.RawMessage `json:"abi"`
	Bytecode struct {
		Object         string          `json:"object"`
		LinkReferences json.RawMessage `json:"linkReferences"`
	} `json:"bytecode"`
}

// readArtifact returns a contract's compact ABI JSON and its creation bytecode.
func readArtifact(path string) (string, string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", "", err
	}
	var a artifact
	if err := json.Unmarshal(data, &a); err != nil {
		return "", "", err
	}
	if len(a.ABI) == 0 || a.Bytecode.Object == "" || a.Bytecode.Object == "0x" {
		return "", "", errors.New("artifact has no ABI or bytecode")
	}
	if refs := bytes.TrimSpace(a.Bytecode.LinkReferences); len(refs) != 0 && !bytes.Equal(refs, []byte("{}")) {
		return "", "", errors.New("bytecode needs linked libraries, which the bindings do not support")
	}
	var abiJSON bytes.Buffer
	if err := json.Compact(&abiJSON, a.ABI); err != nil {
		return "", "", err
	}
	return abiJSON.String(), a.Bytecode.Object, nil
}

// lock takes an exclusive flock on path and returns its release.
func lock(path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("bindgen: lock %s: %w", path, err)
	}
	return func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
