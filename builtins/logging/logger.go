package logging

// This file defines Logger: levels, the hierarchy, the logging methods
// and how records reach handlers.

import (
	"fmt"
	"sort"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// LoggerClass and RootLoggerClass are logging.Logger and logging.RootLogger.
var (
	LoggerClass     = newClass("Logger", nil, newLoggerObject)
	RootLoggerClass = newClass("RootLogger", LoggerClass, nil)
)

func newClass(name string, base *py.Class, fn func(*starlark.Thread, *py.Class, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)) *py.Class {
	var c *py.Class
	if base == nil {
		c = py.NewClass(name, "logging")
	} else {
		c = py.NewClass(name, "logging", base)
	}
	if fn != nil {
		c.Ext = &py.NativeClass{New: fn}
	}
	return c
}

// Logger is a logging.Logger. Its fields are guarded by the GIL of the
// Interpreter that owns it.
type Logger struct {
	st        *state
	name      string
	level     int
	parent    *Logger // nil for root
	propagate bool
	disabled  bool
	handlers  *starlark.List
	filters   filterer
	attrs     py.AttrDict // what scripts set
}

var _ starlark.HasSetField = (*Logger)(nil)

func newLogger(s *state, name string, level int) *Logger {
	return &Logger{st: s, name: name, level: level, propagate: true, handlers: starlark.NewList(nil)}
}

// newLoggerObject implements Logger(name, level=NOTSET): a logger
// outside the hierarchy.
func newLoggerObject(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	var level starlark.Value = starlark.MakeInt(NOTSET)
	if err := core.UnpackArgs("Logger", args, kwargs, "name", &name, "level?", &level); err != nil {
		return nil, err
	}
	s := stateOf(thread)
	n, err := s.checkLevel(level)
	if err != nil {
		return nil, err
	}
	return newLogger(s, name, n), nil
}

func (l *Logger) isRoot() bool { return l == l.st.root }

// PyClass returns Logger or RootLogger.
func (l *Logger) PyClass() *py.Class {
	if l.isRoot() {
		return RootLoggerClass
	}
	return LoggerClass
}

func (l *Logger) String() string {
	return fmt.Sprintf("<%s %s (%s)>", l.PyClass().ClassName, l.name, l.st.levelName(l.effectiveLevel()))
}
func (l *Logger) Type() string          { return l.PyClass().ClassName }
func (l *Logger) Freeze()               {}
func (l *Logger) Truth() starlark.Bool  { return true }
func (l *Logger) Hash() (uint32, error) { return uint32(py.Addr(l)), nil }

func (l *Logger) effectiveLevel() int {
	for x := l; x != nil; x = x.parent {
		if x.level != NOTSET {
			return x.level
		}
	}
	return NOTSET
}

func (l *Logger) isEnabledFor(level int) bool {
	if l.disabled || l.st.disable >= level {
		return false
	}
	return level >= l.effectiveLevel()
}

func (l *Logger) addHandler(h starlark.Value) {
	for i := 0; i < l.handlers.Len(); i++ {
		if l.handlers.Index(i) == h {
			return
		}
	}
	l.handlers.Append(h)
}

type loggerMethod func(thread *starlark.Thread, b *starlark.Builtin, l *Logger, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

var loggerMethods = map[string]loggerMethod{
	"log":               loggerLog,
	"setLevel":          loggerSetLevel,
	"getEffectiveLevel": loggerGetEffectiveLevel,
	"isEnabledFor":      loggerIsEnabledFor,
	"addHandler":        loggerAddHandler,
	"removeHandler":     loggerRemoveHandler,
	"hasHandlers":       loggerHasHandlers,
	"getChild":          loggerGetChild,
}

var levelMethods = map[string]int{"debug": DEBUG, "info": INFO, "warning": WARNING, "warn": WARNING,
	"error": ERROR, "exception": ERROR, "critical": CRITICAL, "fatal": CRITICAL}

// Attr implements starlark.HasAttrs.
func (l *Logger) Attr(name string) (starlark.Value, error) {
	if v, ok := l.attrs.Get(name); ok {
		return v, nil
	}
	switch name {
	case "name":
		return starlark.String(l.name), nil
	case "level":
		return starlark.MakeInt(l.level), nil
	case "parent":
		if l.parent == nil {
			return starlark.None, nil
		}
		return l.parent, nil
	case "propagate":
		return starlark.Bool(l.propagate), nil
	case "disabled":
		return starlark.Bool(l.disabled), nil
	case "handlers":
		return l.handlers, nil
	case "root":
		return l.st.root, nil
	case "manager":
		return l.st.manager, nil
	case "filters":
		return l.filters.value(), nil
	}
	if m := filtererMethod(&l.filters, name); m != nil {
		return m.(*starlark.Builtin).BindReceiver(l), nil
	}
	if level, ok := levelMethods[name]; ok {
		return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if name == "warn" {
				core.Warn(thread, "DeprecationWarning", "The 'warn' method is deprecated, use 'warning' instead")
			}
			return l.logCall(thread, name, level, args, kwargs)
		}).BindReceiver(l), nil
	}
	if m, ok := loggerMethods[name]; ok {
		return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return m(thread, b, l, args, kwargs)
		}).BindReceiver(l), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (l *Logger) AttrNames() []string {
	names := []string{"name", "level", "parent", "propagate", "disabled", "handlers", "root", "manager", "filters", "addFilter", "removeFilter", "filter"}
	for k := range levelMethods {
		names = append(names, k)
	}
	for k := range loggerMethods {
		names = append(names, k)
	}
	names = append(names, l.attrs.Names()...)
	sort.Strings(names)
	return names
}

// DelField implements del l.name for a script's attribute.
func (l *Logger) DelField(name string) error { return l.attrs.Delete(l, name) }

// SetField implements starlark.HasSetField.
func (l *Logger) SetField(name string, v starlark.Value) error {
	switch name {
	case "propagate":
		l.propagate = bool(v.Truth())
	case "disabled":
		l.disabled = bool(v.Truth())
	case "name":
		l.name = py.Str(v)
	case "level":
		n, err := starlark.AsInt32(v)
		if err != nil {
			return err
		}
		l.level = n
	case "handlers":
		list, ok := v.(*starlark.List)
		if !ok {
			return py.Raisef(py.TypeError, "handlers must be a list, not %s", py.TypeName(v))
		}
		l.handlers = list
	default:
		return l.attrs.Set(name, v)
	}
	return nil
}

func loggerLog(thread *starlark.Thread, b *starlark.Builtin, l *Logger, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) < 2 {
		return nil, py.Raisef(py.TypeError, "Logger.log() missing %d required positional argument%s", 2-len(args), map[bool]string{true: "s", false: ""}[len(args) == 0])
	}
	level, ok := args[0].(starlark.Int)
	if !ok {
		return nil, py.Raise(py.TypeError, "level must be an integer")
	}
	n, err := starlark.AsInt32(level)
	if err != nil {
		return nil, err
	}
	return l.logCall(thread, "log", n, args[1:], kwargs)
}

func loggerSetLevel(thread *starlark.Thread, b *starlark.Builtin, l *Logger, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var level starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &level); err != nil {
		return nil, err
	}
	n, err := l.st.checkLevel(level)
	if err != nil {
		return nil, err
	}
	l.level = n
	return starlark.None, nil
}

func loggerGetEffectiveLevel(thread *starlark.Thread, b *starlark.Builtin, l *Logger, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.MakeInt(l.effectiveLevel()), nil
}

func loggerIsEnabledFor(thread *starlark.Thread, b *starlark.Builtin, l *Logger, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var level int
	if err := core.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &level); err != nil {
		return nil, err
	}
	return starlark.Bool(l.isEnabledFor(level)), nil
}

func loggerAddHandler(thread *starlark.Thread, b *starlark.Builtin, l *Logger, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var h starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &h); err != nil {
		return nil, err
	}
	l.addHandler(h)
	return starlark.None, nil
}

func loggerRemoveHandler(thread *starlark.Thread, b *starlark.Builtin, l *Logger, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var h starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &h); err != nil {
		return nil, err
	}
	for i := 0; i < l.handlers.Len(); i++ {
		if l.handlers.Index(i) == h {
			rest := make([]starlark.Value, 0, l.handlers.Len()-1)
			for j := 0; j < l.handlers.Len(); j++ {
				if j != i {
					rest = append(rest, l.handlers.Index(j))
				}
			}
			l.handlers.Clear()
			for _, x := range rest {
				l.handlers.Append(x)
			}
			break
		}
	}
	return starlark.None, nil
}

func loggerHasHandlers(thread *starlark.Thread, b *starlark.Builtin, l *Logger, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	for x := l; x != nil; x = x.parent {
		if x.handlers.Len() > 0 {
			return starlark.True, nil
		}
		if !x.propagate {
			break
		}
	}
	return starlark.False, nil
}

func loggerGetChild(thread *starlark.Thread, b *starlark.Builtin, l *Logger, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var suffix string
	if err := core.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &suffix); err != nil {
		return nil, err
	}
	if !l.isRoot() {
		suffix = l.name + "." + suffix
	}
	return l.st.logger(suffix), nil
}
