package suggest

// This file finds, in the Python source, the names CPython's symbol
// table gives a function's code object as co_varnames, and the order in
// which a module binds its globals.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"
)

// scope is a function, class body, comprehension or module: the names
// it mentions in the order the symbol table meets them, those it binds,
// those it declares global or nonlocal, and the free names of the
// scopes nested in it.
type scope struct {
	class    bool
	order    []string // every name mentioned, first mention first
	binds    []string // bound names, first binding first
	seen     map[string]bool
	bound    map[string]bool
	global   map[string]bool
	nonlocal map[string]bool
	captured map[string]bool // names nested scopes use without binding them
}

func newScope() *scope {
	return &scope{seen: map[string]bool{}, bound: map[string]bool{}, global: map[string]bool{},
		nonlocal: map[string]bool{}, captured: map[string]bool{}}
}

func (s *scope) mention(name string) {
	if !s.seen[name] {
		s.seen[name] = true
		s.order = append(s.order, name)
	}
}

func (s *scope) bind(name string) {
	s.mention(name)
	if !s.bound[name] {
		s.bound[name] = true
		s.binds = append(s.binds, name)
	}
}

// free returns the names s leaves to its enclosing scopes.
func (s *scope) free() map[string]bool {
	out := map[string]bool{}
	for _, names := range []map[string]bool{s.seen, s.captured} {
		for n := range names {
			if s.nonlocal[n] || !s.global[n] && (!s.bound[n] || s.class && s.captured[n]) {
				out[n] = true
			}
		}
	}
	return out
}

// local reports whether s keeps name in a fast local (co_varnames):
// bound, not declared global or nonlocal, and not a cell that nested
// scopes read.
func (s *scope) local(name string) bool {
	return s.bound[name] && !s.global[name] && !s.nonlocal[name] && !s.captured[name]
}

// walker fills scopes from the tree.
type walker struct{ s *scope }

// nested runs fill on a new scope inside w's and records its free names.
func (w walker) nested(class bool, fill func(walker)) *scope {
	inner := newScope()
	inner.class = class
	fill(walker{inner})
	for n := range inner.free() {
		w.s.captured[n] = true
	}
	return inner
}

// stmts walks a list of statements.
func (w walker) stmts(list []pyast.Stmt) {
	for _, st := range list {
		w.node(st)
	}
}

// node walks n, binding the names of the statements and expressions
// that bind and mentioning every other name it reads.
func (w walker) node(n pyast.Node) {
	switch n := n.(type) {
	case nil:
	case *pyast.Ident:
		if n != nil {
			w.s.mention(n.Name)
		}
	case *pyast.Def:
		w.s.bind(n.Name.Name)
		w.params(n.Params)
		w.exprs(n.Decorators)
		w.nested(false, func(in walker) { in.def(n.Params, func() { in.stmts(n.Body) }) })
	case *pyast.Lambda:
		w.params(n.Params)
		w.nested(false, func(in walker) { in.def(n.Params, func() { in.node(n.Body) }) })
	case *pyast.Class:
		w.s.bind(n.Name.Name)
		w.exprs(n.Bases)
		w.exprs(n.Decorators)
		w.nested(true, func(in walker) { in.stmts(n.Body) })
	case *pyast.Comprehension:
		w.comprehension(n)
	default:
		w.bindingNode(n)
	}
}

// bindingNode walks the statements and expressions that bind names.
func (w walker) bindingNode(n pyast.Node) {
	switch n := n.(type) {
	case *pyast.Assign:
		for _, t := range n.Targets {
			w.target(t)
		}
		w.node(n.Value)
	case *pyast.AugAssign:
		w.target(n.Target)
		w.node(n.Value)
	case *pyast.AnnAssign:
		w.target(n.Target)
		w.node(n.Annotation)
		w.node(n.Value)
	case *pyast.For:
		w.target(n.Target)
		w.node(n.Iter)
		w.stmts(n.Body)
		w.stmts(n.Else)
	case *pyast.With:
		for _, it := range n.Items {
			w.node(it.X)
			w.target(it.Target)
		}
		w.stmts(n.Body)
	case *pyast.Handler:
		w.node(n.Type)
		if n.Name != nil {
			w.s.bind(n.Name.Name)
		}
		w.stmts(n.Body)
	case *pyast.Del:
		for _, t := range n.Targets {
			w.target(t)
		}
	case *pyast.Walrus:
		w.node(n.Value)
		w.s.bind(n.Target.Name)
	default:
		w.declaration(n)
	}
}

// declaration walks imports, global and nonlocal, and any other node
// through its children.
func (w walker) declaration(n pyast.Node) {
	switch n := n.(type) {
	case *pyast.Import:
		for _, a := range n.Names {
			if a.AsName != nil {
				w.s.bind(a.AsName.Name)
			} else {
				w.s.bind(firstPart(a.Name))
			}
		}
	case *pyast.ImportFrom:
		for _, a := range n.Names {
			switch {
			case a.AsName != nil:
				w.s.bind(a.AsName.Name)
			case a.Name.Name != "*":
				w.s.bind(a.Name.Name)
			}
		}
	case *pyast.Global:
		for _, id := range n.Names {
			w.s.mention(id.Name)
			w.s.global[id.Name] = true
		}
	case *pyast.Nonlocal:
		for _, id := range n.Names {
			w.s.mention(id.Name)
			w.s.nonlocal[id.Name] = true
		}
	case *pyast.Attr:
		w.node(n.X) // n.Name is no variable
	case *pyast.Keyword:
		w.node(n.Value)
	default:
		for _, c := range pyast.Children(n) {
			w.node(c)
		}
	}
}

// target binds the names of an assignment target.
func (w walker) target(t pyast.Expr) {
	switch t := t.(type) {
	case *pyast.Ident:
		w.s.bind(t.Name)
	case *pyast.Tuple:
		for _, x := range t.List {
			w.target(x)
		}
	case *pyast.List:
		for _, x := range t.List {
			w.target(x)
		}
	case *pyast.Paren:
		w.target(t.X)
	case *pyast.Starred:
		w.target(t.X)
	default:
		w.node(t)
	}
}

func (w walker) exprs(list []pyast.Expr) {
	for _, x := range list {
		w.node(x)
	}
}

// params walks the defaults and annotations of a def or lambda, which
// the enclosing scope evaluates.
func (w walker) params(ps []*pyast.Param) {
	for _, p := range ps {
		w.node(p.Default)
		w.node(p.Annotation)
	}
}

// def binds the parameters in the new scope of a function, then walks
// its body.
func (w walker) def(ps []*pyast.Param, body func()) {
	for _, p := range ps {
		if p.Name != nil {
			w.s.bind(p.Name.Name)
		}
	}
	body()
}

// comprehension walks a comprehension: its first iterable in w's scope,
// the rest in a scope of its own, whose assignment expressions bind in
// w's.
func (w walker) comprehension(c *pyast.Comprehension) {
	var first pyast.Expr
	if len(c.Clauses) > 0 {
		if f, ok := c.Clauses[0].(*pyast.ForClause); ok {
			first = f.X
			w.node(first)
		}
	}
	w.nested(false, func(in walker) {
		in.s.bind(".0")
		for _, cl := range c.Clauses {
			switch cl := cl.(type) {
			case *pyast.ForClause:
				in.target(cl.Vars)
				if cl.X != first {
					in.node(cl.X)
				}
			case *pyast.IfClause:
				in.node(cl.Cond)
			}
		}
		in.node(c.Body)
	})
}

func firstPart(dotted string) string {
	for i := range len(dotted) {
		if dotted[i] == '.' {
			return dotted[:i]
		}
	}
	return dotted
}

// varnames returns co_varnames of the def (or lambda) that encloses
// line and whose name is name, in f: its parameters (positional ones,
// keyword-only ones, then *args and **kwargs), then its other fast
// locals in the order the symbol table met them. ok is false if no
// such function is found.
func varnames(f *pyast.File, name string, pos pyast.Position) (names []string, ok bool) {
	if name == "lambda" || name == "<lambda>" {
		return lambdaVarnames(f, pos)
	}
	d := findDef(f, name, pos.Line)
	if d == nil {
		return nil, false
	}
	if c := findComprehension(d, pos); c != nil {
		return compVarnames(c), true
	}
	params, star := paramOrder(d.Params)
	s := newScope()
	w := walker{s}
	w.def(d.Params, func() { w.stmts(d.Body) })
	isParam := map[string]bool{}
	for _, p := range append(params, star...) {
		isParam[p] = true
	}
	names = append(params, star...)
	for _, n := range s.order {
		if !isParam[n] && s.local(n) {
			names = append(names, n)
		}
	}
	return names, true
}

// paramOrder splits the parameter names as co_varnames orders them:
// the named ones in order, then *args and **kwargs.
func paramOrder(ps []*pyast.Param) (named, star []string) {
	var kw string
	for _, p := range ps {
		switch {
		case p.Name == nil:
		case p.Star == syntax.STAR:
			star = append(star, p.Name.Name)
		case p.Star == syntax.STARSTAR:
			kw = p.Name.Name
		default:
			named = append(named, p.Name.Name)
		}
	}
	if kw != "" {
		star = append(star, kw)
	}
	return named, star
}

// findDef returns the innermost def named name that encloses line.
func findDef(f *pyast.File, name string, line int32) *pyast.Def {
	var found *pyast.Def
	pyast.Walk(f, func(n pyast.Node) bool {
		d, ok := n.(*pyast.Def)
		if ok && d.Name.Name == name && d.Def.Line <= line && line <= lastLine(d) {
			found = d // a nested def comes later in the walk
		}
		return true
	})
	return found
}

// lastLine returns the last line of the names, literals and one-word
// statements under n: the end of a def, near enough to tell which def
// a line is in.
func lastLine(n pyast.Node) int32 {
	last := int32(0)
	pyast.Walk(n, func(c pyast.Node) bool {
		var pos pyast.Position
		switch c := c.(type) {
		case *pyast.Ident:
			pos = c.NamePos
		case *pyast.Literal:
			pos = c.TokenPos
		case *pyast.Return:
			pos = c.Return
		case *pyast.Pass:
			pos = c.Pos
		case *pyast.Break:
			pos = c.Pos
		case *pyast.Continue:
			pos = c.Pos
		}
		last = max(last, pos.Line)
		return true
	})
	return last
}

// findComprehension returns the innermost comprehension of d whose own
// scope (all but its first iterable) holds pos: in CPython 3.11 a
// comprehension runs as a function of its own, <listcomp> and the like.
func findComprehension(d *pyast.Def, pos pyast.Position) *pyast.Comprehension {
	var found *pyast.Comprehension
	pyast.Walk(d, func(n pyast.Node) bool {
		if c, ok := n.(*pyast.Comprehension); ok && inComprehension(c, pos) {
			found = c
		}
		return true
	})
	return found
}

// inComprehension reports whether pos is within c's brackets and not in
// its first iterable, which the enclosing scope evaluates.
func inComprehension(c *pyast.Comprehension, pos pyast.Position) bool {
	if c.Lbrack.Line == 0 || !before(c.Lbrack, pos) || !before(pos, c.Rbrack) || len(c.Clauses) == 0 {
		return false
	}
	first, ok := c.Clauses[0].(*pyast.ForClause)
	if !ok || !before(first.In, pos) {
		return true
	}
	end := c.Rbrack
	if len(c.Clauses) > 1 {
		switch next := c.Clauses[1].(type) {
		case *pyast.ForClause:
			end = next.For
		case *pyast.IfClause:
			end = next.If
		}
	}
	return !before(pos, end)
}

// before reports whether a comes before b.
func before(a, b pyast.Position) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
}

// compVarnames returns co_varnames of a comprehension's function: its
// iterator argument .0, then the names its clauses bind.
func compVarnames(c *pyast.Comprehension) []string {
	s := newScope()
	w := walker{s}
	s.bind(".0")
	for _, cl := range c.Clauses {
		if f, ok := cl.(*pyast.ForClause); ok {
			w.target(f.Vars)
		}
	}
	var names []string
	for _, n := range s.order {
		if s.bound[n] {
			names = append(names, n)
		}
	}
	return names
}

// lambdaVarnames returns co_varnames of the innermost lambda that starts
// on pos's line before pos: its parameters (a lambda binds nothing
// else, but for assignment expressions, which are rare there).
func lambdaVarnames(f *pyast.File, pos pyast.Position) ([]string, bool) {
	var found *pyast.Lambda
	pyast.Walk(f, func(n pyast.Node) bool {
		if l, ok := n.(*pyast.Lambda); ok && l.Lambda.Line == pos.Line && before(l.Lambda, pos) {
			found = l
		}
		return true
	})
	if found == nil {
		return nil, false
	}
	named, star := paramOrder(found.Params)
	return append(named, star...), true
}
