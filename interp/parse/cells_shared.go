package parse

// This file defines shared mode (ParseShared), the cell pass's variant
// for interactive sessions: every module-level name lives in a cell of a
// namespace that all inputs share, so a function defined by one input
// reads the bindings that later inputs make.

import (
	"sort"
	"strings"

	"go.starlark.net/syntax"
)

// Shared configures ParseShared.
type Shared struct {
	// Builtin reports whether name is predeclared for the module (the
	// builtins). A builtin that is neither bound by the input nor held by
	// the namespace stays a plain reference to the builtin.
	Builtin func(name string) bool
	// Has reports whether the namespace holds a global named name (bound
	// or not): the input must then use that global's cell.
	Has func(name string) bool
}

// sharedPrefix starts the name of the variable that holds a shared cell.
const sharedPrefix = "__sp_g_"

// SharedVar returns the name of the variable through which a file that
// ParseShared produced reaches the cell of the shared global name: the
// caller predeclares SharedVar(name) bound to that cell (a value with a
// settable field v that raises NameError while unbound).
func SharedVar(name string) string { return sharedPrefix + name }

// ParseShared parses and lowers one input of an interactive session
// whose module globals live in a namespace shared by every input (see
// "Shared globals" in LOWERING.md). Every reference to a module-level
// name (at top level or from any function) becomes SharedVar(name).v,
// except references to builtins the input does not rebind. names lists,
// sorted, the globals whose cells the file uses. Errors are *Error
// values.
func ParseShared(filename string, src []byte, sh Shared) (f *syntax.File, names []string, err error) {
	p := newParser(filename, src, true)
	p.shared = &sh
	p.sharedUsed = map[string]bool{}
	if f, err = p.parseModule(); err != nil {
		return nil, nil, err
	}
	for name := range p.sharedUsed {
		names = append(names, name)
	}
	sort.Strings(names)
	return f, names, nil
}

// sharedGlobal reports whether, in shared mode, the module-level name
// lives in the namespace: it is bound by this input, declared global by
// one of its functions, held by the namespace, or not a builtin (so it
// may be bound later).
func (c *cellPass) sharedGlobal(name string) bool {
	sh := c.p.shared
	if strings.HasPrefix(name, "__sp_") {
		return false
	}
	if c.module.bound[name] || c.globals[name] || sh.Has != nil && sh.Has(name) {
		return true
	}
	return !(name == "__name__" || starlarkUniverse[name] || sh.Builtin != nil && sh.Builtin(name))
}

// moduleCelled reports whether the module-level name is stored in a cell.
func (c *cellPass) moduleCelled(name string) bool {
	if c.p.shared != nil {
		return c.sharedGlobal(name)
	}
	return c.module.celled[name]
}

// isShared reports whether a celled binding of owner is a shared global.
func (c *cellPass) isShared(owner *scope) bool {
	return c.p.shared != nil && owner == c.module
}

// sharedBindings returns, in shared mode, the assignments that store in
// their cells the names that st, a def or load, binds as Starlark
// variables: def f(): ... is followed by SharedVar("f").v = f.
func (c *cellPass) sharedBindings(st syntax.Stmt, s *scope) []syntax.Stmt {
	if c.p.shared == nil {
		return nil
	}
	var ids []*syntax.Ident
	switch st := st.(type) {
	case *syntax.DefStmt:
		ids = []*syntax.Ident{st.Name}
	case *syntax.LoadStmt:
		ids = st.To
	}
	var out []syntax.Stmt
	for _, id := range ids {
		if owner, celled := c.lookup(s, id.Name); celled && c.isShared(owner) {
			out = append(out, assign(c.ref(ident(id.Name, id.NamePos), s), ident(id.Name, id.NamePos), id.NamePos))
		}
	}
	return out
}
