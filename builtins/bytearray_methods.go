package builtins

// This file defines the methods of bytearray that bytes lacks (append,
// pop, insert...); it shares the others with bytes (bytesmethods.go).

import (
	"bytes"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

var byteArrayMethods = map[string]method{
	"append":  byteArrayAppend,
	"extend":  byteArrayExtend,
	"pop":     byteArrayPop,
	"insert":  byteArrayInsert,
	"remove":  byteArrayRemove,
	"clear":   byteArrayNoArgs("clear", func(a *ByteArray) starlark.Value { a.b = a.b[:0]; return starlark.None }),
	"copy":    byteArrayNoArgs("copy", func(a *ByteArray) starlark.Value { return NewByteArray(a.b) }),
	"reverse": byteArrayNoArgs("reverse", byteArrayReverse),
	"decode":  byteArrayDecode,
	"fromhex": func(thread *starlark.Thread, _ starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return byteArrayFromhex(thread, nil, args, kwargs)
	},
	"__delitem__": byteArrayDelitem,
}

// byteArrayMethod returns the method name of bytearray: its own, else
// the bytes method (bytesmethods.go), which returns bytearrays for it.
func byteArrayMethod(name string) method {
	if m := byteArrayMethods[name]; m != nil {
		return m
	}
	return bytesMethods[name]
}

// byteArrayFromhex implements the class method bytearray.fromhex(string).
func byteArrayFromhex(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := clinicArgs(&ByteArray{}, "fromhex", args, kwargs, 1, 1); err != nil {
		return nil, err
	}
	v, err := bytesFromhex(thread, b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return &ByteArray{b: []byte(v.(starlark.Bytes))}, nil
}

// Attr returns a bound method of a.
func (a *ByteArray) Attr(name string) (starlark.Value, error) {
	m := byteArrayMethod(name)
	if m == nil {
		return nil, nil
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return m(thread, b.Receiver(), args, kwargs)
	}).BindReceiver(a), nil
}

// AttrNames implements starlark.HasAttrs.
func (a *ByteArray) AttrNames() []string {
	names := make([]string, 0, len(byteArrayMethods))
	for k := range byteArrayMethods {
		names = append(names, k)
	}
	return names
}

func byteArrayAppend(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs("append", args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	c, err := byteValue(v)
	if err != nil {
		return nil, err
	}
	a := recv.(*ByteArray)
	a.b = append(a.b, c)
	return starlark.None, nil
}

func byteArrayExtend(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs("extend", args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	if s, ok := v.(starlark.String); ok { // iterated, its first str fails
		if s == "" {
			return starlark.None, nil
		}
		return nil, py.Raise(py.TypeError, "'str' object cannot be interpreted as an integer")
	}
	if _, ok := v.(starlark.Iterable); !ok {
		if _, ok := BytesLike(v); !ok {
			return nil, py.Raisef(py.TypeError, "can't extend bytearray with %s", py.TypeName(v))
		}
	}
	b, err := bytesSource(thread, "bytearray", v)
	if err != nil {
		return nil, err
	}
	a := recv.(*ByteArray)
	a.b = append(a.b, b...)
	return starlark.None, nil
}

func byteArrayPop(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iv starlark.Value = starlark.MakeInt(-1)
	if err := starlark.UnpackPositionalArgs("pop", args, kwargs, 0, &iv); err != nil {
		return nil, err
	}
	a := recv.(*ByteArray)
	if len(a.b) == 0 {
		return nil, py.Raise(py.IndexError, "pop from empty bytearray")
	}
	i, err := a.index(iv)
	if err != nil {
		if e, ok := py.AsException(err); ok && e.Class == py.IndexError {
			return nil, py.Raise(py.IndexError, "pop index out of range")
		}
		return nil, err
	}
	c := a.b[i]
	a.b = append(a.b[:i], a.b[i+1:]...)
	return starlark.MakeInt(int(c)), nil
}

func byteArrayInsert(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iv, v starlark.Value
	if err := starlark.UnpackPositionalArgs("insert", args, kwargs, 2, &iv, &v); err != nil {
		return nil, err
	}
	idx, ok := boolToInt(iv).(starlark.Int)
	if !ok {
		return nil, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(iv))
	}
	c, err := byteValue(v)
	if err != nil {
		return nil, err
	}
	a := recv.(*ByteArray)
	i, _ := idx.Int64()
	if i < 0 {
		i = max(i+int64(len(a.b)), 0)
	}
	i = min(i, int64(len(a.b)))
	a.b = append(a.b[:i], append([]byte{c}, a.b[i:]...)...)
	return starlark.None, nil
}

// byteArrayDelitem implements del a[i].
func byteArrayDelitem(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var k starlark.Value
	if err := starlark.UnpackPositionalArgs("__delitem__", args, kwargs, 1, &k); err != nil {
		return nil, err
	}
	a := recv.(*ByteArray)
	i, err := a.index(k)
	if err != nil {
		return nil, err
	}
	a.b = append(a.b[:i], a.b[i+1:]...)
	return starlark.None, nil
}

func byteArrayRemove(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs("remove", args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	c, err := byteValue(v)
	if err != nil {
		return nil, err
	}
	a := recv.(*ByteArray)
	i := bytes.IndexByte(a.b, c)
	if i < 0 {
		return nil, py.Raise(py.ValueError, "value not found in bytearray")
	}
	a.b = append(a.b[:i], a.b[i+1:]...)
	return starlark.None, nil
}

// byteArrayNoArgs is a method without arguments.
func byteArrayNoArgs(name string, fn func(a *ByteArray) starlark.Value) method {
	return func(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := py.NoArgsC("bytearray", name, args, kwargs); err != nil {
			return nil, err
		}
		return fn(recv.(*ByteArray)), nil
	}
}

func byteArrayReverse(a *ByteArray) starlark.Value {
	for i, j := 0, len(a.b)-1; i < j; i, j = i+1, j-1 {
		a.b[i], a.b[j] = a.b[j], a.b[i]
	}
	return starlark.None
}

func byteArrayDecode(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return bytesDecode(thread, starlark.Bytes(recv.(*ByteArray).b), args, kwargs)
}
