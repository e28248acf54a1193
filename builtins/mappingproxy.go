package builtins

// This file defines mappingproxy, the read-only view C.__dict__ of a
// class's namespace, in the order CPython lists it.

import (
	"fmt"
	"sort"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// MappingProxy is C.__dict__: a live, read-only view of a class's names.
type MappingProxy struct {
	c *py.Class
}

var (
	_ starlark.Mapping   = (*MappingProxy)(nil)
	_ starlark.Iterable  = (*MappingProxy)(nil)
	_ starlark.Container = (*MappingProxy)(nil)
	_ starlark.HasAttrs  = (*MappingProxy)(nil)
)

// classOrder returns the names a user class's __dict__ lists first, as
// CPython's type() orders them: __module__, the body's names (with
// __doc__ first if it has a docstring), then __dict__ and __weakref__
// for a class whose bases are object, then __doc__ if it had none.
func classOrder(body []string, hasDoc, rootBases bool) []string {
	order := append([]string{"__module__"}, body...)
	if rootBases {
		order = append(order, "__dict__", "__weakref__")
	}
	if !hasDoc {
		order = append(order, "__doc__")
	}
	return order
}

// keys returns the proxy's names: the class's Order, then names set on
// the class later, sorted.
func (p *MappingProxy) keys() []string {
	var keys []string
	seen := map[string]bool{}
	for _, k := range p.c.Order {
		if _, ok := p.value(k); ok && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	var extra []string
	for k := range p.c.Dict {
		if !seen[k] {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	return append(keys, extra...)
}

// value returns the class's entry k.
func (p *MappingProxy) value(k string) (starlark.Value, bool) {
	if !p.c.IsUser() {
		v, ok := p.c.Dict[k] // a builtin class's: the names spindle gives it
		return v, ok
	}
	switch k {
	case "__module__":
		return starlark.String(p.c.Module), true
	case "__dict__", "__weakref__":
		if v, ok := p.c.Dict[k]; ok {
			return v, true
		}
		return &attributeDescriptor{name: k, cls: p.c.ClassName}, true
	}
	v, ok := p.c.Dict[k]
	return v, ok
}

func (p *MappingProxy) String() string { return "mappingproxy(" + p.PyStr() + ")" }

// PyStr returns str(proxy), the str of the dict it shows.
func (p *MappingProxy) PyStr() string {
	var b strings.Builder
	b.WriteString("{")
	for i, k := range p.keys() {
		if i > 0 {
			b.WriteString(", ")
		}
		v, _ := p.value(k)
		b.WriteString(py.Repr(starlark.String(k)) + ": " + py.Repr(v))
	}
	b.WriteString("}")
	return b.String()
}
func (p *MappingProxy) Type() string         { return "mappingproxy" }
func (p *MappingProxy) Freeze()              {}
func (p *MappingProxy) Truth() starlark.Bool { return true }
func (p *MappingProxy) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'mappingproxy'")
}
func (p *MappingProxy) Len() int { return len(p.keys()) }

// Get implements proxy[k].
func (p *MappingProxy) Get(k starlark.Value) (starlark.Value, bool, error) {
	s, ok := k.(starlark.String)
	if !ok {
		return nil, false, py.NewException(py.KeyError, k)
	}
	v, found := p.value(string(s))
	if !found {
		return nil, false, py.NewException(py.KeyError, k)
	}
	return v, true, nil
}

// Has implements k in proxy.
func (p *MappingProxy) Has(k starlark.Value) (bool, error) {
	s, ok := k.(starlark.String)
	if !ok {
		return false, nil
	}
	_, found := p.value(string(s))
	return found, nil
}

// Iterate yields the names.
func (p *MappingProxy) Iterate() starlark.Iterator {
	var keys []starlark.Value
	for _, k := range p.keys() {
		keys = append(keys, starlark.String(k))
	}
	return starlark.Tuple(keys).Iterate()
}

// items returns the (name, value) pairs.
func (p *MappingProxy) items() []starlark.Value {
	var out []starlark.Value
	for _, k := range p.keys() {
		v, _ := p.value(k)
		out = append(out, starlark.Tuple{starlark.String(k), v})
	}
	return out
}

// Attr returns keys, values, items, get or copy.
func (p *MappingProxy) Attr(name string) (starlark.Value, error) {
	switch name {
	case "keys", "values", "items", "get", "copy":
	default:
		return nil, nil
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return p.call(name, args, kwargs)
	}), nil
}

// AttrNames implements starlark.HasAttrs.
func (p *MappingProxy) AttrNames() []string {
	return []string{"copy", "get", "items", "keys", "values"}
}

func (p *MappingProxy) call(name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if name == "get" {
		var k, def starlark.Value = nil, starlark.None
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &k, &def); err != nil {
			return nil, err
		}
		if v, found, _ := p.Get(k); found {
			return v, nil
		}
		return def, nil
	}
	if err := py.NoArgsC("mappingproxy", name, args, kwargs); err != nil {
		return nil, err
	}
	d := starlark.NewDict(len(p.c.Dict))
	for _, kv := range p.items() {
		d.SetKey(kv.(starlark.Tuple)[0], kv.(starlark.Tuple)[1])
	}
	switch name {
	case "keys":
		return &DictView{kind: viewKeys, dict: d}, nil
	case "values":
		return &DictView{kind: viewValues, dict: d}, nil
	case "items":
		return &DictView{kind: viewItems, dict: d}, nil
	}
	return d, nil
}

// attributeDescriptor is a class's __dict__ or __weakref__ entry.
type attributeDescriptor struct{ name, cls string }

func (a *attributeDescriptor) String() string {
	return fmt.Sprintf("<attribute '%s' of '%s' objects>", a.name, a.cls)
}
func (a *attributeDescriptor) Type() string          { return "getset_descriptor" }
func (a *attributeDescriptor) Freeze()               {}
func (a *attributeDescriptor) Truth() starlark.Bool  { return true }
func (a *attributeDescriptor) Hash() (uint32, error) { return uint32(py.Addr(a)), nil }
