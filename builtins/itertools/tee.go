package itertools

// This file defines tee, whose iterators share one buffer of the
// elements read from their source.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// teeBuffer holds the elements that some of a tee's iterators have read
// and others not yet: buf[0] is element number base of the source.
type teeBuffer struct {
	src  source
	buf  []starlark.Value
	base int
	pos  []int // the next element number of each iterator
}

// next returns iterator i's next element, reading the source when i is
// ahead of the others, and drops the elements every iterator has read.
func (t *teeBuffer) next(i int) (starlark.Value, bool, error) {
	if t.pos[i]-t.base == len(t.buf) {
		x, ok, err := t.src.next()
		if err != nil || !ok {
			return nil, false, err
		}
		t.buf = append(t.buf, x)
	}
	x := t.buf[t.pos[i]-t.base]
	t.pos[i]++
	low := t.pos[0]
	for _, p := range t.pos {
		low = min(low, p)
	}
	if drop := low - t.base; drop > 0 {
		clear(t.buf[:drop])
		t.buf = t.buf[drop:]
		t.base = low
	}
	return x, true, nil
}

// tee implements tee(iterable, n=2): a tuple of n iterators that each
// yield every element of iterable.
// https://docs.python.org/3/library/itertools.html#itertools.tee
func tee(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "itertools.tee() takes no keyword arguments")
	}
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "tee expected at least 1 argument, got 0")
	}
	if len(args) > 2 {
		return nil, py.Raisef(py.TypeError, "tee expected at most 2 arguments, got %d", len(args))
	}
	n := 2
	if len(args) == 2 {
		v, ok := args[1].(starlark.Int)
		if !ok {
			return nil, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(args[1]))
		}
		n64, ok := v.Int64()
		if !ok || n64 < 0 {
			return nil, py.Raise(py.ValueError, "n must be >= 0")
		}
		n = int(n64)
	}
	src, err := sourceOf(thread, args[0])
	if err != nil {
		return nil, err
	}
	t := &teeBuffer{src: src, pos: make([]int, n)}
	out := make(starlark.Tuple, n)
	for i := range out {
		out[i] = newIter("_tee", func() (starlark.Value, bool, error) { return t.next(i) })
	}
	return out, nil
}
