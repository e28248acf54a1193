package builtins

// This file defines dict.get and the key lookup that dict.get,
// dict.setdefault and x in a dict share: the VM's dict finds a key by
// its own hash and ==, which never ask a key of another type (True for
// 1, an IntEnum member for its int).

import (
	"math/big"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// LookupKey returns d[k] as Python finds it: by k, or by the value of a
// VM type that k stands for (see otherKey). An unhashable k raises
// CPython's TypeError.
func LookupKey(d *starlark.Dict, k starlark.Value) (starlark.Value, bool, error) {
	v, found, err := d.Get(k)
	if err != nil {
		return nil, false, Unhashable(err)
	}
	if !found {
		if kv, ok := otherKey(k); ok {
			v, found, err = d.Get(kv)
		}
	}
	if !found && err == nil {
		if p := keyProbe(k); p != nil {
			v, found, err = d.Get(p)
		}
	}
	return v, found, err
}

// keyProbe returns, for a plain int, str, float or tuple k, a value that
// finds the key of d that stands for k (an IntEnum member for its int, a
// str subclass's instance for its str, a named tuple for its tuple), which the VM's hash table never
// compares with k: an instance of a subclass of k's type holding k,
// which the table compares with such keys through their classes. It
// returns nil where no such key can exist (see py.CrossKeysHashed).
func keyProbe(k starlark.Value) starlark.Value {
	if !py.CrossKeysHashed() {
		return nil
	}
	var c *py.Class
	switch k.(type) {
	case starlark.Int:
		c = probeClasses[0]
	case starlark.String:
		c = probeClasses[1]
	case starlark.Float:
		c = probeClasses[2]
	case starlark.Tuple:
		c = probeClasses[3]
	default:
		return nil
	}
	return &py.Instance{Class: c, Native: k}
}

// probeClasses are the classes of keyProbe's values, subclasses of int,
// str, float and tuple that define nothing; never changed.
var probeClasses = [4]*py.Class{
	py.NewClass("int", "builtins", IntType),
	py.NewClass("str", "builtins", StrType),
	py.NewClass("float", "builtins", FloatType),
	py.NewClass("tuple", "builtins", TupleType),
}

// otherKey returns the key of another VM type that d may hold for k:
// the value k stands for (see KeyValue), or the bool an int or float 0
// or 1 equals (d[1] finds d[True]).
func otherKey(k starlark.Value) (starlark.Value, bool) {
	switch k := k.(type) {
	case starlark.Int:
		if n, ok := k.Int64(); ok && (n == 0 || n == 1) {
			return starlark.Bool(n == 1), true
		}
		return nil, false
	case starlark.Float:
		return starlark.Bool(k == 1), k == 0 || k == 1
	}
	if MayCompareAcross(k) {
		return KeyValue(k)
	}
	return nil, false
}

// StoreKey sets d[k] = v as Python does: when k stands for a VM value
// (see KeyValue) that d holds as a key, or is an int or float equal to
// a bool key, the value of that key is set, the key kept, as CPython
// keeps an equal key.
func StoreKey(d *starlark.Dict, k, v starlark.Value) error {
	if _, found, _ := d.Get(k); !found {
		if kv, ok := otherKey(k); ok {
			if _, found, _ := d.Get(kv); found {
				k = kv
			}
		}
		if p := keyProbe(k); p != nil {
			if _, found, _ := d.Get(p); found {
				k = p // the table sets the value of the equal key it holds
			}
		}
	}
	return Unhashable(d.SetKey(k, v))
}

// KeyValue returns the value of a VM type that the key x hashes and
// compares as, if any: 0 or 1 for a bool, an int's, float's or str's
// value for an instance of a subclass whose hash is its value's, the
// equal int or float of a Fraction or Decimal (see KeyNumber).
func KeyValue(x starlark.Value) (starlark.Value, bool) {
	switch x := x.(type) {
	case starlark.Bool:
		return boolToInt(x), true
	case KeyNumber:
		return x.KeyNumber()
	case *py.Instance:
		switch b := py.Base(x).(type) {
		case starlark.Int, starlark.Float, starlark.String:
			hx, err := x.Hash()
			hb, _ := b.Hash()
			return b, err == nil && (hx == hb || hashesAs(x, b))
		}
	}
	return nil, false
}

// hashesAs reports whether the __hash__ of x, an instance of a subclass
// of b's type, returns hash(b) (a str subclass with __hash__ =
// str.__hash__), as a dict finds b's key by x in CPython.
func hashesAs(x *py.Instance, b starlark.Value) bool {
	h, ok, err := x.HashValue()
	if !ok || err != nil {
		return false
	}
	want, err := hash(nil, hashBuiltin, starlark.Tuple{b}, nil)
	if err != nil {
		return false
	}
	eq, _ := starlark.Equal(h, want)
	return eq
}

// KeyNumber is implemented by the numbers of native modules
// (fractions.Fraction, decimal.Decimal) that equal, and hash as, an int
// or a float when their value is one: a dict finds d[1] by Fraction(1)
// and d[2.5] by Decimal("2.5"), as in CPython.
type KeyNumber interface {
	starlark.Value
	// KeyNumber returns the int or float equal to the value, if any.
	KeyNumber() (starlark.Value, bool)
}

// RatioKey returns the int or float that r equals, if any: r's
// KeyNumber.
func RatioKey(r *big.Rat) (starlark.Value, bool) {
	if r.IsInt() {
		return starlark.MakeBigInt(r.Num()), true
	}
	f, exact := r.Float64()
	return starlark.Float(f), exact
}

// dictGet implements dict.get(key, default=None).
func dictGet(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := keyArgs("get", args, kwargs); err != nil {
		return nil, err
	}
	v, found, err := LookupKey(recv.(*starlark.Dict), args[0])
	switch {
	case err != nil:
		return nil, err
	case found:
		return v, nil
	case len(args) == 2:
		return args[1], nil
	}
	return starlark.None, nil
}

// keyArgs checks the arguments of dict.get and dict.setdefault: a key
// and maybe a default, positional only.
func keyArgs(name string, args starlark.Tuple, kwargs []starlark.Tuple) error {
	switch {
	case len(kwargs) > 0:
		return py.Raisef(py.TypeError, "dict.%s() takes no keyword arguments", name)
	case len(args) == 0:
		return py.Raisef(py.TypeError, "%s expected at least 1 argument, got 0", name)
	case len(args) > 2:
		return py.Raisef(py.TypeError, "%s expected at most 2 arguments, got %d", name, len(args))
	}
	return nil
}
