// Package pickle is spindle's pickle module: dumps and loads (dump and
// load on binary files) round-trip None, bools, numbers, strs, bytes,
// bytearrays, tuples, lists, dicts, sets and frozensets (shared and
// recursive references included), exceptions, instances of script
// classes (through __reduce_ex__, __reduce__, __getnewargs__,
// __getstate__ and __setstate__ as CPython's object.__reduce_ex__
// uses them), and classes and functions by reference (their module and
// qualified name). The bytes are spindle's own, not CPython's protocol;
// objects that CPython can't pickle get its exceptions (a lambda, a
// local function, a lock, a generator), as do values of native types
// spindle does not pickle.
package pickle

// This file defines the module and its functions.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the pickle module. Members:
//
//	dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None)
//	loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=())
//	dump(obj, file, protocol=None, ...), load(file, ...)
//	HIGHEST_PROTOCOL, DEFAULT_PROTOCOL
//	PickleError, PicklingError, UnpicklingError
var Module = &core.Module{Name: "pickle", Members: starlark.StringDict{
	"dumps":            starlark.NewBuiltin("dumps", dumps),
	"loads":            starlark.NewBuiltin("loads", loads),
	"dump":             starlark.NewBuiltin("dump", dump),
	"load":             starlark.NewBuiltin("load", load),
	"HIGHEST_PROTOCOL": starlark.MakeInt(5),
	"DEFAULT_PROTOCOL": starlark.MakeInt(4),
	"PickleError":      PickleError,
	"PicklingError":    PicklingError,
	"UnpicklingError":  UnpicklingError,
}}

// The module's exceptions, _pickle's classes in CPython.
var (
	PickleError     = py.NewClass("PickleError", "_pickle", py.ExceptionClass)
	PicklingError   = py.NewClass("PicklingError", "_pickle", PickleError)
	UnpicklingError = py.NewClass("UnpicklingError", "_pickle", PickleError)
)

// protocolArg checks a protocol argument: None, or an int up to 5 (a
// negative one means the highest).
func protocolArg(p starlark.Value) error {
	if p == starlark.None {
		return nil
	}
	n, ok := p.(starlark.Int)
	if !ok {
		return py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(p))
	}
	if v, _ := n.Int64(); v > 5 {
		return py.Raise(py.ValueError, "pickle protocol must be <= 5")
	}
	return nil
}

// https://docs.python.org/3.11/library/pickle.html#pickle.dumps
func dumps(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj, protocol, fix, cb starlark.Value = nil, starlark.None, starlark.True, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "obj", &obj, "protocol?", &protocol, "fix_imports?", &fix, "buffer_callback?", &cb); err != nil {
		return nil, err
	}
	if err := protocolArg(protocol); err != nil {
		return nil, err
	}
	data, err := encode(thread, obj)
	if err != nil {
		return nil, err
	}
	return starlark.Bytes(data), nil
}

// https://docs.python.org/3.11/library/pickle.html#pickle.dump
func dump(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj, file, protocol, fix, cb starlark.Value = nil, nil, starlark.None, starlark.True, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "obj", &obj, "file", &file, "protocol?", &protocol, "fix_imports?", &fix, "buffer_callback?", &cb); err != nil {
		return nil, err
	}
	if err := protocolArg(protocol); err != nil {
		return nil, err
	}
	write, err := builtins.GetAttr(file, "write")
	if err != nil {
		return nil, py.Raise(py.TypeError, "file must have a 'write' attribute")
	}
	data, err := encode(thread, obj)
	if err != nil {
		return nil, err
	}
	_, err = starlark.Call(thread, write, starlark.Tuple{starlark.Bytes(data)}, nil)
	return starlark.None, err
}

// https://docs.python.org/3.11/library/pickle.html#pickle.loads
func loads(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var data starlark.Value
	var fix, encoding, errs, buffers starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "data", &data, "fix_imports?", &fix, "encoding?", &encoding, "errors?", &errs, "buffers?", &buffers); err != nil {
		return nil, err
	}
	var raw []byte
	switch d := data.(type) {
	case starlark.Bytes:
		raw = []byte(d)
	case *builtins.ByteArray:
		raw = append([]byte(nil), d.Bytes()...)
	default:
		return nil, py.Raisef(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(data))
	}
	v, _, err := decode(thread, raw)
	return v, err
}

// https://docs.python.org/3.11/library/pickle.html#pickle.load: one
// pickle from the file, which is left just past it when it can seek.
func load(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var file, fix, encoding, errs, buffers starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "file", &file, "fix_imports?", &fix, "encoding?", &encoding, "errors?", &errs, "buffers?", &buffers); err != nil {
		return nil, err
	}
	start, tellErr := builtins.CallMethod(thread, file, "tell", nil, nil)
	content, err := builtins.CallMethod(thread, file, "read", nil, nil)
	if err != nil {
		return nil, err
	}
	raw, ok := content.(starlark.Bytes)
	if !ok {
		return nil, py.Raisef(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(content))
	}
	v, n, err := decode(thread, []byte(raw))
	if err != nil {
		return nil, err
	}
	if s, ok := start.(starlark.Int); ok && tellErr == nil && n < len(raw) {
		pos, _ := s.Int64()
		if _, err := builtins.CallMethod(thread, file, "seek", starlark.Tuple{starlark.MakeInt64(pos + int64(n))}, nil); err != nil {
			return nil, err
		}
	}
	return v, nil
}
