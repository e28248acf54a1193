package lower

// This file lowers class statements (see LOWERING.md): the body becomes
// a function that returns the class's namespace.

import (
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// class lowers class C(B1, B2): body, with its decorators.
func (l *lowerer) class(s *pyast.Class) []syntax.Stmt {
	decorators := l.exprs(s.Decorators)
	bases := l.args(s.Bases)
	pos := s.Class
	frame := &classFrame{name: s.Name.Name, qualname: l.qualifier + s.Name.Name}
	outer := l.qualifier
	l.classes, l.qualifier = append(l.classes, frame), frame.qualname+"."
	body := l.stmts(s.Body)
	l.classes, l.qualifier = l.classes[:len(l.classes)-1], outer
	var prelude []syntax.Stmt
	if mentions(body, classModule) { // CPython's class namespace starts with it
		prelude = append(prelude, assign(ident(classModule, pos), ident("__name__", pos), pos))
	}
	if frame.qualname != frame.name || mentions(body, classQualname) { // and this
		prelude = append(prelude, assign(ident(classQualname, pos), strLit(frame.qualname, pos), pos))
	}
	if frame.annotated {
		empty := &syntax.DictExpr{Lbrace: pos, Rbrace: pos}
		prelude = append(prelude, assign(ident(classAnnotations, pos), empty, pos))
	}
	return lowerClass(pos, name(s.Name), bases, withPrelude(body, prelude), decorators)
}

// withPrelude puts prelude at the start of a class body, after its
// docstring (which must stay first to be the class's __doc__).
func withPrelude(body, prelude []syntax.Stmt) []syntax.Stmt {
	if len(prelude) == 0 {
		return body
	}
	at := 0
	if docstring(body) != nil {
		at = 1
	}
	out := append(append(append([]syntax.Stmt{}, body[:at]...), prelude...), body[at:]...)
	return out
}

// mentions reports whether an identifier of the lowered body is name.
func mentions(body []syntax.Stmt, name string) bool {
	found := false
	for _, st := range body {
		syntax.Walk(st, func(n syntax.Node) bool {
			if id, ok := n.(*syntax.Ident); ok && id.Name == name {
				found = true
			}
			return !found
		})
	}
	return found
}

// classModule is the name of the class body's module.
const classModule = "__module__"

// classQualname is the class body's qualified name, when it is nested
// in another class's body or a def.
const classQualname = "__qualname__"

// classAnnotations is the class body's (or module's) dict of annotations.
const classAnnotations = "__annotations__"

// lowerClass builds def __sp_class_C(): body; return {names} and
// C = decorators(__sp_class("C", bases, __sp_class_C, __name__, k=v)),
// the keywords k=v of the class statement's header taken out of bases.
// __sp_class runs the body once the bases are evaluated and the
// metaclass's __prepare__ has run, as CPython does.
func lowerClass(pos syntax.Position, name *syntax.Ident, bases []syntax.Expr, body []syntax.Stmt, decorators []syntax.Expr) []syntax.Stmt {
	if doc := docstring(body); doc != nil {
		body[0] = assign(ident("__doc__", doc.TokenPos), doc, doc.TokenPos)
	}
	var names []string
	seen, direct := map[string]bool{}, map[string]bool{}
	for _, s := range body {
		for _, id := range boundNames(s, true) {
			if !seen[id] && !strings.HasPrefix(id, abi.Prefix) {
				seen[id] = true
				names = append(names, id)
			}
		}
		for _, id := range boundNames(s, false) {
			direct[id] = true
		}
	}
	var pre []syntax.Stmt
	var entries []syntax.Expr
	for _, n := range names {
		if !direct[n] {
			pre = append(pre, assign(ident(n, pos), ident(abi.Unset, pos), pos))
		}
		entries = append(entries, &syntax.DictEntry{Key: strLit(n, pos), Colon: pos, Value: ident(n, pos)})
	}
	ret := &syntax.ReturnStmt{Return: pos, Result: &syntax.DictExpr{Lbrace: pos, List: entries, Rbrace: pos}}
	fn := abi.ClassBody + name.Name
	def := &syntax.DefStmt{Def: pos, Name: ident(fn, name.NamePos), Lparen: pos, Rparen: pos, Body: append(append(pre, body...), ret)}
	namespace := ident(fn, pos)
	var keywords []syntax.Expr
	for i := 0; i < len(bases); i++ {
		if b, ok := bases[i].(*syntax.BinaryExpr); ok && b.Op == syntax.EQ {
			keywords = append(keywords, b)
			bases = append(bases[:i:i], bases[i+1:]...)
			i--
		}
	}
	cls := call(abi.Class, name.NamePos, append([]syntax.Expr{strLit(name.Name, name.NamePos), tuple(pos, bases...), namespace, ident("__name__", pos)}, keywords...)...)
	return append([]syntax.Stmt{def}, decorate(name, decorators, cls, pos)...)
}

// docstring returns the string literal that starts body, if any.
func docstring(body []syntax.Stmt) *syntax.Literal {
	if len(body) == 0 {
		return nil
	}
	if e, ok := body[0].(*syntax.ExprStmt); ok {
		if lit, ok := e.X.(*syntax.Literal); ok && lit.Token == syntax.STRING {
			return lit
		}
	}
	return nil
}

// boundNames returns the names that s binds in its own scope; with deep
// it includes names bound in nested if, for and while bodies and in the
// synthesized functions of try and with statements.
func boundNames(s syntax.Stmt, deep bool) []string {
	switch s := s.(type) {
	case *syntax.AssignStmt:
		return targetNames(s.LHS, nil)
	case *syntax.DefStmt:
		if deep && abi.InCallerFrame(s.Name.Name) {
			return namesIn(s.Body) // a try or with body runs in the class body's frame
		}
		return []string{s.Name.Name}
	case *syntax.LoadStmt:
		var out []string
		for _, id := range s.To {
			out = append(out, id.Name)
		}
		return out
	case *syntax.ForStmt:
		if deep {
			return append(targetNames(s.Vars, nil), namesIn(s.Body)...)
		}
	case *syntax.WhileStmt:
		if deep {
			return namesIn(s.Body)
		}
	case *syntax.IfStmt:
		if deep {
			return append(namesIn(s.True), namesIn(s.False)...)
		}
	}
	return nil
}

func namesIn(stmts []syntax.Stmt) []string {
	var out []string
	for _, s := range stmts {
		out = append(out, boundNames(s, true)...)
	}
	return out
}

// targetNames appends the identifiers an assignment target binds.
func targetNames(x syntax.Expr, out []string) []string {
	switch x := x.(type) {
	case *syntax.Ident:
		out = append(out, x.Name)
	case *syntax.ParenExpr:
		out = targetNames(x.X, out)
	case *syntax.TupleExpr:
		for _, y := range x.List {
			out = targetNames(y, out)
		}
	case *syntax.ListExpr:
		for _, y := range x.List {
			out = targetNames(y, out)
		}
	}
	return out
}
