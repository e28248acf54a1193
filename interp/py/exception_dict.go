package py

// This file defines an exception's __dict__ (and so vars(e)): the
// attributes the script set on it, in the order it first set them, as
// a dict that stays the exception's own, so that e.__dict__["k"] = v
// sets e.k. CPython keeps the attributes of its C slots (args,
// __notes__ aside) out of it, and so does this.

import "go.starlark.net/starlark"

// instanceDict returns e's __dict__, making it from the attributes set
// so far.
func (e *Exception) instanceDict() *starlark.Dict {
	if e.dict == nil {
		e.dict = starlark.NewDict(len(e.order))
		for _, k := range e.order {
			if v, ok := e.Attrs[k]; ok {
				e.dict.SetKey(starlark.String(k), v)
			}
		}
	}
	return e.dict
}

// setAttr sets the instance attribute name of e to v.
func (e *Exception) setAttr(name string, v starlark.Value) {
	if e.Attrs == nil {
		e.Attrs = starlark.StringDict{}
	}
	if _, ok := e.Attrs[name]; !ok {
		e.order = append(e.order, name)
	}
	e.Attrs[name] = v
	if e.dict != nil {
		e.dict.SetKey(starlark.String(name), v)
	}
}

// dictAttr returns the attribute name that the script stored in e's
// __dict__ itself, once it has one.
func (e *Exception) dictAttr(name string) (starlark.Value, bool) {
	if e.dict == nil {
		return nil, false
	}
	v, found, _ := e.dict.Get(starlark.String(name))
	return v, found
}
