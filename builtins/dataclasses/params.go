package dataclasses

// This file defines _DataclassParams, the __dataclass_params__ of a
// dataclass: the decorator's arguments as CPython 3.11 keeps them.

import (
	"fmt"

	"go.starlark.net/starlark"
)

// paramsKey is the class attribute holding a dataclass's parameters.
const paramsKey = "__dataclass_params__"

// Params is a dataclass's _DataclassParams; it never changes.
type Params struct{ opts options }

var _ starlark.HasAttrs = (*Params)(nil)

func (p *Params) String() string {
	o := p.opts
	return fmt.Sprintf("_DataclassParams(init=%s,repr=%s,eq=%s,order=%s,unsafe_hash=%s,frozen=%s)",
		starlark.Bool(o.init), starlark.Bool(o.repr), starlark.Bool(o.eq), starlark.Bool(o.order), starlark.Bool(o.unsafeHash), starlark.Bool(o.frozen))
}
func (p *Params) Type() string          { return "_DataclassParams" }
func (p *Params) Freeze()               {}
func (p *Params) Truth() starlark.Bool  { return true }
func (p *Params) Hash() (uint32, error) { return starlark.String(p.String()).Hash() }

// Attr implements starlark.HasAttrs: the six parameters.
func (p *Params) Attr(name string) (starlark.Value, error) {
	o := p.opts
	v, ok := map[string]bool{"init": o.init, "repr": o.repr, "eq": o.eq, "order": o.order, "unsafe_hash": o.unsafeHash, "frozen": o.frozen}[name]
	if !ok {
		return nil, nil
	}
	return starlark.Bool(v), nil
}

// AttrNames implements starlark.HasAttrs.
func (p *Params) AttrNames() []string {
	return []string{"eq", "frozen", "init", "order", "repr", "unsafe_hash"}
}
