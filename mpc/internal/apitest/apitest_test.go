package apitest_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tkms/tkms/mpc/internal/apitest"
)

// Every package under mpc/ except commands and this one has a no-panic
// test, so a new package cannot be forgotten either.
func TestEveryMPCPackageHasANoPanicTest(t *testing.T) {
	root := os.DirFS("../..")
	dirs := map[string][]string{} // dir → file names
	err := fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && p != "." {
			return fs.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".go") {
			dirs[path.Dir(p)] = append(dirs[path.Dir(p)], d.Name())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for dir, files := range dirs {
		var pkg string
		hasTest := false
		for _, name := range files {
			src, err := fs.ReadFile(root, path.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			if strings.HasSuffix(name, "_test.go") {
				hasTest = hasTest || strings.Contains(string(src), "apitest.Run(")
				continue
			}
			f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.PackageClauseOnly)
			if err != nil {
				t.Fatal(err)
			}
			pkg = f.Name.Name
		}
		if pkg == "" || pkg == "main" || dir == "internal/apitest" {
			continue
		}
		checked++
		if !hasTest {
			t.Errorf("mpc/%s has no no-panic test: add one calling apitest.Run (see mpc/group/api_test.go)", dir)
		}
	}
	if checked < 8 {
		t.Fatalf("found only %d packages under mpc/", checked)
	}
}

func TestDeclaredListsExportedFunctionsAndTypes(t *testing.T) {
	fsys := fstest.MapFS{
		"a.go": {Data: []byte(`package a
type T struct{}
type u int
func (T) M() {}
func F() {}
func g() {}
func Gen[X any](x X) {}
`)},
		"a_test.go": {Data: []byte("package a\nfunc TestX() {}\n")},
	}
	funcs, types, err := apitest.Declared(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(funcs, ",") != "F,Gen" || strings.Join(types, ",") != "T" {
		t.Fatalf("funcs %v, types %v", funcs, types)
	}
}
