package logging

// This file defines the handlers: Handler, StreamHandler and NullHandler.

import (
	"fmt"
	"os"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// The handler classes.
var (
	HandlerClass       = newClass("Handler", nil, newHandlerObject)
	StreamHandlerClass = newClass("StreamHandler", HandlerClass, newHandlerObject)
	FileHandlerClass   = newClass("FileHandler", StreamHandlerClass, newFileHandler)
	NullHandlerClass   = newClass("NullHandler", HandlerClass, newHandlerObject)
)

// lastResort is CPython's logging.lastResort: records that no handler
// saw, at WARNING or above, go to stderr as bare messages. It is never
// modified.
var lastResort = &Handler{cls: StreamHandlerClass, level: WARNING}

// Handler is a Handler, StreamHandler or NullHandler. Its fields are
// guarded by the GIL of the Interpreter that owns it.
type Handler struct {
	cls       *py.Class
	level     int
	formatter *Formatter // nil: "%(message)s"
	// fmtSelf is the formatter when it is an instance of a script's
	// Formatter subclass (whose Native is formatter): its format runs.
	fmtSelf *py.Instance
	stream  starlark.Value // nil: the Interpreter's stderr
	name    starlark.Value
	attrs   py.AttrDict // what scripts set
	file    *fileTarget // a FileHandler's file
	filters filterer
	// self is the instance of a script's subclass whose Native this
	// handler is (see nativeInit), or nil: handle calls its emit.
	self *py.Instance
}

var _ starlark.HasSetField = (*Handler)(nil)

func newStreamHandler(thread *starlark.Thread, stream starlark.Value) *Handler {
	h := &Handler{cls: StreamHandlerClass}
	h.setStream(thread, stream)
	return h
}

// setStream sets the handler's stream: for None (or nil), sys.stderr as
// it is now, which is the Interpreter's stderr (h.stream nil) unless the
// script replaced it.
func (h *Handler) setStream(thread *starlark.Thread, stream starlark.Value) {
	if stream == nil || stream == starlark.None {
		stream = builtins.ReplacedStream(core.RuntimeOf(thread), "stderr")
	}
	h.stream = stream
}

// derives reports whether cls is the named handler class or derives
// from it (by name, which avoids an initialization cycle).
func derives(cls *py.Class, name string) bool {
	for _, c := range cls.MRO {
		if c.ClassName == name && c.Module == "logging" {
			return true
		}
	}
	return false
}

// newHandlerObject implements Handler(level=NOTSET), StreamHandler(stream=None)
// and NullHandler(level=NOTSET).
// https://docs.python.org/3/library/logging.handlers.html#streamhandler
func newHandlerObject(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if derives(cls, "StreamHandler") {
		var stream starlark.Value = starlark.None
		if err := starlark.UnpackArgs(cls.ClassName, args, kwargs, "stream?", &stream); err != nil {
			return nil, err
		}
		h := &Handler{cls: cls}
		h.setStream(thread, stream)
		return h, nil
	}
	var level starlark.Value = starlark.MakeInt(NOTSET)
	if err := core.UnpackArgs(cls.ClassName, args, kwargs, "level?", &level); err != nil {
		return nil, err
	}
	n, err := stateOf(thread).checkLevel(level)
	if err != nil {
		return nil, err
	}
	return &Handler{cls: cls, level: n}, nil
}

func (h *Handler) String() string {
	level := defaultLevelName(h.level)
	if h.file != nil {
		return fmt.Sprintf("<%s %s (%s)>", h.cls.ClassName, h.file.path, level)
	}
	if h.cls != StreamHandlerClass {
		return fmt.Sprintf("<%s (%s)>", h.cls.ClassName, level)
	}
	name := "<stderr>"
	if h.stream != nil {
		name = ""
		if n, err := getattr(h.stream, "name"); err == nil && n != nil {
			name = py.Str(n)
		}
	}
	if name != "" {
		name += " "
	}
	return fmt.Sprintf("<%s %s(%s)>", h.cls.ClassName, name, level)
}
func (h *Handler) Type() string          { return h.cls.ClassName }
func (h *Handler) Freeze()               {}
func (h *Handler) Truth() starlark.Bool  { return true }
func (h *Handler) Hash() (uint32, error) { return uint32(py.Addr(h)), nil }

// PyClass returns the handler's class.
func (h *Handler) PyClass() *py.Class { return h.cls }

func defaultLevelName(level int) string {
	if n, ok := map[int]string{CRITICAL: "CRITICAL", ERROR: "ERROR", WARNING: "WARNING", INFO: "INFO", DEBUG: "DEBUG", NOTSET: "NOTSET"}[level]; ok {
		return n
	}
	return fmt.Sprintf("Level %d", level)
}

func getattr(v starlark.Value, name string) (starlark.Value, error) {
	if a, ok := v.(starlark.HasAttrs); ok {
		return a.Attr(name)
	}
	return nil, nil
}

type handlerMethod func(thread *starlark.Thread, h *Handler, args starlark.Tuple) (starlark.Value, error)

var handlerMethods = map[string]struct {
	nargs int
	fn    handlerMethod
}{
	"setLevel":     {1, handlerSetLevel},
	"setFormatter": {1, handlerSetFormatter},
	"format":       {1, handlerFormat},
	"handle":       {1, handlerHandle},
	"emit":         {1, handlerEmit},
	"setStream":    {1, handlerSetStream},
	"flush":        {0, handlerNothing},
	"close":        {0, handlerClose},
	"acquire":      {0, handlerNothing},
	"release":      {0, handlerNothing},
}

// Attr implements starlark.HasAttrs.
func (h *Handler) Attr(name string) (starlark.Value, error) {
	if v, ok := h.attrs.Get(name); ok {
		return v, nil
	}
	switch name {
	case "level":
		return starlark.MakeInt(h.level), nil
	case "formatter":
		if h.fmtSelf != nil {
			return h.fmtSelf, nil
		}
		if h.formatter == nil {
			return starlark.None, nil
		}
		return h.formatter, nil
	case "stream":
		if h.file != nil && h.stream == nil {
			return starlark.None, nil
		}
		if h.cls.IsSubclass(StreamHandlerClass) {
			return h.streamValue(), nil
		}
	case "baseFilename":
		if h.file != nil {
			return starlark.String(h.file.path), nil
		}
	case "name":
		if h.name == nil {
			return starlark.None, nil
		}
		return h.name, nil
	case "terminator":
		return starlark.String("\n"), nil
	case "filters":
		return h.filters.value(), nil
	}
	if m := filtererMethod(&h.filters, name); m != nil {
		return m.(*starlark.Builtin).BindReceiver(h), nil
	}
	m, ok := handlerMethods[name]
	if !ok {
		return nil, nil
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		params := make([]any, m.nargs)
		vals := make([]starlark.Value, m.nargs)
		for i := range params {
			params[i] = &vals[i]
		}
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, m.nargs, params...); err != nil {
			return nil, err
		}
		return m.fn(thread, h, vals)
	}).BindReceiver(h), nil
}

// streamValue is the stream attribute; the default stream shows as None
// here because spindle's sys module may not be loaded.
func (h *Handler) streamValue() starlark.Value {
	if h.stream == nil {
		return starlark.None
	}
	return h.stream
}

// AttrNames implements starlark.HasAttrs.
func (h *Handler) AttrNames() []string {
	names := []string{"level", "formatter", "name", "terminator", "filters", "addFilter", "removeFilter", "filter"}
	if h.cls.IsSubclass(StreamHandlerClass) {
		names = append(names, "stream")
	}
	for k := range handlerMethods {
		names = append(names, k)
	}
	return append(names, h.attrs.Names()...)
}

// SetField implements starlark.HasSetField.
func (h *Handler) SetField(name string, v starlark.Value) error {
	switch name {
	case "level":
		n, err := starlark.AsInt32(v)
		if err != nil {
			return err
		}
		h.level = n
	case "formatter":
		_, err := handlerSetFormatter(nil, h, starlark.Tuple{v})
		return err
	case "name":
		h.name = v
	default:
		return h.attrs.Set(name, v)
	}
	return nil
}

// DelField implements del h.name for a script's attribute.
func (h *Handler) DelField(name string) error { return h.attrs.Delete(h, name) }

func handlerSetLevel(thread *starlark.Thread, h *Handler, args starlark.Tuple) (starlark.Value, error) {
	n, err := stateOf(thread).checkLevel(args[0])
	if err != nil {
		return nil, err
	}
	h.level = n
	return starlark.None, nil
}

func handlerSetFormatter(thread *starlark.Thread, h *Handler, args starlark.Tuple) (starlark.Value, error) {
	h.fmtSelf = nil
	switch f := args[0].(type) {
	case starlark.NoneType:
		h.formatter = nil
	case *Formatter:
		h.formatter = f
	case *py.Instance:
		native, ok := f.Native.(*Formatter)
		if !ok {
			return nil, py.Raisef(py.TypeError, "spindle's handlers take a logging.Formatter, not %s", py.TypeName(f))
		}
		h.formatter, h.fmtSelf = native, f
	default:
		return nil, py.Raisef(py.TypeError, "spindle's handlers take a logging.Formatter, not %s", py.TypeName(f))
	}
	return starlark.None, nil
}

func handlerSetStream(thread *starlark.Thread, h *Handler, args starlark.Tuple) (starlark.Value, error) {
	old := h.streamValue()
	h.setStream(thread, args[0])
	return old, nil
}

func handlerNothing(thread *starlark.Thread, h *Handler, args starlark.Tuple) (starlark.Value, error) {
	return starlark.None, nil
}

func handlerFormat(thread *starlark.Thread, h *Handler, args starlark.Tuple) (starlark.Value, error) {
	r, err := asRecord(args[0])
	if err != nil {
		return nil, err
	}
	s, err := h.format(thread, r)
	return starlark.String(s), err
}

func handlerHandle(thread *starlark.Thread, h *Handler, args starlark.Tuple) (starlark.Value, error) {
	r, err := asRecord(args[0])
	if err != nil {
		return nil, err
	}
	ok, err := h.handle(thread, r)
	return starlark.Bool(ok), err
}

func handlerEmit(thread *starlark.Thread, h *Handler, args starlark.Tuple) (starlark.Value, error) {
	r, err := asRecord(args[0])
	if err != nil {
		return nil, err
	}
	return starlark.None, h.emitOrReport(thread, r)
}

func asRecord(v starlark.Value) (*LogRecord, error) {
	r, ok := v.(*LogRecord)
	if !ok {
		return nil, py.Raisef(py.TypeError, "expected a LogRecord, not %s", py.TypeName(v))
	}
	return r, nil
}

func (h *Handler) format(thread *starlark.Thread, r *LogRecord) (string, error) {
	if h.fmtSelf != nil {
		v, err := builtins.CallMethod(thread, h.fmtSelf, "format", starlark.Tuple{r}, nil)
		if err != nil {
			return "", err
		}
		return py.Str(v), nil
	}
	f := h.formatter
	if f == nil {
		f = defaultFormatter
	}
	return f.format(thread, r)
}

// formatSelf formats r for emit: through the format method of a
// script's subclass, which may override it.
func (h *Handler) formatSelf(thread *starlark.Thread, r *LogRecord) (string, error) {
	if h.self == nil {
		return h.format(thread, r)
	}
	v, err := builtins.CallMethod(thread, h.self, "format", starlark.Tuple{r}, nil)
	if err != nil {
		return "", err
	}
	return py.Str(v), nil
}

// handle emits r, through a subclass's emit if it has one, if the
// filters pass it; an emit's errors are reported on stderr, as
// Handler.handleError does. (The caller checks the level.)
func (h *Handler) handle(thread *starlark.Thread, r *LogRecord) (bool, error) {
	ok, err := h.filters.pass(thread, r)
	if err != nil || !ok {
		return false, err
	}
	if h.self != nil {
		_, err = builtins.CallMethod(thread, h.self, "emit", starlark.Tuple{r}, nil)
		return true, err
	}
	return true, h.emitOrReport(thread, r)
}

// emitOrReport emits r; an error is reported on stderr, as the emit
// of CPython's handlers reports it through handleError, but Handler's
// own NotImplementedError propagates.
func (h *Handler) emitOrReport(thread *starlark.Thread, r *LogRecord) error {
	err := h.emit(thread, r)
	if e, ok := py.AsException(err); ok && e.Class == py.NotImplementedError {
		return err
	}
	if err != nil {
		h.handleError(thread, r, err)
	}
	return nil
}

// emit writes one formatted record in a single write.
func (h *Handler) emit(thread *starlark.Thread, r *LogRecord) error {
	switch {
	case derives(h.cls, "NullHandler"):
		return nil
	case !derives(h.cls, "StreamHandler"):
		return py.Raise(py.NotImplementedError, "emit must be implemented by Handler subclasses")
	}
	text, err := h.formatSelf(thread, r)
	if err != nil {
		return err
	}
	if err := h.openFile(thread); err != nil {
		return err
	}
	switch {
	case h == lastResort: // sys.stderr as it is at each record
		builtins.WriteStderr(thread, text+"\n")
		return nil
	case h.stream == nil:
		writeStderr(thread, text+"\n")
		return nil
	}
	return builtins.Write(thread, h.stream, text+"\n")
}

// handleError reports a failed emit as CPython does, in short.
func (h *Handler) handleError(thread *starlark.Thread, r *LogRecord, err error) {
	var b strings.Builder
	b.WriteString("--- Logging error ---\n")
	if e, ok := py.AsException(err); ok {
		b.WriteString(e.Error())
	} else {
		b.WriteString(err.Error())
	}
	b.WriteString("\nMessage: " + py.Repr(r.get("msg")) + "\nArguments: " + py.Repr(r.get("args")) + "\n")
	writeStderr(thread, b.String())
}

func writeStderr(thread *starlark.Thread, s string) {
	if rt := core.RuntimeOf(thread); rt != nil {
		rt.Stderr().WriteFrom(thread, s)
		return
	}
	os.Stderr.WriteString(s)
}
