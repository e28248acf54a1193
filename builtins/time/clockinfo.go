package time

// This file defines get_clock_info: what CPython reports on Linux for
// each clock, which spindle's clocks match (Go reads the same clocks).

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// clockInfo is get_clock_info's result, a namespace of four attributes.
type clockInfo struct {
	implementation        string
	monotonic, adjustable bool
}

var _ starlark.HasAttrs = (*clockInfo)(nil)

// clocks are the clocks get_clock_info knows, by name.
var clocks = map[string]*clockInfo{
	"time":         {"clock_gettime(CLOCK_REALTIME)", false, true},
	"monotonic":    {"clock_gettime(CLOCK_MONOTONIC)", true, false},
	"perf_counter": {"clock_gettime(CLOCK_MONOTONIC)", true, false},
	"process_time": {"clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false},
	"thread_time":  {"clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false},
}

// getClockInfo implements get_clock_info(name).
// https://docs.python.org/3/library/time.html#time.get_clock_info
func getClockInfo(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &name); err != nil {
		return nil, err
	}
	c, ok := clocks[name]
	if !ok {
		return nil, py.Raise(py.ValueError, "unknown clock")
	}
	return c, nil
}

func (c *clockInfo) String() string {
	return fmt.Sprintf("namespace(implementation=%s, monotonic=%s, adjustable=%s, resolution=1e-09)",
		py.Repr(starlark.String(c.implementation)), starlark.Bool(c.monotonic), starlark.Bool(c.adjustable))
}
func (c *clockInfo) Type() string         { return "SimpleNamespace" }
func (c *clockInfo) Freeze()              {}
func (c *clockInfo) Truth() starlark.Bool { return true }
func (c *clockInfo) Hash() (uint32, error) {
	return 0, py.Raise(py.TypeError, "unhashable type: 'types.SimpleNamespace'")
}

// Attr implements starlark.HasAttrs.
func (c *clockInfo) Attr(name string) (starlark.Value, error) {
	switch name {
	case "implementation":
		return starlark.String(c.implementation), nil
	case "monotonic":
		return starlark.Bool(c.monotonic), nil
	case "adjustable":
		return starlark.Bool(c.adjustable), nil
	case "resolution":
		return starlark.Float(1e-09), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (c *clockInfo) AttrNames() []string {
	return []string{"adjustable", "implementation", "monotonic", "resolution"}
}
