package dataclasses

// This file defines fields, asdict, astuple, replace and is_dataclass.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// fieldsOf returns the fields of a dataclass or of an instance of one.
func fieldsOf(x starlark.Value) ([]*Field, bool) {
	var cls *py.Class
	switch x := x.(type) {
	case *py.Class:
		cls = x
	case *py.Instance:
		cls = x.Class
	default:
		return nil, false
	}
	v, _ := cls.Lookup(fieldsKey)
	d, ok := v.(*starlark.Dict)
	if !ok {
		return nil, false
	}
	var fs []*Field
	for _, kv := range d.Items() {
		fs = append(fs, kv[1].(*Field))
	}
	return fs, true
}

// missingArg is CPython's TypeError for a module function called
// without its one positional argument.
func missingArg(b *starlark.Builtin, args starlark.Tuple) error {
	if len(args) > 0 {
		return nil
	}
	name := "obj"
	if b.Name() == "fields" {
		name = "class_or_instance"
	}
	return py.Raisef(py.TypeError, "%s() missing 1 required positional argument: '%s'", b.Name(), name)
}

func unpackDataclass(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple, instance bool) (starlark.Value, []*Field, error) {
	var x starlark.Value
	if err := missingArg(b, args); err != nil {
		return nil, nil, err
	}
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, nil, err
	}
	fs, ok := fieldsOf(x)
	if _, isClass := x.(*py.Class); !ok || instance && isClass {
		what := "dataclass type or instance"
		if instance {
			what = "dataclass instances"
		}
		return nil, nil, py.Raisef(py.TypeError, "%s() should be called on %s", b.Name(), what)
	}
	return x, fs, nil
}

// fieldsFn implements fields(class_or_instance).
func fieldsFn(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 1 {
		if _, ok := fieldsOf(args[0]); !ok {
			return nil, py.Raise(py.TypeError, "must be called with a dataclass type or instance")
		}
	}
	_, fs, err := unpackDataclass(b, args, kwargs, false)
	t := make(starlark.Tuple, len(fs))
	for i, f := range fs {
		t[i] = f
	}
	return t, err
}

// isDataclass implements is_dataclass(obj).
func isDataclass(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := missingArg(b, args); err != nil {
		return nil, err
	}
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	_, ok := fieldsOf(x)
	return starlark.Bool(ok), nil
}

// asdict implements asdict(obj): a dict of the fields, recursively.
func asdict(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, _, err := unpackDataclass(b, args, kwargs, true)
	if err != nil {
		return nil, err
	}
	return convert(x, true)
}

// astuple implements astuple(obj): a tuple of the fields, recursively.
func astuple(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, _, err := unpackDataclass(b, args, kwargs, true)
	if err != nil {
		return nil, err
	}
	return convert(x, false)
}

// convert copies x, turning dataclass instances into dicts (asDict) or
// tuples, inside lists, tuples and dicts too.
func convert(x starlark.Value, asDict bool) (starlark.Value, error) {
	switch x := x.(type) {
	case *py.Instance:
		fs, ok := fieldsOf(x)
		if !ok {
			return x, nil
		}
		d, t := starlark.NewDict(len(fs)), make(starlark.Tuple, 0, len(fs))
		for _, f := range fs {
			v, err := attr(x, f.name)
			if err == nil {
				v, err = convert(v, asDict)
			}
			if err != nil {
				return nil, err
			}
			d.SetKey(starlark.String(f.name), v)
			t = append(t, v)
		}
		if asDict {
			return d, nil
		}
		return t, nil
	case *starlark.List:
		elems, err := convertAll(listElems(x), asDict)
		return starlark.NewList(elems), err
	case starlark.Tuple:
		elems, err := convertAll(x, asDict)
		return starlark.Tuple(elems), err
	case *starlark.Dict:
		d := starlark.NewDict(x.Len())
		for _, kv := range x.Items() {
			v, err := convert(kv[1], asDict)
			if err != nil {
				return nil, err
			}
			d.SetKey(kv[0], v)
		}
		return d, nil
	}
	return x, nil
}

func convertAll(xs []starlark.Value, asDict bool) ([]starlark.Value, error) {
	out := make([]starlark.Value, len(xs))
	for i, x := range xs {
		v, err := convert(x, asDict)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func listElems(l *starlark.List) []starlark.Value {
	out := make([]starlark.Value, l.Len())
	for i := range out {
		out[i] = l.Index(i)
	}
	return out
}

// replace implements replace(obj, /, **changes): a new instance made by
// calling the class with obj's init fields, changed.
func replace(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, fs, err := unpackDataclass(b, args, nil, true)
	if err != nil {
		return nil, err
	}
	changed := map[string]bool{}
	for _, kv := range kwargs {
		changed[string(kv[0].(starlark.String))] = true
	}
	kw := append([]starlark.Tuple(nil), kwargs...)
	for _, f := range fs {
		if !f.init && changed[f.name] {
			return nil, py.Raisef(py.ValueError, "field %s is declared with init=False, it cannot be specified with replace()", f.name)
		}
		if f.init && !changed[f.name] {
			v, err := attr(x, f.name)
			if err != nil {
				return nil, err
			}
			kw = append(kw, starlark.Tuple{starlark.String(f.name), v})
		}
	}
	return starlark.Call(thread, x.(*py.Instance).Class, nil, kw)
}

// ReprFields returns the names of the fields that the generated
// __repr__ of x's class shows, if x is an instance of a dataclass whose
// __repr__ is the one @dataclass made (pprint then prints the fields
// one by one, as CPython's pprint does).
func ReprFields(x starlark.Value) ([]string, bool) {
	inst, ok := x.(*py.Instance)
	if !ok {
		return nil, false
	}
	fs, ok := fieldsOf(inst)
	if r, _ := inst.Class.Lookup("__repr__"); !ok || !isGenerated(r, "__repr__") {
		return nil, false
	}
	var names []string
	for _, f := range fs {
		if f.repr {
			names = append(names, f.name)
		}
	}
	return names, true
}

// isGenerated reports whether v is a method @dataclass added.
func isGenerated(v starlark.Value, name string) bool {
	b, ok := v.(*starlark.Builtin)
	return ok && b.Name() == name
}
