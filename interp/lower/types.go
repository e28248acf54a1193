package lower

// This file defines the static types of the typing pass (see
// typed.go): which expressions and variables hold a bool, a str, an
// ASCII-only str, a set or surely not a str. A variable's type is the
// meet of the types of everything assigned to it, found by a fixpoint
// over the file.

import (
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// kind is a static type. Two kinds decide what an operation does, and
// are claimed only where they are sure: kASCII, for strs built from
// ASCII string literals, and kOther, for the values of displays and of
// builtins the file doesn't rebind (a user object's __rmul__ or __ror__
// could return anything, so a repeat keeps its kind only by an int
// literal). Every other kind may be a guess (kStr for a method called
// upper, kBool for one called startswith, kSet for set | x) that only
// decides whether an operation goes through a helper that handles any
// value: a wrong guess costs time, never correctness.
type kind uint8

const (
	kUnknown  kind = iota
	kBool          // True or False
	kStr           // a str, maybe with non-ASCII characters
	kASCII         // a str of ASCII characters only
	kTop           // not known yet (fixpoint start)
	kRetBool       // a function whose every return is a kBool
	kRetStr        // a function whose every return is a kStr or kASCII
	kRetASCII      // a function whose every return is a kASCII
	kSet           // a set
	kFrozen        // a frozenset
	kOther         // a list, tuple, dict or range: surely not a str
	kNum           // an int or float (only lets x += y skip abi.ListAdd)
	kList          // a list (a kOther that x.append(v) may append to)
	kSlice         // a slice object (x[k] then takes __sp_index)
)

func isStr(k kind) bool { return k == kStr || k == kASCII }

// notStr reports whether a value of kind k is surely not a str, so
// that the VM indexes it as Python does (see kind): a list (kList) or
// another container that builtins or displays make (kOther).
func notStr(k kind) bool { return isOther(k) }

// isOther reports whether k is a list, tuple, dict or range.
func isOther(k kind) bool { return k == kOther || k == kList }

// meet returns the most precise kind that both a and b are.
func meet(a, b kind) kind {
	switch {
	case a == kTop:
		return b
	case b == kTop, a == b:
		return a
	case isStr(a) && isStr(b):
		return kStr
	case a == kRetASCII && b == kRetStr, a == kRetStr && b == kRetASCII:
		return kRetStr
	}
	return kUnknown
}

// returns gives the kind of calling a function of kind k.
func returns(k kind) kind {
	switch k {
	case kRetBool:
		return kBool
	case kRetStr:
		return kStr
	case kRetASCII:
		return kASCII
	case kTop:
		return kTop // a recursive call, while solving
	}
	return kUnknown
}

// binding is one thing assigned to a variable: x in scope s (a nil x is
// a binding of unknown type), or a def.
type binding struct {
	x   syntax.Expr
	s   *scope
	def *syntax.DefStmt
}

type varKey struct {
	s    *scope
	name string
}

// typer holds the bindings and kinds of the variables of one file.
type typer struct {
	c     *cellPass
	binds map[varKey][]binding
	kinds map[varKey]kind
	ints  map[varKey]bool // the variables that surely hold an int (sureint.go)
	// what notbool.go finds: the variables and the defs' results that
	// are surely not bools, the closed defs and their parameters' bindings
	notBool    map[varKey]bool
	retNotBool map[*syntax.DefStmt]bool
	defs       map[*syntax.DefStmt]*closedDef
	paramBinds map[varKey][]binding
	// inPlace tells which in-place methods (__iadd__...) the file
	// defines (see inplace.go)
	inPlace map[string]bool
	// indexObjs tells whether the file may make objects with an
	// __index__ method (see indexobj.go)
	indexObjs bool

	// the for loops whose variable may be numeric (numloop.go), the
	// variables that are, and the loop iterables' calls by their names
	numCands  map[*syntax.ForStmt]bool
	numVars   map[varKey]bool
	iterCalls map[string]*syntax.CallExpr
	// while lowering a loop: the variables it may read before it, as
	// __sp_xN and __sp_nN (index.go, numindex.go)
	hoisted map[varKey]*hoisted
	sure    map[string]bool // the current function's variables surely bound here
	kname   string          // the local that holds __sp_K in the current loop, if any
	// sliceKeys holds the key parameters of __getitem__, __setitem__
	// and __delitem__, which x[lo:hi] passes a slice object (index.go)
	sliceKeys map[varKey]bool
	kused     int // how many reads of kname the loop's lowering made
	// memo holds the kinds of the expressions typeOf has seen, once the
	// variables' kinds are solved: a node is typed once, not once per
	// enclosing operator.
	memo map[syntax.Expr]kind
}

// solve computes every variable's kind by iterating from kTop until
// nothing changes; kinds only ever move down, so this ends.
func (t *typer) solve() {
	t.kinds = map[varKey]kind{}
	for k := range t.binds {
		t.kinds[k] = kTop
	}
	for changed := true; changed; {
		changed = false
		for k, bs := range t.binds {
			nk := kTop
			for _, b := range bs {
				nk = meet(nk, t.bindingKind(b))
			}
			if nk != t.kinds[k] {
				t.kinds[k], changed = nk, true
			}
		}
	}
	for k, v := range t.kinds {
		if v == kTop {
			t.kinds[k] = kUnknown // bound only to itself
		}
	}
}

func (t *typer) bindingKind(b binding) kind {
	if b.def != nil {
		return t.defKind(b.def)
	}
	if b.x == nil {
		return kUnknown
	}
	return t.typeOf(b.x, b.s)
}

// defKind is the kind of a def from its return statements. A def that
// contains a synthesized function (try, with) is not looked into.
func (t *typer) defKind(d *syntax.DefStmt) kind {
	k := kTop
	ok := walkReturns(d.Body, func(r *syntax.ReturnStmt) {
		if r.Result == nil {
			k = kUnknown
			return
		}
		k = meet(k, t.typeOf(r.Result, t.c.scopes[d]))
	})
	switch {
	case !ok:
		return kUnknown
	case k == kBool:
		return kRetBool
	case k == kStr:
		return kRetStr
	case k == kASCII:
		return kRetASCII
	}
	return kUnknown
}

// walkReturns calls fn for each return of a function body, and reports
// false if the body defines a function (whose returns would be hidden).
func walkReturns(stmts []syntax.Stmt, fn func(*syntax.ReturnStmt)) bool {
	for _, st := range stmts {
		ok := true
		switch st := st.(type) {
		case *syntax.ReturnStmt:
			fn(st)
		case *syntax.DefStmt:
			return false
		case *syntax.IfStmt:
			ok = walkReturns(st.True, fn) && walkReturns(st.False, fn)
		case *syntax.ForStmt:
			ok = walkReturns(st.Body, fn)
		case *syntax.WhileStmt:
			ok = walkReturns(st.Body, fn)
		}
		if !ok {
			return false
		}
	}
	return true
}

// nameKind returns the kind of the variable name as seen from scope s.
func (t *typer) nameKind(name string, s *scope) kind {
	switch name {
	case "True", "False":
		return kBool
	}
	owner, _ := t.lookup(s, name)
	if owner == nil || owner.params[name] {
		return kUnknown
	}
	if k, ok := t.kinds[varKey{owner, name}]; ok {
		return k
	}
	return kUnknown
}

// builtin reports whether name, seen from s, is the builtin of that
// name: the file binds it nowhere.
func (t *typer) builtin(name string, s *scope) bool {
	owner, _ := t.lookup(s, name)
	return owner == t.c.module && !owner.bound[name] && !t.c.globals[name]
}

// typeOf returns the kind of expression x in scope s.
func (t *typer) typeOf(x syntax.Expr, s *scope) kind {
	if t.memo == nil {
		return t.kindOf(x, s)
	}
	if k, ok := t.memo[x]; ok {
		return k
	}
	k := t.kindOf(x, s)
	t.memo[x] = k
	return k
}

// kindOf computes typeOf.
func (t *typer) kindOf(x syntax.Expr, s *scope) kind {
	switch x := x.(type) {
	case *syntax.Literal:
		if v, ok := x.Value.(string); ok && x.Token == syntax.STRING {
			if isASCII(v) {
				return kASCII
			}
			return kStr
		}
		if x.Token == syntax.INT || x.Token == syntax.FLOAT {
			return kNum
		}
	case *syntax.Ident:
		return t.nameKind(x.Name, s)
	case *syntax.ParenExpr:
		return t.typeOf(x.X, s)
	case *syntax.UnaryExpr:
		if x.Op == syntax.NOT {
			return kBool
		}
		if k := t.typeOf(x.X, s); (x.Op == syntax.MINUS || x.Op == syntax.PLUS) && (k == kNum || k == kTop) {
			return k
		}
	case *syntax.BinaryExpr:
		return t.binaryKind(x, s)
	case *syntax.CondExpr:
		return meet(t.typeOf(x.True, s), t.typeOf(x.False, s))
	case *syntax.CallExpr:
		if isIdentNamed(x.Fn, abi.CompEnd) { // a comprehension (checkedComp)
			if len(x.Args) == 1 && t.kindOf(x.Args[0], s) == kList {
				return kList
			}
			return kOther
		}
		return t.callKind(x, s)
	case *syntax.ListExpr:
		return kList
	case *syntax.Comprehension:
		if !x.Curly {
			return kList
		}
		return kOther
	case *syntax.DictExpr, *syntax.TupleExpr:
		return kOther
	}
	return kUnknown
}

// isInt reports whether x, of kind k, is surely an int or a bool: an
// int literal, maybe negated or parenthesized, or a bool.
func isInt(x syntax.Expr, k kind) bool {
	for {
		switch y := x.(type) {
		case *syntax.ParenExpr:
			x = y.X
			continue
		case *syntax.UnaryExpr:
			if y.Op == syntax.MINUS || y.Op == syntax.PLUS {
				x = y.X
				continue
			}
		case *syntax.Literal:
			return y.Token == syntax.INT
		}
		return k == kBool
	}
}

func (t *typer) binaryKind(x *syntax.BinaryExpr, s *scope) kind {
	if _, ok := cmpNames[x.Op]; ok || x.Op == syntax.IN || x.Op == syntax.NOT_IN {
		return kBool
	}
	kx, ky := t.typeOf(x.X, s), t.typeOf(x.Y, s)
	switch x.Op {
	case syntax.AND, syntax.OR:
		return meet(kx, ky)
	case syntax.PLUS:
		if ix, ok := x.X.(*syntax.IndexExpr); ok && isIdentNamed(ix.X, abi.ListAdd) {
			// x += y keeps x's list when y is surely not a user object,
			// whose __radd__ CPython would call first.
			if kx = t.typeOf(ix.Y, s); kx == kList && (isOther(ky) || isStr(ky)) {
				return kList
			}
		}
		if m := meet(kx, ky); isStr(m) || m == kTop || isOther(m) {
			return m
		}
	case syntax.STAR:
		// A str, list or tuple times an int is one of its kind; times
		// anything else, it may be what a user class's __rmul__ returns.
		switch {
		case kx == kTop || ky == kTop:
			return kTop
		case (isOther(kx) || isStr(kx)) && isInt(x.Y, ky):
			return kx
		case (isOther(ky) || isStr(ky)) && isInt(x.X, kx):
			return ky
		case isStr(kx) || isStr(ky):
			return kStr // a guess (see kind)
		}
	case syntax.PERCENT:
		if isStr(kx) {
			return kStr
		}
	case syntax.AMP, syntax.PIPE, syntax.CIRCUMFLEX, syntax.MINUS:
		switch {
		case kx == kSet || kx == kFrozen:
			return kx // the left operand's type
		case kx == kTop && (ky == kSet || ky == kFrozen):
			return kTop // s |= t: s's kind decides
		case x.Op == syntax.MINUS:
			return numKind(x.Op, kx, ky)
		}
		if m := meet(kx, ky); m == kBool || m == kTop {
			return m
		}
	}
	return numKind(x.Op, kx, ky)
}

// numKind is the kind of x op y, an arithmetic operation whose left
// operand is a number (or, while solving, not known yet): a number,
// unless the right one is surely not (its __radd__ could make anything
// else, but the kind only lets x += y skip abi.ListAdd).
func numKind(op syntax.Token, kx, ky kind) kind {
	switch op {
	case syntax.PLUS, syntax.MINUS, syntax.STAR, syntax.SLASH, syntax.SLASHSLASH, syntax.PERCENT:
		if isStr(ky) || notStr(ky) || op == syntax.STAR && ky != kNum && ky != kTop {
			return kUnknown // 3 * [0] is a list
		}
		if kx == kNum || kx == kTop {
			return kx
		}
	}
	return kUnknown
}

// boolFuncs and strFuncs are the builtins whose results have a kind.
var (
	boolFuncs = setOf(abi.Is, abi.Compare, "bool", "isinstance", "issubclass", "callable", "hasattr", "any", "all")
	// builtins that return a list, and a tuple, dict or range
	listFuncs  = setOf("list", "sorted")
	otherFuncs = setOf("tuple", "dict", "range", abi.DictMerge, abi.Unstar, abi.Star)
	strFuncs   = setOf("str", "repr", "chr", "input", "format", abi.FString, abi.Percent)
	numFuncs   = setOf("len", "int", "float", "ord")
	// methods of str that return a str, and a bool
	strMethods  = setOf("upper", "lower", "strip", "lstrip", "rstrip", "replace", "join", "title", "capitalize", "casefold", "swapcase", "center", "ljust", "rjust", "zfill", "format", "removeprefix", "removesuffix", "expandtabs")
	boolMethods = setOf("startswith", "endswith", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isdecimal", "isnumeric", "isidentifier", "isascii", "isprintable")
)

func setOf(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return m
}

func (t *typer) callKind(x *syntax.CallExpr, s *scope) kind {
	switch fn := x.Fn.(type) {
	case *syntax.Ident:
		switch {
		case isInternal(fn, abi.Method) && len(x.Args) >= 2:
			if lit, ok := x.Args[1].(*syntax.Literal); ok {
				name, _ := lit.Value.(string)
				return t.methodKind(x.Args[0], name, s)
			}
		case isInternal(fn, abi.Slice) && len(x.Args) == 4:
			if k := t.typeOf(x.Args[0], s); isStr(k) || isOther(k) {
				return k
			}
		case listFuncs[fn.Name] && t.builtin(fn.Name, s):
			return kList
		case otherFuncs[fn.Name] && t.builtin(fn.Name, s):
			return kOther
		case strFuncs[fn.Name] && t.builtin(fn.Name, s):
			return kStr
		case boolFuncs[fn.Name] && t.builtin(fn.Name, s):
			return kBool
		case isInternal(fn, abi.SetConst):
			return kSet
		case numFuncs[fn.Name] && t.builtin(fn.Name, s):
			return kNum
		case fn.Name == "slice" && t.builtin(fn.Name, s):
			return kSlice
		case (fn.Name == "set" || fn.Name == "frozenset") && t.builtin(fn.Name, s):
			return map[string]kind{"set": kSet, "frozenset": kFrozen}[fn.Name]
		}
		return returns(t.nameKind(fn.Name, s))
	case *syntax.DotExpr:
		return t.methodKind(fn.X, fn.Name.Name, s)
	}
	return kUnknown
}

// methodKind is the kind of recv.name(...), by the name of the str
// method (a guess only ever costs time, see kind).
func (t *typer) methodKind(recv syntax.Expr, name string, s *scope) kind {
	switch {
	case strMethods[name]:
		return kStr
	case boolMethods[name]:
		return kBool
	}
	return kUnknown
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
