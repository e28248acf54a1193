package collections

// This file defines Counter.

import (
	"sort"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// CounterClass is collections.Counter.
var CounterClass = newClass("Counter", newCounter)

// Counter is a collections.Counter: a dict of counts in which missing
// keys count zero. It is guarded by the GIL of the Interpreter that owns it.
type Counter struct {
	dictLike
	attrs py.AttrDict // attributes set by scripts
}

var (
	_ starlark.IterableMapping = (*Counter)(nil)
	_ starlark.HasSetKey       = (*Counter)(nil)
	_ starlark.Container       = (*Counter)(nil)
	_ starlark.HasBinary       = (*Counter)(nil)
	_ starlark.Comparable      = (*Counter)(nil)
	_ starlark.HasSetField     = (*Counter)(nil)
)

func makeCounter() *Counter { return &Counter{dictLike: dictLike{starlark.NewDict(0)}} }

// newCounter implements Counter(iterable_or_mapping=None, /, **kwds).
// https://docs.python.org/3/library/collections.html#collections.Counter
func newCounter(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c := makeCounter()
	if err := c.add(thread, args, kwargs, 1); err != nil {
		return nil, err
	}
	return c, nil
}

// add counts the elements of an iterable, or adds a mapping's counts,
// times sign.
func (c *Counter) add(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple, sign int) error {
	if len(args) > 1 {
		return py.Raisef(py.TypeError, "expected at most 1 argument, got %d", len(args))
	}
	var pairs []starlark.Tuple
	if len(args) == 1 && args[0] != starlark.None {
		if m, ok := args[0].(starlark.IterableMapping); ok {
			pairs = m.Items()
		} else {
			elems, err := builtins.Elements(thread, args[0])
			if err != nil {
				return err
			}
			for _, e := range elems {
				pairs = append(pairs, starlark.Tuple{e, starlark.MakeInt(1)})
			}
		}
	}
	pairs = append(pairs, kwargs...)
	for _, kv := range pairs {
		old, found, err := c.lookup(kv[0])
		if err != nil {
			return err
		}
		if !found {
			old = starlark.MakeInt(0)
		}
		op := syntax.PLUS
		if sign < 0 {
			op = syntax.MINUS
		}
		n, err := starlark.Binary(op, old, kv[1])
		if err != nil {
			return err
		}
		if err := c.SetKey(kv[0], n); err != nil {
			return err
		}
	}
	return nil
}

// Get returns the count of k: zero when missing.
func (c *Counter) Get(k starlark.Value) (starlark.Value, bool, error) {
	v, found, err := c.lookup(k)
	if err != nil {
		return nil, false, err
	}
	if !found {
		return starlark.MakeInt(0), true, nil
	}
	return v, true, nil
}

// mostCommon returns the items by decreasing count, ties in insertion order.
func (c *Counter) mostCommon() []starlark.Tuple {
	items := c.Items()
	sort.SliceStable(items, func(i, j int) bool {
		less, _ := starlark.Compare(syntax.GT, items[i][1], items[j][1])
		return less
	})
	return items
}

func (c *Counter) String() string {
	s, _ := c.repr(plainRepr)
	return s
}

// ScriptRepr implements py.ScriptReprer: the repr, with the __repr__ of
// the user objects in it.
func (c *Counter) ScriptRepr(thread *starlark.Thread) (string, error) {
	return c.repr(scriptRepr(thread))
}

func (c *Counter) repr(repr reprFunc) (string, error) {
	if c.Len() == 0 {
		return "Counter()", nil
	}
	items, err := itemsRepr(c.mostCommon(), repr)
	return "Counter(" + items + ")", err
}
func (c *Counter) Type() string { return "Counter" }
func (c *Counter) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'Counter'")
}

// PyClass returns collections.Counter.
func (c *Counter) PyClass() *py.Class { return CounterClass }

var counterMethods = map[string]method{
	"most_common": counterMostCommon,
	"elements":    counterElements,
	"update":      counterUpdate,
	"subtract":    counterSubtract,
	"total":       counterTotal,
	"copy":        counterCopy,
}

// Attr implements starlark.HasAttrs.
func (c *Counter) Attr(name string) (starlark.Value, error) {
	if v, ok := c.attrs.Get(name); ok {
		return v, nil
	}
	return attr(c, &c.dictLike, counterMethods, name)
}

// AttrNames implements starlark.HasAttrs.
func (c *Counter) AttrNames() []string { return append(attrNames(counterMethods), c.attrs.Names()...) }

// SetField sets an attribute: a Counter has a __dict__.
func (c *Counter) SetField(name string, v starlark.Value) error { return c.attrs.Set(name, v) }

// DelField deletes an attribute a script set.
func (c *Counter) DelField(name string) error { return c.attrs.Delete(c, name) }

func counterMostCommon(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var n starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "n?", &n); err != nil {
		return nil, err
	}
	items := self.(*Counter).mostCommon()
	if n != starlark.None {
		k, err := starlark.AsInt32(n)
		if err != nil {
			return nil, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(n))
		}
		items = items[:min(max(k, 0), len(items))]
	}
	out := make([]starlark.Value, len(items))
	for i, kv := range items {
		out[i] = kv
	}
	return starlark.NewList(out), nil
}

func counterElements(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	var out []starlark.Value
	for _, kv := range d.Items() {
		n, err := starlark.AsInt32(kv[1])
		if err != nil {
			return nil, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(kv[1]))
		}
		for i := 0; i < n; i++ {
			out = append(out, kv[0])
		}
	}
	return starlark.NewList(out), nil
}

func counterUpdate(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.None, self.(*Counter).add(thread, args, kwargs, 1)
}

func counterSubtract(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.None, self.(*Counter).add(thread, args, kwargs, -1)
}

func counterTotal(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	var sum starlark.Value = starlark.MakeInt(0)
	for _, kv := range d.Items() {
		s, err := starlark.Binary(syntax.PLUS, sum, kv[1])
		if err != nil {
			return nil, err
		}
		sum = s
	}
	return sum, nil
}

func counterCopy(thread *starlark.Thread, b *starlark.Builtin, self starlark.Value, d *dictLike, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	c := makeCounter()
	for _, kv := range d.Items() {
		c.SetKey(kv[0], kv[1])
	}
	return c, nil
}

// Binary implements +, -, | and & between Counters: results keep only
// positive counts.
func (c *Counter) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	o, ok := y.(*Counter)
	if !ok || side == starlark.Right {
		return nil, nil
	}
	out := makeCounter()
	zero := starlark.MakeInt(0)
	keys := append(c.Keys(), o.Keys()...)
	for _, k := range keys {
		if found, _ := out.Has(k); found {
			continue
		}
		r, err := combine(op, c.get(k), o.get(k))
		if err != nil || r == nil {
			return r, err
		}
		if pos, _ := starlark.Compare(syntax.GT, r, zero); pos {
			out.SetKey(k, r)
		}
	}
	return out, nil
}

// Unary implements +c and -c: Counter() + c and Counter() - c, the
// positive counts and the negated negative ones.
func (c *Counter) Unary(op syntax.Token) (starlark.Value, error) {
	if op != syntax.PLUS && op != syntax.MINUS {
		return nil, nil
	}
	return makeCounter().Binary(op, c, starlark.Left)
}

func combine(op syntax.Token, a, b starlark.Value) (starlark.Value, error) {
	switch op {
	case syntax.PLUS, syntax.MINUS:
		return starlark.Binary(op, a, b)
	case syntax.PIPE, syntax.AMP:
		less, err := starlark.Compare(syntax.LT, a, b)
		if err != nil {
			return nil, err
		}
		if less == (op == syntax.PIPE) {
			return b, nil
		}
		return a, nil
	}
	return nil, nil
}

// Get on the receiver's value, ignoring the found flag.
func (c *Counter) get(k starlark.Value) starlark.Value { v, _, _ := c.Get(k); return v }

// CompareSameType implements == and != (missing counts as zero).
func (c *Counter) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	o, ok := y.(*Counter)
	if !ok {
		return py.CompareForeign(op, c, y)
	}
	if op != syntax.EQL && op != syntax.NEQ {
		return false, py.Raisef(py.TypeError, "'%s' not supported between instances of 'Counter' and 'Counter'", op)
	}
	eq := true
	for _, k := range append(c.Keys(), o.Keys()...) {
		if e, err := starlark.Equal(c.get(k), o.get(k)); err != nil || !e {
			eq = false
			break
		}
	}
	return eq == (op == syntax.EQL), nil
}
