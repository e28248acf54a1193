package pprint

// This file defines the layouts of the collections types: Counter (by
// most_common), defaultdict, OrderedDict and deque, as CPython's
// pprint prints them over several lines.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/builtins/collections"
)

// collection returns the layout of a collections type, or nil.
func (p *printer) collection(x starlark.Value) layout {
	switch x.(type) {
	case *collections.Counter:
		return p.nonEmpty(p.counter)
	case *collections.DefaultDict:
		return p.nonEmpty(p.defaultDict)
	case *collections.OrderedDict:
		return p.nonEmpty(p.orderedDict)
	case *collections.Deque:
		return p.nonEmpty(p.deque)
	}
	return nil
}

// nonEmpty prints an empty collection as its repr, else with l.
func (p *printer) nonEmpty(l layout) layout {
	return func(x starlark.Value, indent, allowance int, ctx context, level int) error {
		if starlark.Len(x) == 0 {
			rep, err := builtins.Repr(p.thread, x)
			p.write(rep)
			return err
		}
		return l(x, indent, allowance, ctx, level)
	}
}

// itemsOf returns the (key, value) pairs of a dict or a dict-like
// collection, in its order.
func (p *printer) itemsOf(x starlark.Value) ([]starlark.Tuple, error) {
	if d, ok := x.(*starlark.Dict); ok {
		return d.Items(), nil
	}
	return p.pairs(x, "items")
}

// pairs calls x.method() and returns its pairs.
func (p *printer) pairs(x starlark.Value, method string) ([]starlark.Tuple, error) {
	v, err := builtins.CallMethod(p.thread, x, method, nil, nil)
	if err != nil {
		return nil, err
	}
	elems, err := builtins.Elements(p.thread, v)
	if err != nil {
		return nil, err
	}
	items := make([]starlark.Tuple, len(elems))
	for i, e := range elems {
		items[i], _ = e.(starlark.Tuple)
	}
	return items, nil
}

func className(x starlark.Value) string { return builtins.TypeOf(x).ClassName }

// counter is _pprint_counter: Counter({...}) by most_common.
func (p *printer) counter(x starlark.Value, indent, allowance int, ctx context, level int) error {
	cls := className(x)
	p.write(cls + "({")
	if p.indent > 1 {
		p.write(strings.Repeat(" ", p.indent-1))
	}
	items, err := p.pairs(x, "most_common")
	if err != nil {
		return err
	}
	if err := p.dictEntries(items, indent+len(cls)+1, allowance+2, ctx, level); err != nil {
		return err
	}
	p.write("})")
	return nil
}

// defaultDict is _pprint_default_dict: the factory, then the dict.
func (p *printer) defaultDict(x starlark.Value, indent, allowance int, ctx context, level int) error {
	factory, err := builtins.GetAttr(x, "default_factory")
	if err != nil {
		return err
	}
	rdf, err := p.repr(factory, ctx, level)
	if err != nil {
		return err
	}
	cls := className(x)
	indent += len(cls) + 1
	p.write(cls + "(" + rdf + ",\n" + strings.Repeat(" ", indent))
	if err := p.dict(x, indent, allowance+1, ctx, level); err != nil {
		return err
	}
	p.write(")")
	return nil
}

// orderedDict is _pprint_ordered_dict: the list of its items.
func (p *printer) orderedDict(x starlark.Value, indent, allowance int, ctx context, level int) error {
	items, err := p.itemsOf(x)
	if err != nil {
		return err
	}
	list := make([]starlark.Value, len(items))
	for i, kv := range items {
		list[i] = kv
	}
	cls := className(x)
	p.write(cls + "(")
	if err := p.format(starlark.NewList(list), indent+len(cls)+1, allowance+1, ctx, level); err != nil {
		return err
	}
	p.write(")")
	return nil
}

// deque is _pprint_deque, with maxlen if it has one.
func (p *printer) deque(x starlark.Value, indent, allowance int, ctx context, level int) error {
	elems, err := builtins.Elements(p.thread, x)
	if err != nil {
		return err
	}
	maxlen, err := builtins.GetAttr(x, "maxlen")
	if err != nil {
		return err
	}
	cls := className(x)
	p.write(cls + "(")
	indent += len(cls) + 1
	p.write("[")
	if maxlen == starlark.None {
		if err := p.items(elems, indent, allowance+2, ctx, level); err != nil {
			return err
		}
		p.write("])")
		return nil
	}
	if err := p.items(elems, indent, 2, ctx, level); err != nil {
		return err
	}
	rml, err := p.repr(maxlen, ctx, level)
	p.write("],\n" + strings.Repeat(" ", indent) + "maxlen=" + rml + ")")
	return err
}
