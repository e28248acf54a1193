package logging

// This file defines LogRecord and the path of a logging call: the
// caller's frame, the record, and the handlers that see it.

import (
	"path/filepath"
	"sort"
	"strings"
	gotime "time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// LogRecordClass is logging.LogRecord.
var LogRecordClass = newClass("LogRecord", nil, newLogRecordObject)

// LogRecord is one logged event. Its attributes are guarded by the GIL.
type LogRecord struct {
	dict    *starlark.Dict // its __dict__: the attributes, in CPython's order
	created gotime.Time
}

// get returns attribute name, None if the record has none.
func (r *LogRecord) get(name string) starlark.Value {
	v, _, _ := r.dict.Get(starlark.String(name))
	return v
}

// set sets attribute name.
func (r *LogRecord) set(name string, v starlark.Value) {
	r.dict.SetKey(starlark.String(name), v) // a str key: no error
}

var _ starlark.HasSetField = (*LogRecord)(nil)

// recordInfo is what a record is made from.
type recordInfo struct {
	name     string
	level    int
	path     string
	line     int
	funcName string
	msg      starlark.Value
	args     starlark.Tuple
	excInfo  starlark.Value
}

// newRecord builds a record as LogRecord.__init__ does.
func (s *state) newRecord(thread *starlark.Thread, in recordInfo) *LogRecord {
	now := gotime.Now()
	ct := float64(now.UnixNano()) / 1e9
	var args starlark.Value = in.args
	if len(in.args) == 1 && in.args[0].Truth() {
		if _, ok := in.args[0].(starlark.IterableMapping); ok {
			args = in.args[0]
		}
	}
	base := filepath.Base(in.path)
	threadName, ident, process := "MainThread", starlark.Value(starlark.None), starlark.Value(starlark.None)
	if rt := core.RuntimeOf(thread); rt != nil && rt.Pid() != 0 {
		process = starlark.MakeInt(rt.Pid()) // None without the grant, as with logging.logProcesses off
	}
	if t := core.FromThread(thread); t != nil {
		threadName, ident = t.Name, starlark.MakeInt64(t.Ident)
	}
	fields := []struct {
		name  string
		value starlark.Value
	}{
		{"name", starlark.String(in.name)}, {"msg", in.msg}, {"args", args},
		{"levelname", starlark.String(s.levelName(in.level))}, {"levelno", starlark.MakeInt(in.level)},
		{"pathname", starlark.String(in.path)}, {"filename", starlark.String(base)},
		{"module", starlark.String(strings.TrimSuffix(base, filepath.Ext(base)))},
		{"exc_info", in.excInfo}, {"exc_text", starlark.None}, {"stack_info", starlark.None},
		{"lineno", starlark.MakeInt(in.line)}, {"funcName", starlark.String(in.funcName)},
		{"created", starlark.Float(ct)}, {"msecs", starlark.Float(float64(int((ct - float64(int64(ct))) * 1000)))},
		{"relativeCreated", starlark.Float(float64(now.Sub(s.start).Nanoseconds()) / 1e6)},
		{"thread", ident}, {"threadName", starlark.String(threadName)},
		{"processName", starlark.String("MainProcess")}, {"process", process},
	}
	r := &LogRecord{created: now, dict: starlark.NewDict(len(fields) + 2)}
	for _, f := range fields {
		r.set(f.name, f.value)
	}
	return r
}

// newLogRecordObject implements LogRecord(name, level, pathname, lineno,
// msg, args, exc_info, func=None, sinfo=None).
func newLogRecordObject(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var in recordInfo
	var msg, rargs, exc, fn, sinfo starlark.Value = nil, nil, nil, starlark.None, starlark.None
	if err := starlark.UnpackArgs("LogRecord", args, kwargs, "name", &in.name, "level", &in.level, "pathname", &in.path,
		"lineno", &in.line, "msg", &msg, "args", &rargs, "exc_info", &exc, "func?", &fn, "sinfo?", &sinfo); err != nil {
		return nil, err
	}
	in.msg, in.excInfo = msg, exc
	if t, ok := rargs.(starlark.Tuple); ok {
		in.args = t
	} else if rargs != starlark.None {
		in.args = starlark.Tuple{rargs}
	}
	r := stateOf(thread).newRecord(thread, in)
	r.set("funcName", fn)
	r.set("stack_info", sinfo)
	return r, nil
}

// makeLogRecord implements logging.makeLogRecord(dict): a record with
// empty fields, updated from dict.
// https://docs.python.org/3/library/logging.html#logging.makeLogRecord
func makeLogRecord(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var d starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &d); err != nil {
		return nil, err
	}
	m, ok := d.(starlark.IterableMapping)
	if !ok {
		return nil, py.Raisef(py.TypeError, "'%s' object is not iterable", py.TypeName(d))
	}
	r := stateOf(thread).newRecord(thread, recordInfo{msg: starlark.String("")})
	for _, k := range []string{"name", "levelno", "funcName"} {
		r.set(k, starlark.None)
	}
	r.set("levelname", starlark.String("Level None"))
	for _, kv := range m.Items() {
		r.set(py.Str(kv[0]), kv[1])
	}
	return r, nil
}

func (r *LogRecord) String() string {
	return "<LogRecord: " + py.Str(r.get("name")) + ", " + py.Str(r.get("levelno")) + ", " +
		py.Str(r.get("pathname")) + ", " + py.Str(r.get("lineno")) + ", \"" + py.Str(r.get("msg")) + "\">"
}
func (r *LogRecord) Type() string          { return "LogRecord" }
func (r *LogRecord) Freeze()               {}
func (r *LogRecord) Truth() starlark.Bool  { return true }
func (r *LogRecord) Hash() (uint32, error) { return uint32(py.Addr(r)), nil }

// PyClass returns logging.LogRecord.
func (r *LogRecord) PyClass() *py.Class { return LogRecordClass }

// Attr implements starlark.HasAttrs.
func (r *LogRecord) Attr(name string) (starlark.Value, error) {
	if name == "getMessage" {
		return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
				return nil, err
			}
			s, err := r.message(thread)
			return starlark.String(s), err
		}).BindReceiver(r), nil
	}
	if name == "__dict__" {
		return r.dict, nil
	}
	if v, found, _ := r.dict.Get(starlark.String(name)); found {
		return v, nil
	}
	return nil, nil // getattr(record, "user", "-") for a record without extra=
}

// AttrNames implements starlark.HasAttrs.
func (r *LogRecord) AttrNames() []string {
	names := []string{"getMessage"}
	for _, k := range r.dict.Keys() {
		names = append(names, string(k.(starlark.String)))
	}
	sort.Strings(names)
	return names
}

// SetField implements starlark.HasSetField.
func (r *LogRecord) SetField(name string, v starlark.Value) error {
	if name == "__dict__" {
		d, ok := v.(*starlark.Dict)
		if !ok {
			return py.Raisef(py.TypeError, "__dict__ must be set to a dictionary, not a '%s'", py.TypeName(v))
		}
		r.dict = d
		return nil
	}
	r.set(name, v)
	return nil
}

// message is getMessage(): str(msg) % args when there are args.
func (r *LogRecord) message(thread *starlark.Thread) (string, error) {
	msg, err := py.StrOf(thread, r.get("msg"))
	if err != nil {
		return "", err
	}
	args := r.get("args")
	if args == nil || !args.Truth() {
		return msg, nil
	}
	return builtins.Percent(thread, msg, args)
}

func (r *LogRecord) levelno() int {
	n, _ := starlark.AsInt32(r.get("levelno"))
	return n
}

// logCall is a logging method such as info: it unpacks the keyword
// arguments, builds the record when level is enabled, and handles it.
func (l *Logger) logCall(thread *starlark.Thread, fname string, level int, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raisef(py.TypeError, "Logger.%s() missing 1 required positional argument: 'msg'", fname)
	}
	var excInfo, extra, withStack starlark.Value = starlark.None, starlark.None, starlark.False
	if fname == "exception" {
		excInfo = starlark.True
	}
	stacklevel := 1
	for _, kv := range kwargs {
		switch k, _ := starlark.AsString(kv[0]); k {
		case "exc_info":
			excInfo = kv[1]
		case "extra":
			extra = kv[1]
		case "stacklevel":
			n, err := starlark.AsInt32(kv[1])
			if err != nil {
				return nil, err
			}
			stacklevel = n
		case "stack_info":
			withStack = kv[1]
		default:
			return nil, py.Raisef(py.TypeError, "Logger._log() got an unexpected keyword argument '%s'", k)
		}
	}
	if !l.isEnabledFor(level) {
		return starlark.None, nil
	}
	path, line, fn := caller(thread, stacklevel)
	if excInfo.Truth() {
		excInfo = excInfoTuple(thread, excInfo)
	}
	r := l.st.newRecord(thread, recordInfo{name: l.name, level: level, path: path, line: line, funcName: fn,
		msg: args[0], args: args[1:], excInfo: excInfo})
	if withStack.Truth() {
		r.set("stack_info", stackInfo(thread, stacklevel))
	}
	if err := r.addExtra(extra); err != nil {
		return nil, err
	}
	if l.disabled {
		return starlark.None, nil
	}
	if ok, err := l.filters.pass(thread, r); err != nil || !ok {
		return starlark.None, err
	}
	return starlark.None, l.callHandlers(thread, r)
}

// stackInfo is a record's stack_info for stack_info=True: the frames
// from the outermost to the caller stacklevel levels above the logging
// call, as Logger.findCaller formats them.
func stackInfo(thread *starlark.Thread, stacklevel int) starlark.Value {
	rt := core.RuntimeOf(thread)
	if rt == nil {
		return starlark.None
	}
	cs := py.VisibleFrames(thread.CallStack())
	if drop := stacklevel - 1; drop > 0 && drop < len(cs) {
		cs = cs[:len(cs)-drop]
	}
	text := rt.Sources().FormatStack(cs)
	return starlark.String("Stack (most recent call last):\n" + strings.TrimSuffix(text, "\n"))
}

// addExtra copies the extra mapping into the record.
func (r *LogRecord) addExtra(extra starlark.Value) error {
	if extra == starlark.None {
		return nil
	}
	m, ok := extra.(starlark.IterableMapping)
	if !ok {
		return py.Raisef(py.TypeError, "'%s' object is not a mapping", py.TypeName(extra))
	}
	for _, kv := range m.Items() {
		k := py.Str(kv[0])
		if _, exists, _ := r.dict.Get(starlark.String(k)); exists || k == "message" || k == "asctime" {
			return py.Raisef(py.KeyError, "Attempt to overwrite %s in LogRecord", py.Repr(kv[0]))
		}
		r.set(k, kv[1])
	}
	return nil
}

// caller returns the file, line and function name of the script frame
// stacklevel levels above the logging call, skipping builtin frames and
// the functions the lowering makes up, named with abi.Prefix (a try body
// reports its own line).
func caller(thread *starlark.Thread, stacklevel int) (string, int, string) {
	stack := thread.CallStack()
	type frame struct {
		file, fn string
		line     int
	}
	var frames []frame
	var pending *starlark.CallFrame
	for i := len(stack) - 1; i >= 0; i-- {
		fr := stack[i]
		switch {
		case fr.Pos.Filename() == "<builtin>":
			continue
		case abi.Hidden(fr.Name):
			if pending == nil {
				pending = &stack[i]
			}
			continue
		}
		pos := fr.Pos
		if pending != nil {
			pos, pending = pending.Pos, nil
		}
		name := fr.Name
		if name == "<toplevel>" {
			name = "<module>"
		} else if name == "lambda" {
			name = "<lambda>"
		}
		frames = append(frames, frame{pos.Filename(), name, int(pos.Line)})
	}
	if len(frames) == 0 {
		return "(unknown file)", 0, "(unknown function)"
	}
	f := frames[min(max(stacklevel, 1), len(frames))-1]
	return f.file, f.line, f.fn
}

// callHandlers passes r to the handlers of l and its ancestors whose
// level it reaches, up to the first logger that doesn't propagate; with
// none, to the last resort. An error of a filter or of a script's emit
// propagates, as in CPython.
func (l *Logger) callHandlers(thread *starlark.Thread, r *LogRecord) error {
	found := 0
	for c := l; c != nil; c = c.parent {
		for i := 0; i < c.handlers.Len(); i++ {
			found++
			if err := handle(thread, c.handlers.Index(i), r); err != nil {
				return err
			}
		}
		if !c.propagate {
			break
		}
	}
	if found == 0 && r.levelno() >= WARNING {
		_, err := lastResort.handle(thread, r)
		return err
	}
	return nil
}

// handle passes r to a handler value whose level r reaches: a *Handler,
// or an object with level and handle attributes (a script's subclass
// instance, say).
func handle(thread *starlark.Thread, h starlark.Value, r *LogRecord) error {
	if hh, ok := h.(*Handler); ok {
		if r.levelno() >= hh.level {
			_, err := hh.handle(thread, r)
			return err
		}
		return nil
	}
	lv, err := builtins.GetAttr(h, "level")
	if err != nil {
		return err
	}
	if level, err := starlark.AsInt32(lv); err != nil || r.levelno() < level {
		return err
	}
	_, err = builtins.CallMethod(thread, h, "handle", starlark.Tuple{r}, nil)
	return err
}
