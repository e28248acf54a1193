package builtins

// This file defines the annotations of functions and namespaces (see
// abi.Annotate and abi.Annotation): a def's are kept as the lambda the
// front-end builds and evaluated when a script first reads
// f.__annotations__; a class body's and a module's "name: T" are
// evaluated at once. An annotation spindle can't evaluate (a typing
// construct it lacks, raising NameError, AttributeError or TypeError)
// stands as its source text rather than failing the def or class.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Annotate implements abi.Annotate(f, annotations, name, text, ...).
func Annotate(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) < 2 || len(kwargs) > 0 {
		return nil, py.Raise(py.SystemError, b.Name()+": bad arguments")
	}
	fn := scriptFunc(args[0])
	if fn == nil {
		return args[0], nil
	}
	funcFacts.Lock()
	f := factOf(fn, true)
	if d, ok := args[1].(*starlark.Dict); ok {
		f.ann = d
	} else {
		f.annThunk, f.annTexts = args[1], args[2:]
	}
	funcFacts.Unlock()
	return args[0], nil
}

// Annotation implements abi.Annotation(thunk, text).
func Annotation(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 || len(kwargs) > 0 {
		return nil, py.Raise(py.SystemError, b.Name()+": bad arguments")
	}
	v, err := starlark.Call(thread, args[0], nil, nil)
	if err != nil && unevaluable(err) {
		return args[1], nil
	}
	return v, err
}

// unevaluable reports whether err is what an annotation spindle lacks
// the means to evaluate raises.
func unevaluable(err error) bool {
	cls := py.ToException(err).Class
	return cls.IsSubclass(py.NameError) || cls.IsSubclass(py.AttributeError) || cls.IsSubclass(py.TypeError)
}

// funcAnnotations returns fn.__annotations__, evaluating its
// annotations on the first read (their texts stand for them if that
// fails, or if there is no thread to evaluate them in).
func funcAnnotations(thread *starlark.Thread, fn *starlark.Function) *starlark.Dict {
	funcFacts.Lock()
	f := factOf(fn, true)
	d, thunk, texts := f.ann, f.annThunk, f.annTexts
	funcFacts.Unlock()
	if d != nil {
		return d
	}
	if thunk != nil && thread != nil {
		if v, err := starlark.Call(thread, thunk, nil, nil); err == nil {
			d, _ = v.(*starlark.Dict)
		}
	}
	if d == nil {
		d = new(starlark.Dict)
		for i := 0; i+1 < len(texts); i += 2 {
			d.SetKey(texts[i], texts[i+1])
		}
	}
	funcFacts.Lock()
	defer funcFacts.Unlock()
	if f.ann == nil { // another thread may have read them meanwhile
		f.ann, f.annThunk, f.annTexts = d, nil, nil
	}
	return f.ann
}

// setFuncAnnotations sets fn.__annotations__ to v, a dict.
func setFuncAnnotations(fn *starlark.Function, v starlark.Value) error {
	d, ok := v.(*starlark.Dict)
	if !ok {
		return py.Raise(py.TypeError, "__annotations__ must be set to a dict object")
	}
	funcFacts.Lock()
	f := factOf(fn, true)
	f.ann, f.annThunk, f.annTexts = d, nil, nil
	funcFacts.Unlock()
	return nil
}

// funcDefaults returns fn.__defaults__, the tuple of its positional
// parameters' defaults, or with kwonly fn.__kwdefaults__, the dict of
// its keyword-only parameters' (None when there are none).
func funcDefaults(fn *starlark.Function, kwonly bool) starlark.Value {
	positional := core.PositionalParams(fn)
	if !kwonly {
		var defaults starlark.Tuple
		for i := 0; i < positional; i++ {
			if d := fn.ParamDefault(i); d != nil {
				defaults = append(defaults, d)
			}
		}
		if defaults == nil {
			return starlark.None
		}
		return defaults
	}
	d := new(starlark.Dict)
	for i := positional; i < positional+fn.NumKwonlyParams(); i++ {
		if v := fn.ParamDefault(i); v != nil {
			name, _ := fn.Param(i)
			d.SetKey(starlark.String(name), v)
		}
	}
	if d.Len() == 0 {
		return starlark.None
	}
	return d
}
