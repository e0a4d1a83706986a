package group

import (
	"bytes"
	"encoding/json"
	"errors"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestSecretPathsUseOnlyConstantTimeArithmetic is the source rule behind
// ADR 0010: starting from every method that may receive a secret, no call
// chain inside this package reaches gnark-crypto's arithmetic (whose
// additions branch on the data and whose wide reductions use math/big),
// math/big, or a function named …VarTime, except the few calls listed
// below with their reasons. It type-checks the package's sources against
// the go command's export data, so it follows methods to their receivers'
// types. (It fails on the code before ADR 0010, whose Scalar.Add called
// fr.Element.Add.)
func TestSecretPathsUseOnlyConstantTimeArithmetic(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	fset, files, info, pkg := typeCheckSelf(t)

	// Roots: everything that may be handed a secret.
	secretMethods := map[string][]string{
		"Scalar":    nil, // every method except …VarTime and String
		"Point":     {"Add", "Subtract", "Negate", "ScalarMult", "ScalarBaseMult", "ScalarSecondBaseMult", "Bytes", "AppendBytes"},
		"MultTable": {"ScalarMult"},
	}
	secretFuncs := []string{"ScalarFromUint64", "RandomScalar", "RandomNonZeroScalar", "HashToScalar", "HashToScalars", "NewScalar"}

	// Functions that only ever see public data, not followed: tables of
	// public points (ciphertext components, user keys, G, H), public checks.
	public := map[string]string{
		"newOddTable":          "builds the table of the public point being multiplied",
		"batchToAffine":        "normalises that public table",
		"generatorTable":       "the comb table of G",
		"secondGeneratorTable": "the comb table of H",
		"newFixedBase":         "builds a comb table of a public point",
		"IsIdentity":           "tests the public point before building its table",
		"String":               "formats public values for logs",
	}
	// Calls allowed in one function each, with the reason.
	allowed := map[[2]string]string{
		{"fpMul", "Mul"}:                      "gnark-crypto's ADX assembly, used only when the CPU has ADX (CMOV reduction)",
		{"toAffine", "Inverse"}:               "inversion of Z·ρ, blinded by a fresh random ρ",
		{"toAffine", "SetRandom"}:             "draws ρ",
		{"jacToAffineCT", "Inverse"}:          "inversion of Z·ρ, blinded by a fresh random ρ",
		{"jacToAffineCT", "SetRandom"}:        "draws ρ",
		{"scalarMultCT", "IsInfinity"}:        "tests the public point",
		{"fromAffineCT", "SetOne"}:            "a constant",
		{"addMixedJacCT", "SetOne"}:           "a constant",
		{"scalarMultTableCT", "SetOne"}:       "a constant",
		{"projective.setIdentity", "SetOne"}:  "a constant",
		{"projective.setIdentity", "SetZero"}: "a constant",
	}

	decls := map[types.Object]*ast.FuncDecl{}
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				decls[info.Defs[fd.Name]] = fd
			}
		}
	}
	var roots []types.Object
	for obj, fd := range decls {
		name := obj.Name()
		if fd.Recv == nil {
			if slices.Contains(secretFuncs, name) {
				roots = append(roots, obj)
			}
			continue
		}
		recv := recvName(fd)
		methods, ok := secretMethods[recv]
		switch {
		case !ok, strings.HasSuffix(name, "VarTime"), public[name] != "":
		case methods == nil && ast.IsExported(name), slices.Contains(methods, name):
			roots = append(roots, obj)
		}
	}
	if len(roots) < 20 {
		t.Fatalf("found only %d root functions: the check is not looking at the right code", len(roots))
	}

	var findings []string
	seen := map[types.Object]bool{}
	var visit func(obj types.Object, path []string)
	visit = func(obj types.Object, path []string) {
		if seen[obj] {
			return
		}
		seen[obj] = true
		fd := decls[obj]
		fname := funcKey(fd)
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			callee := calleeOf(info, call.Fun)
			if callee == nil || callee.Pkg() == nil {
				return true
			}
			where := fset.Position(call.Pos())
			chain := strings.Join(append(path, fname), " → ")
			if callee.Pkg() == pkg {
				if strings.HasSuffix(callee.Name(), "VarTime") {
					findings = append(findings, where.String()+": "+chain+" calls "+callee.Name())
					return true
				}
				if _, ok := decls[callee]; ok && public[callee.Name()] == "" {
					visit(callee, append(path, fname))
				}
				return true
			}
			p := callee.Pkg().Path()
			if p != "math/big" && !strings.HasPrefix(p, "github.com/consensys/gnark-crypto/") {
				return true
			}
			if allowed[[2]string{fname, callee.Name()}] != "" {
				return true
			}
			findings = append(findings, where.String()+": "+chain+" calls "+callee.(*types.Func).FullName())
			return true
		})
	}
	for _, r := range roots {
		visit(r, nil)
	}
	t.Logf("%d roots, %d functions of the package reached", len(roots), len(seen))
	for _, f := range findings {
		t.Error(f)
	}
}

func recvName(fd *ast.FuncDecl) string {
	e := fd.Recv.List[0].Type
	if s, ok := e.(*ast.StarExpr); ok {
		e = s.X
	}
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// funcKey names a function as the allowed table does: "name" or, for
// methods of unexported types, "type.name".
func funcKey(fd *ast.FuncDecl) string {
	if fd.Recv == nil {
		return fd.Name.Name
	}
	if r := recvName(fd); r == "projective" && fd.Name.Name == "setIdentity" {
		return r + "." + fd.Name.Name
	}
	return fd.Name.Name
}

func calleeOf(info *types.Info, fun ast.Expr) types.Object {
	switch f := fun.(type) {
	case *ast.Ident:
		if obj, ok := info.Uses[f].(*types.Func); ok {
			return obj
		}
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[f]; ok {
			if obj, ok := sel.Obj().(*types.Func); ok {
				return obj
			}
			return nil
		}
		if obj, ok := info.Uses[f.Sel].(*types.Func); ok {
			return obj
		}
	case *ast.ParenExpr:
		return calleeOf(info, f.X)
	}
	return nil
}

// typeCheckSelf parses this package's non-test sources and type-checks
// them against export data listed by the go command.
func typeCheckSelf(t *testing.T) (*token.FileSet, []*ast.File, *types.Info, *types.Package) {
	t.Helper()
	cmd := exec.Command("go", "list", "-e", "-export", "-deps", "-json=ImportPath,Dir,Export,GoFiles,DepOnly,Error", ".")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	type listed struct {
		ImportPath, Dir, Export string
		GoFiles                 []string
		DepOnly                 bool
		Error                   *struct{ Err string }
	}
	exports := map[string]string{}
	var self listed
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listed
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		if p.Error != nil {
			t.Fatalf("go list: %s: %s", p.ImportPath, p.Error.Err)
		}
		exports[p.ImportPath] = p.Export
		if !p.DepOnly {
			self = p
		}
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range self.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(self.Dir, name), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	imp := importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		e, ok := exports[path]
		if !ok || e == "" {
			return nil, errors.New("no export data for " + path)
		}
		return os.Open(e)
	})
	info := &types.Info{
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	pkg, err := (&types.Config{Importer: imp}).Check(self.ImportPath, fset, files, info)
	if err != nil {
		t.Fatal(err)
	}
	return fset, files, info, pkg
}
