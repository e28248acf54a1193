package lower

// This file defines clone, a deep copy of syntax trees, for lowerings
// that emit the same user code twice (the dual form of a with
// statement, see with.go). The later passes rewrite nodes in place, so the two copies must
// share no node.

import (
	"reflect"

	"go.starlark.net/syntax"
)

var syntaxPkg = reflect.TypeOf(syntax.Ident{}).PkgPath()

// cloneStmts returns a deep copy of stmts.
func cloneStmts(stmts []syntax.Stmt) []syntax.Stmt {
	return clone(reflect.ValueOf(stmts)).Interface().([]syntax.Stmt)
}

// cloneExpr returns a deep copy of x (nil for nil).
func cloneExpr(x syntax.Expr) syntax.Expr {
	if x == nil {
		return nil
	}
	return clone(reflect.ValueOf(&x).Elem()).Interface().(syntax.Expr)
}

// clone copies the syntax nodes that v reaches through pointers,
// interfaces and slices. Everything else (positions, literal values,
// comments) is shared: nothing rewrites it.
func clone(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		out := reflect.New(v.Type()).Elem()
		out.Set(clone(v.Elem()))
		return out
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(clone(v.Index(i)))
		}
		return out
	case reflect.Pointer:
		t := v.Type().Elem()
		if v.IsNil() || t.Kind() != reflect.Struct || t.PkgPath() != syntaxPkg {
			return v
		}
		out := reflect.New(t)
		out.Elem().Set(v.Elem())
		for i := 0; i < t.NumField(); i++ {
			if f := out.Elem().Field(i); t.Field(i).IsExported() {
				f.Set(clone(f))
			}
		}
		return out
	}
	return v
}

// opensScope reports whether x holds a lambda or a comprehension. The
// passes after scope resolution (the typing pass) must not clone such
// an x: the copy's scopes would be unknown to the cell pass.
func opensScope(x syntax.Expr) bool {
	found := false
	syntax.Walk(x, func(n syntax.Node) bool {
		switch n.(type) {
		case *syntax.LambdaExpr, *syntax.Comprehension:
			found = true
		}
		return !found
	})
	return found
}
