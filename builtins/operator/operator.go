// Package operator is spindle's operator module: the operators as
// functions (add, lt, not_, getitem, ...) and the callables itemgetter,
// attrgetter and methodcaller.
package operator

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the operator module. Members:
//
//	add sub mul truediv floordiv mod pow and_ or_ xor lshift rshift
//	eq ne lt le gt ge is_ is_not concat contains countOf getitem setitem
//	iadd isub imul itruediv ifloordiv imod iand ior ixor iconcat
//	neg pos inv invert not_ truth abs index length_hint
//	itemgetter(*items), attrgetter(*attrs), methodcaller(name, /, *args, **kwargs)
var Module = &core.Module{Name: "operator", Members: members()}

// binops maps the binary operator functions to builtins.Binop's operators.
var binops = map[string]string{
	"add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//", "mod": "%",
	"and_": "&", "or_": "|", "xor": "^", "lshift": "<<", "rshift": ">>",
	"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">=",
	"isub": "-=", "imul": "*", "itruediv": "/", "ifloordiv": "//", "imod": "%",
	"iand": "&=", "ior": "|=", "ixor": "^=", // a set is updated in place
}

// unops maps the unary operator functions to builtins.Unop's operators.
var unops = map[string]string{"neg": "-", "pos": "+", "inv": "~", "invert": "~"}

func members() starlark.StringDict {
	d := starlark.StringDict{}
	for name, op := range binops {
		d[name] = starlark.NewBuiltin(name, binary(op))
	}
	for name, op := range unops {
		d[name] = starlark.NewBuiltin(name, unary(func(x starlark.Value) (starlark.Value, error) { return builtins.Unop(op, x) }))
	}
	for name, fn := range map[string]func(x, y starlark.Value) (starlark.Value, error){
		"pow": builtins.Pow, "is_": is, "is_not": isNot, "concat": concat,
		"contains": contains, "getitem": builtins.GetItem,
	} {
		d[name] = starlark.NewBuiltin(name, binary2(fn))
	}
	for name, fn := range map[string]threadFunc{"iadd": iadd, "iconcat": iconcat, "countOf": countOf} {
		d[name] = starlark.NewBuiltin(name, binaryT(fn))
	}
	for name, fn := range map[string]func(x starlark.Value) (starlark.Value, error){
		"not_": not, "truth": truth, "abs": abs, "index": index,
	} {
		d[name] = starlark.NewBuiltin(name, unary(fn))
	}
	d["setitem"] = starlark.NewBuiltin("setitem", setitem)
	d["length_hint"] = starlark.NewBuiltin("length_hint", lengthHint)
	d["itemgetter"] = starlark.NewBuiltin("itemgetter", itemgetter)
	d["attrgetter"] = starlark.NewBuiltin("attrgetter", attrgetter)
	d["methodcaller"] = starlark.NewBuiltin("methodcaller", methodcaller)
	return d
}

type builtinFunc = func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

// exactly checks that a call passed n positional arguments, with
// CPython's message for a METH_FASTCALL function.
func exactly(name string, n int, args starlark.Tuple, kwargs []starlark.Tuple) error {
	if len(kwargs) > 0 {
		return py.Raisef(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		s := "s"
		if n == 1 {
			s = ""
		}
		return py.Raisef(py.TypeError, "%s expected %d argument%s, got %d", name, n, s, len(args))
	}
	return nil
}

// binary returns the function applying the Python operator op.
func binary(op string) builtinFunc {
	if op == "*" {
		return binaryT(mul)
	}
	return binary2(func(x, y starlark.Value) (starlark.Value, error) { return builtins.Binop(op, x, y) })
}

// mul is x * y, a repeat checked against the memory limit first.
func mul(thread *starlark.Thread, x, y starlark.Value) (starlark.Value, error) {
	if err := builtins.CheckRepeat(thread, x, y); err != nil {
		return nil, err
	}
	return builtins.Binop("*", x, y)
}

// binary2 returns the function of two arguments computing fn.
func binary2(fn func(x, y starlark.Value) (starlark.Value, error)) builtinFunc {
	return binaryT(func(_ *starlark.Thread, x, y starlark.Value) (starlark.Value, error) { return fn(x, y) })
}

type threadFunc = func(thread *starlark.Thread, x, y starlark.Value) (starlark.Value, error)

// binaryT returns the function of two arguments computing fn.
func binaryT(fn threadFunc) builtinFunc {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := exactly(b.Name(), 2, args, kwargs); err != nil {
			return nil, err
		}
		v, err := fn(thread, args[0], args[1])
		return v, pyErr(err)
	}
}

// unary returns the one-argument (METH_O) function computing fn.
func unary(fn func(x starlark.Value) (starlark.Value, error)) builtinFunc {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) != 1 || len(kwargs) > 0 {
			return nil, py.Raisef(py.TypeError, "_operator.%s() takes exactly one argument (%d given)", b.Name(), len(args)+len(kwargs))
		}
		v, err := fn(args[0])
		return v, pyErr(err)
	}
}

// pyErr turns a VM error into the Python exception a script would see.
func pyErr(err error) error {
	if err == nil {
		return nil
	}
	return py.ToException(err)
}
