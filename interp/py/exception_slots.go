package py

// This file defines the attributes CPython 3.11 gives some exception
// classes beyond args: NameError.name, AttributeError.name and .obj,
// ImportError.name, .path and .msg. They are None until set, by the
// constructor's keyword arguments (NameError("m", name="x")), by an
// assignment, or by the interpreter when it raises the exception (see
// NameErr and SetAttrContext), which the default sys.excepthook's "Did
// you mean" suggestions read (see package suggest).

import (
	"fmt"

	"go.starlark.net/starlark"
)

// slots holds those attributes; a nil field is unset (None).
type slots struct {
	name, obj, path, msg starlark.Value
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
// in a slot (ImportError's msg too, which is no keyword argument).
func hasSlot(c *Class, name string) bool {
	if name == "msg" {
		return c.IsSubclass(ImportError)
	}
	for _, n := range excSlotNames(c) {
		if n == name {
			return true
		}
	}
	return false
}

// slot returns the field of attribute name.
func (e *Exception) slot(name string) *starlark.Value {
	switch name {
	case "name":
		return &e.slots.name
	case "obj":
		return &e.slots.obj
	case "path":
		return &e.slots.path
	}
	return &e.slots.msg
}

// slotAttr returns attribute name if e's class has it in a slot.
func (e *Exception) slotAttr(name string) (starlark.Value, bool) {
	if !hasSlot(e.Class, name) {
		return nil, false
	}
	v := *e.slot(name)
	if v == nil && name == "msg" && len(e.Args) == 1 {
		v = e.Args[0] // ImportError("m").msg
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
		if k == "msg" || !e.setSlot(k, kv[1]) {
			return Raisef(TypeError, "'%s' is an invalid keyword argument for %s()", k, e.Class.ClassName)
		}
	}
	return nil
}

// NameErr is the NameError the interpreter raises for an unbound name,
// with its name attribute set.
func NameErr(name string) *Exception {
	e := Raise(NameError, fmt.Sprintf("name '%s' is not defined", name))
	e.slots.name = starlark.String(name)
	return e
}

// SetAttrContext records, as CPython's attribute lookup does, the name
// and the object of a failed lookup in err when err is an AttributeError
// that has neither yet; it returns err.
func SetAttrContext(err error, obj starlark.Value, name string) error {
	e, ok := AsException(err)
	if !ok || !e.Class.IsSubclass(AttributeError) || e.slots.name != nil || e.slots.obj != nil {
		return err
	}
	e.slots.name = starlark.String(name)
	e.slots.obj = obj
	return err
}

// AttrContext returns the name and obj attributes of an AttributeError
// (nil when unset).
func (e *Exception) AttrContext() (name, obj starlark.Value) {
	return e.slots.name, e.slots.obj
}

// SetAttrType records, for an AttributeError the VM raised about a value
// it does not name (a list, a str...), the Starlark type of that value,
// whose attributes the suggestion of the default sys.excepthook lists
// when obj is unset.
func (e *Exception) setAttrType(name, typ string) {
	e.slots.name = starlark.String(name)
	e.attrType = typ
}

// AttrType returns the Starlark type name setAttrType recorded, or "".
func (e *Exception) AttrType() string { return e.attrType }

// WithImportContext sets the name and, unless path is "", the path
// attribute of e, an ImportError the interpreter raises; it returns e.
func (e *Exception) WithImportContext(name, path string) *Exception {
	e.slots.name = starlark.String(name)
	if path != "" {
		e.slots.path = starlark.String(path)
	}
	return e
}

// SetSuggestion records the "Did you mean" trailer ("" for none) that
// the default hooks print after e's last line (see package suggest).
func (e *Exception) SetSuggestion(s string) { e.suggestion = &s }

// Suggestion returns the trailer SetSuggestion recorded, or "".
func (e *Exception) Suggestion() string {
	if e.suggestion == nil {
		return ""
	}
	return *e.suggestion
}
