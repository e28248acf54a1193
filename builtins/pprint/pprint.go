// Package pprint is spindle's pprint module: pprint, pformat, pp,
// saferepr, isreadable, isrecursive and PrettyPrinter, with the layout
// algorithm of CPython's pprint.py (indent, width, depth, compact,
// sort_dicts, underscore_numbers) for dicts, lists, tuples, sets,
// frozensets, strings (split after whitespace), bytes, bytearrays,
// dataclasses, and the collections types Counter, defaultdict,
// OrderedDict and deque. Other objects print as their repr: ChainMap,
// mappingproxy, SimpleNamespace and subclasses of the builtin
// containers are not laid out over several lines, and a PrettyPrinter
// subclass can't override format.
package pprint

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the pprint module. Members:
//
//	pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False)
//	pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False)
//	pp(object, *args, sort_dicts=False, **kwargs)
//	saferepr(object), isreadable(object), isrecursive(object)
//	PrettyPrinter(indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True, underscore_numbers=False)
var Module = &core.Module{Name: "pprint", Members: starlark.StringDict{
	"pprint":        starlark.NewBuiltin("pprint", pprintFn),
	"pformat":       starlark.NewBuiltin("pformat", pformat),
	"pp":            starlark.NewBuiltin("pp", pp),
	"saferepr":      starlark.NewBuiltin("saferepr", saferepr),
	"isreadable":    starlark.NewBuiltin("isreadable", isreadable),
	"isrecursive":   starlark.NewBuiltin("isrecursive", isrecursive),
	"PrettyPrinter": PrettyPrinterClass,
}}

// settings are a PrettyPrinter's parameters.
type settings struct {
	indent, width, depth           int // depth 0: no limit
	stream                         starlark.Value
	compact, sortDicts, underscore bool
}

// parse binds the parameters, in the order of names (a prefix of
// indent, width, depth, stream), then the keyword-only ones.
func parse(fn string, args starlark.Tuple, kwargs []starlark.Tuple, sortDicts bool, names ...string) (*settings, error) {
	var indent, width, depth, stream starlark.Value = starlark.MakeInt(1), starlark.MakeInt(80), starlark.None, starlark.None
	s := &settings{sortDicts: sortDicts}
	targets := map[string]any{"indent": &indent, "width": &width, "depth": &depth, "stream": &stream}
	var pairs []any
	for _, n := range names {
		pairs = append(pairs, n+"?", targets[n])
	}
	pairs = append(pairs, "compact?", &s.compact, "sort_dicts?", &s.sortDicts, "underscore_numbers?", &s.underscore)
	if err := starlark.UnpackArgs(fn, args, kwargs, pairs...); err != nil {
		return nil, err
	}
	return s, s.check(indent, width, depth, stream)
}

// check sets and checks the numeric parameters, as PrettyPrinter's
// __init__ does.
func (s *settings) check(indent, width, depth, stream starlark.Value) error {
	var err error
	if s.indent, err = intArg(indent); err != nil {
		return err
	}
	if s.width, err = intArg(width); err != nil {
		return err
	}
	if s.indent < 0 {
		return py.Raise(py.ValueError, "indent must be >= 0")
	}
	if depth != starlark.None {
		if s.depth, err = intArg(depth); err != nil {
			return err
		}
		if s.depth <= 0 {
			return py.Raise(py.ValueError, "depth must be > 0")
		}
	}
	if s.width == 0 {
		return py.Raise(py.ValueError, "width must be != 0")
	}
	s.stream = stream
	return nil
}

// intArg is int(v) for an int, bool or float parameter.
func intArg(v starlark.Value) (int, error) {
	if f, ok := v.(starlark.Float); ok {
		v = starlark.MakeInt64(int64(f))
	}
	return py.AsSsize(v)
}

// run formats x; the printer's readable and recursive flags report on it.
func (s *settings) run(thread *starlark.Thread, x starlark.Value) (*printer, error) {
	p := &printer{settings: s, thread: thread, readable: true}
	return p, p.format(x, 0, 0, context{}, 0)
}

// print writes x, formatted, and a newline to the stream or sys.stdout.
func (s *settings) print(thread *starlark.Thread, x starlark.Value) error {
	p, err := s.run(thread, x)
	if err != nil {
		return err
	}
	p.write("\n")
	return builtins.Write(thread, s.stream, p.out.String())
}

func objectArg(fn string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, starlark.Tuple, error) {
	if len(args) == 0 {
		return nil, nil, py.Raisef(py.TypeError, "%s() missing 1 required positional argument: 'object'", fn)
	}
	return args[0], args[1:], nil
}

// pprintFn implements pprint(object, stream=None, ...).
// https://docs.python.org/3/library/pprint.html#pprint.pprint
func pprintFn(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return printWith(thread, b.Name(), args, kwargs, true)
}

// pp implements pp(object, *args, sort_dicts=False, **kwargs).
// https://docs.python.org/3/library/pprint.html#pprint.pp
func pp(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return printWith(thread, "pprint", args, kwargs, false)
}

func printWith(thread *starlark.Thread, fn string, args starlark.Tuple, kwargs []starlark.Tuple, sortDicts bool) (starlark.Value, error) {
	x, rest, err := objectArg(fn, args, kwargs)
	if err != nil {
		return nil, err
	}
	s, err := parse(fn, rest, kwargs, sortDicts, "stream", "indent", "width", "depth")
	if err != nil {
		return nil, err
	}
	return starlark.None, s.print(thread, x)
}

// pformat implements pformat(object, indent=1, width=80, depth=None, ...).
// https://docs.python.org/3/library/pprint.html#pprint.pformat
func pformat(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, rest, err := objectArg(b.Name(), args, kwargs)
	if err != nil {
		return nil, err
	}
	s, err := parse(b.Name(), rest, kwargs, true, "indent", "width", "depth")
	if err != nil {
		return nil, err
	}
	p, err := s.run(thread, x)
	if err != nil {
		return nil, err
	}
	return starlark.String(p.out.String()), nil
}

// safeWith returns the _safe_repr of the one argument of fn with the
// default settings.
func safeWith(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (safe, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return safe{}, err
	}
	p := &printer{settings: &settings{indent: 1, width: 80, sortDicts: true}, thread: thread}
	return p.safeRepr(x, context{}, 0)
}

// saferepr implements saferepr(object).
func saferepr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	r, err := safeWith(thread, b, args, kwargs)
	return starlark.String(r.s), err
}

// isreadable implements isreadable(object).
func isreadable(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	r, err := safeWith(thread, b, args, kwargs)
	return starlark.Bool(r.readable), err
}

// isrecursive implements isrecursive(object).
func isrecursive(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	r, err := safeWith(thread, b, args, kwargs)
	return starlark.Bool(r.recursive), err
}
