// Package bisect is spindle's bisect module: binary search in sorted
// sequences and insertion keeping them sorted, with lo/hi bounds and
// key=, as CPython's _bisect does it (the same comparisons, in the same
// order, and its errors).
package bisect

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the bisect module. Members:
//
//	bisect_left(a, x, lo=0, hi=None, *, key=None)
//	bisect_right(a, x, lo=0, hi=None, *, key=None), and its alias bisect
//	insort_left(a, x, lo=0, hi=None, *, key=None)
//	insort_right(a, x, lo=0, hi=None, *, key=None), and its alias insort
var Module = &core.Module{Name: "bisect", Members: starlark.StringDict{
	"bisect_left":  bisectLeft,
	"bisect_right": bisectRight,
	"bisect":       bisectRight,
	"insort_left":  insortLeft,
	"insort_right": insortRight,
	"insort":       insortRight,
}}

var (
	bisectLeft  = starlark.NewBuiltin("bisect_left", bisectFn(true))
	bisectRight = starlark.NewBuiltin("bisect_right", bisectFn(false))
	insortLeft  = starlark.NewBuiltin("insort_left", insortFn(true))
	insortRight = starlark.NewBuiltin("insort_right", insortFn(false))
)

// call is one call's arguments.
type call struct {
	a, x, key starlark.Value // key is nil for none
	lo, hi    int
}

// parse binds the arguments of fn(a, x, lo=0, hi=None, *, key=None).
func parse(thread *starlark.Thread, fn string, args starlark.Tuple, kwargs []starlark.Tuple) (*call, error) {
	v, err := py.ClinicArgs(fn, args, kwargs, 2, 4, "a", "x", "lo", "hi", "key")
	if err != nil {
		return nil, err
	}
	c := &call{a: v[0], x: v[1], hi: -1}
	if v[2] != nil {
		if c.lo, err = py.AsSsize(v[2]); err != nil {
			return nil, err
		}
	}
	if v[3] != nil && v[3] != starlark.None {
		if _, ok := v[3].(starlark.Int); !ok {
			if _, ok := v[3].(starlark.Bool); !ok {
				return nil, py.Raisef(py.TypeError, "argument should be integer or None, not '%s'", py.TypeName(v[3]))
			}
		}
		if c.hi, err = py.AsIndexSize(v[3]); err != nil {
			return nil, err
		}
	}
	if v[4] != nil && v[4] != starlark.None {
		c.key = v[4]
	}
	return c, nil
}

// search returns the insertion point of x (already passed through the
// key, if any) in c.a[c.lo:c.hi]: the leftmost with left, else the
// rightmost.
func (c *call) search(thread *starlark.Thread, x starlark.Value, left bool) (int, error) {
	lo, hi := c.lo, c.hi
	if lo < 0 {
		return 0, py.Raise(py.ValueError, "lo must be non-negative")
	}
	if hi == -1 {
		n, err := builtins.Len(thread, c.a)
		if err != nil {
			return 0, err
		}
		hi = n
	}
	for lo < hi {
		mid := int(uint(lo+hi) / 2)
		item, err := c.item(thread, mid)
		if err != nil {
			return 0, err
		}
		below, err := c.below(item, x, left)
		if err != nil {
			return 0, err
		}
		if below {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

// below reports whether x's insertion point is at or below item's
// index: x <= item for bisect_left, x < item for bisect_right.
func (c *call) below(item, x starlark.Value, left bool) (bool, error) {
	if left {
		lt, err := builtins.Less(item, x)
		return !lt, err
	}
	return builtins.Less(x, item)
}

// item returns key(a[i]), or a[i] without a key.
func (c *call) item(thread *starlark.Thread, i int) (starlark.Value, error) {
	if _, ok := c.a.(*starlark.Dict); ok {
		return nil, py.Raisef(py.TypeError, "%s is not a sequence", py.TypeName(c.a))
	}
	item, err := builtins.GetItem(c.a, starlark.MakeInt(i))
	if err != nil || c.key == nil {
		return item, err
	}
	return starlark.Call(thread, c.key, starlark.Tuple{item}, nil)
}

// bisectFn returns bisect_left (left) or bisect_right.
// https://docs.python.org/3/library/bisect.html#bisect.bisect_left
func bisectFn(left bool) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		c, err := parse(thread, b.Name(), args, kwargs)
		if err != nil {
			return nil, err
		}
		i, err := c.search(thread, c.x, left)
		if err != nil {
			return nil, err
		}
		return starlark.MakeInt(i), nil
	}
}

// insortFn returns insort_left (left) or insort_right: a.insert(i, x) at
// the insertion point of key(x).
// https://docs.python.org/3/library/bisect.html#bisect.insort_left
func insortFn(left bool) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		c, err := parse(thread, b.Name(), args, kwargs)
		if err != nil {
			return nil, err
		}
		x := c.x
		if c.key != nil {
			if x, err = starlark.Call(thread, c.key, starlark.Tuple{x}, nil); err != nil {
				return nil, err
			}
		}
		i, err := c.search(thread, x, left)
		if err != nil {
			return nil, err
		}
		_, err = builtins.CallMethod(thread, c.a, "insert", starlark.Tuple{starlark.MakeInt(i), c.x}, nil)
		return starlark.None, err
	}
}
