package py

// This file defines Python's repr and str for Starlark values.

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// PyReprer is implemented by values whose Python repr differs from String.
type PyReprer interface {
	PyRepr() string
}

// PyStrer is implemented by values whose Python str differs from their repr.
type PyStrer interface {
	PyStr() string
}

// pySet is implemented by set and frozenset values (package builtins):
// a frozenset prints as frozenset({...}).
type pySet interface {
	Type() string
	SetElems() []starlark.Value
}

// ScriptReprer is implemented by values whose repr runs script code,
// such as instances of user classes defining __repr__.
type ScriptReprer interface {
	ScriptRepr(thread *starlark.Thread) (string, error)
}

// ScriptStrer is implemented by values whose str runs script code, such
// as instances of user classes defining __str__.
type ScriptStrer interface {
	ScriptStr(thread *starlark.Thread) (string, error)
}

// Repr returns Python's repr(v), without running script code. It must be
// called with the GIL held when v is shared between script threads.
func Repr(v starlark.Value) string {
	p := printer{}
	p.repr(v, nil)
	return p.String()
}

// ReprOf returns Python's repr(v), calling the ScriptRepr of values
// (nested ones too) in thread. Call it with the GIL held.
func ReprOf(thread *starlark.Thread, v starlark.Value) (string, error) {
	p := printer{thread: thread}
	p.repr(v, reprPath(thread))
	return p.String(), p.err
}

// reprPathKey is the thread-local key of the containers whose repr is
// being printed when a __repr__ runs, so that a repr it asks for (a
// list subclass's list.__repr__(self)) marks the cycles it closes, as
// CPython's Py_ReprEnter does.
const reprPathKey = "spindle.reprpath"

func reprPath(thread *starlark.Thread) []starlark.Value {
	if thread == nil {
		return nil
	}
	p, _ := thread.Local(reprPathKey).([]starlark.Value)
	return p
}

// Str returns Python's str(v), without running script code.
func Str(v starlark.Value) string {
	switch v := v.(type) {
	case starlark.String:
		return string(v)
	case PyStrer:
		return v.PyStr()
	case *Exception:
		return v.Message()
	}
	return Repr(v)
}

// StrOf returns Python's str(v), calling ScriptStr or ScriptRepr in
// thread. Call it with the GIL held.
func StrOf(thread *starlark.Thread, v starlark.Value) (string, error) {
	if s, ok := v.(ScriptStrer); ok && thread != nil {
		return s.ScriptStr(thread)
	}
	switch v.(type) {
	case starlark.String, PyStrer, *Exception:
		return Str(v), nil
	}
	return ReprOf(thread, v)
}

// printer accumulates a repr; err is the first error of a ScriptRepr,
// or the RecursionError of containers nested deeper than the recursion
// limit (Repr, which cannot fail, prints "..." there).
type printer struct {
	strings.Builder
	thread *starlark.Thread
	err    error
	depth  int // containers being printed
}

// enter reports whether one more container may be printed, and counts
// it; leave undoes it.
func (b *printer) enter() bool {
	if b.depth >= RecursionLimit(b.thread) {
		if b.err == nil {
			b.err = Recursion("while getting the repr of an object")
		}
		b.WriteString("...")
		return false
	}
	b.depth++
	return true
}

func (b *printer) leave() { b.depth-- }

// seen reports whether v is a container already being printed, and
// writes the recursion marker if so.
func seen(b *printer, v starlark.Value, path []starlark.Value) bool {
	for _, p := range path {
		if sameContainer(p, v) {
			switch v.(type) {
			case *starlark.List:
				b.WriteString("[...]")
			case *starlark.Dict:
				b.WriteString("{...}")
			case starlark.Tuple:
				b.WriteString("(...)")
			default:
				b.WriteString("...")
			}
			return true
		}
	}
	return false
}

// sameContainer reports whether p and v are the same container: a
// tuple (a slice, which == cannot compare) by its backing array, the
// others by ==.
func sameContainer(p, v starlark.Value) bool {
	pt, pok := p.(starlark.Tuple)
	vt, vok := v.(starlark.Tuple)
	if pok || vok {
		return pok && vok && len(pt) > 0 && len(pt) == len(vt) && &pt[0] == &vt[0]
	}
	return p == v
}

func (b *printer) repr(v starlark.Value, path []starlark.Value) {
	if d := plainData(v); d != nil {
		v = d // a list subclass prints as its list: a cycle through it is seen
	}
	if seen(b, v, path) {
		return
	}
	if r, ok := v.(ScriptReprer); ok && b.thread != nil {
		if b.err == nil {
			if len(path) > 0 {
				saved := reprPath(b.thread)
				b.thread.SetLocal(reprPathKey, path)
				defer b.thread.SetLocal(reprPathKey, saved)
			}
			s, err := r.ScriptRepr(b.thread)
			b.WriteString(s)
			b.err = err
		}
		return
	}
	switch v := v.(type) {
	case nil:
		b.WriteString("<nil>")
	case starlark.NoneType:
		b.WriteString("None")
	case starlark.Bool:
		if v {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case starlark.Int:
		if b.thread != nil {
			if err := CheckIntStr(b.thread, v); err != nil {
				if b.err == nil {
					b.err = err
				}
				return
			}
		}
		b.WriteString(v.String())
	case starlark.String:
		b.WriteString(QuoteString(string(v)))
	case starlark.Bytes:
		b.WriteString(QuoteBytes(string(v)))
	case starlark.Float:
		b.WriteString(FloatRepr(float64(v)))
	case *starlark.List:
		b.seq("[", "]", listElems(v), append(path, v))
	case starlark.Tuple:
		if len(v) == 1 {
			b.seq("(", ",)", v, append(path, v))
		} else {
			b.seq("(", ")", v, append(path, v))
		}
	case *starlark.Dict:
		b.dict(v, append(path, v))
	case *starlark.Set:
		if v.Len() == 0 {
			b.WriteString("set()")
			return
		}
		b.seq("{", "}", SetElems(v), path)
	case pySet:
		b.pySet(v.Type(), v.SetElems(), path)
	case *Cell:
		b.repr(Unbox(v), path)
	default:
		b.WriteString(otherRepr(b.thread, v))
	}
}

func (b *printer) pySet(typ string, elems []starlark.Value, path []starlark.Value) {
	switch {
	case len(elems) == 0:
		b.WriteString(typ + "()")
	case typ == "set":
		b.seq("{", "}", elems, path)
	default:
		b.WriteString(typ + "(")
		b.seq("{", "}", elems, path)
		b.WriteByte(')')
	}
}

// otherRepr is the repr of the values the printer has no case for;
// thread (nil if none) finds the qualified names of functions.
func otherRepr(thread *starlark.Thread, v starlark.Value) string {
	switch v := v.(type) {
	case PyReprer:
		return v.PyRepr()
	case *starlark.Function:
		return fmt.Sprintf("<function %s at %#x>", QualName(thread, v), addr(v))
	case starlark.Indexable:
		if v.Type() == "range" {
			return rangeRepr(v.String())
		}
	case *starlark.Builtin:
		if r := v.Receiver(); r != nil {
			return fmt.Sprintf("<built-in method %s of %s object at %#x>", v.Name(), TypeName(r), addr(r))
		}
		return fmt.Sprintf("<built-in function %s>", v.Name())
	}
	return v.String()
}

// rangeRepr turns Starlark's range(n) into Python's range(0, n).
func rangeRepr(s string) string {
	if !strings.Contains(s, ",") {
		return "range(0, " + strings.TrimPrefix(s, "range(")
	}
	return s
}

// QualName returns a function's Python __qualname__ as the syntax of
// its def or lambda gives it (outer.<locals>.inner, K.m,
// f.<locals>.<lambda>), from the SourceMap of its file in thread's
// Interpreter; without one (a nil thread), its __name__.
func QualName(thread *starlark.Thread, fn *starlark.Function) string {
	if q, ok := sourceQualName(thread, fn); ok {
		return q
	}
	return FuncName(fn)
}

// sourceQualName returns fn's qualified name as the SourceMap of its
// file in thread's Interpreter records it, if it does.
func sourceQualName(thread *starlark.Thread, fn *starlark.Function) (string, bool) {
	if thread == nil {
		return "", false
	}
	return HostQualName(HostOf(thread), fn)
}

// HostQualName returns fn's qualified name as the SourceMap of its file
// in Interpreter h records it, if it does.
func HostQualName(h Host, fn *starlark.Function) (string, bool) {
	if h == nil {
		return "", false
	}
	p := fn.Position()
	if d := h.SourceMap(p.Filename()).FuncAt(abi.Pos{Line: p.Line, Col: p.Col}, fn.Name()); d != nil {
		return d.Qual, true
	}
	return "", false
}

// FuncName returns a function's Python __name__ ("<lambda>" for lambdas).
func FuncName(fn *starlark.Function) string {
	if fn.Name() == "lambda" {
		return "<lambda>"
	}
	return fn.Name()
}

func listElems(l *starlark.List) []starlark.Value {
	elems := make([]starlark.Value, l.Len())
	for i := range elems {
		elems[i] = l.Index(i)
	}
	return elems
}

func (b *printer) seq(open, close string, elems []starlark.Value, path []starlark.Value) {
	if !b.enter() {
		return
	}
	defer b.leave()
	b.WriteString(open)
	for i, x := range elems {
		if b.err != nil {
			return
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.repr(x, path)
	}
	b.WriteString(close)
}

func (b *printer) dict(d *starlark.Dict, path []starlark.Value) {
	if !b.enter() {
		return
	}
	defer b.leave()
	b.WriteByte('{')
	for i, it := range d.Items() {
		if b.err != nil {
			return
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.repr(it[0], path)
		b.WriteString(": ")
		b.repr(it[1], path)
	}
	b.WriteByte('}')
}

// SetElems returns the elements of s in the order CPython shows them.
// Scripts' sets are package builtins' Set, which keeps CPython's table;
// a *starlark.Set comes only from Go code, and its order is replayed.
// Starlark sets keep insertion order; CPython orders a set by hash, and
// since ints hash to themselves that order is predictable, so a set of
// ints is laid out as CPython's hash table would place them.
func SetElems(s *starlark.Set) []starlark.Value {
	elems := make([]starlark.Value, 0, s.Len())
	hashes := make([]uint64, 0, s.Len())
	iter := s.Iterate()
	defer iter.Done()
	var x starlark.Value
	allInts := true
	for iter.Next(&x) {
		h, ok := intHash(x)
		allInts = allInts && ok
		elems = append(elems, x)
		hashes = append(hashes, h)
	}
	if !allInts {
		return elems
	}
	return cpythonSetOrder(elems, hashes)
}

// intHash returns CPython's hash of an int or bool, as an unsigned word.
func intHash(x starlark.Value) (uint64, bool) {
	var n int64
	switch x := x.(type) {
	case starlark.Bool:
		if x {
			n = 1
		}
	case starlark.Int:
		v, ok := x.Int64()
		if !ok {
			return 0, false
		}
		n = v
	default:
		return 0, false
	}
	const modulus = 1<<61 - 1
	h := n % modulus
	if h == -1 {
		h = -2
	}
	return uint64(h), true
}

// cpythonSetOrder inserts the elements, in order, into a simulation of
// CPython 3.11's set table (linear probes, then perturbation; resize at
// 3/5 full) and returns them in table order.
func cpythonSetOrder(elems []starlark.Value, hashes []uint64) []starlark.Value {
	table := make([]int, 8) // index+1 into elems; 0 is empty
	fill := 0
	for k := range elems {
		setInsert(table, hashes, k)
		fill++
		if mask := len(table) - 1; fill*5 >= mask*3 {
			table = setResize(table, hashes, fill*4)
		}
	}
	out := make([]starlark.Value, 0, len(elems))
	for _, k := range table {
		if k > 0 {
			out = append(out, elems[k-1])
		}
	}
	return out
}

func setInsert(table []int, hashes []uint64, k int) {
	const linearProbes, perturbShift = 9, 5
	mask := uint64(len(table) - 1)
	perturb := hashes[k]
	i := hashes[k] & mask
	for {
		probes := uint64(0)
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := uint64(0); j <= probes; j++ {
			if table[i+j] == 0 {
				table[i+j] = k + 1
				return
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func setResize(table []int, hashes []uint64, minUsed int) []int {
	size := 8
	for size <= minUsed {
		size <<= 1
	}
	t := make([]int, size)
	for _, k := range table {
		if k > 0 {
			setInsert(t, hashes, k-1)
		}
	}
	return t
}

// QuoteString returns s quoted as Python's repr does.
func QuoteString(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(q)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			fmt.Fprintf(&b, `\x%02x`, s[i])
		} else {
			writeRune(&b, r, q)
		}
		i += size
	}
	b.WriteByte(q)
	return b.String()
}

func writeRune(b *strings.Builder, r rune, q byte) {
	switch {
	case r == rune(q) || r == '\\':
		b.WriteByte('\\')
		b.WriteRune(r)
	case r == '\n':
		b.WriteString(`\n`)
	case r == '\r':
		b.WriteString(`\r`)
	case r == '\t':
		b.WriteString(`\t`)
	case r < 0x20 || r == 0x7f:
		fmt.Fprintf(b, `\x%02x`, r)
	case r < 0x80 || unicode.IsPrint(r):
		b.WriteRune(r)
	case r < 0x100:
		fmt.Fprintf(b, `\x%02x`, r)
	case r < 0x10000:
		fmt.Fprintf(b, `\u%04x`, r)
	default:
		fmt.Fprintf(b, `\U%08x`, r)
	}
}

// QuoteBytes returns Python's repr of a bytes value: b'...'.
func QuoteBytes(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(q)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == q || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// FloatRepr formats f as Python's repr(float) does: the shortest string
// that round-trips, in fixed notation when the decimal exponent is in
// [-4, 16), else in exponent notation with at least two exponent digits.
func FloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	i := strings.LastIndexByte(e, 'e')
	exp, _ := strconv.Atoi(e[i+1:])
	if exp < -4 || exp >= 16 {
		return e // Go also writes at least two exponent digits
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}

// TypeName returns Python's type(v).__name__.
func TypeName(v starlark.Value) string {
	switch v := v.(type) {
	case starlark.String:
		return "str"
	case starlark.NoneType:
		return "NoneType"
	case *starlark.Builtin:
		return "builtin_function_or_method"
	case *Exception:
		return v.Class.ClassName
	case *Class:
		if v.Metaclass != nil {
			return v.Metaclass.ClassName // type(C) is C's metaclass
		}
		return "type"
	case interface{ PyClass() *Class }:
		if c := v.PyClass(); c.CName != "" {
			return c.CName
		}
		return v.PyClass().ClassName
	case *Cell:
		return TypeName(Unbox(v))
	}
	return v.Type()
}

func addr(v any) uintptr {
	return uintptr(reflectPointer(v))
}
