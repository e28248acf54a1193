package lower

// This file lowers import and from-import statements to calls of
// __sp_import and __sp_from.

import (
	"strings"
	"unicode/utf8"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// importStmt lowers import a.b as c, d.
func importStmt(s *pyast.Import) []syntax.Stmt {
	var stmts []syntax.Stmt
	for _, a := range s.Names {
		args := []syntax.Expr{strLit(a.Name, a.NamePos)}
		target := &pyast.Ident{Name: strings.Split(a.Name, ".")[0], NamePos: a.NamePos}
		if a.AsName != nil {
			target = a.AsName
		} else if strings.Contains(a.Name, ".") {
			args = append(args, ident("True", a.NamePos))
		}
		c := call(abi.Import, s.Import, args...)
		stmts = append(stmts, assign(ident(target.Name, target.NamePos), withEnd(c, importEnd(s)), s.Import))
	}
	return stmts
}

// withEnd gives c, a call of __sp_import or __sp_from, its statement's
// end as its Rparen, for the carets under a failing import (see
// srcmap's importAnchor); a statement over several lines gets none, as
// in CPython.
func withEnd(c *syntax.CallExpr, end syntax.Position) *syntax.CallExpr {
	if end.Line == c.Lparen.Line {
		c.Rparen = end
	}
	return c
}

// importEnd returns the position of the last character of s.
func importEnd(s *pyast.Import) syntax.Position {
	last := s.Names[len(s.Names)-1]
	if last.AsName != nil {
		return nameEnd(last.AsName.NamePos, last.AsName.Name)
	}
	return nameEnd(last.NamePos, last.Name)
}

// nameEnd returns the position of the last character of name written at pos.
func nameEnd(pos syntax.Position, name string) syntax.Position {
	pos.Col += int32(utf8.RuneCountInString(name)) - 1
	return pos
}

// fromImport lowers from a.b import x, y as z. A relative import
// (from .m import x) passes the module's __package__ as a third argument.
func fromImport(s *pyast.ImportFrom) []syntax.Stmt {
	var pkg []syntax.Expr
	if strings.HasPrefix(s.Module, ".") {
		pkg = append(pkg, ident("__package__", s.ModulePos))
	}
	if s.Star.IsValid() {
		return []syntax.Stmt{starImport(s, pkg)}
	}
	var stmts []syntax.Stmt
	last := s.Names[len(s.Names)-1].Name
	if a := s.Names[len(s.Names)-1].AsName; a != nil {
		last = a
	}
	end := nameEnd(last.NamePos, last.Name)
	for _, it := range s.Names {
		target := it.Name
		if it.AsName != nil {
			target = it.AsName
		}
		args := append([]syntax.Expr{strLit(s.Module, s.ModulePos), strLit(it.Name.Name, it.Name.NamePos)}, pkg...)
		rhs := withEnd(call(abi.ImportFrom, s.From, args...), end)
		stmts = append(stmts, assign(ident(target.Name, target.NamePos), rhs, s.From))
	}
	return stmts
}

// starImport lowers from m import * to a call of abi.ImportStar with
// the importing module's __name__ and module m: __sp_import("a.b") for an absolute m, else
// __sp_from(".a", "b", __package__) (the parser refuses a bare dots m).
func starImport(s *pyast.ImportFrom, pkg []syntax.Expr) syntax.Stmt {
	mod := call(abi.Import, s.From, strLit(s.Module, s.ModulePos))
	if len(pkg) > 0 {
		i := strings.LastIndexByte(s.Module, '.')
		parent, name := s.Module[:i], s.Module[i+1:]
		if strings.Trim(parent, ".") == "" {
			parent = s.Module[:i+1] // .m: the dots
		}
		mod = call(abi.ImportFrom, s.From, append([]syntax.Expr{strLit(parent, s.ModulePos), strLit(name, s.ModulePos)}, pkg...)...)
	}
	return exprStmt(call(abi.ImportStar, s.Star, mod, ident("__name__", s.Star)))
}
