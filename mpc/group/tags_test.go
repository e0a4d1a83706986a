package group_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// docs/CRYPTO.md's "Tags:" paragraph lists exactly the domain tags that
// appear in the non-test code of mpc/ (test-only labels excepted).
func TestCryptoMDListsExactlyTheTagsInCode(t *testing.T) {
	var inCode []string
	var sources strings.Builder
	root := os.DirFS("..")
	err := fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return err
		}
		src, err := fs.ReadFile(root, p)
		if err != nil {
			return err
		}
		sources.Write(src)
		f, err := parser.ParseFile(token.NewFileSet(), p, src, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			v, err := strconv.Unquote(lit.Value)
			if err == nil && strings.HasPrefix(v, "TKMS-v1/") && !strings.HasPrefix(v, "TKMS-v1/test") {
				inCode = append(inCode, v)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile("../../docs/CRYPTO.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc)
	start := strings.Index(text, "\nTags: ")
	if start < 0 {
		t.Fatal(`docs/CRYPTO.md has no "Tags:" paragraph`)
	}
	para := text[start:]
	if end := strings.Index(para[1:], "\n\n"); end >= 0 {
		para = para[:end+1]
	}
	var inDoc []string
	for _, m := range regexp.MustCompile("`(TKMS-v1/[^`]+)`").FindAllStringSubmatch(para, -1) {
		inDoc = append(inDoc, m[1])
	}
	slices.Sort(inCode)
	inCode = slices.Compact(inCode)
	slices.Sort(inDoc)
	inDoc = slices.Compact(inDoc)
	for _, tag := range inCode {
		if !slices.Contains(inDoc, tag) {
			t.Errorf("tag %q is used in mpc/ but not listed in docs/CRYPTO.md", tag)
		}
	}
	for _, tag := range inDoc {
		if !slices.Contains(inCode, tag) {
			t.Errorf("docs/CRYPTO.md lists %q, which mpc/ does not use", tag)
		}
	}
	// Every Tag constant of the package is used besides its declaration.
	for _, m := range regexp.MustCompile(`(?m)^\t(Tag\w+)\s+=`).FindAllStringSubmatch(sources.String(), -1) {
		if n := strings.Count(sources.String(), m[1]); n < 2 {
			t.Errorf("group.%s is declared but never used", m[1])
		}
	}
	if len(inCode) < 10 {
		t.Fatalf("found only %d tags in mpc/", len(inCode))
	}
}
