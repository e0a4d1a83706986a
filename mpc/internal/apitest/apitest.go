// Package apitest checks that no exported function or method of an mpc/
// package panics on nil and zero arguments. Each package's test lists its
// exported API in a table (API); Run compares the table with the
// declarations found in the package's source, so a new function or type
// that is not in the table fails the test, and then calls every function
// and every method:
//
//   - with every argument the zero value (nil pointers, slices, maps and
//     interfaces, zero numbers, empty strings);
//   - with every argument an "empty" value (pointers to zero structs,
//     one-element slices of those), and with every slice of pointers,
//     interfaces or slices holding a single nil;
//   - with valid fixtures for every argument, and with each argument in
//     turn replaced by its zero and its empty value.
//
// Methods are called on a zero receiver (new(T)) and on a copy of each
// fixture of the receiver's type; a nil receiver is not tried (calling a
// method on a nil pointer is a programming error in Go, as with the
// standard library). A call that panics or does not return within a
// deadline fails the test. The package reads source through the fs.FS it
// is given and does no I/O of its own. For tests only.
package apitest

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// API is a package's exported API as values.
type API struct {
	// Funcs maps the name of every exported function to its value (a
	// generic function instantiated once).
	Funcs map[string]any
	// Types maps the name of every exported type to a pointer to its zero
	// value, e.g. new(group.Point); its exported methods are found by
	// reflection. For an interface type give a nil pointer to it (its
	// methods have no implementation to call).
	Types map[string]any
	// Fixtures are valid values used as arguments and receivers, matched
	// by type (exact type first, then assignability).
	Fixtures []any
	// Unusable lists values of foreign types whose zero value their own
	// package documents as unusable (a *rand.Rand without a source): for
	// those, the empty argument is nil rather than a pointer to a zero
	// value.
	Unusable []any
}

// Declared returns the exported functions and types declared in the
// non-test Go files at the root of fsys.
func Declared(fsys fs.FS) (funcs, types []string, err error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, nil, err
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, nil, err
		}
		f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
		if err != nil {
			return nil, nil, err
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil && d.Name.IsExported() {
					funcs = append(funcs, d.Name.Name)
				}
			case *ast.GenDecl:
				if d.Tok != token.TYPE {
					continue
				}
				for _, s := range d.Specs {
					if ts := s.(*ast.TypeSpec); ts.Name.IsExported() {
						types = append(types, ts.Name.Name)
					}
				}
			}
		}
	}
	sort.Strings(funcs)
	sort.Strings(types)
	return funcs, types, nil
}

// Run checks api against the declarations in fsys (the package directory)
// and calls everything in it; see the package comment.
func Run(t *testing.T, fsys fs.FS, api API) {
	t.Helper()
	funcs, types, err := Declared(fsys)
	if err != nil {
		t.Fatal(err)
	}
	compare(t, "function", funcs, keys(api.Funcs))
	compare(t, "type", types, keys(api.Types))
	c := &caller{t: t, fixtures: api.Fixtures}
	for _, u := range api.Unusable {
		c.unusable = append(c.unusable, reflect.TypeOf(u))
	}
	for _, name := range keys(api.Funcs) {
		f := reflect.ValueOf(api.Funcs[name])
		if f.Kind() != reflect.Func {
			t.Errorf("%s: not a function", name)
			continue
		}
		c.callAll(name, f, nil)
	}
	for _, name := range keys(api.Types) {
		pt := reflect.TypeOf(api.Types[name])
		if pt == nil || pt.Kind() != reflect.Pointer {
			t.Errorf("type %s: give a pointer to its zero value", name)
			continue
		}
		if pt.Elem().Kind() == reflect.Interface {
			continue
		}
		for i := range pt.NumMethod() {
			m := pt.Method(i)
			for _, recv := range c.receivers(pt) {
				c.callAll(name+"."+m.Name, recv.Method(i), nil)
			}
		}
	}
}

func keys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func compare(t *testing.T, what string, declared, listed []string) {
	t.Helper()
	for _, d := range declared {
		if !slices.Contains(listed, d) {
			t.Errorf("exported %s %s is not in the no-panic table: add it", what, d)
		}
	}
	for _, l := range listed {
		if !slices.Contains(declared, l) {
			t.Errorf("%s %s is in the no-panic table but not declared", what, l)
		}
	}
}

type caller struct {
	t        *testing.T
	fixtures []any
	unusable []reflect.Type
}

// receivers returns a zero receiver and a copy of every fixture of type
// pt or pt.Elem(), all as pointers.
func (c *caller) receivers(pt reflect.Type) []reflect.Value {
	out := []reflect.Value{reflect.New(pt.Elem())}
	for _, f := range c.fixtures {
		v := reflect.ValueOf(f)
		switch v.Type() {
		case pt:
			if !v.IsNil() {
				cp := reflect.New(pt.Elem())
				cp.Elem().Set(v.Elem())
				out = append(out, cp)
			}
		case pt.Elem():
			cp := reflect.New(pt.Elem())
			cp.Elem().Set(v)
			out = append(out, cp)
		}
	}
	return out
}

// fixture returns a copy of the first fixture of type p (exact type first,
// then assignable), or false.
func (c *caller) fixture(p reflect.Type) (reflect.Value, bool) {
	for _, exact := range []bool{true, false} {
		for _, f := range c.fixtures {
			v := reflect.ValueOf(f)
			if (exact && v.Type() == p) || (!exact && p.Kind() == reflect.Interface && v.Type().AssignableTo(p)) {
				return clone(v, p), true
			}
		}
	}
	return reflect.Value{}, false
}

// clone returns a shallow copy of v as type p: a new struct for a pointer
// to a struct, a new backing array for a slice.
func clone(v reflect.Value, p reflect.Type) reflect.Value {
	switch {
	case v.Kind() == reflect.Pointer && !v.IsNil() && v.Elem().Kind() == reflect.Struct && v.Type() == p:
		cp := reflect.New(v.Type().Elem())
		cp.Elem().Set(v.Elem())
		return cp
	case v.Kind() == reflect.Slice && v.Type() == p:
		cp := reflect.MakeSlice(p, v.Len(), v.Len())
		reflect.Copy(cp, v)
		return cp
	}
	out := reflect.New(p).Elem()
	out.Set(v)
	return out
}

// empty returns a non-nil "zero-filled" value of type p.
func empty(p reflect.Type) reflect.Value {
	switch p.Kind() {
	case reflect.Pointer:
		return reflect.New(p.Elem())
	case reflect.Slice:
		s := reflect.MakeSlice(p, 1, 1)
		s.Index(0).Set(empty(p.Elem()))
		return s
	case reflect.Map:
		return reflect.MakeMap(p)
	}
	return reflect.Zero(p)
}

// callAll calls f with the argument sets described in the package comment.
func (c *caller) callAll(name string, f reflect.Value, _ []reflect.Value) {
	ft := f.Type()
	n := ft.NumIn()
	params := make([]reflect.Type, n)
	for i := range n {
		params[i] = ft.In(i)
	}
	zeros := make([]reflect.Value, n)
	empties := make([]reflect.Value, n)
	for i, p := range params {
		zeros[i] = reflect.Zero(p)
		empties[i] = empty(p)
		if slices.Contains(c.unusable, p) {
			empties[i] = zeros[i]
		}
	}
	c.call(name, "zero arguments", f, zeros)
	c.call(name, "empty arguments", f, empties)
	nilElems := make([]reflect.Value, n)
	anyNilElem := false
	for i, p := range params {
		nilElems[i] = empties[i]
		if p.Kind() == reflect.Slice {
			switch p.Elem().Kind() {
			case reflect.Pointer, reflect.Interface, reflect.Slice, reflect.Map:
				nilElems[i] = reflect.MakeSlice(p, 1, 1) // one nil element
				anyNilElem = true
			}
		}
	}
	if anyNilElem {
		c.call(name, "slices holding nil", f, nilElems)
	}
	valid := func() ([]reflect.Value, bool) {
		out := make([]reflect.Value, n)
		all := true
		for i, p := range params {
			v, ok := c.fixture(p)
			if !ok {
				v, all = empties[i], false
			}
			out[i] = v
		}
		return out, all
	}
	args, _ := valid()
	c.call(name, "fixtures", f, args)
	for k := range n {
		for _, alt := range []struct {
			what string
			v    reflect.Value
		}{{"zero", zeros[k]}, {"empty", empties[k]}} {
			args, _ := valid()
			args[k] = alt.v
			c.call(name, fmt.Sprintf("fixtures, argument %d %s", k+1, alt.what), f, args)
		}
		if p := params[k]; p.Kind() == reflect.Slice && nilElems[k].Len() == 1 && nilElems[k].Index(0).IsZero() && p.Elem().Kind() != reflect.Struct {
			args, _ := valid()
			if args[k].Kind() == reflect.Slice && args[k].Len() > 0 {
				// a valid slice with its last element nil
				cp := reflect.MakeSlice(p, args[k].Len(), args[k].Len())
				reflect.Copy(cp, args[k])
				cp.Index(cp.Len() - 1).Set(reflect.Zero(p.Elem()))
				args[k] = cp
			} else {
				args[k] = nilElems[k]
			}
			c.call(name, fmt.Sprintf("fixtures, argument %d holding nil", k+1), f, args)
		}
	}
}

const deadline = 20 * time.Second

func (c *caller) call(name, how string, f reflect.Value, args []reflect.Value) {
	c.t.Helper()
	done := make(chan any, 1)
	go func() {
		defer func() { done <- recover() }()
		if f.Type().IsVariadic() {
			f.CallSlice(args)
		} else {
			f.Call(args)
		}
	}()
	select {
	case r := <-done:
		if r != nil {
			c.t.Errorf("%s with %s panics: %v", name, how, r)
		}
	case <-time.After(deadline):
		c.t.Errorf("%s with %s did not return within %v", name, how, deadline)
	}
}
