package pyrt

// This file defines the runtime of generator expressions (see
// interp/parse/lower_genexp.go): abi.GenExp makes a lazy generator whose
// body is the expression's lambda, and abi.GenCall runs that lambda at
// once when a builtin consumes the whole expression (the fast path).

import (
	"errors"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// genexpName is the __name__ of a generator expression's generator and
// of its frame in tracebacks.
const genexpName = "<genexpr>"

// spGenexp implements abi.GenExp(body, it): the generator of a
// generator expression, whose body runs when it is first resumed.
func spGenexp(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 {
		return nil, py.Raise(py.SystemError, abi.GenExp+": want 2 arguments")
	}
	return newGenexp(thread, args[0], args[1])
}

func newGenexp(thread *starlark.Thread, body, it starlark.Value) (*builtins.Generator, error) {
	fn, ok := body.(*starlark.Function)
	if !ok {
		return nil, py.Raise(py.RuntimeError, "generator expression outside a script thread")
	}
	return builtins.NewGenerator(thread, genBody, starlark.Tuple{fn, it, genYield}, genexpName)
}

// spGenlist implements abi.GenList(list), a generator expression with
// an assignment expression: an iterator over the items, computed at once.
func spGenlist(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	l, ok := args[0].(*starlark.List)
	if len(args) != 1 || !ok {
		return nil, py.Raise(py.SystemError, abi.GenList+": want a list")
	}
	elems := make([]starlark.Value, l.Len())
	for i := range elems {
		elems[i] = l.Index(i)
	}
	return builtins.SliceIterator("generator", elems), nil
}

// genBody calls a generator expression's lambda on its body thread; its
// frame marks the lambda's frame as <genexpr> in tracebacks.
var genBody = starlark.NewBuiltin(abi.GenBody, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	_, err := starlark.Call(thread, args[0], args[1:], nil)
	return starlark.None, err
})

// genYield is a lazy generator expression's abi.GenFrame: it yields
// each item.
var genYield = &fastFunc{abi.GenFrame, func(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	return builtins.Yield(thread, args[0], "yield")
}}

// spGencall implements abi.GenCall(f, body, it), the call f(E for ...)
// with a generator expression as only argument.
func spGencall(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	if len(args) != 3 {
		return nil, py.Raise(py.SystemError, abi.GenCall+": want 3 arguments")
	}
	fn, body, it := args[0], args[1], args[2]
	switch consumer(fn) {
	case consumeAll:
		var items []starlark.Value
		collect := &fastFunc{abi.GenFrame, func(_ *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
			items = append(items, args[0])
			return starlark.None, nil
		}}
		if _, err := starlark.Call(thread, body, starlark.Tuple{it, collect}, nil); err != nil {
			return nil, err
		}
		return starlark.Call(thread, fn, starlark.Tuple{starlark.NewList(items)}, nil)
	case consumeAny, consumeAll2:
		return shortCircuit(thread, fn.(*starlark.Builtin).Name() == "any", body, it)
	}
	g, err := newGenexp(thread, body, it)
	if err != nil {
		return nil, err
	}
	return starlark.Call(thread, fn, starlark.Tuple{g}, nil)
}

type consumerKind int

const (
	consumeLazy consumerKind = iota
	consumeAll               // a builtin that iterates to the end, in order, with no other effect
	consumeAny               // any
	consumeAll2              // all
)

// wholeConsumers are the builtins that take every item before doing
// anything else, so that running the body first is not observable.
var wholeConsumers = map[string]bool{"sum": true, "max": true, "min": true, "sorted": true}

// consumer classifies the callee of f(E for ...).
func consumer(fn starlark.Value) consumerKind {
	switch fn := fn.(type) {
	case *starlark.Builtin:
		if fn.Receiver() == nil {
			switch name := fn.Name(); {
			case wholeConsumers[name]:
				return consumeAll
			case name == "any":
				return consumeAny
			case name == "all":
				return consumeAll2
			}
			return consumeLazy
		}
		if _, ok := fn.Receiver().(starlark.String); ok && fn.Name() == "join" {
			return consumeAll
		}
	case *py.Class:
		switch fn {
		case builtins.ListType, builtins.TupleType, builtins.SetType, builtins.FrozenSetType:
			return consumeAll
		}
	}
	return consumeLazy
}

// errStopItem is how any and all end a generator expression's body early.
var errStopItem = errors.New("generator expression short-circuited")

// shortCircuit runs any(E for ...) (isAny) or all(E for ...): the body
// stops at the first item that decides the result.
func shortCircuit(thread *starlark.Thread, isAny bool, body, it starlark.Value) (starlark.Value, error) {
	test := &fastFunc{abi.GenFrame, func(_ *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
		if bool(args[0].Truth()) == isAny {
			return nil, errStopItem
		}
		return starlark.None, nil
	}}
	_, err := starlark.Call(thread, body, starlark.Tuple{it, test}, nil)
	if errors.Is(err, errStopItem) {
		return starlark.Bool(isAny), nil
	}
	if err != nil {
		return nil, err
	}
	return starlark.Bool(!isAny), nil
}
