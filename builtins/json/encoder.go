package json

// This file defines json.JSONEncoder, whose subclasses override
// default (or encode), and dumps(obj, cls=...), which encodes with an
// instance of such a class.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// encoderClass is json.JSONEncoder. Its methods live in its dict, so
// that a subclass's default is the one encode calls.
var encoderClass = func() *py.Class {
	c := py.NewClass("JSONEncoder", "json.encoder")
	c.Dict["item_separator"] = starlark.String(", ")
	c.Dict["key_separator"] = starlark.String(": ")
	c.Dict["__init__"] = starlark.NewBuiltin("__init__", encoderInit)
	c.Dict["default"] = starlark.NewBuiltin("default", encoderDefault)
	c.Dict["encode"] = starlark.NewBuiltin("encode", encoderEncode)
	c.Dict["iterencode"] = starlark.NewBuiltin("iterencode", encoderIterencode)
	return c
}()

// encoderInit implements JSONEncoder.__init__(self, *, skipkeys=False,
// ensure_ascii=True, check_circular=True, allow_nan=True,
// sort_keys=False, indent=None, separators=None, default=None).
func encoderInit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return nil, py.Raisef(py.TypeError, "JSONEncoder.__init__() takes 1 positional argument but %d were given", len(args))
	}
	self, ok := args[0].(starlark.HasSetField)
	if !ok {
		return nil, py.Raise(py.TypeError, "JSONEncoder.__init__() needs an instance")
	}
	var skipkeys, checkCircular, allowNaN, sortKeys starlark.Value = starlark.False, starlark.True, starlark.True, starlark.False
	var ascii starlark.Value = starlark.True
	var indent, separators, def starlark.Value = starlark.None, starlark.None, starlark.None
	if err := starlark.UnpackArgs("JSONEncoder.__init__", nil, kwargs, "skipkeys?", &skipkeys, "ensure_ascii?", &ascii,
		"check_circular?", &checkCircular, "allow_nan?", &allowNaN, "sort_keys?", &sortKeys, "indent?", &indent,
		"separators?", &separators, "default?", &def); err != nil {
		return nil, err
	}
	set := map[string]starlark.Value{"skipkeys": skipkeys, "ensure_ascii": ascii, "check_circular": checkCircular,
		"allow_nan": allowNaN, "sort_keys": sortKeys, "indent": indent}
	if separators != starlark.None {
		e := &encoder{}
		if err := e.setSeparators(separators); err != nil {
			return nil, err
		}
		set["item_separator"], set["key_separator"] = starlark.String(e.itemSep), starlark.String(e.keySep)
	} else if indent != starlark.None {
		set["item_separator"] = starlark.String(",")
	}
	if def != starlark.None {
		set["default"] = def
	}
	for _, k := range []string{"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "item_separator", "key_separator", "default"} {
		if v, ok := set[k]; ok {
			if err := self.SetField(k, v); err != nil {
				return nil, err
			}
		}
	}
	return starlark.None, nil
}

// encoderDefault implements JSONEncoder.default(self, o): TypeError.
func encoderDefault(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var self, o starlark.Value
	if err := starlark.UnpackPositionalArgs("default", args, kwargs, 2, &self, &o); err != nil {
		return nil, err
	}
	return nil, py.Raisef(py.TypeError, "Object of type %s is not JSON serializable", py.TypeName(o))
}

// encoderEncode implements JSONEncoder.encode(self, o), with the
// options __init__ stored and the instance's default.
func encoderEncode(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var self, o starlark.Value
	if err := starlark.UnpackPositionalArgs("encode", args, kwargs, 2, &self, &o); err != nil {
		return nil, err
	}
	attr := func(name string) starlark.Value {
		if h, ok := self.(starlark.HasAttrs); ok {
			if v, err := h.Attr(name); err == nil && v != nil {
				return v
			}
		}
		return starlark.None
	}
	e := &encoder{thread: thread, ascii: bool(attr("ensure_ascii").Truth()), sortKeys: bool(attr("sort_keys").Truth())}
	if err := e.setIndent(attr("indent"), o); err != nil {
		return nil, err
	}
	e.itemSep, _ = starlark.AsString(attr("item_separator"))
	e.keySep, _ = starlark.AsString(attr("key_separator"))
	e.defaultFn = attr("default")
	if err := e.encode(o, 0); err != nil {
		return nil, err
	}
	return starlark.String(e.b.String()), nil
}

// encoderIterencode implements JSONEncoder.iterencode(self, o): the
// encoding, in one chunk.
func encoderIterencode(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := encoderEncode(thread, b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return starlark.NewList([]starlark.Value{s}), nil
}

// dumpsWith implements dumps(obj, cls=cls, **kw): cls(**kw).encode(obj).
func dumpsWith(thread *starlark.Thread, cls, obj starlark.Value, kwargs []starlark.Tuple) (starlark.Value, error) {
	inst, err := starlark.Call(thread, cls, nil, withoutKey(withoutKey(kwargs, "cls"), "obj"))
	if err != nil {
		return nil, err
	}
	h, ok := inst.(starlark.HasAttrs)
	if !ok {
		return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute 'encode'", py.TypeName(inst))
	}
	encode, err := h.Attr("encode")
	if err != nil || encode == nil {
		return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute 'encode'", py.TypeName(inst))
	}
	return starlark.Call(thread, encode, starlark.Tuple{obj}, nil)
}

func init() { encoderClass.Ext = &py.NativeClass{New: newEncoder} }

// encoderObject is an instance of JSONEncoder itself; a subclass's
// instances are the script's own.
type encoderObject struct {
	attrs py.AttrDict
}

var (
	_ starlark.HasAttrs    = (*encoderObject)(nil)
	_ starlark.HasSetField = (*encoderObject)(nil)
)

// newEncoder implements JSONEncoder(**options).
func newEncoder(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	o := &encoderObject{}
	if _, err := encoderInit(thread, nil, append(starlark.Tuple{o}, args...), kwargs); err != nil {
		return nil, err
	}
	return o, nil
}

func (o *encoderObject) String() string {
	return fmt.Sprintf("<json.encoder.JSONEncoder object at %#x>", py.Addr(o))
}
func (o *encoderObject) Type() string          { return "JSONEncoder" }
func (o *encoderObject) Freeze()               {}
func (o *encoderObject) Truth() starlark.Bool  { return true }
func (o *encoderObject) Hash() (uint32, error) { return uint32(py.Addr(o)), nil }
func (o *encoderObject) PyClass() *py.Class    { return encoderClass }

// Attr returns an attribute set on o, else one of JSONEncoder's.
func (o *encoderObject) Attr(name string) (starlark.Value, error) {
	if v, ok := o.attrs.Get(name); ok {
		return v, nil
	}
	v, ok := encoderClass.Dict[name]
	if !ok {
		return nil, nil
	}
	if b, isMethod := v.(*starlark.Builtin); isMethod {
		return &py.BoundMethod{Self: o, Fn: b, Class: encoderClass}, nil
	}
	return v, nil
}

// AttrNames lists o's attributes.
func (o *encoderObject) AttrNames() []string {
	names := append([]string(nil), o.attrs.Names()...)
	for k := range encoderClass.Dict {
		names = append(names, k)
	}
	return names
}

// SetField sets an attribute of o.
func (o *encoderObject) SetField(name string, v starlark.Value) error { return o.attrs.Set(name, v) }
