// Package logging is spindle's logging module: loggers in a dotted
// hierarchy, stream handlers and %-style formatters with CPython 3.11's
// record attributes, defaults and output. logging.handlers (handlers.py)
// and logging.config (config.py: dictConfig) are written in Python.
package logging

// This file defines the module table, the per-Interpreter state and the
// module-level functions.

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	gotime "time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// The standard levels.
const (
	NOTSET   = 0
	DEBUG    = 10
	INFO     = 20
	WARNING  = 30
	ERROR    = 40
	CRITICAL = 50
)

// BasicFormat is the format basicConfig uses by default.
const BasicFormat = "%(levelname)s:%(name)s:%(message)s"

// Handlers is the source of logging.handlers: QueueHandler,
// QueueListener, BufferingHandler and MemoryHandler.
//
//go:embed handlers.py
var Handlers string

// Module is the logging module. Loggers are per Interpreter. Members:
//
//	basicConfig(*, level, format, datefmt, style, stream, handlers, force)
//	getLogger(name=None), root
//	debug, info, warning, warn, error, exception, critical, fatal (msg, *args, **kwargs)
//	log(level, msg, *args, **kwargs)
//	getLevelName(level), addLevelName(level, name), getLevelNamesMapping()
//	disable(level=CRITICAL), shutdown(), captureWarnings(capture)
//	Logger, RootLogger, Handler, StreamHandler, FileHandler, NullHandler, Formatter, LogRecord
//	makeLogRecord(dict)
//	Filter(name=''), LoggerAdapter(logger, extra=None)
//	CRITICAL, FATAL, ERROR, WARNING, WARN, INFO, DEBUG, NOTSET, BASIC_FORMAT
var Module = &core.Module{Name: "logging", Members: members()}

func members() starlark.StringDict {
	m := starlark.StringDict{
		"CRITICAL":             starlark.MakeInt(CRITICAL),
		"FATAL":                starlark.MakeInt(CRITICAL),
		"ERROR":                starlark.MakeInt(ERROR),
		"WARNING":              starlark.MakeInt(WARNING),
		"WARN":                 starlark.MakeInt(WARNING),
		"INFO":                 starlark.MakeInt(INFO),
		"DEBUG":                starlark.MakeInt(DEBUG),
		"NOTSET":               starlark.MakeInt(NOTSET),
		"BASIC_FORMAT":         starlark.String(BasicFormat),
		"basicConfig":          starlark.NewBuiltin("basicConfig", basicConfig),
		"getLogger":            starlark.NewBuiltin("getLogger", getLogger),
		"root":                 rootValue{},
		"log":                  starlark.NewBuiltin("log", moduleLog),
		"getLevelName":         starlark.NewBuiltin("getLevelName", getLevelName),
		"addLevelName":         starlark.NewBuiltin("addLevelName", addLevelName),
		"getLevelNamesMapping": starlark.NewBuiltin("getLevelNamesMapping", getLevelNamesMapping),
		"disable":              starlark.NewBuiltin("disable", disable),
		"shutdown":             starlark.NewBuiltin("shutdown", shutdown),
		"Logger":               LoggerClass,
		"RootLogger":           RootLoggerClass,
		"Handler":              HandlerClass,
		"StreamHandler":        StreamHandlerClass,
		"FileHandler":          FileHandlerClass,
		"NullHandler":          NullHandlerClass,
		"Formatter":            FormatterClass,
		"LogRecord":            LogRecordClass,
		"makeLogRecord":        starlark.NewBuiltin("makeLogRecord", makeLogRecord),
		"Filter":               FilterClass,
		"LoggerAdapter":        LoggerAdapterClass,
		"captureWarnings":      starlark.NewBuiltin("captureWarnings", captureWarnings),
	}
	for name, level := range map[string]int{"debug": DEBUG, "info": INFO, "warning": WARNING, "warn": WARNING,
		"error": ERROR, "exception": ERROR, "critical": CRITICAL, "fatal": CRITICAL} {
		m[name] = starlark.NewBuiltin(name, moduleLevel(level))
	}
	return m
}

// state is one Interpreter's logging state, guarded by its GIL.
type state struct {
	root    *Logger
	loggers map[string]*Logger
	order   []string                // loggerDict's keys: loggers' and placeholders' names
	holders map[string]*PlaceHolder // the placeholders of loggerDict
	manager *Manager
	start   gotime.Time
	disable int
	names   map[int]string // level -> name
	levels  map[string]int // name -> level
}

type stateKey struct{}

func newState() any {
	s := &state{loggers: map[string]*Logger{}, holders: map[string]*PlaceHolder{}, start: gotime.Now(),
		names:  map[int]string{CRITICAL: "CRITICAL", ERROR: "ERROR", WARNING: "WARNING", INFO: "INFO", DEBUG: "DEBUG", NOTSET: "NOTSET"},
		levels: map[string]int{"CRITICAL": CRITICAL, "FATAL": CRITICAL, "ERROR": ERROR, "WARN": WARNING, "WARNING": WARNING, "INFO": INFO, "DEBUG": DEBUG, "NOTSET": NOTSET},
	}
	s.root = newLogger(s, "root", WARNING)
	s.manager = &Manager{s}
	return s
}

// stateOf returns the logging state of thread's Interpreter. Without a
// Runtime (a bare starlark.Thread), the thread holds it.
func stateOf(thread *starlark.Thread) *state {
	if rt := core.RuntimeOf(thread); rt != nil {
		return rt.ModuleState(stateKey{}, newState).(*state)
	}
	if s, ok := thread.Local("spindle.logging").(*state); ok {
		return s
	}
	s := newState().(*state)
	thread.SetLocal("spindle.logging", s)
	return s
}

// rootValue is the module's root member, replaced per Interpreter.
type rootValue struct{}

func (rootValue) String() string        { return "<RootLogger root (WARNING)>" }
func (rootValue) Type() string          { return "RootLogger" }
func (rootValue) Freeze()               {}
func (rootValue) Truth() starlark.Bool  { return true }
func (rootValue) Hash() (uint32, error) { return 0, nil }

// ForRuntime implements core.RuntimeBound: the Interpreter's root logger.
func (rootValue) ForRuntime(rt *core.Runtime) starlark.Value {
	return rt.ModuleState(stateKey{}, newState).(*state).root
}

// levelName is getLevelName for an int level.
func (s *state) levelName(level int) string {
	if n, ok := s.names[level]; ok {
		return n
	}
	return fmt.Sprintf("Level %d", level)
}

// checkLevel converts a level argument (int or level name) to an int.
func (s *state) checkLevel(v starlark.Value) (int, error) {
	switch v := v.(type) {
	case starlark.Int:
		n, err := starlark.AsInt32(v)
		return n, err
	case starlark.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case starlark.String:
		if n, ok := s.levels[string(v)]; ok {
			return n, nil
		}
		return 0, py.Raisef(py.ValueError, "Unknown level: %s", py.Repr(v))
	}
	return 0, py.Raisef(py.TypeError, "Level not an integer or a valid string: %s", py.Repr(v))
}

// getLogger implements getLogger(name=None).
// https://docs.python.org/3/library/logging.html#logging.getLogger
func getLogger(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "name?", &name); err != nil {
		return nil, err
	}
	s := stateOf(thread)
	if name == starlark.None || !name.Truth() {
		return s.root, nil
	}
	str, ok := name.(starlark.String)
	if !ok {
		return nil, py.Raise(py.TypeError, "A logger name must be a string")
	}
	if string(str) == "root" {
		return s.root, nil
	}
	return s.logger(string(str)), nil
}

// logger returns the named logger, creating it and fixing up the
// hierarchy as CPython's Manager does.
func (s *state) logger(name string) *Logger {
	if l, ok := s.loggers[name]; ok {
		return l
	}
	l := newLogger(s, name, NOTSET)
	s.register(name)
	s.loggers[name] = l
	l.parent = s.root
	for i := strings.LastIndexByte(name, '.'); i > 0; i = strings.LastIndexByte(name[:i], '.') {
		if p, ok := s.loggers[name[:i]]; ok {
			l.parent = p
			break
		}
	}
	for n, c := range s.loggers {
		if strings.HasPrefix(n, name+".") && !strings.HasPrefix(c.parent.name, name) {
			c.parent = l
		}
	}
	return l
}

// moduleLevel returns a module-level function such as info: it runs
// basicConfig() when the root logger has no handlers, then logs on root.
func moduleLevel(level int) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		s := stateOf(thread)
		if b.Name() == "warn" {
			core.Warn(thread, "DeprecationWarning", "The 'warn' function is deprecated, use 'warning' instead")
		}
		if s.root.handlers.Len() == 0 {
			if err := s.configure(thread, nil); err != nil {
				return nil, err
			}
		}
		return s.root.logCall(thread, b.Name(), level, args, kwargs)
	}
}

// moduleLog implements log(level, msg, *args, **kwargs).
func moduleLog(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s := stateOf(thread)
	if s.root.handlers.Len() == 0 {
		if err := s.configure(thread, nil); err != nil {
			return nil, err
		}
	}
	return loggerLog(thread, b, s.root, args, kwargs)
}

// getLevelName implements getLevelName(level).
// https://docs.python.org/3/library/logging.html#logging.getLevelName
func getLevelName(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var level starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &level); err != nil {
		return nil, err
	}
	s := stateOf(thread)
	if n, err := starlark.AsInt32(level); err == nil {
		if name, ok := s.names[n]; ok {
			return starlark.String(name), nil
		}
	}
	if str, ok := level.(starlark.String); ok {
		if n, ok := s.levels[string(str)]; ok {
			return starlark.MakeInt(n), nil
		}
	}
	return starlark.String("Level " + py.Str(level)), nil
}

// addLevelName implements addLevelName(level, levelName).
func addLevelName(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var level int
	var name string
	if err := core.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &level, &name); err != nil {
		return nil, err
	}
	s := stateOf(thread)
	s.names[level] = name
	s.levels[name] = level
	return starlark.None, nil
}

// getLevelNamesMapping implements getLevelNamesMapping().
func getLevelNamesMapping(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	s := stateOf(thread)
	names := make([]string, 0, len(s.levels))
	for k := range s.levels {
		names = append(names, k)
	}
	order := map[string]int{"CRITICAL": 0, "FATAL": 1, "ERROR": 2, "WARN": 3, "WARNING": 4, "INFO": 5, "DEBUG": 6, "NOTSET": 7}
	sort.Slice(names, func(i, j int) bool {
		oi, ok1 := order[names[i]]
		oj, ok2 := order[names[j]]
		if ok1 && ok2 {
			return oi < oj
		}
		return ok1 || (!ok2 && names[i] < names[j])
	})
	d := starlark.NewDict(len(names))
	for _, k := range names {
		d.SetKey(starlark.String(k), starlark.MakeInt(s.levels[k]))
	}
	return d, nil
}

// disable implements disable(level=CRITICAL).
func disable(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var level starlark.Value = starlark.MakeInt(CRITICAL)
	if err := core.UnpackArgs(b.Name(), args, kwargs, "level?", &level); err != nil {
		return nil, err
	}
	s := stateOf(thread)
	n, err := s.checkLevel(level)
	if err != nil {
		return nil, err
	}
	s.disable = n
	return starlark.None, nil
}

// shutdown implements shutdown(): handlers write whole records, so there
// is nothing to flush.
func shutdown(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.None, nil
}
