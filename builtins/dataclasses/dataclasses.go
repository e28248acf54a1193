// Package dataclasses is spindle's dataclasses module: the @dataclass
// decorator (init, repr, eq, order, frozen, unsafe_hash, kw_only, slots)
// with KW_ONLY and InitVar pseudo-fields, field, fields,
// asdict, astuple, replace and is_dataclass. A field is a "name: T" line
// of the class body, whose annotation the front-end keeps as source text
// in __annotations__. frozen=True makes instances hashable and refuses
// assignment through a generated __setattr__ (the generated __init__
// sets fields as object.__setattr__ does).
package dataclasses

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the dataclasses module. Members:
//
//	dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, kw_only=False, slots=False)
//	field(*, default, default_factory, init=True, repr=True, hash=None, compare=True, metadata=None, kw_only=False)
//	fields(x), asdict(obj), astuple(obj), replace(obj, **changes), is_dataclass(x)
//	MISSING, KW_ONLY, InitVar (annotations only: a "_: KW_ONLY" line, "x: InitVar[T]"), Field, FrozenInstanceError
var Module = &core.Module{Name: "dataclasses", Members: starlark.StringDict{
	"dataclass":           starlark.NewBuiltin("dataclass", dataclass),
	"field":               starlark.NewBuiltin("field", newField),
	"fields":              starlark.NewBuiltin("fields", fieldsFn),
	"asdict":              starlark.NewBuiltin("asdict", asdict),
	"astuple":             starlark.NewBuiltin("astuple", astuple),
	"replace":             starlark.NewBuiltin("replace", replace),
	"is_dataclass":        starlark.NewBuiltin("is_dataclass", isDataclass),
	"MISSING":             missing,
	"KW_ONLY":             kwOnlyClass,
	"InitVar":             py.NewClass("InitVar", "dataclasses", builtins.ObjectType),
	"FrozenInstanceError": frozenInstanceError,
}}

var kwOnlyClass = py.NewClass("KW_ONLY", "dataclasses", builtins.ObjectType)

var frozenInstanceError = py.NewClass("FrozenInstanceError", "dataclasses", py.AttributeError)

// fieldsKey is the class attribute holding a dataclass's fields.
const fieldsKey = "__dataclass_fields__"

// options are the arguments of @dataclass(...).
type options struct {
	init, repr, eq, order, unsafeHash, frozen, kwOnly, slots, matchArgs bool
}

// dataclass implements @dataclass and @dataclass(...).
// https://docs.python.org/3/library/dataclasses.html#dataclasses.dataclass
func dataclass(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var cls starlark.Value = starlark.None
	opts := options{init: true, repr: true, eq: true, matchArgs: true}
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "cls?", &cls, "init?", &opts.init, "repr?", &opts.repr,
		"eq?", &opts.eq, "order?", &opts.order, "unsafe_hash?", &opts.unsafeHash, "frozen?", &opts.frozen, "kw_only?", &opts.kwOnly, "slots?", &opts.slots, "match_args?", &opts.matchArgs); err != nil {
		return nil, err
	}
	if cls != starlark.None {
		return process(cls, opts)
	}
	return starlark.NewBuiltin("dataclass", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var cls starlark.Value
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &cls); err != nil {
			return nil, err
		}
		return process(cls, opts)
	}), nil
}

// process turns the class v into a dataclass: it collects the fields and
// adds the methods the class doesn't define itself.
func process(v starlark.Value, opts options) (starlark.Value, error) {
	cls, ok := v.(*py.Class)
	if !ok {
		return nil, py.Raisef(py.TypeError, "dataclass() should be called on a class, not %s", py.TypeName(v))
	}
	params, err := collectFields(cls, opts.kwOnly)
	if err != nil {
		return nil, err
	}
	var fs []*Field
	d := starlark.NewDict(len(params))
	for _, f := range params {
		if !f.initVar {
			fs = append(fs, f)
			d.SetKey(starlark.String(f.name), f)
		}
	}
	cls.Dict[fieldsKey] = d
	cls.Dict[paramsKey] = &Params{opts}
	if opts.slots {
		if err := addSlots(cls, fs); err != nil {
			return nil, err
		}
	}
	dc := &class{cls: cls, fields: fs, params: params, frozen: opts.frozen}
	add := func(name string, fn func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)) {
		// A __hash__ of None that the class body got from defining __eq__
		// is not the class's own, as dataclasses sees it.
		if v, own := cls.Dict[name]; !own || name == "__hash__" && v == starlark.None {
			if fn == nil {
				cls.Dict[name] = starlark.None
			} else {
				cls.Dict[name] = starlark.NewBuiltin(name, fn)
			}
		}
	}
	if opts.init {
		add("__init__", dc.init)
	}
	if opts.repr {
		add("__repr__", dc.repr)
	}
	if opts.eq {
		add("__eq__", dc.eq)
	}
	if opts.order {
		for _, name := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
			if _, own := cls.Dict[name]; own {
				return nil, py.Raisef(py.TypeError, "Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering", name, cls.ClassName)
			}
			add(name, dc.order)
		}
	}
	if opts.unsafeHash || opts.eq && opts.frozen {
		add("__hash__", dc.hash)
	} else if opts.eq {
		// eq without frozen: instances are unhashable unless the class
		// body defines __hash__ itself, as in CPython.
		add("__hash__", nil)
	}
	if opts.frozen {
		add("__setattr__", dc.frozenSetattr)
		add("__delattr__", dc.frozenDelattr)
	}
	if _, own := cls.Dict["__match_args__"]; opts.matchArgs && !own {
		var names starlark.Tuple // the positional parameters of __init__, for match's class patterns
		for _, f := range params {
			if f.init && !f.kwOnly {
				names = append(names, starlark.String(f.name))
			}
		}
		cls.Dict["__match_args__"] = names
	}
	cls.Changed() // a class with instances already may have gained __init__, __setattr__
	return cls, nil
}

// addSlots is @dataclass(slots=True): the class gets __slots__ naming
// the fields its body annotates, whose defaults (which __init__ keeps)
// leave the class dict, so instances have no __dict__.
func addSlots(cls *py.Class, fs []*Field) error {
	if _, ok := cls.Dict["__slots__"]; ok {
		return py.Raisef(py.TypeError, "%s already specifies __slots__", cls.ClassName)
	}
	ann, _ := cls.Dict["__annotations__"].(*starlark.Dict)
	if ann == nil {
		ann = starlark.NewDict(0)
	}
	var names starlark.Tuple
	for _, f := range fs {
		if _, own, _ := ann.Get(starlark.String(f.name)); own {
			names = append(names, starlark.String(f.name))
			delete(cls.Dict, f.name)
		}
	}
	cls.Dict["__slots__"] = names
	return nil
}

// collectFields returns the fields of the base dataclasses, then those
// the class annotates (with its InitVar pseudo-fields), and sets each
// field's class attribute to its default (removing it when there is
// none). A field is keyword-only where field(kw_only=...) says so, else
// where @dataclass(kw_only=True) or a "_: KW_ONLY" line above it does.
func collectFields(cls *py.Class, kwOnly bool) ([]*Field, error) {
	var fs []*Field
	index := map[string]int{}
	addField := func(f *Field) {
		if i, ok := index[f.name]; ok {
			fs[i] = f
			return
		}
		index[f.name] = len(fs)
		fs = append(fs, f)
	}
	for i := len(cls.MRO) - 1; i > 0; i-- {
		if d, ok := cls.MRO[i].Dict[fieldsKey].(*starlark.Dict); ok {
			for _, kv := range d.Items() {
				addField(kv[1].(*Field))
			}
		}
	}
	ann, _ := cls.Dict["__annotations__"].(*starlark.Dict)
	if ann != nil {
		for _, kv := range ann.Items() {
			name, _ := starlark.AsString(kv[0])
			if s := annotationText(kv[1]); s == "KW_ONLY" || s == "dataclasses.KW_ONLY" {
				kwOnly = true
				delete(cls.Dict, name)
				continue
			}
			f, err := ownField(cls, name, kv[1])
			if err != nil {
				return nil, err
			}
			if f != nil {
				if !f.kwOnlySet {
					f.kwOnly = kwOnly
				}
				addField(f)
			}
		}
	}
	return fs, checkDefaults(fs)
}

// ownField makes the field for "name: typ [= default]" in cls's body, or
// nil for a ClassVar.
func ownField(cls *py.Class, name string, typ starlark.Value) (*Field, error) {
	s := annotationText(typ)
	if hasPrefix(s, "ClassVar") || hasPrefix(s, "typing.ClassVar") {
		return nil, nil
	}
	f := &Field{typ: typ, init: true, repr: true, compare: true}
	if v, ok := cls.Dict[name]; ok {
		if given, ok := v.(*Field); ok {
			copied := *given
			copied.typ = typ
			f = &copied
		} else {
			f.def = v
		}
	}
	f.name = name
	f.initVar = hasPrefix(s, "InitVar") || hasPrefix(s, "dataclasses.InitVar")
	if f.def != nil {
		cls.Dict[name] = f.def
	} else {
		delete(cls.Dict, name)
	}
	switch f.def.(type) {
	case *starlark.List, *starlark.Dict:
		return nil, py.Raisef(py.ValueError, "mutable default <class '%s'> for field %s is not allowed: use default_factory", py.TypeName(f.def), name)
	}
	if s, ok := f.def.(*builtins.Set); ok && s.Type() == "set" {
		return nil, py.Raisef(py.ValueError, "mutable default <class 'set'> for field %s is not allowed: use default_factory", name)
	}
	return f, nil
}

// annotationText is how a field's annotation reads to the checks for
// ClassVar, InitVar and KW_ONLY: a string annotation (or one spindle
// kept as source text) as it is, a value as its repr.
func annotationText(v starlark.Value) string {
	if s, ok := starlark.AsString(v); ok {
		return s
	}
	if v == kwOnlyClass {
		return "KW_ONLY"
	}
	return py.Repr(v)
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// checkDefaults reports a field without a default after one with.
func checkDefaults(fs []*Field) error {
	seenDefault := false
	for _, f := range fs {
		if !f.init || f.kwOnly {
			continue
		}
		if f.hasDefault() {
			seenDefault = true
		} else if seenDefault {
			return py.Raisef(py.TypeError, "non-default argument '%s' follows default argument", f.name)
		}
	}
	return nil
}
