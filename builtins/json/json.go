// Package json is spindle's json module: dumps and loads of dicts,
// lists, tuples, strings, numbers, booleans and None, with CPython's
// output (separators, indent, sort_keys, ensure_ascii). dump and load,
// which need files, are not provided.
package json

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the json module. Members:
//
//	dumps(obj, *, indent=None, sort_keys=False, ensure_ascii=True, separators=None, default=None, cls=None)
//	JSONEncoder(*, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent, separators, default)
//	loads(s, *, object_hook=None, parse_float=None, parse_int=None,
//	    parse_constant=None, object_pairs_hook=None)
//	load(fp, **kwargs), dump(obj, fp, **kwargs) (files.go)
//	JSONDecodeError
var Module = &core.Module{Name: "json", Members: starlark.StringDict{
	"dumps":           starlark.NewBuiltin("dumps", dumps),
	"JSONEncoder":     encoderClass,
	"loads":           starlark.NewBuiltin("loads", loads),
	"load":            starlark.NewBuiltin("load", load),
	"dump":            starlark.NewBuiltin("dump", dump),
	"JSONDecodeError": decodeError,
}}

// decodeError is json.JSONDecodeError; its instances carry msg, doc,
// pos, lineno and colno.
var decodeError = py.NewClass("JSONDecodeError", "json.decoder", py.ValueError)

func init() { decodeError.Ext = &py.NativeClass{New: newJSONDecodeError} }

// newJSONDecodeError implements JSONDecodeError(msg, doc, pos).
func newJSONDecodeError(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 3 {
		return nil, py.TooManyArgs("JSONDecodeError.__init__", "4", 4, len(args)+1)
	}
	if err := missingArgs(args, kwargs); err != nil {
		return nil, err
	}
	var msg, doc string
	var pos int
	if err := core.UnpackArgs("JSONDecodeError.__init__", args, kwargs, "msg", &msg, "doc", &doc, "pos", &pos); err != nil {
		return nil, err
	}
	e := newDecodeError(msg, doc, pos)
	e.Class = cls // a subclass's
	return e, nil
}

// missingArgs is CPython's error for JSONDecodeError's parameters
// (msg, doc, pos) that args and kwargs leave out, or nil.
func missingArgs(args starlark.Tuple, kwargs []starlark.Tuple) error {
	var missing []string
	for i, name := range []string{"msg", "doc", "pos"} {
		given := i < len(args)
		for _, kv := range kwargs {
			given = given || kv[0] == starlark.String(name)
		}
		if !given {
			missing = append(missing, "'"+name+"'")
		}
	}
	switch len(missing) {
	case 0:
		return nil
	case 1:
		return py.Raisef(py.TypeError, "JSONDecodeError.__init__() missing 1 required positional argument: %s", missing[0])
	case 2:
		return py.Raisef(py.TypeError, "JSONDecodeError.__init__() missing 2 required positional arguments: %s and %s", missing[0], missing[1])
	}
	return py.Raise(py.TypeError, "JSONDecodeError.__init__() missing 3 required positional arguments: 'msg', 'doc', and 'pos'")
}

// encoder holds the options of one dumps call.
type encoder struct {
	thread          *starlark.Thread
	indent          string // "" with hasIndent: newlines only
	hasIndent       bool
	sortKeys, ascii bool
	itemSep, keySep string
	defaultFn       starlark.Value
	b               strings.Builder
	lines           int // newlines written
}

// dumps implements dumps(obj, ...).
// https://docs.python.org/3/library/json.html#json.dumps
func dumps(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj starlark.Value
	var indent, separators, def starlark.Value = starlark.None, starlark.None, starlark.None
	e := &encoder{thread: thread, ascii: true, itemSep: ", ", keySep: ": "}
	var skipkeys, checkCircular, allowNaN starlark.Value
	if cls, obj, ok := clsArg(args, kwargs); ok {
		return dumpsWith(thread, cls, obj, kwargs) // encoder.go
	}
	kwargs = withoutKey(kwargs, "cls") // cls=None
	if err := checkEncoderArgs(kwargs); err != nil {
		return nil, err
	}
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "obj", &obj, "skipkeys?", &skipkeys, "ensure_ascii?", &e.ascii,
		"check_circular?", &checkCircular, "allow_nan?", &allowNaN, "indent?", &indent, "separators?", &separators,
		"default?", &def, "sort_keys?", &e.sortKeys); err != nil {
		return nil, err
	}
	if err := e.setIndent(indent, obj); err != nil {
		return nil, err
	}
	if err := e.setSeparators(separators); err != nil {
		return nil, err
	}
	if def != starlark.None {
		e.defaultFn = def
	}
	if err := e.encode(obj, 0); err != nil {
		return nil, err
	}
	return starlark.String(e.b.String()), nil
}

// clsArg returns dumps's obj and its cls argument, if one is given and
// not None.
func clsArg(args starlark.Tuple, kwargs []starlark.Tuple) (cls, obj starlark.Value, ok bool) {
	for _, kv := range kwargs {
		switch k, _ := starlark.AsString(kv[0]); k {
		case "cls":
			cls = kv[1]
		case "obj":
			obj = kv[1]
		}
	}
	if len(args) == 1 {
		obj = args[0]
	}
	return cls, obj, cls != nil && cls != starlark.None && obj != nil
}

// withoutKey returns kwargs without the argument named key.
func withoutKey(kwargs []starlark.Tuple, key string) []starlark.Tuple {
	var out []starlark.Tuple
	for _, kv := range kwargs {
		if k, _ := starlark.AsString(kv[0]); k != key {
			out = append(out, kv)
		}
	}
	return out
}

// encoderArgs are the keyword arguments of dumps; CPython passes any
// other to JSONEncoder, which refuses it.
var encoderArgs = map[string]bool{"obj": true, "skipkeys": true, "ensure_ascii": true, "check_circular": true,
	"allow_nan": true, "indent": true, "separators": true, "default": true, "sort_keys": true, "cls": true}

func checkEncoderArgs(kwargs []starlark.Tuple) error {
	for _, kv := range kwargs {
		if k, _ := starlark.AsString(kv[0]); !encoderArgs[k] {
			return py.Raisef(py.TypeError, "JSONEncoder.__init__() got an unexpected keyword argument '%s'", k)
		}
	}
	return nil
}

// setIndent applies indent: a string, or a count of spaces (CPython
// computes ' ' * indent, unless obj is a str).
func (e *encoder) setIndent(indent, obj starlark.Value) error {
	switch v := indent.(type) {
	case starlark.NoneType:
		return nil
	case starlark.String:
		e.indent = string(v)
	case starlark.Int:
		if _, ok := obj.(starlark.String); ok {
			return nil // a str is written as it is, without indent
		}
		n, err := py.AsIndexSize(v)
		if err != nil {
			return err
		}
		if err := core.CheckAllocN(e.thread, n, 1); err != nil {
			return err
		}
		e.indent = strings.Repeat(" ", max(n, 0))
	case starlark.Bool:
		e.indent = map[bool]string{true: " "}[bool(v)]
	default:
		if _, ok := obj.(starlark.String); !ok {
			return py.Raisef(py.TypeError, "can't multiply sequence by non-int of type '%s'", py.TypeName(v))
		}
	}
	e.hasIndent, e.itemSep = true, ","
	return nil
}

// setSeparators applies separators, an (item, key) pair.
func (e *encoder) setSeparators(separators starlark.Value) error {
	if separators == starlark.None {
		return nil
	}
	var seps []starlark.Value
	switch v := separators.(type) {
	case starlark.Tuple:
		seps = v
	case *starlark.List:
		seps = listElems(v)
	default:
		return py.Raisef(py.TypeError, "cannot unpack non-iterable %s object", py.TypeName(v))
	}
	switch {
	case len(seps) < 2:
		return py.Raisef(py.ValueError, "not enough values to unpack (expected 2, got %d)", len(seps))
	case len(seps) > 2:
		return py.Raise(py.ValueError, "too many values to unpack (expected 2)")
	}
	e.itemSep, _ = starlark.AsString(seps[0])
	e.keySep, _ = starlark.AsString(seps[1])
	return nil
}

// encode writes v at nesting depth.
func (e *encoder) encode(v starlark.Value, depth int) error {
	switch v := py.Base(py.Unbox(v)).(type) {
	case starlark.NoneType:
		e.b.WriteString("null")
	case starlark.Bool:
		e.b.WriteString(map[bool]string{true: "true", false: "false"}[bool(v)])
	case starlark.Int:
		if err := py.CheckIntStr(e.thread, v); err != nil {
			return err
		}
		e.b.WriteString(v.String())
	case starlark.Float:
		e.b.WriteString(floatJSON(float64(v)))
	case starlark.String:
		e.str(string(v))
	case *starlark.List:
		return e.array(listElems(v), depth)
	case starlark.Tuple:
		return e.array(v, depth)
	case starlark.IterableMapping:
		return e.object(v.Items(), depth)
	default:
		if e.defaultFn == nil {
			return py.Raisef(py.TypeError, "Object of type %s is not JSON serializable", py.TypeName(v))
		}
		r, err := starlark.Call(e.thread, e.defaultFn, starlark.Tuple{v}, nil)
		if err != nil {
			return err
		}
		return e.encode(r, depth)
	}
	return nil
}

func floatJSON(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	return py.FloatRepr(f)
}

// newline starts a line at depth when indenting. An indent can make
// the output far bigger than the object: each time a line would grow
// the output's buffer, the memory limit is asked about the new buffer,
// and every PollEvery lines the thread polls for cancellation.
func (e *encoder) newline(depth int) error {
	if !e.hasIndent {
		return nil
	}
	if n := len(e.indent) * depth; n > e.b.Cap()-e.b.Len()-1 {
		if err := core.CheckAllocN(e.thread, e.b.Len()+n+1, 2); err != nil {
			return err
		}
	}
	if e.lines++; e.lines%core.PollEvery == 0 {
		if err := core.Poll(e.thread); err != nil {
			return err
		}
	}
	e.b.WriteByte('\n')
	for range depth {
		e.b.WriteString(e.indent)
	}
	return nil
}

func (e *encoder) array(elems []starlark.Value, depth int) error {
	if depth >= py.RecursionLimit(e.thread) {
		return py.Recursion("while encoding a JSON object")
	}
	if len(elems) == 0 {
		e.b.WriteString("[]")
		return nil
	}
	e.b.WriteString("[")
	for i, x := range elems {
		if i > 0 {
			e.b.WriteString(e.itemSep)
		}
		if err := e.newline(depth + 1); err != nil {
			return err
		}
		if err := e.encode(x, depth+1); err != nil {
			return err
		}
	}
	if err := e.newline(depth); err != nil {
		return err
	}
	e.b.WriteString("]")
	return nil
}

func (e *encoder) object(items []starlark.Tuple, depth int) error {
	if depth >= py.RecursionLimit(e.thread) {
		return py.Recursion("while encoding a JSON object")
	}
	if len(items) == 0 {
		e.b.WriteString("{}")
		return nil
	}
	keys := make([]string, len(items))
	for i, kv := range items {
		k, err := keyString(kv[0])
		if err != nil {
			return err
		}
		keys[i] = k
	}
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	if e.sortKeys {
		sort.SliceStable(order, func(a, b int) bool { return keys[order[a]] < keys[order[b]] })
	}
	e.b.WriteString("{")
	for n, i := range order {
		if n > 0 {
			e.b.WriteString(e.itemSep)
		}
		if err := e.newline(depth + 1); err != nil {
			return err
		}
		e.str(keys[i])
		e.b.WriteString(e.keySep)
		if err := e.encode(items[i][1], depth+1); err != nil {
			return err
		}
	}
	if err := e.newline(depth); err != nil {
		return err
	}
	e.b.WriteString("}")
	return nil
}

// keyString converts a dict key as json does: str, or int, float, bool
// and None written as JSON.
func keyString(k starlark.Value) (string, error) {
	switch k := py.Base(py.Unbox(k)).(type) {
	case starlark.String:
		return string(k), nil
	case starlark.Bool:
		return map[bool]string{true: "true", false: "false"}[bool(k)], nil
	case starlark.Int:
		return k.String(), nil
	case starlark.Float:
		return floatJSON(float64(k)), nil
	case starlark.NoneType:
		return "null", nil
	}
	return "", py.Raisef(py.TypeError, "keys must be str, int, float, bool or None, not %s", py.TypeName(k))
}

// str writes s as a JSON string.
func (e *encoder) str(s string) {
	e.b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			e.b.WriteString(`\"`)
		case r == '\\':
			e.b.WriteString(`\\`)
		case r == '\n':
			e.b.WriteString(`\n`)
		case r == '\r':
			e.b.WriteString(`\r`)
		case r == '\t':
			e.b.WriteString(`\t`)
		case r == '\b':
			e.b.WriteString(`\b`)
		case r == '\f':
			e.b.WriteString(`\f`)
		case r < 0x20 || e.ascii && r > 0x7e:
			e.escape(r)
		default:
			e.b.WriteRune(r)
		}
	}
	e.b.WriteByte('"')
}

// escape writes r as \uXXXX, or a surrogate pair.
func (e *encoder) escape(r rune) {
	if r > 0xffff {
		r -= 0x10000
		e.escape(0xd800 + r>>10)
		e.escape(0xdc00 + r&0x3ff)
		return
	}
	e.b.WriteString(`\u` + strconv.FormatInt(int64(0x10000+r), 16)[1:])
}

func listElems(l *starlark.List) []starlark.Value {
	out := make([]starlark.Value, l.Len())
	for i := range out {
		out[i] = l.Index(i)
	}
	return out
}
