package interp

// This file defines the helpers for Go functions that scripts call:
// Blocking, which runs Go code without the GIL, and Func, which wraps a
// plain Go function as a builtin.

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Blocking runs fn without holding the GIL, so that other script threads
// run while fn waits for I/O, a channel or a lock of its own. thread is
// the *starlark.Thread a builtin receives; call Blocking only from the
// goroutine running it (that is, from inside the builtin). fn must not
// touch script values: convert arguments before and results after.
//
// ctx is cancelled when the script thread is (its call's context was
// cancelled or the Interpreter closed); fn must then return promptly. In
// that case Blocking returns the cancellation error even if fn
// succeeded, and the builtin should return it. Otherwise it returns fn's
// error. If thread is not a script thread, fn runs with a background
// context.
func Blocking(thread *starlark.Thread, fn func(ctx context.Context) error) error {
	// Not StateBlocked: something outside the script can end the wait, so
	// a thread in a Go function never counts towards a deadlock.
	return core.Blocking(thread, core.StateSleeping, "Go function", fn)
}

var (
	threadType  = reflect.TypeOf((*starlark.Thread)(nil))
	contextType = reflect.TypeOf((*context.Context)(nil)).Elem()
	errorType   = reflect.TypeOf((*error)(nil)).Elem()
)

// Func wraps the Go function fn as a builtin named name, for Options.Globals,
// a module's members, or a Call argument. Its arguments are converted
// from the script's positional arguments by FromValue, and its result by
// ToValue; a conversion failure raises TypeError or OverflowError.
//
// fn's first parameter may be a *starlark.Thread, which receives the
// calling thread (fn then runs holding the GIL and may use script
// values), or a context.Context, which makes fn blocking: it runs
// through Blocking, without the GIL, so other threads run meanwhile, and
// the context is cancelled when the calling thread is. A final variadic
// parameter takes the remaining arguments. fn returns nothing, a value,
// an error, or a value and an error; a non-nil error is raised in the
// script (as itself if it is a *py.Exception, else as RuntimeError).
//
// Func panics if fn is not a function of that shape. The builtin is
// immutable and may be shared by any number of Interpreters. For full
// control over arguments, use starlark.NewBuiltin with
// starlark.UnpackArgs instead.
func Func(name string, fn any) *starlark.Builtin {
	f := newGoFunc(name, fn)
	return starlark.NewBuiltin(name, f.call)
}

// goFunc is a Go function adapted by Func.
type goFunc struct {
	name     string
	fn       reflect.Value
	ft       reflect.Type
	first    reflect.Type // threadType, contextType or nil
	params   []reflect.Type
	variadic bool
	result   bool // returns a value
	errIdx   int  // index of the error result, or -1
}

func newGoFunc(name string, fn any) *goFunc {
	fv := reflect.ValueOf(fn)
	ft := fv.Type()
	if ft.Kind() != reflect.Func || fv.IsNil() {
		panic(fmt.Sprintf("interp.Func(%q): %T is not a function", name, fn))
	}
	f := &goFunc{name: name, fn: fv, ft: ft, variadic: ft.IsVariadic(), errIdx: -1}
	for i := 0; i < ft.NumIn(); i++ {
		f.params = append(f.params, ft.In(i))
	}
	if len(f.params) > 0 && (f.params[0] == threadType || f.params[0] == contextType) {
		f.first, f.params = f.params[0], f.params[1:]
	}
	switch n := ft.NumOut(); {
	case n == 1 && ft.Out(0) == errorType:
		f.errIdx = 0
	case n == 1:
		f.result = true
	case n == 2 && ft.Out(1) == errorType:
		f.result, f.errIdx = true, 1
	case n != 0:
		panic(fmt.Sprintf("interp.Func(%q): %s must return at most a value and an error", name, ft))
	}
	return f
}

func (f *goFunc) call(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (v starlark.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			// The embedder's bug, reported as a catchable exception.
			v, err = nil, goPanic(f.name, r)
		}
	}()
	if len(kwargs) > 0 {
		return nil, py.Raisef(py.TypeError, "%s() takes no keyword arguments", f.name)
	}
	in, err := f.convertArgs(args)
	if err != nil {
		return nil, err
	}
	var out []reflect.Value
	switch f.first {
	case threadType:
		out = f.invoke(append([]reflect.Value{reflect.ValueOf(thread)}, in...))
	case contextType:
		if out, err = f.invokeBlocking(thread, in); err != nil {
			return nil, err
		}
	default:
		out = f.invoke(in)
	}
	return f.convertResult(out)
}

// invoke calls fn; reflect builds the variadic slice.
func (f *goFunc) invoke(in []reflect.Value) []reflect.Value { return f.fn.Call(in) }

// invokeBlocking calls fn through Blocking. A panic in fn is re-raised
// once the GIL is held again.
func (f *goFunc) invokeBlocking(thread *starlark.Thread, in []reflect.Value) (out []reflect.Value, err error) {
	var panicked any
	err = Blocking(thread, func(ctx context.Context) error {
		defer func() { panicked = recover() }()
		out = f.invoke(append([]reflect.Value{reflect.ValueOf(&ctx).Elem()}, in...))
		return nil
	})
	if panicked != nil {
		panic(panicked)
	}
	return out, err
}

// convertArgs converts the script's arguments to fn's parameter types.
func (f *goFunc) convertArgs(args starlark.Tuple) ([]reflect.Value, error) {
	fixed := len(f.params)
	if f.variadic {
		fixed--
	}
	if len(args) < fixed || !f.variadic && len(args) > fixed {
		return nil, f.arityError(len(args), fixed)
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		t := f.params[min(i, len(f.params)-1)]
		if i >= fixed {
			t = t.Elem() // the variadic slice's element
		}
		p := reflect.New(t).Elem()
		if err := fromValue(a, p, "", 0); err != nil {
			return nil, f.argError(i+1, err)
		}
		in[i] = p
	}
	return in, nil
}

func (f *goFunc) arityError(got, want int) error {
	switch {
	case f.variadic:
		return py.Raisef(py.TypeError, "%s() takes at least %d arguments (%d given)", f.name, want, got)
	case want == 1:
		return py.Raisef(py.TypeError, "%s() takes exactly one argument (%d given)", f.name, got)
	case want == 0:
		return py.Raisef(py.TypeError, "%s() takes no arguments (%d given)", f.name, got)
	}
	return py.Raisef(py.TypeError, "%s() takes exactly %d arguments (%d given)", f.name, want, got)
}

// argError turns a FromValue failure into TypeError or OverflowError.
func (f *goFunc) argError(n int, err error) error {
	ce, ok := err.(*convError)
	if !ok {
		return err
	}
	msg := fmt.Sprintf("%s() argument %d", f.name, n)
	if ce.path != "" {
		msg += ", at " + ce.path
	}
	cls := py.TypeError
	if strings.Contains(ce.msg, " overflows ") {
		cls = py.OverflowError
	}
	return py.Raise(cls, msg+": "+ce.msg)
}

// convertResult converts fn's results to a script value or error.
func (f *goFunc) convertResult(out []reflect.Value) (starlark.Value, error) {
	if f.errIdx >= 0 && !out[f.errIdx].IsNil() {
		err := out[f.errIdx].Interface().(error)
		if _, ok := py.AsException(err); ok {
			return nil, err
		}
		return nil, py.Raise(py.RuntimeError, err.Error())
	}
	if !f.result {
		return starlark.None, nil
	}
	v, err := toValue(out[0], 0)
	if err != nil {
		return nil, py.Raisef(py.TypeError, "%s() result: %v", f.name, err)
	}
	return v, nil
}

// protectBuiltin wraps an embedder's builtin so that a Go panic in it
// is a catchable SystemError; other values are returned unchanged.
func protectBuiltin(v starlark.Value) starlark.Value {
	b, ok := v.(*starlark.Builtin)
	if !ok || b.Receiver() != nil {
		return v
	}
	return starlark.NewBuiltin(b.Name(), func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (v starlark.Value, err error) {
		defer func() {
			if r := recover(); r != nil {
				v, err = nil, goPanic(b.Name(), r)
			}
		}()
		return b.CallInternal(thread, args, kwargs)
	})
}

// goPanic is the exception for a panic in the embedder's Go function name.
func goPanic(name string, r any) error {
	return py.Raisef(py.SystemError, "Go function %s() panicked: %v", name, r)
}
