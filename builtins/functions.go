package builtins

// This file defines Python's builtin functions: print, repr, len, sum,
// min, max, sorted, the attribute functions and the character and
// number conversions (round, divmod, pow and abs are in numeric.go).
// https://docs.python.org/3/library/functions.html

import (
	"errors"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

func addFunctions(d starlark.StringDict) {
	for _, c := range []*py.Class{ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType,
		StrType, BytesType, ByteArrayType, MemoryViewType, ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType} {
		d[c.ClassName] = c
	}
	d["EOFError"] = EOFError
	for _, b := range []*starlark.Builtin{
		starlark.NewBuiltin("print", print),
		starlark.NewBuiltin("repr", repr),
		starlark.NewBuiltin("ascii", repr),
		starlark.NewBuiltin("len", length),
		starlark.NewBuiltin("isinstance", isinstance),
		starlark.NewBuiltin("issubclass", issubclass),
		starlark.NewBuiltin("sum", sum),
		starlark.NewBuiltin("round", round),
		starlark.NewBuiltin("divmod", divmod),
		starlark.NewBuiltin("pow", pow),
		starlark.NewBuiltin("abs", abs),
		starlark.NewBuiltin("callable", callable),
		starlark.NewBuiltin("id", id),
		starlark.NewBuiltin("hash", hash),
		starlark.NewBuiltin("input", input),
		starlark.NewBuiltin("min", minmax),
		starlark.NewBuiltin("max", minmax),
		starlark.NewBuiltin("sorted", sorted),
		starlark.NewBuiltin("any", anyAll),
		starlark.NewBuiltin("all", anyAll),
		starlark.NewBuiltin("chr", chr),
		starlark.NewBuiltin("ord", ord),
		starlark.NewBuiltin("hex", intToBase),
		starlark.NewBuiltin("oct", intToBase),
		starlark.NewBuiltin("bin", intToBase),
		starlark.NewBuiltin("getattr", getattr),
		starlark.NewBuiltin("setattr", setattr),
		starlark.NewBuiltin("hasattr", hasattr),
		starlark.NewBuiltin("dir", dir),
		starlark.NewBuiltin("vars", vars),
		starlark.NewBuiltin("delattr", delattr),
		starlark.NewBuiltin("exit", Exit),
		starlark.NewBuiltin("quit", Exit),
	} {
		d[b.Name()] = b
	}
	addIterFunctions(d)
	addAsyncIterFunctions(d)
}

// Exit implements exit(code=None) and quit, CPython's Quitter: it
// raises SystemExit(code).
func Exit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 1 {
		return nil, py.Raisef(py.TypeError, "Quitter.__call__() takes from 1 to 2 positional arguments but %d were given", len(args)+1)
	}
	var code starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "code?", &code); err != nil {
		return nil, err
	}
	return nil, py.NewException(py.SystemExit, code) // args (None,) too
}

// SysExit implements sys.exit(status=None), with the messages of its C
// implementation.
func SysExit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "sys.exit() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, py.Raisef(py.TypeError, "exit expected at most 1 argument, got %d", len(args))
	}
	var code starlark.Value = starlark.None
	if len(args) == 1 {
		code = args[0]
	}
	return nil, systemExit(code)
}

// systemExit is SystemExit(code), without arguments for None.
func systemExit(code starlark.Value) error {
	if code == starlark.None {
		return py.NewException(py.SystemExit)
	}
	return py.NewException(py.SystemExit, code)
}

// EOFError is raised by input() at the end of its input.
var EOFError = py.NewClass("EOFError", "", py.ExceptionClass)

// Str returns Python's str(x), running user __str__/__repr__ in thread.
func Str(thread *starlark.Thread, x starlark.Value) (string, error) {
	return py.StrOf(thread, x)
}

// Repr returns Python's repr(x), running user __repr__ in thread.
func Repr(thread *starlark.Thread, x starlark.Value) (string, error) {
	return py.ReprOf(thread, x)
}

// print implements print(*objects, sep=' ', end='\n', file=None, flush=False).
func print(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	RunFinalizers(thread, false) // what __del__ prints comes first, as in CPython
	sep, end, file := " ", "\n", starlark.Value(starlark.None)
	for _, kv := range kwargs {
		k, _ := starlark.AsString(kv[0])
		var err error
		switch k {
		case "sep":
			sep, err = sepArg("sep", sep, kv[1])
		case "end":
			end, err = sepArg("end", end, kv[1])
		case "file":
			file = kv[1]
		case "flush":
		default:
			err = py.Raisef(py.TypeError, "'%s' is an invalid keyword argument for print()", k)
		}
		if err != nil {
			return nil, err
		}
	}
	if !isStream(thread, file) {
		return starlark.None, printPieces(thread, file, args, sep, end)
	}
	var line strings.Builder
	for i, a := range args {
		if i > 0 {
			line.WriteString(sep)
		}
		s, err := Str(thread, a)
		if err != nil {
			return nil, err
		}
		line.WriteString(s)
	}
	line.WriteString(end)
	return starlark.None, Write(thread, file, line.String())
}

// isStream reports whether print's file is a standard stream (None
// for sys.stdout, unless the script replaced it), which takes a line in
// one write; a script's own file object gets one write call per piece.
func isStream(thread *starlark.Thread, file starlark.Value) bool {
	if file == starlark.None {
		rt := core.RuntimeOf(thread)
		if rt == nil {
			return true
		}
		if file = ReplacedStream(rt, "stdout"); file == nil {
			return true
		}
	}
	_, std := file.(interface {
		Writer(*core.Runtime) *core.SyncWriter
	})
	return std
}

// printPieces is print to a script's file object: as CPython's print
// does, it writes each argument's str, each sep and end in a write call
// of its own.
func printPieces(thread *starlark.Thread, file starlark.Value, args starlark.Tuple, sep, end string) error {
	if file == starlark.None {
		file = ReplacedStream(core.RuntimeOf(thread), "stdout")
	}
	for i, a := range args {
		if i > 0 {
			if err := Write(thread, file, sep); err != nil {
				return err
			}
		}
		s, err := Str(thread, a)
		if err != nil {
			return err
		}
		if err := Write(thread, file, s); err != nil {
			return err
		}
	}
	return Write(thread, file, end)
}

func sepArg(name, def string, v starlark.Value) (string, error) {
	switch v := v.(type) {
	case starlark.NoneType:
		return def, nil
	case starlark.String:
		return string(v), nil
	}
	return "", py.Raisef(py.TypeError, "%s must be None or a string, not %s", name, py.TypeName(v))
}

// Write writes s in one piece to file, a value with a write method, or
// when file is None to sys.stdout: the Interpreter's standard output,
// unless the script replaced sys.stdout by an object of its own.
func Write(thread *starlark.Thread, file starlark.Value, s string) error {
	if file == nil || file == starlark.None {
		rt := core.RuntimeOf(thread)
		if rt == nil {
			os.Stdout.WriteString(s)
			return nil
		}
		if file = ReplacedStream(rt, "stdout"); file == nil {
			rt.Stdout().WriteFrom(thread, s)
			return nil
		}
	}
	w, err := getAttr(file, "write")
	if err != nil {
		return err
	}
	if w == nil {
		return noAttr(file, "write")
	}
	_, err = starlark.Call(thread, w, starlark.Tuple{starlark.String(s)}, nil)
	return err
}

// ReplacedStream returns sys.stdout or sys.stderr (name) if the script
// replaced it by an object of its own (doctest and
// contextlib.redirect_stderr do, and sys.stderr = io.StringIO()), or
// nil.
func ReplacedStream(rt *core.Runtime, name string) starlark.Value {
	if rt == nil {
		return nil
	}
	m := rt.LoadedModule("sys")
	if m == nil {
		return nil
	}
	out, ok := m.Members[name]
	out = py.Unbox(out)
	if !ok {
		return nil
	}
	if std, ok := out.(interface {
		Writer(*core.Runtime) *core.SyncWriter
	}); ok && (std.Writer(rt) == rt.Stdout()) == (name == "stdout") {
		return nil // its own stream (sys.stderr = sys.stdout replaces it)
	}
	return out
}

// WriteStderr writes text to sys.stderr: the script's replacement if it
// set one, else the Interpreter's standard error. A replacement that
// fails to write is passed over, as CPython's hooks do.
func WriteStderr(thread *starlark.Thread, text string) {
	rt := core.RuntimeOf(thread)
	if rt == nil {
		os.Stderr.WriteString(text)
		return
	}
	if s := ReplacedStream(rt, "stderr"); s != nil && s != starlark.None {
		if Write(thread, s, text) == nil {
			return
		}
	}
	rt.Stderr().WriteFrom(thread, text)
}

func oneArg(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if len(args) != 1 || len(kwargs) != 0 {
		if len(kwargs) != 0 {
			return nil, py.Raisef(py.TypeError, "%s() takes no keyword arguments", b.Name())
		}
		return nil, py.Raisef(py.TypeError, "%s() takes exactly one argument (%d given)", b.Name(), len(args))
	}
	x = args[0]
	return x, nil
}

// repr implements repr(object).
func repr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	s, err := Repr(thread, x)
	if b.Name() == "ascii" {
		s = asciiEscape(s)
	}
	return starlark.String(s), err
}

func asciiEscape(s string) string {
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			sb.WriteRune(r)
		case r < 0x100:
			sb.WriteString(`\x` + pad0(strconv.FormatInt(int64(r), 16), 2))
		case r < 0x10000:
			sb.WriteString(`\u` + pad0(strconv.FormatInt(int64(r), 16), 4))
		default:
			sb.WriteString(`\U` + pad0(strconv.FormatInt(int64(r), 16), 8))
		}
	}
	return sb.String()
}

func pad0(s string, n int) string { return strings.Repeat("0", max(0, n-len(s))) + s }

// length implements len(s); strings count code points.
func length(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	if n, has, err := lenOf(thread, x); has {
		return starlark.MakeInt(n), err
	}
	if _, isObj := x.(*py.Instance); isObj {
		return nil, noLen(x) // its class has no __len__; __getattr__ is not asked
	}
	if m, err := getAttr(x, "__len__"); err == nil && m != nil {
		return starlark.Call(thread, m, nil, nil)
	}
	return nil, noLen(x)
}

// Len returns len(x) with Python's errors.
func Len(thread *starlark.Thread, x starlark.Value) (int, error) {
	if n, has, err := lenOf(thread, x); has {
		return n, err
	}
	return 0, noLen(x)
}

// lenOf returns the length of x; has is false if x has none.
func lenOf(thread *starlark.Thread, x starlark.Value) (n int, has bool, err error) {
	if m, ok := x.(*MemoryView); ok {
		return m.n, true, m.check()
	}
	if s, ok := x.(starlark.String); ok {
		return StrLen(thread, string(s)), true, nil
	}
	if o, ok := x.(*py.Instance); ok {
		if n, has, err := o.LenErr(); has {
			return n, true, err
		}
	}
	if r, ok := x.(*BigRange); ok {
		v, err := r.Len()
		if err != nil {
			return 0, true, err
		}
		n, _ := v.(starlark.Int).Int64()
		return int(n), true, nil
	}
	if n := starlark.Len(x); n >= 0 {
		return n, true, nil
	}
	return 0, false, nil
}

func noLen(x starlark.Value) error {
	return py.Raisef(py.TypeError, "object of type '%s' has no len()", py.TypeName(x))
}

// Add returns x + y with Python's error message.
func Add(x, y starlark.Value) (starlark.Value, error) {
	z, err := starlark.Binary(syntax.PLUS, boolToInt(x), boolToInt(y))
	if err != nil {
		if _, ok := py.AsException(err); !ok {
			return nil, py.Raisef(py.TypeError, "unsupported operand type(s) for +: '%s' and '%s'", py.TypeName(x), py.TypeName(y))
		}
	}
	return z, err
}

// sum implements sum(iterable, /, start=0).
func sum(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var it starlark.Value
	var acc starlark.Value = starlark.MakeInt(0)
	if err := starlark.UnpackArgs("sum", args, kwargs, "iterable", &it, "start?", &acc); err != nil {
		return nil, err
	}
	switch acc.(type) {
	case starlark.String:
		return nil, py.Raise(py.TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	case starlark.Bytes:
		return nil, py.Raise(py.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
	}
	err := ForEach(thread, it, func(x starlark.Value) error {
		var err error
		acc, err = Add(acc, x)
		return err
	})
	return acc, err
}

func callable(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	_, ok := x.(starlark.Callable)
	return starlark.Bool(ok), nil
}

// id implements id(x): the address of a reference, else a value hash.
func id(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return ID(x), nil
}

// ID returns id(x).
func ID(x starlark.Value) starlark.Value {
	if a := py.Addr(x); a != 0 {
		return starlark.MakeUint64(uint64(a))
	}
	h, _ := x.Hash()
	return starlark.MakeUint64(uint64(h))
}

// hash implements hash(x): ints hash to themselves as in CPython.
func hash(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	if inst, ok := x.(*py.Instance); ok {
		if v, ok, err := inst.HashMethod(thread); ok {
			return v, err
		}
		if d, ok := py.BaseOf(x); ok {
			if _, err := d.Hash(); err == nil {
				x = d // a str, int or tuple subclass hashes as its value
			}
		}
	}
	if r, ok := x.(starlark.Indexable); ok && r.Type() == "range" {
		x = rangeHashKey(r)
	}
	switch x := x.(type) {
	case starlark.Int, starlark.Bool, starlark.Float, starlark.Tuple, *Set:
		if h, det, err := pyHash(x); err == nil && det {
			return starlark.MakeInt64(h), nil // CPython's own hash
		}
	}
	if h, ok := x.(PyHasher); ok {
		n, err := h.PyHash()
		return starlark.MakeInt64(n), err
	}
	h, err := x.Hash()
	if _, ok := py.AsException(err); ok {
		return nil, err // the type's own message
	}
	if err != nil {
		if e := Unhashable(err); e != err {
			return nil, e // the unhashable item's type: hash((1, [2])) names list
		}
		return nil, py.Raisef(py.TypeError, "unhashable type: '%s'", py.TypeName(x))
	}
	return starlark.MakeUint64(uint64(h)), nil
}

// minmax implements min and max (iterable or several arguments, key=,
// default=).
func minmax(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	name := b.Name()
	var key, def starlark.Value = starlark.None, nil
	if err := starlark.UnpackArgs(name, nil, kwargs, "key?", &key, "default?", &def); err != nil {
		return nil, err
	}
	var elems []starlark.Value
	switch {
	case len(args) == 0:
		return nil, py.Raisef(py.TypeError, "%s expected at least 1 argument, got 0", name)
	case len(args) == 1:
		var err error
		if elems, err = Elements(thread, args[0]); err != nil {
			return nil, err
		}
	case def != nil:
		return nil, py.Raisef(py.TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
	default:
		elems = args
	}
	if len(elems) == 0 {
		if def != nil {
			return def, nil
		}
		return nil, py.Raisef(py.ValueError, "%s() arg is an empty sequence", name)
	}
	return extreme(thread, elems, key, name == "max")
}

func extreme(thread *starlark.Thread, elems []starlark.Value, key starlark.Value, isMax bool) (starlark.Value, error) {
	keys, err := keysOf(thread, elems, key)
	if err != nil {
		return nil, err
	}
	best := 0
	for i := 1; i < len(elems); i++ {
		op := "<"
		if isMax {
			op = ">"
		}
		better, err := Compare(op, keys[i], keys[best])
		if err != nil {
			return nil, err
		}
		if better {
			best = i
		}
	}
	return elems[best], nil
}

// keysOf applies key (None: identity) to each element.
func keysOf(thread *starlark.Thread, elems []starlark.Value, key starlark.Value) ([]starlark.Value, error) {
	if key == starlark.None {
		return elems, nil
	}
	if _, ok := key.(starlark.Callable); !ok {
		return nil, py.Raisef(py.TypeError, "'%s' object is not callable", py.TypeName(key))
	}
	keys := make([]starlark.Value, len(elems))
	for i, e := range elems {
		k, err := starlark.Call(thread, key, starlark.Tuple{e}, nil)
		if err != nil {
			return nil, err
		}
		keys[i] = k
	}
	return keys, nil
}

// sorted implements sorted(iterable, /, *, key=None, reverse=False).
func sorted(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var it starlark.Value
	if err := starlark.UnpackPositionalArgs("sorted", args, nil, 1, &it); err != nil {
		return nil, err
	}
	elems, err := Elements(thread, it)
	if err != nil {
		return nil, err
	}
	l := starlark.NewList(elems)
	return l, SortList(thread, l, kwargs)
}

// SortList sorts l in place, stably, as list.sort(key=None, reverse=False)
// with kwargs key= and reverse=.
func SortList(thread *starlark.Thread, l *starlark.List, kwargs []starlark.Tuple) error {
	var key starlark.Value = starlark.None
	var reverse bool
	if err := starlark.UnpackArgs("sort", nil, kwargs, "key?", &key, "reverse?", &reverse); err != nil {
		return err
	}
	elems := listElems(l)
	keys, err := keysOf(thread, elems, key)
	if err != nil {
		return err
	}
	idx := make([]int, len(elems))
	for i := range idx {
		idx[i] = i
	}
	if err := sortStable(thread, idx, keys, reverse); err != nil {
		return err
	}
	for i, k := range idx {
		if e := l.SetIndex(i, elems[k]); e != nil {
			return e
		}
	}
	return nil
}

// sortAbort stops a sort whose comparison failed or was cancelled.
type sortAbort struct{ err error }

// sortStable sorts idx by keys[idx[i]], polling for cancellation every
// core.PollEvery comparisons; the first error stops it.
func sortStable(thread *starlark.Thread, idx []int, keys []starlark.Value, reverse bool) (err error) {
	defer func() {
		if r := recover(); r != nil {
			a, ok := r.(sortAbort)
			if !ok {
				panic(r)
			}
			err = a.err
		}
	}()
	n := 0
	sort.SliceStable(idx, func(i, j int) bool {
		a, b := keys[idx[i]], keys[idx[j]]
		if reverse {
			a, b = b, a
		}
		less, e := Less(a, b)
		if n++; e == nil && n%core.PollEvery == 0 {
			e = core.Poll(thread)
		}
		if e != nil {
			panic(sortAbort{e})
		}
		return less
	})
	return nil
}

func listElems(l *starlark.List) []starlark.Value {
	elems := make([]starlark.Value, l.Len())
	for i := range elems {
		elems[i] = l.Index(i)
	}
	return elems
}

var errStop = errors.New("stop")

// anyAll implements any(iterable) and all(iterable).
func anyAll(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	want := b.Name() == "any"
	err = ForEach(thread, x, func(v starlark.Value) error {
		if bool(v.Truth()) == want {
			return errStop
		}
		return nil
	})
	if err == errStop {
		return starlark.Bool(want), nil
	}
	return starlark.Bool(!want), err
}

func asIndex(x starlark.Value) (starlark.Int, error) {
	i, ok := boolToInt(py.Base(x)).(starlark.Int)
	if !ok {
		if j, ok, err := py.Index(x); ok || err != nil {
			return j, err // x.__index__()
		}
		return i, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(x))
	}
	return i, nil
}

// chr implements chr(i).
func chr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	i, err := asIndex(x)
	if err != nil {
		return nil, err
	}
	n, ok := i.Int64()
	if !ok || n < 0 || n > 0x10ffff {
		return nil, py.Raise(py.ValueError, "chr() arg not in range(0x110000)")
	}
	return starlark.String(string(rune(n))), nil
}

// ord implements ord(c).
func ord(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	var s string
	switch x := py.Base(x).(type) {
	case starlark.String:
		s = string(x)
	case starlark.Bytes:
		if len(x) == 1 {
			return starlark.MakeInt(int(x[0])), nil
		}
		s = string(x)
	default:
		return nil, py.Raisef(py.TypeError, "ord() expected string of length 1, but %s found", py.TypeName(x))
	}
	if n := utf8.RuneCountInString(s); n != 1 {
		return nil, py.Raisef(py.TypeError, "ord() expected a character, but string of length %d found", n)
	}
	r, _ := utf8.DecodeRuneInString(s)
	return starlark.MakeInt(int(r)), nil
}

// intToBase implements hex, oct and bin.
func intToBase(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	i, err := asIndex(x)
	if err != nil {
		return nil, err
	}
	base, prefix := map[string]int{"hex": 16, "oct": 8, "bin": 2}[b.Name()], b.Name()[:1]
	n := i.BigInt()
	sign := ""
	if n.Sign() < 0 {
		sign = "-"
		n.Neg(n)
	}
	if prefix == "h" {
		prefix = "x"
	}
	return starlark.String(sign + "0" + prefix + n.Text(base)), nil
}

// input implements input(prompt=None), reading a line from sys.stdin
// (or the Interpreter's standard input, if no script imported sys)
// with the GIL released.
func input(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var prompt starlark.Value = starlark.String("")
	if err := starlark.UnpackPositionalArgs("input", args, kwargs, 0, &prompt); err != nil {
		return nil, err
	}
	p, err := Str(thread, prompt)
	if err != nil {
		return nil, err
	}
	if p != "" {
		if err := Write(thread, starlark.None, p); err != nil {
			return nil, err
		}
	}
	if in := ReplacedStream(core.RuntimeOf(thread), "stdin"); in != nil {
		return inputFrom(thread, in) // sys.stdin, or the script's replacement of it
	}
	line, err := core.ReadLine(thread, EOFError)
	if err != nil {
		return nil, err
	}
	return starlark.String(line), nil
}

// inputFrom reads input()'s line from in, a stream: in.readline()
// without its "\n", EOFError at the end.
func inputFrom(thread *starlark.Thread, in starlark.Value) (starlark.Value, error) {
	readline, err := getAttr(in, "readline")
	if err != nil {
		return nil, err
	}
	if readline == nil {
		return nil, noAttr(in, "readline")
	}
	v, err := starlark.Call(thread, readline, nil, nil)
	if err != nil {
		return nil, err
	}
	line, ok := py.Unbox(v).(starlark.String)
	if !ok {
		return nil, py.Raise(py.TypeError, "object.readline() returned non-string")
	}
	if line == "" {
		return nil, py.Raise(EOFError, "EOF when reading a line")
	}
	return starlark.String(strings.TrimSuffix(string(line), "\n")), nil
}
