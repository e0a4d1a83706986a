package consensuscheck

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// consensusPackages are the patterns the check covers (relative to the
// module root).
var consensusPackages = []string{"./tkmschain/app", "./tkmschain/x/..."}

const exceptionTag = "//consensus:map-order-independent"

type listedPackage struct {
	ImportPath string
	Dir        string
	Export     string
	GoFiles    []string
	DepOnly    bool
	Error      *struct{ Err string }
}

// loadPackages lists patterns with their dependencies' export data (built
// by the go command, from its cache when warm).
func loadPackages(t *testing.T, patterns ...string) (targets []listedPackage, exports map[string]string) {
	t.Helper()
	root, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		t.Fatalf("go env GOMOD: %v", err)
	}
	args := append([]string{"list", "-e", "-export", "-deps", "-json=ImportPath,Dir,Export,GoFiles,DepOnly,Error"}, patterns...)
	cmd := exec.Command("go", args...)
	cmd.Dir = filepath.Dir(strings.TrimSpace(string(root)))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	exports = map[string]string{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listedPackage
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("go list output: %v", err)
		}
		if p.Error != nil {
			t.Fatalf("go list: %s: %s", p.ImportPath, p.Error.Err)
		}
		exports[p.ImportPath] = p.Export
		if !p.DepOnly {
			targets = append(targets, p)
		}
	}
	return targets, exports
}

// finding is one refused construct.
type finding struct {
	pos token.Position
	msg string
}

func (f finding) String() string { return fmt.Sprintf("%s: %s", f.pos, f.msg) }

// checkPackage type-checks files (one package) and returns its map ranges
// that are not documented, sorted exceptions.
func checkPackage(fset *token.FileSet, files []*ast.File, imp types.Importer) ([]finding, error) {
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: imp}
	if _, err := conf.Check(files[0].Name.Name, fset, files, info); err != nil {
		return nil, err
	}
	var out []finding
	for _, f := range files {
		if ast.IsGenerated(f) {
			continue
		}
		exceptions := map[int]string{} // line → reason
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if rest, ok := strings.CutPrefix(c.Text, exceptionTag); ok {
					exceptions[fset.Position(c.Slash).Line] = strings.TrimSpace(rest)
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if n, ok := n.(*ast.RangeStmt); ok {
				what := mapRange(info, n.X)
				if what == "" {
					return true
				}
				pos := fset.Position(n.For)
				reason, excepted := exceptions[pos.Line-1]
				switch {
				case !excepted:
					out = append(out, finding{pos, "range over " + what + " (random order)"})
				case reason == "":
					out = append(out, finding{pos, "map-order exception without a reason"})
				case !sorts(info, enclosing(f, n)):
					out = append(out, finding{pos, "map-order exception in a function that does not sort"})
				}
			}
			return true
		})
	}
	return out, nil
}

// mapRange describes x if ranging over it visits a map in random order.
func mapRange(info *types.Info, x ast.Expr) string {
	if tv, ok := info.Types[x]; ok && tv.Type != nil {
		if _, ok := tv.Type.Underlying().(*types.Map); ok {
			return "a map (" + tv.Type.String() + ")"
		}
	}
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok {
		return ""
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	if obj, ok := info.Uses[sel.Sel].(*types.Func); ok && obj.Pkg() != nil && obj.Pkg().Path() == "maps" {
		switch obj.Name() {
		case "Keys", "Values", "All":
			return "maps." + obj.Name()
		}
	}
	return ""
}

// enclosing is the innermost function declaration or literal around n.
func enclosing(f *ast.File, n ast.Node) ast.Node {
	var best ast.Node
	ast.Inspect(f, func(m ast.Node) bool {
		if m == nil || m.Pos() > n.Pos() || m.End() < n.End() {
			return false
		}
		switch m.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			best = m
		}
		return true
	})
	return best
}

// sorts reports whether fn calls sort.* or slices.Sort*.
func sorts(info *types.Info, fn ast.Node) bool {
	if fn == nil {
		return false
	}
	found := false
	ast.Inspect(fn, func(m ast.Node) bool {
		sel, ok := m.(*ast.SelectorExpr)
		if !ok {
			return !found
		}
		if obj, ok := info.Uses[sel.Sel].(*types.Func); ok && obj.Pkg() != nil {
			switch p := obj.Pkg().Path(); {
			case p == "sort", p == "slices" && strings.HasPrefix(obj.Name(), "Sort"):
				found = true
			}
		}
		return !found
	})
	return found
}

func exportImporter(fset *token.FileSet, exports map[string]string) types.Importer {
	return importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		file, ok := exports[path]
		if !ok || file == "" {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(file)
	})
}

func parseFiles(fset *token.FileSet, dir string, names []string) ([]*ast.File, error) {
	var files []*ast.File
	for _, name := range names {
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

// TestConsensusPackagesDoNotRangeOverMaps is the check described in the
// package comment.
func TestConsensusPackagesDoNotRangeOverMaps(t *testing.T) {
	if testing.Short() {
		t.Skip("builds export data of the consensus packages")
	}
	targets, exports := loadPackages(t, consensusPackages...)
	if len(targets) < 4 {
		t.Fatalf("only %d consensus packages found", len(targets))
	}
	fset := token.NewFileSet()
	imp := exportImporter(fset, exports)
	for _, p := range targets {
		files, err := parseFiles(fset, p.Dir, p.GoFiles)
		if err != nil {
			t.Fatal(err)
		}
		if len(files) == 0 {
			continue
		}
		found, err := checkPackage(fset, files, imp)
		if err != nil {
			t.Fatalf("%s: %v", p.ImportPath, err)
		}
		for _, f := range found {
			t.Errorf("%s", f)
		}
	}
}

// TestCheckFindsMapRanges runs the check over a package written for it, so
// that the check above cannot pass by finding nothing.
func TestCheckFindsMapRanges(t *testing.T) {
	const src = `package p

import (
	"maps"
	"slices"
)

type set map[string]bool

func bad(m map[string]int, s set) (n int) {
	for k := range m { // flagged
		n += len(k)
	}
	for range s { // flagged: named map type
		n++
	}
	for v := range maps.Values(m) { // flagged
		n += v
	}
	//consensus:map-order-independent
	for range m { // flagged: no reason
		n++
	}
	//consensus:map-order-independent only counts
	for range m { // flagged: no sort in the function
		n++
	}
	return n
}

func good(m map[string]int, xs []int) []string {
	for range xs {
	}
	var keys []string
	//consensus:map-order-independent keys are sorted below
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	found, err := checkPackage(fset, []*ast.File{f}, importer.ForCompiler(fset, "source", nil))
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, x := range found {
		lines = append(lines, x.pos.Line)
	}
	want := []int{11, 14, 17, 21, 25}
	if fmt.Sprint(lines) != fmt.Sprint(want) {
		t.Fatalf("flagged lines %v, want %v:\n%v", lines, want, found)
	}
}
