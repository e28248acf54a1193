package lower

// This file defines the lowering of the match statement: each case
// becomes a call of __sp_match with the subject and a tuple that
// describes the pattern (see abi.Match), the assignment of the names it
// binds, the guard and the body, run unless an earlier case ran.

import (
	"strconv"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/pyast"
)

// matchStmt returns the statements that m is lowered as:
//
//	__sp_pm1 = subject
//	__sp_pm2 = False                       # a case ran
//	__sp_pm3 = __sp_match(__sp_pm1, PATTERN)
//	if __sp_pm3 != None:
//	    x = __sp_pm3["x"]
//	    if guard:
//	        __sp_pm2 = True
//	        body
//	if not __sp_pm2:
//	    ...the next case
func (l *lowerer) matchStmt(m *pyast.Match) []syntax.Stmt {
	pos := m.Match
	subject := l.freshName(abi.MatchVar)
	done := l.freshName(abi.MatchVar)
	out := []syntax.Stmt{assign(ident(subject, pos), l.expr(m.Subject), pos)}
	if len(m.Cases) > 1 {
		out = append(out, assign(ident(done, pos), ident("False", pos), pos))
	}
	for i, c := range m.Cases {
		block := l.matchCase(c, subject, done, i == len(m.Cases)-1)
		if i == 0 {
			out = append(out, block...)
			continue
		}
		notDone := &syntax.UnaryExpr{OpPos: c.Case, Op: syntax.NOT, X: ident(done, c.Case)}
		out = append(out, &syntax.IfStmt{If: c.Case, Cond: notDone, True: block})
	}
	return out
}

// matchCase returns the statements of one case.
func (l *lowerer) matchCase(c *pyast.Case, subject, done string, last bool) []syntax.Stmt {
	pos := patternPos(c)
	result := l.freshName(abi.MatchVar)
	var names []*pyast.Ident
	spec := l.expr(patternSpec(c.Pattern, &names, pos))
	var body []syntax.Stmt
	for _, id := range names {
		value := &syntax.IndexExpr{X: ident(result, id.NamePos), Lbrack: id.NamePos, Y: strLit(id.Name, id.NamePos), Rbrack: id.NamePos}
		body = append(body, l.store(id, l.expr(id), value, id.NamePos))
	}
	caseBody := l.stmts(c.Body)
	if !last {
		caseBody = append([]syntax.Stmt{assign(ident(done, c.Case), ident("True", c.Case), c.Case)}, caseBody...)
	}
	if c.Guard != nil {
		caseBody = []syntax.Stmt{&syntax.IfStmt{If: c.Case, Cond: l.expr(c.Guard), True: caseBody}}
	}
	matched := &syntax.BinaryExpr{X: ident(result, pos), OpPos: pos, Op: syntax.NEQ, Y: ident("None", pos)}
	return []syntax.Stmt{
		assign(ident(result, pos), call(abi.Match, pos, ident(subject, pos), spec), pos),
		&syntax.IfStmt{If: c.Case, Cond: matched, True: append(body, caseBody...)},
	}
}

// patternPos is where a case's pattern starts, where a failure of its
// match is reported.
func patternPos(c *pyast.Case) syntax.Position {
	var pos syntax.Position
	pyast.Walk(c.Pattern, func(n pyast.Node) bool {
		if id, ok := n.(*pyast.Ident); ok && !pos.IsValid() {
			pos = id.NamePos
		}
		return !pos.IsValid()
	})
	if !pos.IsValid() {
		pos = c.Case
	}
	return pos
}

// patternSpec returns the tuple that describes pat to __sp_match (see
// abi.Match), appending the names it binds to names in the order
// __sp_match reports them.
func patternSpec(pat pyast.Pattern, names *[]*pyast.Ident, pos syntax.Position) pyast.Expr {
	tuple := func(kind string, items ...pyast.Expr) pyast.Expr {
		return &pyast.Tuple{Lparen: pos, List: append([]pyast.Expr{pyStr(kind, pos)}, items...), Rparen: pos}
	}
	list := func(pats []pyast.Pattern) pyast.Expr {
		items := make([]pyast.Expr, len(pats))
		for i, p := range pats {
			items[i] = patternSpec(p, names, pos)
		}
		return &pyast.Tuple{Lparen: pos, List: items, Rparen: pos}
	}
	name := func(id *pyast.Ident) pyast.Expr {
		if id == nil || id.Name == "_" {
			return pyIdent("None", pos)
		}
		*names = append(*names, id)
		return pyStr(id.Name, id.NamePos)
	}
	switch pat := pat.(type) {
	case *pyast.CapturePattern:
		if pat.Name.Name == "_" {
			return tuple("_")
		}
		return tuple("c", name(pat.Name))
	case *pyast.ValuePattern:
		return tuple("v", pat.Value)
	case *pyast.SingletonPattern:
		return tuple("s", pat.Value)
	case *pyast.StarPattern:
		return tuple("*", name(pat.Name))
	case *pyast.SequencePattern:
		return tuple("q", list(pat.Items))
	case *pyast.MappingPattern:
		keys := &pyast.Tuple{Lparen: pos, List: append([]pyast.Expr(nil), pat.Keys...), Rparen: pos}
		values := list(pat.Values)
		return tuple("m", keys, values, name(pat.Rest))
	case *pyast.ClassPattern:
		args := list(pat.Args)
		kws := make([]pyast.Expr, len(pat.Keywords))
		for i, k := range pat.Keywords {
			kws[i] = pyStr(k.Name, k.NamePos)
		}
		return tuple("k", pat.Cls, args, &pyast.Tuple{Lparen: pos, List: kws, Rparen: pos}, list(pat.KwArgs))
	case *pyast.OrPattern:
		// every alternative binds the same names: the first's are assigned
		alts := make([]pyast.Expr, len(pat.Alts))
		for i, alt := range pat.Alts {
			var altNames []*pyast.Ident
			alts[i] = patternSpec(alt, &altNames, pos)
			if i == 0 {
				*names = append(*names, altNames...)
			}
		}
		return tuple("|", &pyast.Tuple{Lparen: pos, List: alts, Rparen: pos})
	case *pyast.AsPattern:
		inner := patternSpec(pat.Pattern, names, pos)
		return tuple("a", inner, name(pat.Name))
	}
	panic("lower: unknown pattern")
}

func pyIdent(name string, pos syntax.Position) *pyast.Ident {
	return &pyast.Ident{NamePos: pos, Name: name}
}

func pyStr(s string, pos syntax.Position) *pyast.Literal {
	return &pyast.Literal{Token: syntax.STRING, TokenPos: pos, Raw: strconv.Quote(s), Value: s}
}
