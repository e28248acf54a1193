package py

// This file defines the attributes CPython 3.11 gives some exception
// classes beyond args: NameError.name, AttributeError.name and .obj,
// ImportError.name, .path and .msg. They are None until set, by the
// constructor's keyword arguments (NameError("m", name="x")), by an
// assignment, or by the interpreter when it raises the exception (see
// NameErr and SetAttrContext), which the default sys.excepthook's "Did
// you mean" suggestions read (see package suggest).

import (
	"strings"

	"go.starlark.net/starlark"
)

// slots holds those attributes but obj (a nil one is unset: None), the
// type of the value an AttributeError of the VM is about, and the
// suggestion.
type slots struct {
	name, path starlark.Value
	attrType   string
	suggestion *string
}

// excSlotNames returns the attributes class c has beyond args, as its
// constructor's keyword arguments name them, or nil.
func excSlotNames(c *Class) []string {
	switch {
	case c.IsSubclass(AttributeError):
		return []string{"name", "obj"}
	case c.IsSubclass(NameError):
		return []string{"name"}
	case c.IsSubclass(ImportError):
		return []string{"name", "path"}
	}
	return nil
}

// hasSlot reports whether an exception of class c has attribute name
// in a slot.
func hasSlot(c *Class, name string) bool {
	for _, n := range excSlotNames(c) {
		if n == name {
			return true
		}
	}
	return false
}

// more returns e's slots, allocating them (with what the message of
// the interpreter holds) on first use.
func (e *Exception) more() *slots {
	if e.extra == nil {
		e.extra = &slots{}
	}
	if e.fromMsg {
		e.fromMsg = false
		e.extra.name, e.extra.attrType = e.msgContext()
	}
	return e.extra
}

// msgContext recovers the name (and an AttributeError's type) from the
// message NameErr, AttrError or vmError wrote: "name 'x' is not
// defined", "'list' object has no attribute 'x'", "module 'm' has no
// attribute 'x'".
func (e *Exception) msgContext() (name starlark.Value, typ string) {
	msg := e.Message()
	if rest, ok := strings.CutPrefix(msg, "name '"); ok {
		n, _, _ := strings.Cut(rest, "' is not defined")
		return starlark.String(n), ""
	}
	const has = " has no attribute '"
	if i := strings.LastIndex(msg, has); i >= 0 {
		name = starlark.String(strings.TrimSuffix(msg[i+len(has):], "'"))
	}
	if t, ok := strings.CutPrefix(msg, "'"); ok {
		typ, _, _ = strings.Cut(t, "' object")
	} else if strings.HasPrefix(msg, "type object '") {
		typ = "type" // a class's (see Class.noAttr)
	}
	return name, typ
}

// slot returns the field of attribute name.
func (e *Exception) slot(name string) *starlark.Value {
	switch name {
	case "name":
		return &e.more().name
	case "obj":
		return &e.obj
	}
	return &e.more().path
}

// slotAttr returns attribute name if e's class has it: a slot, or an
// ImportError's msg (its one argument).
func (e *Exception) slotAttr(name string) (starlark.Value, bool) {
	if name == "msg" && e.Class.IsSubclass(ImportError) {
		if len(e.Args) == 1 {
			return e.Args[0], true
		}
		return starlark.None, true
	}
	if !hasSlot(e.Class, name) {
		return nil, false
	}
	var v starlark.Value
	if name == "obj" || e.extra != nil || e.fromMsg {
		v = *e.slot(name)
	}
	if v == nil {
		v = starlark.None
	}
	return v, true
}

// setSlot sets attribute name if e's class has it in a slot.
func (e *Exception) setSlot(name string, v starlark.Value) bool {
	if !hasSlot(e.Class, name) {
		return false
	}
	*e.slot(name) = v
	return true
}

// setSlotKwargs sets the slots from a constructor's keyword arguments,
// with CPython's TypeError for any other keyword.
func (e *Exception) setSlotKwargs(kwargs []starlark.Tuple) error {
	for _, kv := range kwargs {
		k, _ := starlark.AsString(kv[0])
		if !e.setSlot(k, kv[1]) {
			return Raisef(TypeError, "'%s' is an invalid keyword argument for %s()", k, e.Class.ClassName)
		}
	}
	return nil
}

// NameErr is the NameError the interpreter raises for an unbound name,
// whose name attribute is name.
func NameErr(name string) *Exception {
	e := Raise(NameError, "name '"+name+"' is not defined")
	e.fromMsg = true
	return e
}

// SetAttrContext records, as CPython's attribute lookup does, the name
// and the object of a failed lookup in err when err is an AttributeError
// that has neither yet; it returns err.
func SetAttrContext(err error, obj starlark.Value, name string) error {
	e, ok := err.(*Exception) // most often; errors.As costs more
	if !ok {
		e, ok = AsException(err)
	}
	if !ok || !e.Class.IsSubclass(AttributeError) || e.obj != nil || e.fromMsg {
		return err
	}
	if s := e.extra; s != nil && s.name != nil {
		return err
	}
	e.more().name = starlark.String(name)
	e.obj = obj
	return err
}

// NoAttr is the AttributeError of the interpreter for attribute name of
// obj, whose type CPython's message names as typ: its name attribute is
// in its message, its obj attribute is obj.
func NoAttr(obj starlark.Value, typ, name string) *Exception {
	return AttrError(obj, "'"+typ+"' object has no attribute '"+name+"'")
}

// AttrError is the AttributeError of the interpreter with message msg,
// which ends "has no attribute 'name'", for attribute name of obj.
func AttrError(obj starlark.Value, msg string) *Exception {
	e := Raise(AttributeError, msg)
	e.fromMsg, e.obj = true, obj
	return e
}

// AttrContext returns the name and obj attributes of a NameError or
// AttributeError (nil when unset), and, for an AttributeError the VM
// raised about one of its own values, which it does not keep, the
// Starlark type of that value.
func (e *Exception) AttrContext() (name, obj starlark.Value, typ string) {
	if e.extra == nil && !e.fromMsg {
		return nil, e.obj, ""
	}
	s := e.more()
	return s.name, e.obj, s.attrType
}

// WithImportContext sets the name and, unless path is "", the path
// attribute of e, an ImportError the interpreter raises; it returns e.
func (e *Exception) WithImportContext(name, path string) *Exception {
	s := e.more()
	s.name = starlark.String(name)
	if path != "" {
		s.path = starlark.String(path)
	}
	return e
}

// SetSuggestion records the "Did you mean" trailer ("" for none) that
// the default hooks print after e's last line (see package suggest).
func (e *Exception) SetSuggestion(t string) {
	if e.extra == nil && t == "" {
		return
	}
	e.more().suggestion = &t
}

// Suggestion returns the trailer SetSuggestion recorded, or "".
func (e *Exception) Suggestion() string {
	if e.extra == nil || e.extra.suggestion == nil {
		return ""
	}
	return *e.extra.suggestion
}
