package dataclasses

// This file defines the methods @dataclass adds to a class: __init__,
// __repr__, __eq__, the order comparisons and __hash__.

import (
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// class is a processed dataclass.
type class struct {
	cls    *py.Class
	fields []*Field
	params []*Field // fields and InitVar pseudo-fields, in order
	frozen bool
}

// init is the generated __init__(self, f1, f2=default, ...).
func (c *class) init(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	self, ok := args[0].(starlark.HasSetField)
	if !ok {
		return nil, py.Raisef(py.TypeError, "%s.__init__() needs an instance", c.cls.ClassName)
	}
	vals, err := c.bindArgs(args[1:], kwargs)
	if err != nil {
		return nil, err
	}
	postArgs := starlark.Tuple{args[0]}
	for _, f := range c.params {
		v, ok := vals[f.name]
		if !ok {
			if !f.hasDefault() {
				continue // init=False without a default
			}
			if v, err = f.defaultValue(thread); err != nil {
				return nil, err
			}
		}
		if f.initVar {
			postArgs = append(postArgs, v) // __post_init__'s argument
			continue
		}
		if err := c.setField(thread, self, f.name, v); err != nil {
			return nil, err
		}
	}
	if post, _ := c.cls.Lookup("__post_init__"); post != nil {
		if _, err := starlark.Call(thread, post, postArgs, nil); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

// bindArgs matches the arguments of __init__ to the init fields, with
// CPython's errors.
func (c *class) bindArgs(args starlark.Tuple, kwargs []starlark.Tuple) (map[string]starlark.Value, error) {
	var params, positional []*Field
	required := 0
	for _, f := range c.params {
		if f.init {
			params = append(params, f)
		}
		if f.init && !f.kwOnly {
			positional = append(positional, f)
			if !f.hasDefault() {
				required++
			}
		}
	}
	name := c.cls.ClassName + ".__init__()"
	if len(args) > len(positional) {
		takes := "from " + itoa(required+1) + " to " + itoa(len(positional)+1) + " positional arguments"
		if required == len(positional) {
			takes = itoa(len(positional)+1) + " positional argument"
			if len(positional) > 0 {
				takes += "s"
			}
		}
		given := itoa(len(args) + 1)
		if n := countKwOnly(params, kwargs); n > 0 {
			given += " positional arguments (and " + itoa(n) + " keyword-only argument"
			if n > 1 {
				given += "s"
			}
			given += ")"
		}
		return nil, py.Raisef(py.TypeError, "%s takes %s but %s were given", name, takes, given)
	}
	vals := map[string]starlark.Value{}
	for i, a := range args {
		vals[positional[i].name] = a
	}
	for _, kv := range kwargs {
		k := string(kv[0].(starlark.String))
		if !hasParam(params, k) {
			return nil, py.Raisef(py.TypeError, "%s got an unexpected keyword argument '%s'", name, k)
		}
		if _, dup := vals[k]; dup {
			return nil, py.Raisef(py.TypeError, "%s got multiple values for argument '%s'", name, k)
		}
		vals[k] = kv[1]
	}
	for _, kwOnly := range []bool{false, true} {
		var absent []string
		for _, f := range params {
			if _, ok := vals[f.name]; !ok && !f.hasDefault() && f.kwOnly == kwOnly {
				absent = append(absent, "'"+f.name+"'")
			}
		}
		if len(absent) > 0 {
			return nil, py.Raisef(py.TypeError, "%s missing %s", name, missingMessage(absent, kwOnly))
		}
	}
	return vals, nil
}

// countKwOnly counts the keyword arguments that name keyword-only
// params, which CPython's error for too many positional ones mentions.
func countKwOnly(params []*Field, kwargs []starlark.Tuple) int {
	n := 0
	for _, kv := range kwargs {
		for _, f := range params {
			if f.kwOnly && f.name == string(kv[0].(starlark.String)) {
				n++
			}
		}
	}
	return n
}

func hasParam(params []*Field, name string) bool {
	for _, f := range params {
		if f.name == name {
			return true
		}
	}
	return false
}

// missingMessage words missing arguments as CPython does: "1 required
// positional argument: 'x'", "3 required positional arguments: 'a', 'b',
// and 'c'", "1 required keyword-only argument: 'x'".
func missingMessage(names []string, kwOnly bool) string {
	kind := " required positional argument"
	if kwOnly {
		kind = " required keyword-only argument"
	}
	if len(names) == 1 {
		return "1" + kind + ": " + names[0]
	}
	list := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	if len(names) > 2 {
		list = strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
	}
	return itoa(len(names)) + kind + "s: " + list
}

func itoa(n int) string { return starlark.MakeInt(n).String() }

// repr is the generated __repr__: Name(f1=..., f2=...).
func (c *class) repr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sb strings.Builder
	sb.WriteString(py.TypeName(args[0]) + "(")
	first := true
	for _, f := range c.fields {
		if !f.repr {
			continue
		}
		v, err := attr(args[0], f.name)
		if err != nil {
			return nil, err
		}
		s, err := py.ReprOf(thread, v)
		if err != nil {
			return nil, err
		}
		if !first {
			sb.WriteString(", ")
		}
		first = false
		sb.WriteString(f.name + "=" + s)
	}
	sb.WriteString(")")
	return starlark.String(sb.String()), nil
}

// values returns the tuple of the compared fields of x.
func (c *class) values(x starlark.Value) (starlark.Tuple, error) {
	return c.valuesOf(x, func(f *Field) bool { return f.compare })
}

// valuesOf returns the tuple of x's values of the fields that use says.
func (c *class) valuesOf(x starlark.Value, use func(*Field) bool) (starlark.Tuple, error) {
	var t starlark.Tuple
	for _, f := range c.fields {
		if use(f) {
			v, err := attr(x, f.name)
			if err != nil {
				return nil, err
			}
			t = append(t, v)
		}
	}
	return t, nil
}

func attr(x starlark.Value, name string) (starlark.Value, error) {
	if h, ok := x.(starlark.HasAttrs); ok {
		v, err := h.Attr(name)
		if v != nil || err != nil {
			return v, err
		}
	}
	return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute '%s'", py.TypeName(x), name)
}

// sameClass reports whether x and y are instances of exactly one class.
func sameClass(x, y starlark.Value) bool {
	a, ok1 := x.(*py.Instance)
	b, ok2 := y.(*py.Instance)
	return ok1 && ok2 && a.Class == b.Class
}

// eq is the generated __eq__: the compared fields, as tuples, of two
// instances of the same class.
func (c *class) eq(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 || !sameClass(args[0], args[1]) {
		return starlark.False, nil
	}
	return c.compare(syntax.EQL, args[0], args[1])
}

var orderOps = map[string]syntax.Token{"__lt__": syntax.LT, "__le__": syntax.LE, "__gt__": syntax.GT, "__ge__": syntax.GE}

// order is the generated __lt__, __le__, __gt__ and __ge__.
func (c *class) order(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	op := orderOps[b.Name()]
	if len(args) != 2 || !sameClass(args[0], args[1]) {
		other := starlark.Value(starlark.None)
		if len(args) == 2 {
			other = args[1]
		}
		return nil, py.Raisef(py.TypeError, "'%s' not supported between instances of '%s' and '%s'", op, py.TypeName(args[0]), py.TypeName(other))
	}
	return c.compare(op, args[0], args[1])
}

func (c *class) compare(op syntax.Token, x, y starlark.Value) (starlark.Value, error) {
	a, err := c.values(x)
	if err != nil {
		return nil, err
	}
	b, err := c.values(y)
	if err != nil {
		return nil, err
	}
	ok, err := starlark.Compare(op, a, b)
	return starlark.Bool(ok), err
}

// hash is the generated __hash__ (frozen or unsafe_hash): the hash of the
// tuple of the fields it uses (Field.hashed).
func (c *class) hash(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	t, err := c.valuesOf(args[0], (*Field).hashed)
	if err != nil {
		return nil, err
	}
	return starlark.Call(thread, builtins.Universe()["hash"], starlark.Tuple{t}, nil) // hash(tuple), as CPython's
}
