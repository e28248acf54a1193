package lower

// This file defines shared mode (Options.Shared, ParseShared), the cell pass's variant
// for interactive sessions: every module-level name lives in a cell of a
// namespace that all inputs share, so a function defined by one input
// reads the bindings that later inputs make.

import (
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// sharedPrefix starts the name of the variable that holds a shared cell.
const sharedPrefix = abi.SharedVar

// SharedVar returns the name of the variable through which a file that
// ParseShared produced reaches the cell of the global name. The caller
// predeclares SharedVar(name) bound to that cell: a value whose field v
// can be assigned and, read while unbound, gives the builtin of that
// name or else raises NameError.
func SharedVar(name string) string { return sharedPrefix + name }

// sharedGlobal reports whether, in shared mode, the module-level name
// lives in the namespace: every name but the synthesized ones and the
// constants None, True and False. A builtin is looked up through its cell
// too, so that a later input can shadow it for every function.
func sharedGlobal(name string) bool {
	switch name {
	case "None", "True", "False":
		return false
	}
	return !strings.HasPrefix(name, abi.Prefix)
}

// moduleCelled reports whether the module-level name is stored in a cell.
func (c *cellPass) moduleCelled(name string) bool {
	if c.l.sharedUsed != nil {
		return sharedGlobal(name)
	}
	return c.module.celled[name]
}

// isShared reports whether a celled binding of owner is a shared global.
func (c *cellPass) isShared(owner *scope) bool {
	return c.l.sharedUsed != nil && owner == c.module
}

// cellVar returns the variable that holds the cell of name, bound in
// owner: SharedVar(name) for a shared global, which it records as used.
func (c *cellPass) cellVar(owner *scope, name string) string {
	if !c.isShared(owner) {
		return cellName(owner, name)
	}
	c.l.sharedUsed[name] = true
	return SharedVar(name)
}

// sharedBindings returns, in shared mode, the assignments that store in
// their cells the names that st, a def or load, binds as Starlark
// variables: def f(): ... is followed by SharedVar("f").v = f.
func (c *cellPass) sharedBindings(st syntax.Stmt, s *scope) []syntax.Stmt {
	if c.l.sharedUsed == nil {
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
