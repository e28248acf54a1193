package lower

// This file defines unparse, which prints a syntax tree back as
// Starlark source, one statement per line; table tests compare it.

import (
	"fmt"
	"strings"

	"go.starlark.net/syntax"
)

func pretty(f *syntax.File) string {
	var b strings.Builder
	unparseStmts(&b, f.Stmts, "")
	return b.String()
}

func unparseStmts(b *strings.Builder, stmts []syntax.Stmt, indent string) {
	for _, s := range stmts {
		unparseStmt(b, s, indent)
	}
}

func unparseStmt(b *strings.Builder, s syntax.Stmt, in string) {
	switch s := s.(type) {
	case *syntax.AssignStmt:
		fmt.Fprintf(b, "%s%s %s %s\n", in, unparse(s.LHS), s.Op, unparse(s.RHS))
	case *syntax.ExprStmt:
		fmt.Fprintf(b, "%s%s\n", in, unparse(s.X))
	case *syntax.BranchStmt:
		fmt.Fprintf(b, "%s%s\n", in, s.Token)
	case *syntax.ReturnStmt:
		fmt.Fprintf(b, "%sreturn %s\n", in, unparse(s.Result))
	case *syntax.DefStmt:
		fmt.Fprintf(b, "%sdef %s(%s):\n", in, s.Name.Name, unparseList(s.Params))
		unparseStmts(b, s.Body, in+"  ")
	case *syntax.ForStmt:
		fmt.Fprintf(b, "%sfor %s in %s:\n", in, unparse(s.Vars), unparse(s.X))
		unparseStmts(b, s.Body, in+"  ")
	case *syntax.WhileStmt:
		fmt.Fprintf(b, "%swhile %s:\n", in, unparse(s.Cond))
		unparseStmts(b, s.Body, in+"  ")
	case *syntax.IfStmt:
		fmt.Fprintf(b, "%sif %s:\n", in, unparse(s.Cond))
		unparseStmts(b, s.True, in+"  ")
		if s.False != nil {
			fmt.Fprintf(b, "%selse:\n", in)
			unparseStmts(b, s.False, in+"  ")
		}
	case *syntax.LoadStmt:
		fmt.Fprintf(b, "%sload(%q", in, s.Module.Value)
		for i := range s.To {
			fmt.Fprintf(b, ", %s=%q", s.To[i].Name, s.From[i].Name)
		}
		b.WriteString(")\n")
	}
}

func unparseList(list []syntax.Expr) string {
	var parts []string
	for _, x := range list {
		parts = append(parts, unparse(x))
	}
	return strings.Join(parts, ", ")
}

func unparse(x syntax.Expr) string {
	switch x := x.(type) {
	case nil:
		return ""
	case *syntax.Ident:
		return x.Name
	case *syntax.Literal:
		if s, ok := x.Value.(string); ok {
			if x.Token == syntax.BYTES {
				return "b" + fmt.Sprintf("%q", s)
			}
			return fmt.Sprintf("%q", s)
		}
		return fmt.Sprint(x.Value)
	case *syntax.BinaryExpr:
		if x.Op == syntax.EQ {
			return unparse(x.X) + "=" + unparse(x.Y)
		}
		return fmt.Sprintf("(%s %s %s)", unparse(x.X), x.Op, unparse(x.Y))
	case *syntax.UnaryExpr:
		if x.Op == syntax.NOT {
			return "not " + unparse(x.X)
		}
		return x.Op.String() + unparse(x.X)
	case *syntax.CallExpr:
		return unparse(x.Fn) + "(" + unparseList(x.Args) + ")"
	case *syntax.DotExpr:
		return unparse(x.X) + "." + x.Name.Name
	case *syntax.IndexExpr:
		return unparse(x.X) + "[" + unparse(x.Y) + "]"
	case *syntax.SliceExpr:
		s := unparse(x.X) + "[" + unparse(x.Lo) + ":" + unparse(x.Hi)
		if x.Step != nil {
			s += ":" + unparse(x.Step)
		}
		return s + "]"
	case *syntax.ParenExpr:
		return "(" + unparse(x.X) + ")"
	case *syntax.TupleExpr:
		if len(x.List) == 1 {
			return "(" + unparse(x.List[0]) + ",)"
		}
		return "(" + unparseList(x.List) + ")"
	case *syntax.ListExpr:
		return "[" + unparseList(x.List) + "]"
	case *syntax.DictExpr:
		return "{" + unparseList(x.List) + "}"
	case *syntax.DictEntry:
		return unparse(x.Key) + ": " + unparse(x.Value)
	case *syntax.CondExpr:
		return fmt.Sprintf("(%s if %s else %s)", unparse(x.True), unparse(x.Cond), unparse(x.False))
	case *syntax.LambdaExpr:
		return fmt.Sprintf("(lambda %s: %s)", unparseList(x.Params), unparse(x.Body))
	case *syntax.Comprehension:
		return unparseComp(x)
	}
	return fmt.Sprintf("<%T>", x)
}

func unparseComp(x *syntax.Comprehension) string {
	s := unparse(x.Body)
	for _, cl := range x.Clauses {
		switch cl := cl.(type) {
		case *syntax.ForClause:
			s += " for " + unparse(cl.Vars) + " in " + unparse(cl.X)
		case *syntax.IfClause:
			s += " if " + unparse(cl.Cond)
		}
	}
	if x.Curly {
		return "{" + s + "}"
	}
	return "[" + s + "]"
}
