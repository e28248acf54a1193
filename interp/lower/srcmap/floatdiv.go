package srcmap

// This file infers, from the lowered tree alone, whether an operand of a
// failed division is a float, so that the runtime words the VM's
// division by zero as CPython does for floats: a flow-insensitive look
// at the assignments of the names it uses, in the function that failed
// (or the module, for a name the function doesn't bind).

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// floatDivision returns the SourceMap's float-division check for f:
// whether the division (a binary operation or x /= y, x //= y) that
// failed at p has an operand that is visibly a float.
func floatDivision(f *syntax.File, anchors map[abi.Pos]*anchor) func(abi.Pos, abi.FloatLookup) bool {
	var ends defEnds
	return func(p abi.Pos, lookup abi.FloatLookup) bool {
		left, right, ok := divisionOperands(f, anchors, p)
		if !ok {
			return false
		}
		inf := inferAt(f, p, ends.of(f))
		inf.lookup = lookup
		return inf.isFloat(left) || inf.isFloat(right)
	}
}

// divisionOperands returns the operands of the division at p.
func divisionOperands(f *syntax.File, anchors map[abi.Pos]*anchor, p abi.Pos) (left, right syntax.Expr, ok bool) {
	if a := anchors[p]; a != nil && !a.ambiguous && !a.augmented {
		return a.left, a.right, a.mark == abi.BinaryOp
	}
	syntax.Walk(f, func(n syntax.Node) bool {
		if as, isAssign := n.(*syntax.AssignStmt); isAssign && !ok && pos(as.OpPos) == p &&
			(as.Op == syntax.SLASH_EQ || as.Op == syntax.SLASHSLASH_EQ) {
			left, right, ok = as.LHS, as.RHS, true
		}
		return !ok
	})
	return left, right, ok
}

// floatCalls are the functions (module.name) known to return a float.
var floatCalls = map[string]bool{
	"math.sqrt": true, "math.exp": true, "math.log": true, "math.log2": true, "math.log10": true,
	"math.sin": true, "math.cos": true, "math.tan": true, "math.atan2": true, "math.hypot": true,
	"math.fabs": true, "math.pow": true, "math.fsum": true, "math.radians": true, "math.degrees": true,
	"time.time": true, "time.perf_counter": true, "time.monotonic": true, "time.process_time": true,
	"time.thread_time": true, "random.random": true, "random.uniform": true, "random.gauss": true,
	"statistics.fmean": true, "timeit.default_timer": true,
}

// floatInference answers isFloat for the expressions of one scope.
type floatInference struct {
	scope    []syntax.Stmt // the body of the def that failed, or the module
	params   map[string]bool
	inDef    bool // scope is a def's body, not the module
	module   []syntax.Stmt
	visiting map[string]bool
	def      *syntax.DefStmt         // the def whose body scope is
	outer    []*syntax.DefStmt       // the defs around it, outermost first
	lookup   abi.FloatLookup         // run-time values (floatlookup.go), or nil
	argFloat func(param string) bool // a parameter's argument (floatcall.go), or nil
}

// inferAt returns the inference for the scope of f around p; ends
// gives the end of each def (see defEnds).
func inferAt(f *syntax.File, p abi.Pos, ends map[*syntax.DefStmt]abi.Pos) *floatInference {
	inf := &floatInference{visiting: map[string]bool{}, params: map[string]bool{}}
	inf.module, inf.scope = f.Stmts, f.Stmts
	syntax.Walk(f, func(n syntax.Node) bool {
		def, ok := n.(*syntax.DefStmt)
		if !ok {
			return true
		}
		if p.Before(pos(def.Def)) || ends[def].Before(p) {
			return false
		}
		if inf.inDef {
			inf.outer = append(inf.outer, inf.def)
		}
		inf.scope, inf.inDef, inf.def = def.Body, true, def
		inf.params = map[string]bool{}
		for _, p := range def.Params {
			if id := paramName(p); id != "" {
				inf.params[id] = true
			}
		}
		return true // an inner def may hold pos
	})
	return inf
}

// paramName returns the name a parameter binds.
func paramName(p syntax.Expr) string {
	switch p := p.(type) {
	case *syntax.Ident:
		return p.Name
	case *syntax.BinaryExpr: // name=default
		if id, ok := p.X.(*syntax.Ident); ok {
			return id.Name
		}
	case *syntax.UnaryExpr: // *args, **kwargs
		if id, ok := p.X.(*syntax.Ident); ok {
			return id.Name
		}
	}
	return ""
}

// isFloat reports whether e is visibly a float.
func (inf *floatInference) isFloat(e syntax.Expr) bool {
	if e == nil {
		return false
	}
	if isFloatExpr(e) {
		return true
	}
	switch e := unparen(e).(type) {
	case *syntax.BinaryExpr:
		switch e.Op {
		case syntax.SLASH:
			return true
		case syntax.PLUS, syntax.MINUS, syntax.STAR, syntax.SLASHSLASH, syntax.PERCENT:
			return inf.isFloat(e.X) || inf.isFloat(e.Y)
		}
	case *syntax.UnaryExpr:
		return (e.Op == syntax.MINUS || e.Op == syntax.PLUS) && inf.isFloat(e.X)
	case *syntax.CondExpr:
		return inf.isFloat(e.True) && inf.isFloat(e.False)
	case *syntax.CallExpr:
		return inf.callIsFloat(e)
	}
	if name, ok := nameOf(e); ok {
		return inf.nameIsFloat(name)
	}
	return false
}

// callIsFloat reports whether the call c returns a float: a function of
// floatCalls, or the front-end's % and ** with a float operand.
func (inf *floatInference) callIsFloat(c *syntax.CallExpr) bool {
	if d, ok := c.Fn.(*syntax.DotExpr); ok {
		if m, ok := nameOf(d.X); ok && floatCalls[m+"."+d.Name.Name] {
			return true
		}
	}
	if id, ok := c.Fn.(*syntax.Ident); ok && (id.Name == abi.Percent || id.Name == abi.Pow) && len(c.Args) == 2 {
		return inf.isFloat(c.Args[0]) || inf.isFloat(c.Args[1])
	}
	return false
}

// nameOf returns the variable e reads: a name, or the cell of one
// (name.v, as the front-end reads a global that a def assigns).
func nameOf(e syntax.Expr) (string, bool) {
	switch e := e.(type) {
	case *syntax.Ident:
		return e.Name, true
	case *syntax.DotExpr:
		if id, ok := e.X.(*syntax.Ident); ok && e.Name.Name == "v" {
			return id.Name, true
		}
	}
	return "", false
}

// nameIsFloat reports whether every assignment of name in the scope (or,
// if the scope binds it nowhere, in the module) gives a float. A
// parameter, or a name bound otherwise (for, with, import), is not known.
func (inf *floatInference) nameIsFloat(name string) bool {
	if inf.visiting[name] {
		return true // x = x * 2: x is what its other assignments make it
	}
	inf.visiting[name] = true
	defer delete(inf.visiting, name)
	if inf.params[name] {
		return inf.argFloat != nil && inf.argFloat(name)
	}
	if float, known := inf.runTime(name); known {
		return float
	}
	found, float := inf.assignments(inf.scope, name)
	if !found && inf.inDef {
		found, float = inf.assignments(inf.module, name)
	}
	return found && float
}

// assignments reports whether stmts (not the defs inside) assign name,
// and whether every such assignment gives a float.
func (inf *floatInference) assignments(stmts []syntax.Stmt, name string) (found, float bool) {
	float = true
	for _, s := range stmts {
		syntax.Walk(s, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.DefStmt, *syntax.LambdaExpr:
				return false
			case *syntax.ForStmt:
				if binds(n.Vars, name) {
					found, float = true, false
				}
			case *syntax.AssignStmt:
				if !binds(n.LHS, name) {
					return true
				}
				found = true
				switch n.Op {
				case syntax.EQ:
					_, single := nameOf(n.LHS)
					float = float && single && inf.isFloat(n.RHS)
				case syntax.SLASH_EQ:
				default:
					float = float && (inf.nameIsFloat(name) || inf.isFloat(n.RHS))
				}
			}
			return true
		})
	}
	return found, float
}

// binds reports whether the target lhs binds name.
func binds(lhs syntax.Expr, name string) bool {
	if n, ok := nameOf(lhs); ok {
		return n == name
	}
	switch l := unparen(lhs).(type) {
	case *syntax.TupleExpr:
		for _, x := range l.List {
			if binds(x, name) {
				return true
			}
		}
	case *syntax.ListExpr:
		for _, x := range l.List {
			if binds(x, name) {
				return true
			}
		}
	}
	return false
}
