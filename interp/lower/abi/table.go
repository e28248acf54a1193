package abi

// This file is the helper table: one entry per constant of abi.go's
// helper block, which LOWERING.md's reference is generated from and the
// tests check against the runtime's registrations.

// Scope says where a helper's name is bound.
type Scope uint8

const (
	// Module helpers are predeclared in every module.
	Module Scope = iota
	// REPL helpers are bound in interactive inputs only.
	REPL
	// Runtime names are made by a helper at run time (a parameter it
	// passes, a frame it pushes); nothing predeclares them.
	Runtime
	// Marker calls are made and consumed by the front-end; they never
	// reach a compiled file.
	Marker
)

// String names the scope as LOWERING.md does.
func (s Scope) String() string {
	return [...]string{"every module", "REPL inputs", "run time", "front-end"}[s]
}

// Helper describes one helper of the contract.
type Helper struct {
	Const string // the name of its constant in this package
	Name  string // the constant's value
	Arity string // its parameters, as lowered code passes them
	Kind  Kind   // what a SourceMap records for its calls or frames
	Scope Scope  // where the name is bound
	Doc   string // the Python construct it implements, and what it does
}

// Helpers lists every helper, in the order of abi.go's constants.
var Helpers = []Helper{
	{"Pow", Pow, "(a, b)", Binary, Module, "`a ** b` and `a **= b`: Python's power, with CPython's errors"},
	{"Iter", Iter, "(x, shape=None)", NoKind, Module, "the iterable of every `for` and comprehension clause: a list's index iterator, a dict's size-checking one, a str's characters, or an iterator that keeps its error; with the shape of an unpacking target (`for a, (b, c) in x` passes `\".(..)\"`, `for a, *b in x` passes `\".*\"`, whose starred item comes as a new list), each item as a tuple or list the VM unpacks (a str, a generator, a user iterable unpacked by Python's protocol), the loop keeping CPython's unpacking error"},
	{"LoopEnd", LoopEnd, "(it)", NoKind, Module, "after every `for` over `it = __sp_iter(x)` that may fail late: raises the error that ended the loop"},
	{"CompIter", CompIter, "(x, stop=False, shape=None)", NoKind, Module, "a comprehension's first iterable, and with stop every clause up to the last one that may fail late: `__sp_iter` whose loop keeps its error in the thread; a stop loop also ends once another has kept one"},
	{"CompEnd", CompEnd, "(c)", NoKind, Module, "around a comprehension over `__sp_citer`: raises the error its loop kept, or returns `c`"},
	{"Unpack", Unpack, "(v, n)", NoKind, Module, "`a, b = f()`: the n items of v by Python's iteration protocol, with CPython's unpacking errors; for a nested target (`a, (b, c) = v`), n is its shape (`\".(..)\"`, see `__sp_iter`) and nested items unpack alike"},
	{"DictMerge", DictMerge, "(*mappings)", NoKind, Module, "the dict display `{**a, k: v, **b}`, and one whose keys may repeat (`{k: 1, k: 2}`: one entry per dict): a new dict merging the mappings in order, the last value at the first key's place"},
	{"SetConst", SetConst, "(items)", NoKind, Module, "a set display of more than two constants (`{1, 2, 3}`): the set CPython builds from the frozenset constant it folds the display into, whose table differs from adding the items one by one"},
	{"Undefined", Undefined, "(name)", Name, Module, "a name bound nowhere in the file: raises `NameError: name 'x' is not defined`"},
	{"Forward", Forward, "(name)", Name, Module, "a module-level use of a global before the module's first binding of it (`main()` above `def main`), which go.starlark.net's resolver refuses: the global's value now, or `NameError: name 'x' is not defined`"},
	{"Unstar", Unstar, "(v, before, after)", NoKind, Module, "`a, *b, c = v`: v's items as a tuple whose item `before` is the list of the middle ones"},
	{"DelItem", DelItem, "(x, i)", NoKind, Module, "`del x[i]`"},
	{"DelSlice", DelSlice, "(x, lo, hi, step)", NoKind, Module, "`del x[lo:hi:step]` (None for a missing bound)"},
	{"SetSlice", SetSlice, "(x, lo, hi, step, v)", SliceOf, Module, "`x[lo:hi:step] = v` (None for a missing bound): a list takes v's items in the slice's place, a user class's `__setitem__` gets a slice object"},
	{"SetItem", SetItem, "(x, k, v)", Subscript, Module, "`x[k] = v` where k may be a slice object (the key parameter of a `__setitem__`, or a name only `slice(...)` binds): a slice object assigns as `x[lo:hi:step] = v` does, any other key as the VM's store, with CPython's errors"},
	{"DelAttr", DelAttr, "(x, name)", NoKind, Module, "`del x.name`"},
	{"SetAttr", SetAttr, "(x, name, v)", NoKind, Module, "`f.name = v` and `f.name op= v` where f names a def of the file, is a name functions conventionally go by (`fn`, `func`, `wrapper`, `callback`...: a decorator's parameter), or is `m.__func__` (Starlark functions have no fields; Python's have a `__dict__`): `setattr(x, name, v)`; the load of `f.name` goes through `__sp_dunder`"},
	{"Method", Method, "(x, name, *args, **kwargs)", NoKind, Module, "`x.name(args)` for the methods of `Methods`: dispatches on the receiver's type (str, list, dict, set...), else calls `getattr(x, name)`"},
	{"Append", Append, "(x, v)", NoKind, Module, "`x.append(v)` where the typing pass found x to be a list: appends without making the bound method; calls x's append if x is not a list after all"},
	{"GenFunc", GenFunc, "(f)", NoKind, Module, "a def whose body yields: a function whose call returns a generator running f on a coroutine"},
	{"Annotate", Annotate, "(f, annotations, name, text, ...)", NoKind, Module, "a def with annotations: f, which keeps them; annotations is the lambda returning the dict of its parameters' (and \"return\") annotations, called when a script first reads `f.__annotations__`, and the names and source texts stand for them if it raises NameError, AttributeError or TypeError (a typing construct spindle lacks); under `from __future__ import annotations` it is the dict of source texts, with no names after it"},
	{"Annotation", Annotation, "(thunk, text)", NoKind, Module, "`name: T` in a class body or at module level: the value stored in the namespace's `__annotations__`, T as the lambda thunk returns it, or its source text if that raises NameError, AttributeError or TypeError"},
	{"Yield", Yield, "(v=None)", NoKind, Module, "`yield v`: hands v to the consumer and returns what it sends"},
	{"YieldFrom", YieldFrom, "(x)", NoKind, Module, "`yield from x`: delegates to a generator (send, throw, close) or yields an iterable's items; returns the generator's value"},
	{"CoroFunc", CoroFunc, "(f)", NoKind, Module, "an `async def`: a function whose call returns a coroutine running f on a coroutine, as a generator's body runs"},
	{"AsyncGenFunc", AsyncGenFunc, "(f)", NoKind, Module, "an `async def` whose body yields: a function whose call returns an async generator running f on a coroutine; its `yield v` hands v to the awaitable of `__anext__`, its awaits pass on to the event loop"},
	{"Await", Await, "(x)", NoKind, Module, "`await x` in an `async def`: delegates to the coroutine x, or to the iterator of x's `__await__`, as `yield from` does; returns its result"},
	{"AIter", AIter, "(x)", NoKind, Module, "the iterable of `async for`: x's `__aiter__()`, with CPython's TypeError when x has none"},
	{"ANext", ANext, "(it)", NoKind, Module, "each step of `async for`: the awaitable of it's `__anext__()`, with CPython's TypeError when it has none"},
	{"AEnter", AEnter, "(m)", NoKind, Module, "the start of `async with m`: the awaitable of m's `__aenter__()`, with CPython's TypeError when m's type lacks `__aenter__` or `__aexit__`"},
	{"AIterate", AIterate, "(x)", NoKind, Module, "the iterable of an `async for` clause of a comprehension (in an `async def`): an iterator whose every step awaits `__anext__()` of x's `__aiter__()` in the running coroutine, ending at StopAsyncIteration; other errors end the loop and are kept for `__sp_compend`"},
	{"Star", Star, "(*iterables)", NoKind, Module, "`f(*a, b, *c)` and a lone `*args`: the items of the iterables as one tuple, with CPython's errors for a non-iterable"},
	{"GenExp", GenExp, "(body, it)", NoKind, Module, "a generator expression: a lazy generator whose body is the lambda `body(it, yield)`"},
	{"GenCall", GenCall, "(f, body, it)", Genexpr, Module, "`f(E for ...)`: runs body at once when f consumes every item (sum, max, list...) or stops at the deciding one (any, all); else passes f the lazy generator"},
	{"GenList", GenList, "(list)", NoKind, Module, "a generator expression containing `:=`: its items computed at once, iterated as a generator"},
	{"Compare", Compare, "(a, op, b, ...)", CallerFrame, Module, "a comparison chain `a < f() < c`: compares left to right, calling the lambda of a `*`-marked operand only when every comparison before it held"},
	{"Is", Is, "(a, b)", NoKind, Module, "`a is b` (and `not` of it for `is not`)"},
	{"Match", Match, "(subject, pattern)", NoKind, Module, "`case pattern:` of a match statement: the names the pattern binds, as a dict, if subject matches it, else None. The pattern is a tuple the front-end builds (see interp/lower/match.go): (\"_\",) the wildcard, (\"c\", name) a capture, (\"v\", value), (\"s\", singleton), (\"*\", name or None), (\"q\", items), (\"m\", keys, patterns, rest or None), (\"k\", class, patterns, keywords, patterns), (\"|\", alternatives), (\"a\", pattern, name)"},
	{"ExceptStar", ExceptStar, "(op, ...)", NoKind, Module, "the except* clauses of a try (see interp/lower/exceptstar.go): (\"start\", exc) makes the state of the exception handled; (\"match\", state, T) splits off and returns the part of the group T matches, or None; (\"throw\", part) raises it; (\"caught\", state, part) gives it the context of the exception handled; (\"raised\", state, exc) records what a clause raised; (\"end\", state) raises what is left and what was raised, combined as CPython combines them"},
	{"StrKey", StrKey, "value", IndexKey, Module, "`x[i]` of unknown kind, lowered `(__sp_K + x)[i]`: its `+` returns x, or for a non-ASCII str a value indexed by code point"},
	{"NumKey", NumKey, "value", IndexKey, Module, "`x[i]` of unknown kind read as an operand of arithmetic, lowered `(__sp_Kn + x)[i]`: its `+` returns what `__sp_K`'s does, but a list, tuple or mapping as `__sp_numx` returns it"},
	{"BinOp", BinOp, "(x, op, y)", NoKind, Module, "`x op y` with a bool or frozenset operand: bools count as 0 and 1, a set and a frozenset compare by elements; a sequence repeat `s * n` checked against the memory limit first; `x op= y` (op \"op=\") where x may define the in-place method: `x.__iadd__(y)`..., a list extended in place by +=, a set (a dict by |=, or an instance of a subclass of either) updated by |= &= -= ^=, else `x op y`"},
	{"Index", Index, "(s, i)", Subscript, Module, "`s[i]` where s is a str, i a bool or a slice object (or the key parameter of a __getitem__, or a name it unpacks that key to): indexes a str by code point, `d[True]` finds `d[1]`"},
	{"StrIndex", StrIndex, "(x)", NoKind, Module, "before a loop indexing x: x itself, or a value the VM indexes by code point (for a non-ASCII str) or into ints (for bytes)"},
	{"NumIndex", NumIndex, "(x)", NoKind, Module, "before a loop reading `x[i]` as an operand of arithmetic: x, or for a list, tuple or mapping a view whose items come back as `__sp_R_num` returns them (a bool as a value that does Python's arithmetic)"},
	{"UnOp", UnOp, "(op, x)", NoKind, Module, "`-b`, `+b`, `~b` with b a bool"},
	{"Assertion", Assertion, "(msg?)", Assert, Module, "`assert c, msg`: the AssertionError that `if not c: __sp_raise(...)` raises"},
	{"Cell", Cell, "(name, value?)", NoKind, Module, "a variable assigned from another scope (global, nonlocal, try bodies): a cell, unbound or holding value"},
	{"LambdaCells", LambdaCells, "(body, cell, ...)", CallerFrame, Module, "a lambda with `:=` targets, `lambda p: body`, lowered `lambda p: __sp_lcells(lambda c, ...: body, __sp_cell(\"y\"), ...)`: calls body with the cells of those targets, in the lambda's frame"},
	{"Enter", Enter, "(m)", NoKind, Module, "`with m:` in full form: calls `m.__enter__()`"},
	{"Raise", Raise, "(exc?, cause?)", NoKind, Module, "`raise`, `raise E`, `raise E from C`: always returns an error"},
	{"Try", Try, "(body, orelse, final, class, handler, ...)", NoKind, Module, "a try statement: runs body, matches its error against the handlers (each after its class, tuple of classes or None) in order, then orelse and final; returns the status of the body that ended it"},
	{"Unset", Unset, "value", NoKind, Module, "the value a name bound only conditionally in a class body starts with: the runtime drops it from the namespace"},
	{"EllipsisValue", EllipsisValue, "value", NoKind, Module, "`...`: the Ellipsis singleton, whatever the script binds to the name Ellipsis"},
	{"Imaginary", Imaginary, "value", NoKind, Module, "an imaginary literal `2j`, lowered `__sp_J[2.0]`: a mapping whose item f is the complex number complex(0, f)"},
	{"Collect", Collect, "()", NoKind, Module, "after a del statement or an assignment of None, in a file whose classes define `__del__`: calls the `__del__` of the instances no longer reachable, as CPython would have at once"},
	{"Walrus", Walrus, "(cell, value)", NoKind, Module, "`(x := value)`: stores value in x's cell and returns it"},
	{"WithCall", WithCall, "(m, body)", NoKind, Module, "`with m:` in full form: calls body, then `m.__exit__` with its exception (a true result suppresses it); returns body's status"},
	{"WithFast", WithFast, "(m)", NoKind, Module, "`with m:` in dual form: enters one of threading's locks (Lock, RLock, Condition, Semaphore) and returns its one-shot block; None for any other value, which takes the full form"},
	{"Class", Class, "(name, bases, namespace, module, **kwargs)", NoKind, Module, "a class statement: the class built from its body's namespace dict; the keywords of its header go to `__init_subclass__` (`metaclass=type` is accepted, other metaclasses raise TypeError)"},
	{"Super", Super, "(C, self)", NoKind, Module, "zero-argument `super()` in a method of class C"},
	{"FString", FString, "(text, value, conv, spec, ..., text)", NoKind, Module, "an f-string: `f\"a{x!r:>5}b\"` is `(\"a\", x, \"r\", \">5\", \"b\")`, the text before each field, the field's value, conversion (\"\", r, s, a) and spec, and the text after the last field; formats each field as `format(value, spec)` after its conversion, in order, and joins everything in one string. A spec with fields is a nested call, and so is the part left of a field whose value is not a name or literal or whose spec is not a literal (CPython formats each field before evaluating the next)"},
	{"Percent", Percent, "(fmt, y)", Binary, Module, "`\"lit\" % y` with a str literal on the left: printf-style formatting"},
	{"Dunder", Dunder, "(x, name)", NoKind, Module, "`x.__name__` and the front-end's other dunder attributes: x's own attribute, else a function's or number's Python answer"},
	{"Slice", Slice, "(x, lo, hi, step)", SliceOf, Module, "`x[lo:hi:step]` (None for a missing bound): a str by code point, other values as the VM slices them"},
	{"SliceObj", SliceObj, "(lo, hi, step)", NoKind, Module, "a slice item of a tuple subscript, `x[lo:hi, i]` (None for a missing bound): the slice object `slice(lo, hi, step)`, whatever the name slice is bound to"},
	{"ListAdd", ListAdd, "value", NoKind, Module, "`x += y` where y may be an iterator or a str, lowered `x = __sp_A[x] + y`: `__sp_A[x]` is x, or for a list (or a list subclass's instance without `__iadd__`) a value whose `+` extends it in place by Python's iteration protocol, so that an error of y's `__next__` propagates"},
	{"Unpacker", Unpacker, "value", NoKind, Module, "`a, b = x` where x is not a display, lowered `a, b = __sp_U[2] + x`: `__sp_U[n] + x` is x for a tuple or list (the VM checks its length), else the n items of x by Python's iteration protocol, as `__sp_unpack(x, n)` gives them"},
	{"Rich", Rich, "value", NoKind, Module, "`a < b` (any of the six comparisons) where an operand may be a value the VM compares wrongly with another type (see RichAlias and RichOperand): `__sp_R[\"test\"][x]` is true for anything but an int, float, str, bytes, None or dict, `__sp_R[\"int\"]` and the others are the mappings of RichOperand"},
	{"GenFrame", GenFrame, "(item)", NoKind, Runtime, "a generator expression's lambda parameter: yields (or collects, or tests) each item"},
	{"GenBody", GenBody, "(body, it, f)", Genexpr, Runtime, "the frame that runs a lazy generator expression's lambda on its coroutine"},
	{"Import", Import, "(name, top?)", NoKind, Module, "`import a.b [as c]`: the module, or the top package when top is true"},
	{"ImportFrom", ImportFrom, "(module, name, package?)", NoKind, Module, "`from m import x`: attribute or submodule x of m (relative names resolved against package)"},
	{"ImportStar", ImportStar, "(module, name)", NoKind, Module, "`from m import *` at module level, lowered `__sp_importstar(__sp_import(\"m\"), __name__)` (`__sp_from` for a relative m): binds each name of m's `__all__`, else each name of m not starting with `_`, as a global of the calling module, in the global's slot if the file binds it (so a later def rebinds it) else among the names `__sp_undefined` reads; and as members of module `sys.modules[name]` unless name is `__main__`"},
	{"DisplayHook", DisplayHook, "(value)", NoKind, REPL, "an expression statement typed at the REPL: shows a value other than None and binds it to `_`"},
	{"Global", Global, "(*names)", NoKind, Marker, "`global x`: marks the names for the cell pass, which removes the call"},
	{"Nonlocal", Nonlocal, "(*names)", NoKind, Marker, "`nonlocal x`: marks the names for the cell pass, which removes the call"},
}

// byName indexes Helpers.
var byName = func() map[string]*Helper {
	m := make(map[string]*Helper, len(Helpers))
	for i := range Helpers {
		m[Helpers[i].Name] = &Helpers[i]
	}
	return m
}()

// Lookup returns the helper named name, or nil.
func Lookup(name string) *Helper { return byName[name] }

// KindOf returns the SourceMap kind of the helper named name (NoKind if
// none or if name is not a helper's).
func KindOf(name string) Kind {
	if h := byName[name]; h != nil {
		return h.Kind
	}
	return NoKind
}

// Synth describes a prefix of made-up names.
type Synth struct {
	Const  string // the name of its constant in this package
	Prefix string // the constant's value
	Doc    string // the names it starts and what they hold
}

// Synthesized lists the prefixes of made-up names, in the order of abi.go's
// constants.
var Synthesized = []Synth{
	{"TryBody", TryBody, "`__sp_try_N`, `__sp_try_wN`, `__sp_try_kN`: a try or with body"},
	{"ExceptBody", ExceptBody, "`__sp_exc_N_i(e)`: an except clause"},
	{"ElseBody", ElseBody, "`__sp_else_N`: a try's else clause"},
	{"FinallyBody", FinallyBody, "`__sp_fin_N`: a finally clause"},
	{"ClassBody", ClassBody, "`__sp_class_C`: a class body"},
	{"MakeDef", MakeDef, "`__sp_mk_f`: wraps a def in a try body"},
	{"CellParam", CellParam, "`__sp_c_x`: the cell of a celled parameter x"},
	{"SharedVar", SharedVar, "`__sp_g_x`: a REPL input's shared global x"},
	{"LockCell", LockCell, "`__sp_cwN_x`: x copied into a cell around a with body"},
	{"LoopAlias", LoopAlias, "`__sp_xN_x`: x prepared for indexing in a loop"},
	{"NumAlias", NumAlias, "`__sp_xnN_x`: x prepared for a loop that reads its items as operands of arithmetic"},
	{"Manager", Manager, "`__sp_mN`: a with statement's manager"},
	{"Status", Status, "`__sp_rN`: a try or with body's status"},
	{"Temp", Temp, "`__sp_tN`: the value of a chained assignment; the container and the index of an augmented subscript whose index may have `__index__`"},
	{"LoopIter", LoopIter, "`__sp_lN`: a for loop's iterator"},
	{"MatchVar", MatchVar, "`__sp_pmN`: a match statement's subject, whether a case ran, and a case's bindings"},
	{"ExceptStarVar", ExceptStarVar, "`__sp_gxN`: the exception an except* statement handles, its state, a clause's part of it, and what a clause raised"},
	{"BreakFlag", BreakFlag, "`__sp_bN`: a break or continue leaving a with body"},
	{"Decorated", Decorated, "`__sp_decN`: a decorator evaluated before its def"},
	{"PosOnlyParam", PosOnlyParam, "`__sp_p_x`: positional-only parameter x, renamed so that a keyword x does not bind it (it goes to the def's `**` parameter, or is the TypeError CPython raises); the body starts with `x = __sp_p_x`"},
	{"WithTarget", WithTarget, "`__sp_w`: the loop variable of a with without 'as'"},
	{"Exc", Exc, "`__sp_e`: an except clause's unnamed exception"},
	{"GenIter", GenIter, "`__sp_it`: a generator expression's iterator"},
	{"ElseFlag", ElseFlag, "`__sp_fN`: whether a loop with an else clause broke"},
	{"KeyAlias", KeyAlias, "`__sp_KN`: a loop's local copy of `__sp_K`"},
	{"NoneAlias", NoneAlias, "`__sp_None`: a module's global copy of None, for its `x is None` tests (a global costs an index; the name None, a lookup in the VM's Universe map)"},
	{"RichAlias", RichAlias, "`__sp_Ra`: a module's global copy of `__sp_R[\"test\"]`, a mapping whose `__sp_Ra[x]` tells whether x may compare across types, for its comparisons of two names lowered across types (a global costs an index; a helper, a lookup in the module's predeclared map)"},
	{"RichOperand", RichOperand, "`__sp_R_int[x] < 2`: a module's global copy of `__sp_R[\"int\"]` (also float, string, and `_r` for an operand moved from the right), a mapping that gives x itself, or x passed off as a value of that type whose comparison the VM asks when x may compare across types; `x / __sp_R_div[y]` (also `//`) for a divisor that is neither a name nor a literal: y itself, or a numeric zero as a value that divides x itself, so that the error is worded from both operands' types; `x in __sp_R_in[y]` (also `not in`) unless y is a str or set, or a display of literals searched for a plain x: y itself, or a list, tuple or dict as a container that compares x with its items as Python does (the item asked first, x itself found without asking)"},
	{"ZeroAlias", ZeroAlias, "`__sp_Rz`: a module's global copy of `__sp_R[\"zero\"]`, a mapping whose `__sp_Rz[y]` tells whether y is a numeric zero, for `x / y`, `x // y` and `x % y` with y a name, lowered to `(__sp_binop(x, \"/\", y) if __sp_Rz[y] else x / y)` so that a division by zero is worded from its operands as CPython words it (the VM's message is one for ints and floats)"},
	{"CmpOp", CmpOp, "`__sp_C_lt[a][b]`: a module's global copy of `__sp_R[\"<\"]` (also le, gt, ge, eq, ne), for `a < b` lowered across types where an operand is neither a name nor a literal: `__sp_C_lt[a]` holds a, and indexing it by b compares them as `__sp_cmp` does, asking the operands' rich comparison methods across types; each is evaluated once, in order"},
	{"AsyncVar", AsyncVar, "`__sp_awN`: an `async with` statement's manager, whether its exit is pending and the exception its body raised; an `async for` loop's iterator"},
}
