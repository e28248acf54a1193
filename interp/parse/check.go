package parse

// This file defines the parser's checks of expressions: what CPython's
// messages call an expression, where it starts, and whether it can be
// assigned to. Names and positions are mostly CPython's; a few follow
// the trees that package lower makes (which tracebacks show as well):
// x[a:b] starts at its '[', x.__name__ (read) at its '.', "a is not b"
// at its "is", and a display that unpacks, [*a, b], is an expression
// (it becomes a concatenation) unless it is an assignment target.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"
)

// dunderAttrs are the attributes that package lower reads through a
// helper when they are loaded (x.__name__, but not x.__name__ = v):
// functions' __name__, __qualname__, __doc__, __module__ and
// __isabstractmethod__, __annotations__, __defaults__, __kwdefaults__ and
// __code__,
// classes' __dict__, any value's __class__, and numbers' real, imag,
// numerator and denominator.
var dunderAttrs = map[string]bool{"__name__": true, "__qualname__": true, "__doc__": true, "__module__": true,
	"real": true, "imag": true, "numerator": true, "denominator": true, "__dict__": true, "__isabstractmethod__": true, "__class__": true,
	"__annotations__": true, "__defaults__": true, "__kwdefaults__": true, "__code__": true}

// isDunderLoad reports whether x loads one of dunderAttrs.
func isDunderLoad(x *pyast.Attr) bool { return !x.Store && dunderAttrs[x.Name.Name] }

// concatenated reports whether the list display x has starred items and
// is not an assignment target: it is built by concatenation.
func concatenated(x *pyast.List) bool {
	if x.Store {
		return false
	}
	for _, y := range x.List {
		if isStarred(y) {
			return true
		}
	}
	return false
}

// concatParts returns the number of operands of a concatenated display.
func concatParts(x *pyast.List) int {
	n, run := 0, false
	for _, y := range x.List {
		switch {
		case isStarred(y):
			n, run = n+1, false
		case !run:
			n, run = n+1, true
		}
	}
	return n
}

// genexpCall reports whether the call x passes a lone generator
// expression that package lower runs through the generator-call helper.
func genexpCall(x *pyast.Call) bool {
	if len(x.Args) != 1 {
		return false
	}
	c, ok := x.Args[0].(*pyast.Comprehension)
	if !ok || c.Kind != pyast.GenExp || hasWalrus(c) {
		return false
	}
	return !isZeroSuper(x)
}

// isZeroSuper reports whether x is super() with no arguments.
func isZeroSuper(x *pyast.Call) bool {
	id, ok := x.Fn.(*pyast.Ident)
	return ok && id.Name == "super" && len(x.Args) == 0
}

// hasWalrus reports whether n contains an assignment expression.
func hasWalrus(n pyast.Node) bool {
	found := false
	pyast.Walk(n, func(n pyast.Node) bool {
		if _, ok := n.(*pyast.Walrus); ok {
			found = true
		}
		return !found
	})
	return found
}

// start returns where x starts.
func start(x pyast.Expr) syntax.Position {
	switch x := x.(type) {
	case *pyast.Ident:
		return x.NamePos
	case *pyast.Literal:
		return x.TokenPos
	case *pyast.Ellipsis:
		return x.Pos
	case *pyast.FString:
		return x.Pos
	case *pyast.FormattedValue:
		return x.Open
	case *pyast.Attr:
		if isDunderLoad(x) {
			return x.Dot
		}
		return start(x.X)
	case *pyast.Index:
		return start(x.X)
	case *pyast.Slice:
		return x.Lbrack
	case *pyast.Call:
		if genexpCall(x) {
			return x.Lparen
		}
		return start(x.Fn)
	case *pyast.Keyword:
		return x.Name.NamePos
	case *pyast.Starred:
		return x.OpPos
	case *pyast.Unary:
		return x.OpPos
	case *pyast.Binary:
		return start(x.X)
	case *pyast.BoolOp:
		return start(x.Values[0])
	case *pyast.Compare:
		if len(x.Ops) == 1 && x.Ops[0] == "is not" {
			return x.OpPos[0]
		}
		return start(x.Operands[0])
	case *pyast.IfExp:
		return start(x.True)
	case *pyast.Lambda:
		return x.Lambda
	case *pyast.Paren:
		return x.Lparen
	case *pyast.Tuple:
		if x.Lparen.IsValid() {
			return x.Lparen
		}
		return start(x.List[0])
	case *pyast.List:
		return x.Lbrack
	case *pyast.Dict:
		return x.Lbrace
	case *pyast.DictEntry:
		return start(x.Key)
	case *pyast.Set:
		return x.Lbrace
	case *pyast.Comprehension:
		if !x.Lbrack.IsValid() {
			return start(x.Body)
		}
		return x.Lbrack
	case *pyast.Walrus:
		return x.OpPos
	case *pyast.Yield:
		return x.Yield
	case *pyast.YieldFrom:
		return x.Yield
	case *pyast.Await:
		return x.Await
	}
	return syntax.Position{}
}

// describe names an expression the way CPython's messages do.
func describe(x pyast.Expr) string {
	switch x := x.(type) {
	case *pyast.Call, *pyast.Walrus, *pyast.Yield, *pyast.YieldFrom, *pyast.Await:
		return "function call"
	case *pyast.Compare:
		if len(x.Ops) == 1 && x.Ops[0] == "is not" {
			return "expression"
		}
		return "comparison"
	case *pyast.FString:
		return "f-string expression"
	case *pyast.Slice, *pyast.Index:
		return "subscript"
	case *pyast.Literal:
		return "literal"
	case *pyast.Ellipsis:
		return "ellipsis"
	case *pyast.Lambda:
		return "lambda"
	case *pyast.IfExp:
		return "conditional expression"
	case *pyast.Comprehension:
		switch x.Kind {
		case pyast.ListComp:
			return "list comprehension"
		case pyast.DictComp:
			return "dict comprehension"
		case pyast.SetComp:
			return "set display"
		}
		return "function call"
	case *pyast.Set:
		return "set display"
	case *pyast.Dict:
		for _, it := range x.Items {
			if _, ok := it.(*pyast.Starred); ok {
				return "function call"
			}
		}
		return "dict literal"
	case *pyast.Tuple:
		return "tuple"
	case *pyast.List:
		if !concatenated(x) {
			return "list"
		}
		if concatParts(x) == 1 {
			return "function call"
		}
		return "expression"
	case *pyast.Paren:
		return describe(x.X)
	case *pyast.Attr:
		if isDunderLoad(x) {
			return "function call"
		}
		return "attribute"
	}
	return "expression"
}

func isKeywordName(name string) bool {
	return name == "True" || name == "False" || name == "None"
}

// isOperand reports whether x is what CPython's grammar calls a
// bitwise_or: no comparison, not, and, or, conditional or lambda.
func isOperand(x pyast.Expr) bool {
	switch x := x.(type) {
	case *pyast.Ident:
		return !isKeywordName(x.Name)
	case *pyast.Compare, *pyast.BoolOp:
		return false
	case *pyast.Unary:
		return x.Op != syntax.NOT
	case *pyast.IfExp, *pyast.Lambda, *pyast.Tuple:
		return false
	case *pyast.List:
		return concatenated(x)
	case *pyast.Paren:
		_, tuple := x.X.(*pyast.Tuple)
		return !tuple
	}
	return true
}

// targetItems returns the items of a tuple or list target.
func targetItems(x pyast.Expr) []pyast.Expr {
	switch x := x.(type) {
	case *pyast.Tuple:
		return x.List
	case *pyast.List:
		if !concatenated(x) {
			return x.List
		}
	case *pyast.Paren:
		return targetItems(x.X)
	}
	return nil
}

// hasStar reports whether x is a target list with a starred item.
func hasStar(x pyast.Expr) bool {
	for _, y := range targetItems(x) {
		if isStarred(y) {
			return true
		}
	}
	return false
}

// checkTarget reports CPython's error for an expression that cannot be
// assigned to.
func (p *parser) checkTarget(x pyast.Expr, single bool) {
	switch x := x.(type) {
	case *pyast.Ident:
		if isKeywordName(x.Name) {
			p.errorf(x.NamePos, "cannot assign to %s", x.Name)
		}
		return
	case *pyast.Attr:
		if !isDunderLoad(x) {
			return
		}
	case *pyast.Index, *pyast.Slice:
		return
	case *pyast.Paren:
		p.checkTarget(x.X, single)
		return
	case *pyast.Tuple:
		if !single {
			for _, y := range x.List {
				p.checkTarget(y, false)
			}
			return
		}
	case *pyast.List:
		if concatenated(x) { // checked as the concatenation it becomes
			p.errorf(start(x.List[0]), "cannot assign to %s", describe(x))
		}
		if !single {
			for _, y := range x.List {
				p.checkTarget(y, false)
			}
			return
		}
	}
	p.errorf(start(x), "cannot assign to %s", describe(x))
}

// checkAugTarget checks the target of an augmented assignment.
func (p *parser) checkAugTarget(x pyast.Expr) {
	switch x := x.(type) {
	case *pyast.Ident, *pyast.Index, *pyast.Slice:
		p.checkTarget(x, true)
		return
	case *pyast.Attr:
		if !isDunderLoad(x) {
			p.checkTarget(x, true)
			return
		}
	}
	p.errorf(start(x), "'%s' is an illegal expression for augmented assignment", describe(x))
}

// targetError reports whether checkTarget would fail on x.
func (p *parser) targetError(x pyast.Expr) (bad bool) {
	defer func() {
		if _, ok := recover().(*Error); ok {
			bad = true
		}
	}()
	p.checkTarget(x, false)
	return false
}

// checkComprehensionYield reports CPython's error for a yield in a
// comprehension's element or conditions.
func (p *parser) checkComprehensionYield(c *pyast.Comprehension) {
	if !p.sawYield {
		return
	}
	nodes := []pyast.Node{c.Body}
	for i, cl := range c.Clauses {
		if _, ok := cl.(*pyast.ForClause); ok && i == 0 {
			continue // the first iterable is evaluated outside
		}
		nodes = append(nodes, cl)
	}
	for _, n := range nodes {
		if pos, ok := findYield(n); ok {
			p.errorf(pos, "'yield' inside %s", comprehensionKind(c))
		}
	}
}

// findYield returns the position of a yield in n.
func findYield(n pyast.Node) (pos syntax.Position, found bool) {
	pyast.Walk(n, func(n pyast.Node) bool {
		switch y := n.(type) {
		case *pyast.Yield:
			pos, found = y.Yield, true
		case *pyast.YieldFrom:
			pos, found = y.Yield, true
		}
		return !found
	})
	return pos, found
}

// comprehensionKind names a comprehension as CPython's errors do.
func comprehensionKind(c *pyast.Comprehension) string {
	switch c.Kind {
	case pyast.GenExp:
		return "generator expression"
	case pyast.ListComp:
		return "list comprehension"
	case pyast.DictComp:
		return "dict comprehension"
	}
	return "set comprehension"
}
