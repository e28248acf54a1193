package builtins

// This file defines memoryview's methods and attributes.

import (
	"encoding/hex"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// memoryViewMethods are memoryview's methods.
var memoryViewMethods = map[string]func(m *MemoryView, args starlark.Tuple) (starlark.Value, error){
	"tobytes": func(m *MemoryView, _ starlark.Tuple) (starlark.Value, error) {
		return starlark.Bytes(m.bytes()), nil
	},
	"tolist": func(m *MemoryView, _ starlark.Tuple) (starlark.Value, error) {
		b := m.bytes()
		items := make([]starlark.Value, len(b))
		for i, c := range b {
			items[i] = starlark.MakeInt(int(c))
		}
		return starlark.NewList(items), nil
	},
	"hex": func(m *MemoryView, _ starlark.Tuple) (starlark.Value, error) {
		return starlark.String(hex.EncodeToString(m.bytes())), nil
	},
	"toreadonly": func(m *MemoryView, _ starlark.Tuple) (starlark.Value, error) {
		return &MemoryView{obj: starlark.Bytes(m.bytes()), n: m.n, step: 1}, nil
	},
	"release": func(m *MemoryView, _ starlark.Tuple) (starlark.Value, error) {
		m.released = true
		return starlark.None, nil
	},
	"__enter__": func(m *MemoryView, _ starlark.Tuple) (starlark.Value, error) {
		return m, nil
	},
	"__exit__": func(m *MemoryView, _ starlark.Tuple) (starlark.Value, error) {
		m.released = true
		return starlark.False, nil
	},
}

// methodArity is the number of arguments each method takes.
var methodArity = map[string]int{"__exit__": 3}

// Attr returns a method of m, or one of its attributes.
func (m *MemoryView) Attr(name string) (starlark.Value, error) {
	if f, ok := memoryViewMethods[name]; ok {
		return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if len(kwargs) > 0 || len(args) != methodArity[name] {
				return nil, py.Raisef(py.TypeError, "memoryview.%s() takes no arguments (%d given)", name, len(args)+len(kwargs))
			}
			if name != "release" && name != "__exit__" {
				if err := m.check(); err != nil {
					return nil, err
				}
			}
			return f(m, args)
		}), nil
	}
	if name == "obj" || name == "nbytes" || name == "readonly" || name == "itemsize" || name == "format" ||
		name == "ndim" || name == "shape" || name == "strides" || name == "contiguous" || name == "c_contiguous" || name == "f_contiguous" {
		if err := m.check(); err != nil {
			return nil, err
		}
	}
	_, readonly := m.obj.(starlark.Bytes)
	switch name {
	case "obj":
		return m.obj, nil
	case "nbytes":
		return starlark.MakeInt(m.n), nil
	case "readonly":
		return starlark.Bool(readonly), nil
	case "itemsize", "ndim":
		return starlark.MakeInt(1), nil
	case "format":
		return starlark.String("B"), nil
	case "shape":
		return starlark.Tuple{starlark.MakeInt(m.n)}, nil
	case "strides":
		return starlark.Tuple{starlark.MakeInt(m.step)}, nil
	case "contiguous", "c_contiguous", "f_contiguous":
		return starlark.Bool(m.step == 1 || m.n <= 1), nil
	}
	return nil, nil
}

// AttrNames lists memoryview's methods and attributes.
func (m *MemoryView) AttrNames() []string {
	names := []string{"c_contiguous", "contiguous", "f_contiguous", "format", "itemsize", "nbytes", "ndim", "obj", "readonly", "shape", "strides"}
	for k := range memoryViewMethods {
		names = append(names, k)
	}
	return names
}
