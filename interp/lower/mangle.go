package lower

// This file mangles private names, as CPython's compiler does: inside a
// class body (its methods included), a name __spam that does not end in
// two underscores becomes _Class__spam, whether it names a variable, an
// attribute (self.__spam), a def or a parameter. The tree is rewritten
// in place before lowering; mangled names no longer start with two
// underscores, so doing it twice changes nothing.

import (
	"strings"

	"github.com/spindle-lang/spindle/interp/pyast"
)

// mangleClasses mangles the private names in the body of every class
// of f.
func mangleClasses(f *pyast.File) {
	for _, s := range f.Stmts {
		pyast.Walk(s, func(n pyast.Node) bool {
			if c, ok := n.(*pyast.Class); ok {
				mangleBody(c)
				return false
			}
			return true
		})
	}
}

// mangleBody mangles the names of c's body with c's name; a class
// nested in it has its body mangled with its own name, then its header
// (its name included, so its __name__ is mangled too, unlike CPython's)
// with c's.
func mangleBody(c *pyast.Class) {
	prefix := "_" + strings.TrimLeft(c.Name.Name, "_")
	if prefix == "_" {
		prefix = "" // a class named only by underscores mangles nothing
	}
	for _, s := range c.Body {
		pyast.Walk(s, func(n pyast.Node) bool {
			switch n := n.(type) {
			case *pyast.Ident:
				n.Name = mangle(prefix, n.Name)
			case *pyast.Class:
				mangleBody(n) // with its own name, before the header's mangling
				for _, x := range append(append([]pyast.Expr{n.Name}, n.Bases...), n.Decorators...) {
					pyast.Walk(x, func(m pyast.Node) bool {
						if id, ok := m.(*pyast.Ident); ok {
							id.Name = mangle(prefix, id.Name)
						}
						return true
					})
				}
				return false
			}
			return true
		})
	}
}

// mangle returns name as seen in a class whose mangling prefix is
// prefix ("_C" for class C).
func mangle(prefix, name string) string {
	if prefix == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	return prefix + name
}
