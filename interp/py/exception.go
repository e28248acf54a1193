package py

// This file defines Python exceptions: the builtin exception classes and
// the Exception value, which is both a Starlark value and a Go error.

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"go.starlark.net/starlark"
)

// Class is a Python class: a builtin exception type, a native type such
// as threading.Thread, or a user-defined class. Builtin classes are
// immutable; a user class's Dict is guarded by the GIL.
type Class struct {
	ClassName string
	Module    string // "" or "builtins" for builtins; used by the repr
	Bases     []*Class
	MRO       []*Class // the class itself first
	Dict      starlark.StringDict
	// Ext holds extra behaviour for native and user classes (see class.go).
	Ext any
	// Generic classes take type arguments: list[int] (see generic.go).
	Generic bool
	// QualName is a nested class's qualified name (C.D), else "".
	QualName string
	// Order lists a user class's names in the order its body bound them.
	Order []string
	// Metaclass is the class of a class made with metaclass=M (M a
	// subclass of type), or of a subclass of one (NewClass copies it),
	// or nil (type).
	Metaclass *Class
	// CName, if set, is how CPython's messages name the instances of a
	// class it implements in C (types.SimpleNamespace); not its
	// subclasses'.
	CName string

	version     uint64      // bumped by Changed (see classfacts.go)
	cachedFacts *classFacts // a user class's facts, while valid
	attrHint    int         // most attributes an instance had after __init__
}

var _ starlark.HasAttrs = (*Class)(nil)

// NewClass returns a class with the given bases (object when there are
// none), computing its C3 MRO.
func NewClass(name, module string, bases ...*Class) *Class {
	if len(bases) == 0 {
		bases = []*Class{Object}
	}
	c := &Class{ClassName: name, Module: module, Bases: bases, Dict: starlark.StringDict{}}
	c.MRO = c3(c)
	for _, m := range c.MRO[1:] {
		if m.Metaclass != nil { // a subclass's metaclass is its base's
			c.Metaclass = m.Metaclass
			break
		}
	}
	return c
}

// c3 computes the C3 linearisation, falling back to depth-first order
// when the hierarchy is inconsistent.
func c3(c *Class) []*Class {
	out, _ := c3Merge(c)
	return out
}

// c3Merge is the C3 merge of c's bases' MROs and its bases. When they
// have no consistent order it stops, and stuck holds the heads of the
// sequences left to merge (each once), which CPython's TypeError names.
func c3Merge(c *Class) (out, stuck []*Class) {
	seqs := [][]*Class{}
	for _, b := range c.Bases {
		seqs = append(seqs, append([]*Class(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Class(nil), c.Bases...))
	out = []*Class{c}
	for {
		nonEmpty := seqs[:0]
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = append(nonEmpty, s)
			}
		}
		seqs = nonEmpty
		if len(seqs) == 0 {
			return out, nil
		}
		var cand *Class
		for _, s := range seqs {
			cand = s[0]
			if !inTail(seqs, cand) {
				break
			}
			cand = nil
		}
		if cand == nil {
			return out, heads(seqs)
		}
		out = append(out, cand)
		for i, s := range seqs {
			if s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// heads returns the first class of each of seqs, each once.
func heads(seqs [][]*Class) []*Class {
	var hs []*Class
	for _, s := range seqs {
		if !slices.Contains(hs, s[0]) {
			hs = append(hs, s[0])
		}
	}
	return hs
}

func inTail(seqs [][]*Class, c *Class) bool {
	for _, s := range seqs {
		for _, x := range s[1:] {
			if x == c {
				return true
			}
		}
	}
	return false
}

// IsSubclass reports whether c is base or derives from it.
func (c *Class) IsSubclass(base *Class) bool {
	for _, m := range c.MRO {
		if m == base {
			return true
		}
	}
	return false
}

// Lookup finds name in the class's MRO.
func (c *Class) Lookup(name string) (starlark.Value, *Class) {
	if v, i := c.lookupIndex(name); i >= 0 {
		return v, c.MRO[i]
	}
	return nil, nil
}

// lookupIndex finds name in the class's MRO and returns the index of
// the class that has it, or nil.
func (c *Class) lookupIndex(name string) (starlark.Value, int) {
	for i, m := range c.MRO {
		if v, ok := m.Dict[name]; ok {
			return v, i
		}
	}
	return nil, -1
}

// userUpTo reports whether the classes of the MRO up to index i
// (included) are all user classes, so that no native base stands before
// the class at i in attribute lookup.
func (c *Class) userUpTo(i int) bool {
	for _, m := range c.MRO[:i+1] {
		if _, ok := m.Ext.(*UserClass); !ok {
			return false
		}
	}
	return true
}

func (c *Class) String() string {
	if m := c.Meta(); m != nil {
		return m.Repr(c)
	}
	if c.Module == "" || c.Module == "builtins" {
		return fmt.Sprintf("<class '%s'>", c.ClassName)
	}
	return fmt.Sprintf("<class '%s.%s'>", c.Module, c.qualName())
}

// ScriptRepr implements ScriptReprer: a class whose metaclass defines
// __repr__ prints as that returns.
func (c *Class) ScriptRepr(thread *starlark.Thread) (string, error) {
	if m := c.metaMethod("__repr__"); m != nil {
		return callString(thread, m, "__repr__")
	}
	return c.String(), nil
}

// ScriptStr implements ScriptStrer: the metaclass's __str__, else its
// __repr__.
func (c *Class) ScriptStr(thread *starlark.Thread) (string, error) {
	if m := c.metaMethod("__str__"); m != nil {
		return callString(thread, m, "__str__")
	}
	return c.ScriptRepr(thread)
}

// metaMethod returns the method name of c's metaclass, where a user
// metaclass defines it, bound to c; else nil.
func (c *Class) metaMethod(name string) starlark.Value {
	if m := c.Metaclass; m != nil {
		if v, owner := m.Lookup(name); v != nil && owner.IsUser() {
			return bind(c, v, owner)
		}
	}
	return nil
}

// qualName is the class's __qualname__: its QualName, or its name.
func (c *Class) qualName() string {
	if c.QualName != "" {
		return c.QualName
	}
	return c.ClassName
}

// Type implements starlark.Value.
func (c *Class) Type() string { return "type" }
func (c *Class) Freeze()      {}
func (c *Class) Truth() starlark.Bool {
	if c.Metaclass == nil {
		return true
	}
	return c.metaTruth()
}
func (c *Class) Hash() (uint32, error) { return HashString(c.Module + "." + c.ClassName), nil }

// Attr implements starlark.HasAttrs.
func (c *Class) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__name__":
		return starlark.String(c.ClassName), nil
	case "__qualname__":
		if c.QualName != "" {
			return starlark.String(c.QualName), nil
		}
		return starlark.String(c.ClassName), nil
	case "__module__":
		if c.Module == "" {
			return starlark.String("builtins"), nil
		}
		return starlark.String(c.Module), nil
	case "__mro__":
		t := make(starlark.Tuple, len(c.MRO))
		for i, m := range c.MRO {
			t[i] = m
		}
		return t, nil
	case "__bases__":
		t := make(starlark.Tuple, len(c.Bases))
		for i, m := range c.Bases {
			t[i] = m
		}
		return t, nil
	case "__base__":
		return c.base(), nil
	}
	if v, owner := c.Lookup(name); v != nil {
		switch d := v.(type) {
		case *StaticMethod:
			return d.Fn, nil
		case *ClassMethod:
			return &BoundMethod{Self: c, Fn: d.Fn, Class: owner}, nil
		}
		if r, ok, err := descGet(v, starlark.None, c); ok {
			return r, err
		}
		return v, nil
	}
	switch name {
	case "mro":
		return starlark.NewBuiltin("mro", c.mroMethod), nil
	case "__subclasses__":
		return starlark.NewBuiltin("__subclasses__", c.subclasses), nil
	}
	if d := c.slotMember(name); d != nil {
		return d, nil // member.go
	}
	if m := c.Metaclass; m != nil { // an attribute or method of its metaclass
		if v, owner := m.Lookup(name); v != nil && owner.IsUser() {
			if p, ok := v.(*Property); ok {
				return c.metaProperty(p, owner)
			}
			return bind(c, v, owner), nil
		}
	}
	return nil, c.noAttr(name)
}

// base is type.__base__: None for object, else the base whose instance
// layout the class extends, which is the first base deriving from a
// builtin data type or an exception, if any, else the first base.
func (c *Class) base() starlark.Value {
	if len(c.Bases) == 0 {
		return starlark.None
	}
	for _, b := range c.Bases {
		for _, m := range b.MRO {
			if n, ok := m.Ext.(*NativeClass); ok && n.Data || m == BaseException {
				return b
			}
		}
	}
	return c.Bases[0]
}

// metaProperty runs the getter of a property of c's metaclass owner,
// in the thread running c's interpreter.
func (c *Class) metaProperty(p *Property, owner *Class) (starlark.Value, error) {
	return owner.callProperty(p, c)
}

// callProperty calls p.Get(args...), p a property of the user class
// owner, in the thread running owner's interpreter.
func (owner *Class) callProperty(p *Property, args ...starlark.Value) (starlark.Value, error) {
	u, ok := owner.Ext.(*UserClass)
	if !ok || u.rt == nil || u.rt.Active() == nil {
		return nil, Raise(RuntimeError, "property read outside a script thread")
	}
	return starlark.Call(u.rt.Active(), p.Get, args, nil)
}

// noAttr is what Attr returns for a missing attribute name: nil for a
// dunder (Go callers fall back to the answers of functions and numbers),
// else CPython's message, which the VM keeps (the VM's own names only
// the Go type: "type has no .x field or method").
func (c *Class) noAttr(name string) error {
	if strings.HasPrefix(name, "__") {
		return nil
	}
	return starlark.NoSuchAttrError("type object '" + c.ClassName + "' has no attribute '" + name + "'")
}

// mroMethod is type.mro(): c's MRO as a list.
func (c *Class) mroMethod(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	l := make([]starlark.Value, len(c.MRO))
	for i, m := range c.MRO {
		l[i] = m
	}
	return starlark.NewList(l), nil
}

// AttrNames implements starlark.HasAttrs.
func (c *Class) AttrNames() []string {
	var names []string
	seen := map[string]bool{}
	for _, m := range c.MRO {
		for k := range m.Dict {
			if !seen[k] {
				seen[k] = true
				names = append(names, k)
			}
		}
	}
	return names
}

// HashString is the FNV-1a hash of s, the hash of values that hash by
// name (classes, exceptions, modules).
func HashString(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// The builtin exception classes, as in CPython 3.11.
var (
	BaseException       = NewClass("BaseException", "")
	SystemExit          = NewClass("SystemExit", "", BaseException)
	KeyboardInterrupt   = NewClass("KeyboardInterrupt", "", BaseException)
	GeneratorExit       = NewClass("GeneratorExit", "", BaseException)
	ExceptionClass      = NewClass("Exception", "", BaseException)
	ArithmeticError     = NewClass("ArithmeticError", "", ExceptionClass)
	ZeroDivisionError   = NewClass("ZeroDivisionError", "", ArithmeticError)
	OverflowError       = NewClass("OverflowError", "", ArithmeticError)
	AssertionError      = NewClass("AssertionError", "", ExceptionClass)
	AttributeError      = NewClass("AttributeError", "", ExceptionClass)
	ImportError         = NewClass("ImportError", "", ExceptionClass)
	ModuleNotFoundError = NewClass("ModuleNotFoundError", "", ImportError)
	LookupError         = NewClass("LookupError", "", ExceptionClass)
	IndexError          = NewClass("IndexError", "", LookupError)
	KeyError            = NewClass("KeyError", "", LookupError)
	NameError           = NewClass("NameError", "", ExceptionClass)
	UnboundLocalError   = NewClass("UnboundLocalError", "", NameError)
	OSError             = NewClass("OSError", "", ExceptionClass)
	TimeoutError        = NewClass("TimeoutError", "", OSError)
	RuntimeError        = NewClass("RuntimeError", "", ExceptionClass)
	NotImplementedError = NewClass("NotImplementedError", "", RuntimeError)
	RecursionError      = NewClass("RecursionError", "", RuntimeError)
	StopIteration       = NewClass("StopIteration", "", ExceptionClass)
	SyntaxError         = NewClass("SyntaxError", "", ExceptionClass)
	IndentationError    = NewClass("IndentationError", "", SyntaxError)
	TabError            = NewClass("TabError", "", IndentationError)
	SystemError         = NewClass("SystemError", "", ExceptionClass)
	TypeError           = NewClass("TypeError", "", ExceptionClass)
	ValueError          = NewClass("ValueError", "", ExceptionClass)
	UnicodeError        = NewClass("UnicodeError", "", ValueError)
	UnicodeEncodeError  = NewClass("UnicodeEncodeError", "", UnicodeError)
	UnicodeDecodeError  = NewClass("UnicodeDecodeError", "", UnicodeError)
	ConnectionError     = NewClass("ConnectionError", "", OSError)
	PermissionError     = NewClass("PermissionError", "", OSError)
	MemoryError         = NewClass("MemoryError", "", ExceptionClass)
	Warning             = NewClass("Warning", "", ExceptionClass)
	StopAsyncIteration  = NewClass("StopAsyncIteration", "", ExceptionClass)
)

// otherExceptions are the rest of CPython's builtin exception classes,
// which scripts raise and catch but spindle itself never raises.
var otherExceptions = []*Class{
	NewClass("FloatingPointError", "", ArithmeticError),
	NewClass("BufferError", "", ExceptionClass),
	NewClass("ReferenceError", "", ExceptionClass),
	NewClass("UnicodeTranslateError", "", UnicodeError),
	NewClass("BlockingIOError", "", OSError),
	NewClass("ChildProcessError", "", OSError),
	NewClass("FileExistsError", "", OSError),
	NewClass("FileNotFoundError", "", OSError),
	NewClass("InterruptedError", "", OSError),
	NewClass("IsADirectoryError", "", OSError),
	NewClass("NotADirectoryError", "", OSError),
	NewClass("ProcessLookupError", "", OSError),
	NewClass("BrokenPipeError", "", ConnectionError),
	NewClass("ConnectionAbortedError", "", ConnectionError),
	NewClass("ConnectionRefusedError", "", ConnectionError),
	NewClass("ConnectionResetError", "", ConnectionError),
	NewClass("UserWarning", "", Warning),
	NewClass("DeprecationWarning", "", Warning),
	NewClass("PendingDeprecationWarning", "", Warning),
	NewClass("SyntaxWarning", "", Warning),
	NewClass("RuntimeWarning", "", Warning),
	NewClass("FutureWarning", "", Warning),
	NewClass("ImportWarning", "", Warning),
	NewClass("UnicodeWarning", "", Warning),
	NewClass("BytesWarning", "", Warning),
	NewClass("ResourceWarning", "", Warning),
	NewClass("EncodingWarning", "", Warning),
}

// BuiltinExceptions lists the builtin exception classes by name.
func BuiltinExceptions() []*Class {
	return append([]*Class{BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, ExceptionClass,
		ArithmeticError, ZeroDivisionError, OverflowError, AssertionError,
		AttributeError, ImportError, ModuleNotFoundError, LookupError,
		IndexError, KeyError, NameError, UnboundLocalError, OSError,
		TimeoutError, RuntimeError, NotImplementedError, RecursionError,
		StopIteration, SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError,
		UnicodeError, UnicodeEncodeError, UnicodeDecodeError, ConnectionError, PermissionError, MemoryError, Warning,
		StopAsyncIteration,
		BaseExceptionGroup, ExceptionGroup},
		otherExceptions...)
}

// Exception is a Python exception instance. It is a starlark.Value and
// a Go error, so builtins return it and the VM carries it as the cause of
// an EvalError. Fields are guarded by the GIL once the value is shared.
type Exception struct {
	Class   *Class
	Args    starlark.Tuple
	Attrs   starlark.StringDict // instance attributes of user subclasses
	Cause   *Exception          // raise ... from Cause
	Context *Exception          // the exception being handled when raised
	// Reraised marks an exception an except* statement raises again at
	// its end: the handler it escapes gives it no context.
	Reraised bool
	// SuppressContext is __suppress_context__: it hides Context from
	// tracebacks. raise ... from (also from None) and setting __cause__
	// set it.
	SuppressContext bool
	// fromMsg says that the name attribute (and an AttributeError's
	// type) are in the interpreter's message, until extra holds them:
	// an exception raised and caught in a loop allocates no more.
	fromMsg bool
	// Traceback holds the frames the exception passed through, outermost
	// first, once it has been raised.
	Traceback starlark.CallStack
	// Self is the script-visible instance when the class is a user class
	// that wraps this exception; nil otherwise.
	Self starlark.Value
	// dict is __dict__ once asked for, order the names of the
	// attributes the script set, first set first (exception_dict.go)
	dict  *starlark.Dict
	order []string
	str   *string // str(e) captured by CaptureStr, for tracebacks
	// Report, if set, replaces the last line of a traceback: a
	// SyntaxError's File, source and caret lines followed by that line.
	Report string
	// caughtAt is the frame whose except clause last caught the
	// exception, at index caughtIdx of Traceback (see MarkCaught).
	caughtAt  starlark.CallFrame
	caughtIdx int
	// prior is the traceback an exception had when a raise statement
	// raised it again: the frames the VM records for the new raise come
	// before it, as CPython adds frames to an exception's traceback.
	prior starlark.CallStack
	// bindMsg and bindFn are the VM's message and the def's name for a
	// bad call of a def, until RefineCallError completes the message.
	bindMsg, bindFn string
	// obj is AttributeError.obj; extra holds the other attributes of
	// exception_slots.go, once set.
	obj   starlark.Value
	extra *slots
}

// CaptureStr records str(e) and of the causes and contexts chained to
// it, running a user class's __str__ in thread, so that a traceback
// formatted later, without the GIL, can show them. Call it with the GIL
// held.
func (e *Exception) CaptureStr(thread *starlark.Thread) {
	e.captureChain(thread, map[*Exception]bool{})
}

func (e *Exception) captureChain(thread *starlark.Thread, seen map[*Exception]bool) {
	if e == nil || seen[e] {
		return
	}
	seen[e] = true
	s, err := e.ScriptStr(thread)
	if err != nil {
		s = strFailed // as CPython's report of an exception whose str() raises
	}
	e.str = &s
	e.Cause.captureChain(thread, seen)
	e.Context.captureChain(thread, seen)
	for _, x := range e.GroupExceptions() {
		x.captureChain(thread, seen)
	}
}

var (
	_ starlark.HasAttrs = (*Exception)(nil)
	_ error             = (*Exception)(nil)
)

// Raise returns a new exception of class cls with a single message
// argument (no argument if msg is empty).
func Raise(cls *Class, msg string) *Exception {
	if msg == "" {
		return &Exception{Class: cls}
	}
	return &Exception{Class: cls, Args: starlark.Tuple{starlark.String(msg)}}
}

// NotGranted is the PermissionError raised when a script uses what the
// embedder did not grant; grant names the Options field that grants it.
func NotGranted(what, grant string) *Exception {
	return NewException(PermissionError, starlark.MakeInt(1),
		starlark.String(fmt.Sprintf("Operation not permitted: %s not granted (%s)", what, grant)))
}

// Raisef is Raise with a format string.
func Raisef(cls *Class, format string, args ...any) *Exception {
	return Raise(cls, fmt.Sprintf(format, args...))
}

// RaiseAgain readies e for a raise statement: the VM records where it
// is raised now, and the traceback it had, if any, follows.
func (e *Exception) RaiseAgain() {
	e.prior = e.CaughtTraceback()
	e.Traceback, e.caughtAt, e.caughtIdx = nil, starlark.CallFrame{}, 0
}

// NewException returns an exception of class cls with the given args.
func NewException(cls *Class, args ...starlark.Value) *Exception {
	return &Exception{Class: cls, Args: args}
}

// Message is str(e): empty with no args, str(arg) with one (repr for
// KeyError), else the repr of the args tuple.
func (e *Exception) Message() string {
	if e.IsGroup() && len(e.Args) == 2 {
		return e.groupMessage()
	}
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if e.Class.IsSubclass(KeyError) {
			return Repr(e.Args[0])
		}
		return Str(e.Args[0])
	}
	if msg, ok := e.syntaxMessage(); ok {
		return msg
	}
	if e.hasErrno() {
		msg := fmt.Sprintf("[Errno %s] %s", Str(e.Args[0]), Str(e.Args[1]))
		if fn, _ := e.Attr("filename"); fn != nil && fn != starlark.None {
			msg += ": " + Repr(fn)
		}
		return msg
	}
	return Repr(e.Args)
}

// syntaxMessage returns str() of a SyntaxError whose arguments are
// (msg, (filename, lineno, offset, text)): "msg (file, line n)", naming
// the file by its base name as CPython does.
func (e *Exception) syntaxMessage() (string, bool) {
	t, ok := e.Args[1].(starlark.Tuple)
	if !e.Class.IsSubclass(SyntaxError) || !ok || len(t) < 2 {
		return "", false
	}
	file := Str(t[0])
	if i := strings.LastIndexAny(file, "/"); i >= 0 {
		file = file[i+1:]
	}
	return fmt.Sprintf("%s (%s, line %s)", Str(e.Args[0]), file, Str(t[1])), true
}

// Error returns the last line of a Python traceback: "Type: message".
func (e *Exception) Error() string {
	msg := e.Message()
	if msg == "" {
		return e.Class.ClassName
	}
	return e.Class.ClassName + ": " + msg
}

// String returns the repr, such as ValueError('x').
func (e *Exception) String() string {
	if len(e.Args) == 1 {
		return e.Class.ClassName + "(" + Repr(e.Args[0]) + ")"
	}
	var b strings.Builder
	b.WriteString(e.Class.ClassName)
	b.WriteString("(")
	for i, a := range e.Args {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Repr(a))
	}
	b.WriteString(")")
	return b.String()
}

// Type implements starlark.Value.
func (e *Exception) Type() string          { return e.Class.ClassName }
func (e *Exception) Freeze()               {}
func (e *Exception) Truth() starlark.Bool  { return true }
func (e *Exception) Hash() (uint32, error) { return HashString(e.Error()), nil }

// Attr implements starlark.HasAttrs.
func (e *Exception) Attr(name string) (starlark.Value, error) {
	switch name {
	case "args":
		return e.Args, nil
	case "value":
		if e.Class.IsSubclass(StopIteration) {
			return e.arg(0), nil
		}
	case "code":
		if e.Class.IsSubclass(SystemExit) {
			if len(e.Args) > 1 {
				return e.Args, nil
			}
			return e.arg(0), nil
		}
	case "errno", "strerror", "filename":
		if v, ok := e.Attrs[name]; ok {
			return v, nil // set by the script (a subclass's __init__)
		}
		if e.Class.IsSubclass(OSError) {
			if !e.hasErrno() {
				return starlark.None, nil
			}
			return e.arg(osErrorArg[name]), nil
		}
	case "__class__":
		return e.Class, nil
	case "__dict__":
		return e.instanceDict(), nil
	case "__cause__", "__context__", "__suppress_context__":
		return e.chainAttr(name), nil
	case "__traceback__":
		if e.Traceback == nil {
			return starlark.None, nil
		}
		return &TracebackValue{Exc: e}, nil
	}
	cv, owner := e.Class.Lookup(name)
	if v, ok, err := e.descAttr(cv, true); ok {
		return v, err
	}
	if v, ok := e.dictAttr(name); ok {
		return v, nil
	}
	if v, ok := e.Attrs[name]; ok {
		return v, nil
	}
	if v, ok := e.slotAttr(name); ok {
		return v, nil
	}
	if cv != nil {
		if v, ok, err := e.descAttr(cv, false); ok {
			return v, err
		}
		return bind(e, cv, owner), nil
	}
	return nil, nil
}

// Value is the script-visible object of e: the instance of the user
// exception class that wraps it, or e itself.
func (e *Exception) Value() starlark.Value {
	if e.Self != nil {
		return e.Self
	}
	return e
}

// arg returns args[i], or None.
func (e *Exception) arg(i int) starlark.Value {
	if i < len(e.Args) {
		return e.Args[i]
	}
	return starlark.None
}

// osErrorArg is the index in an OSError's args of each attribute.
var osErrorArg = map[string]int{"errno": 0, "strerror": 1, "filename": 2}

// hasErrno reports whether an OSError's args are (errno, strerror[,
// filename]), which str() shows as "[Errno 2] No such file: 'f'".
func (e *Exception) hasErrno() bool {
	return e.Class.IsSubclass(OSError) && len(e.Args) >= 2 && len(e.Args) <= 3
}

// PyClass returns the exception's class, for type() and isinstance.
func (e *Exception) PyClass() *Class { return e.Class }

// ScriptStr calls a user class's __str__, if any.
func (e *Exception) ScriptStr(thread *starlark.Thread) (string, error) {
	if m, c := e.Class.Lookup("__str__"); m != nil && c.IsUser() {
		return callString(thread, bind(e, m, c), "__str__")
	}
	return e.scriptMessage(thread)
}

// ScriptRepr calls a user class's __repr__, if any.
func (e *Exception) ScriptRepr(thread *starlark.Thread) (string, error) {
	if m, c := e.Class.Lookup("__repr__"); m != nil && c.IsUser() {
		return callString(thread, bind(e, m, c), "__repr__")
	}
	return e.argsRepr(thread)
}

// argsRepr is e.String() with each argument's own __repr__ run in
// thread: KeyError(R()).
func (e *Exception) argsRepr(thread *starlark.Thread) (string, error) {
	var b strings.Builder
	b.WriteString(e.Class.ClassName + "(")
	for i, a := range e.Args {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := ReprOf(thread, a)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteString(")")
	return b.String(), nil
}

func init() {
	BaseException.Dict["__init__"] = starlark.NewBuiltin("__init__", exceptionInit)
	BaseException.Dict["__str__"] = starlark.NewBuiltin("__str__", exceptionText((*Exception).Message))
	BaseException.Dict["__repr__"] = starlark.NewBuiltin("__repr__", exceptionText((*Exception).String))
}

// exceptionText makes BaseException.__str__ or __repr__, which super()
// reaches from a subclass's own: text(self), without the subclass's
// methods.
func exceptionText(text func(*Exception) string) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var e *Exception
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &e); err != nil {
			return nil, err
		}
		return starlark.String(text(e)), nil
	}
}

// exceptionInit is BaseException.__init__(self, *args): it sets args.
func exceptionInit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, Raise(TypeError, "descriptor '__init__' of 'BaseException' object needs an argument")
	}
	if e, ok := args[0].(*Exception); ok {
		e.Args = append(starlark.Tuple(nil), args[1:]...)
		if len(kwargs) > 0 && excSlotNames(e.Class) != nil {
			return starlark.None, e.setSlotKwargs(kwargs)
		}
	}
	return starlark.None, nil
}

// AttrNames implements starlark.HasAttrs.
func (e *Exception) AttrNames() []string {
	names := append([]string{"args"}, excSlotNames(e.Class)...)
	if e.Class.IsSubclass(ImportError) {
		names = append(names, "msg")
	}
	for k := range e.Attrs {
		names = append(names, k)
	}
	return names
}

// SetField implements starlark.HasSetField.
func (e *Exception) SetField(name string, v starlark.Value) error {
	if ok, err := e.setChainAttr(name, v); ok {
		return err
	}
	if name == "args" {
		if t, ok := v.(starlark.Tuple); ok {
			if e.fromMsg {
				e.more() // the name stays that of the message
			}
			e.Args = t
			return nil
		}
	}
	if e.setSlot(name, v) {
		return nil
	}
	if ok, err := e.descSet(name, v); ok {
		return err
	}
	e.setAttr(name, v)
	return nil
}

// AsException finds the *Exception in err's chain, if any.
func AsException(err error) (*Exception, bool) {
	var e *Exception
	if errors.As(err, &e) {
		return e, true
	}
	return nil, false
}
