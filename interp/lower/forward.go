package lower

// This file finds the module-level uses of a global that come before
// the module's first binding of it, in the order go.starlark.net's
// resolver reads a module: main() before def main, or a name a loop
// binds on an earlier iteration. The resolver refuses them ("undefined")
// before anything runs, where Python runs the module up to them and
// raises NameError there if the name is still unbound; such a use reads
// the global at run time instead (abi.Forward).

import (
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// forwardPass walks a module's statements in the resolver's order.
type forwardPass struct {
	bound map[string]bool        // module globals bound so far
	later map[string]bool        // every name the module binds
	known func(name string) bool // predeclared or universal names
	local []map[string]bool      // the variables of the comprehensions being walked
	out   map[*syntax.Ident]bool // the forward uses
}

// forwardUses returns the forward uses of the module statements stmts,
// whose bound names are later.
func (c *cellPass) forwardUses(stmts []syntax.Stmt) map[*syntax.Ident]bool {
	if c.l.predeclared == nil || c.l.sharedUsed != nil {
		return nil // a chunk of a shared module: earlier chunks bound what it uses
	}
	p := &forwardPass{bound: map[string]bool{}, later: c.module.bound, out: map[*syntax.Ident]bool{},
		known: func(name string) bool {
			return c.l.predeclared(name) || starlarkUniverse[name] || strings.HasPrefix(name, abi.Prefix)
		}}
	p.stmts(stmts)
	return p.out
}

// classForwardUses adds to c.forward the uses in a class body of a name
// the body binds only later (size = len(v) before def len): Python
// reads the global or the builtin there, a class body's local is unset.
func (c *cellPass) classForwardUses(f *syntax.File) {
	syntax.Walk(f, func(n syntax.Node) bool {
		def, ok := n.(*syntax.DefStmt)
		if !ok || !strings.HasPrefix(def.Name.Name, abi.ClassBody) || c.scopes[def] == nil {
			return true
		}
		if c.forward == nil {
			c.forward = map[*syntax.Ident]bool{}
		}
		p := &forwardPass{bound: map[string]bool{}, later: c.scopes[def].bound, out: c.forward,
			known: func(name string) bool { return strings.HasPrefix(name, abi.Prefix) }}
		p.stmts(def.Body)
		return true
	})
}

func (p *forwardPass) stmts(stmts []syntax.Stmt) {
	for _, st := range stmts {
		p.stmt(st)
	}
}

func (p *forwardPass) stmt(st syntax.Stmt) {
	switch st := st.(type) {
	case *syntax.AssignStmt:
		p.expr(st.RHS)
		p.targetUses(st.LHS) // x += 1 before any x = is left to the resolver
		p.bind(st.LHS)
	case *syntax.ExprStmt:
		p.expr(st.X)
	case *syntax.IfStmt:
		p.expr(st.Cond)
		p.stmts(st.True)
		p.stmts(st.False)
	case *syntax.ForStmt:
		p.expr(st.X)
		p.targetUses(st.Vars)
		p.bind(st.Vars)
		p.stmts(st.Body)
	case *syntax.WhileStmt:
		p.expr(st.Cond)
		p.stmts(st.Body)
	case *syntax.DefStmt:
		for _, param := range st.Params {
			if b, ok := param.(*syntax.BinaryExpr); ok && b.Op == syntax.EQ {
				p.expr(b.Y) // defaults; the body is resolved after the module
			}
		}
		p.bound[st.Name.Name] = true
	case *syntax.ReturnStmt:
		p.expr(st.Result)
	case *syntax.LoadStmt:
		for _, to := range st.To {
			p.bound[to.Name] = true
		}
	}
}

// bind records the names a target binds.
func (p *forwardPass) bind(target syntax.Expr) {
	for _, name := range targetNames(target, nil) {
		p.bound[name] = true
	}
}

// targetUses walks what a target reads: the operands of its
// subscripts and attributes.
func (p *forwardPass) targetUses(target syntax.Expr) {
	switch t := target.(type) {
	case *syntax.ParenExpr:
		p.targetUses(t.X)
	case *syntax.TupleExpr:
		for _, x := range t.List {
			p.targetUses(x)
		}
	case *syntax.ListExpr:
		for _, x := range t.List {
			p.targetUses(x)
		}
	case *syntax.UnaryExpr:
		p.targetUses(t.X)
	case *syntax.IndexExpr, *syntax.DotExpr, *syntax.SliceExpr:
		p.expr(t)
	}
}

// expr walks the uses of x, leaving out lambda bodies (resolved after
// the module, as def bodies are).
func (p *forwardPass) expr(x syntax.Expr) {
	if x == nil {
		return
	}
	syntax.Walk(x, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Ident:
			p.use(n)
		case *syntax.LambdaExpr:
			for _, param := range n.Params {
				if b, ok := param.(*syntax.BinaryExpr); ok && b.Op == syntax.EQ {
					p.expr(b.Y)
				}
			}
			return false
		case *syntax.DotExpr:
			p.expr(n.X) // n.Name is an attribute, not a use
			return false
		case *syntax.CallExpr:
			p.expr(n.Fn)
			for _, arg := range n.Args {
				if b, ok := arg.(*syntax.BinaryExpr); ok && b.Op == syntax.EQ {
					if _, named := b.X.(*syntax.Ident); named {
						p.expr(b.Y) // f(k=v): k is a keyword
						continue
					}
				}
				p.expr(arg)
			}
			return false
		case *syntax.Comprehension:
			p.comprehension(n)
			return false
		}
		return true
	})
}

// comprehension walks a comprehension: its first iterable in the
// enclosing block, the rest where its variables are local.
func (p *forwardPass) comprehension(c *syntax.Comprehension) {
	vars := map[string]bool{}
	p.local = append(p.local, vars)
	defer func() { p.local = p.local[:len(p.local)-1] }()
	for i, cl := range c.Clauses {
		switch cl := cl.(type) {
		case *syntax.ForClause:
			if i == 0 {
				p.local = p.local[:len(p.local)-1]
				p.expr(cl.X)
				p.local = append(p.local, vars)
			} else {
				p.expr(cl.X)
			}
			for _, name := range targetNames(cl.Vars, nil) {
				vars[name] = true
			}
		case *syntax.IfClause:
			p.expr(cl.Cond)
		}
	}
	p.expr(c.Body)
}

// use records id if it reads a module global before its first binding.
func (p *forwardPass) use(id *syntax.Ident) {
	name := id.Name
	if p.bound[name] || !p.later[name] || p.known(name) {
		return
	}
	for _, vars := range p.local {
		if vars[name] {
			return
		}
	}
	p.out[id] = true
}
