package logging

// This file defines LoggerAdapter, which passes its calls to a logger
// after its process method (a subclass's, if it overrides it) has
// rewritten the message and keyword arguments.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// LoggerAdapterClass is logging.LoggerAdapter.
var LoggerAdapterClass = newClass("LoggerAdapter", nil, newAdapterObject)

func init() {
	LoggerAdapterClass.Generic = true // LoggerAdapter[Logger]
	LoggerAdapterClass.Dict["__init__"] = nativeInit("LoggerAdapter", newAdapterObject, func(obj starlark.Value, self *py.Instance) {
		obj.(*Adapter).self = self
	})
}

// Adapter is a LoggerAdapter(logger, extra=None).
// https://docs.python.org/3/library/logging.html#loggeradapter-objects
type Adapter struct {
	cls           *py.Class
	logger, extra starlark.Value
	self          *py.Instance // a script's subclass instance, or nil
}

func newAdapterObject(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var logger starlark.Value
	var extra starlark.Value = starlark.None
	if len(args)+len(kwargs) == 0 {
		return nil, py.Raise(py.TypeError, "LoggerAdapter.__init__() missing 1 required positional argument: 'logger'")
	}
	if err := starlark.UnpackArgs("LoggerAdapter", args, kwargs, "logger", &logger, "extra?", &extra); err != nil {
		return nil, err
	}
	return &Adapter{cls: cls, logger: logger, extra: extra}, nil
}

// receiver is the object whose methods the adapter's calls go through.
func (a *Adapter) receiver() starlark.Value {
	if a.self != nil {
		return a.self
	}
	return a
}

func (a *Adapter) String() string {
	level := "?"
	if l, ok := a.logger.(*Logger); ok {
		level = l.st.levelName(l.effectiveLevel())
	}
	name, _ := builtins.GetAttr(a.logger, "name")
	return fmt.Sprintf("<%s %s (%s)>", a.cls.ClassName, py.Str(name), level)
}
func (a *Adapter) Type() string          { return a.cls.ClassName }
func (a *Adapter) Freeze()               {}
func (a *Adapter) Truth() starlark.Bool  { return true }
func (a *Adapter) Hash() (uint32, error) { return uint32(py.Addr(a)), nil }

// PyClass returns the adapter's class.
func (a *Adapter) PyClass() *py.Class { return a.cls }

// delegated are the methods that call the logger's method of that name.
var delegated = map[string]bool{"isEnabledFor": true, "getEffectiveLevel": true, "setLevel": true, "hasHandlers": true}

// Attr implements starlark.HasAttrs.
func (a *Adapter) Attr(name string) (starlark.Value, error) {
	switch name {
	case "logger":
		return a.logger, nil
	case "extra":
		return a.extra, nil
	case "name":
		return builtins.GetAttr(a.logger, "name")
	case "process":
		return a.method(name, a.process), nil
	case "log":
		return a.method(name, a.log), nil
	}
	if level, ok := levelMethods[name]; ok {
		return a.method(name, func(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if name == "warn" {
				core.Warn(thread, "DeprecationWarning", "The 'warn' method is deprecated, use 'warning' instead")
			}
			if name == "exception" && !hasKwarg(kwargs, "exc_info") {
				kwargs = append(kwargs, starlark.Tuple{starlark.String("exc_info"), starlark.True})
			}
			if len(args) == 0 {
				return nil, py.Raisef(py.TypeError, "LoggerAdapter.%s() missing 1 required positional argument: 'msg'", name)
			}
			return builtins.CallMethod(thread, a.receiver(), "log", append(starlark.Tuple{starlark.MakeInt(level)}, args...), kwargs)
		}), nil
	}
	if delegated[name] {
		return a.method(name, func(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return builtins.CallMethod(thread, a.logger, name, args, kwargs)
		}), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (a *Adapter) AttrNames() []string {
	names := []string{"logger", "extra", "name", "process", "log"}
	for k := range levelMethods {
		names = append(names, k)
	}
	for k := range delegated {
		names = append(names, k)
	}
	return names
}

type adapterFunc = func(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

func (a *Adapter) method(name string, fn adapterFunc) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return fn(thread, args, kwargs)
	}).BindReceiver(a)
}

// process implements process(msg, kwargs): kwargs["extra"] = self.extra.
func (a *Adapter) process(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var msg, kw starlark.Value
	if err := starlark.UnpackPositionalArgs("process", args, kwargs, 2, &msg, &kw); err != nil {
		return nil, err
	}
	d, ok := kw.(starlark.HasSetKey)
	if !ok {
		return nil, py.Raisef(py.TypeError, "'%s' object does not support item assignment", py.TypeName(kw))
	}
	if err := d.SetKey(starlark.String("extra"), a.extra); err != nil {
		return nil, err
	}
	return starlark.Tuple{msg, kw}, nil
}

// log implements log(level, msg, *args, **kwargs): if the logger is
// enabled for level, process, then the logger's log.
func (a *Adapter) log(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) < 2 {
		return nil, py.Raisef(py.TypeError, "LoggerAdapter.log() missing %d required positional argument%s", 2-len(args), map[bool]string{true: "s", false: ""}[len(args) == 0])
	}
	self := a.receiver()
	on, err := builtins.CallMethod(thread, self, "isEnabledFor", args[:1], nil)
	if err != nil || !on.Truth() {
		return starlark.None, err
	}
	kw := starlark.NewDict(len(kwargs))
	for _, kv := range kwargs {
		kw.SetKey(kv[0], kv[1])
	}
	res, err := builtins.CallMethod(thread, self, "process", starlark.Tuple{args[1], kw}, nil)
	if err != nil {
		return nil, err
	}
	pair, ok := res.(starlark.Tuple)
	if !ok || len(pair) != 2 {
		return nil, py.Raise(py.TypeError, "process() must return a (msg, kwargs) pair")
	}
	m, ok := pair[1].(starlark.IterableMapping)
	if !ok {
		return nil, py.Raisef(py.TypeError, "argument after ** must be a mapping, not %s", py.TypeName(pair[1]))
	}
	var outKw []starlark.Tuple
	for _, kv := range m.Items() {
		outKw = append(outKw, starlark.Tuple{kv[0], kv[1]})
	}
	callArgs := append(starlark.Tuple{args[0], pair[0]}, args[2:]...)
	return builtins.CallMethod(thread, a.logger, "log", callArgs, outKw)
}

// hasKwarg reports whether kwargs has the keyword name.
func hasKwarg(kwargs []starlark.Tuple, name string) bool {
	for _, kv := range kwargs {
		if s, _ := starlark.AsString(kv[0]); s == name {
			return true
		}
	}
	return false
}
