package itertools

// This file defines the combinatoric iterators (product, permutations,
// combinations) and the multi-input ones (zip_longest, pairwise,
// compress), with CPython's orders.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// pick returns the tuple of pool elements at indices.
func pick(pool []starlark.Value, indices []int) starlark.Tuple {
	t := make(starlark.Tuple, len(indices))
	for i, j := range indices {
		t[i] = pool[j]
	}
	return t
}

// product implements product(*iterables, repeat=1).
// https://docs.python.org/3/library/itertools.html#itertools.product
func product(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var repV starlark.Value = starlark.MakeInt(1)
	if err := starlark.UnpackArgs(b.Name(), nil, kwargs, "repeat?", &repV); err != nil {
		return nil, err
	}
	rep, err := py.AsSsize(repV)
	if err != nil {
		return nil, err
	}
	if rep < 0 {
		return nil, py.Raise(py.ValueError, "repeat argument cannot be negative")
	}
	if err := core.CheckAllocN(thread, rep, len(args)*poolBytes); err != nil {
		return nil, err
	}
	var pools [][]starlark.Value
	for _, a := range args {
		p, err := all(thread, a)
		if err != nil {
			return nil, err
		}
		pools = append(pools, p)
	}
	var all [][]starlark.Value
	for i := 0; i < rep && len(pools) > 0; i++ {
		all = append(all, pools...)
	}
	idx := make([]int, len(all))
	started, done := false, false
	for _, p := range all {
		done = done || len(p) == 0
	}
	return newIter("product", func() (starlark.Value, bool, error) {
		if done {
			return nil, false, nil
		}
		if started && !odometer(idx, all) {
			done = true
			return nil, false, nil
		}
		started = true
		t := make(starlark.Tuple, len(all))
		for i, p := range all {
			t[i] = p[idx[i]]
		}
		return t, true, nil
	}), nil
}

// poolBytes is what product keeps per pool of its result tuples: the
// pool's slice, its index and a tuple's slot.
const poolBytes = 48

// odometer advances idx, rightmost fastest; false when it wraps.
func odometer(idx []int, pools [][]starlark.Value) bool {
	for i := len(idx) - 1; i >= 0; i-- {
		idx[i]++
		if idx[i] < len(pools[i]) {
			return true
		}
		idx[i] = 0
	}
	return false
}

// rArg parses the r argument of permutations (perm) or combinations
// (n, the pool's size, is the default where r is None), and asks the
// memory limit about r-sized index arrays and tuples, which CPython
// makes even when r > n.
func rArg(thread *starlark.Thread, v starlark.Value, n int, perm bool) (int, error) {
	if v == nil || v == starlark.None {
		return n, nil
	}
	switch v.(type) {
	case starlark.Int, starlark.Bool:
	default:
		if perm {
			return 0, py.Raise(py.TypeError, "Expected int as r")
		}
	}
	r, err := py.AsSsize(v)
	if err != nil {
		return 0, err
	}
	if r < 0 {
		return 0, py.Raise(py.ValueError, "r must be non-negative")
	}
	return r, core.CheckAllocN(thread, r, rBytes)
}

// rBytes is what the combinatoric iterators keep per element of r:
// two int indices and a tuple's slot.
const rBytes = 32

// permutations implements permutations(iterable, r=None).
func permutations(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var it, rv starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "iterable", &it, "r?", &rv); err != nil {
		return nil, err
	}
	pool, err := all(thread, it)
	if err != nil {
		return nil, err
	}
	n := len(pool)
	r, err := rArg(thread, rv, n, true)
	if err != nil {
		return nil, err
	}
	indices := make([]int, n)
	for i := range indices {
		indices[i] = i
	}
	cycles := make([]int, r)
	for i := range cycles {
		cycles[i] = n - i
	}
	state := 0 // 0: first, 1: running, 2: done
	if r > n {
		state = 2
	}
	return newIter("permutations", func() (starlark.Value, bool, error) {
		switch state {
		case 0:
			state = 1
			return pick(pool, indices[:r]), true, nil
		case 2:
			return nil, false, nil
		}
		for i := r - 1; i >= 0 && n > 0; i-- {
			cycles[i]--
			if cycles[i] == 0 {
				first := indices[i]
				copy(indices[i:], indices[i+1:])
				indices[n-1] = first
				cycles[i] = n - i
				continue
			}
			j := cycles[i]
			indices[i], indices[n-j] = indices[n-j], indices[i]
			return pick(pool, indices[:r]), true, nil
		}
		state = 2
		return nil, false, nil
	}), nil
}

// combinations returns combinations or, with repl,
// combinations_with_replacement.
func combinations(repl bool) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var it, rv starlark.Value
		if err := starlark.UnpackArgs(b.Name(), args, kwargs, "iterable", &it, "r", &rv); err != nil {
			return nil, err
		}
		pool, err := all(thread, it)
		if err != nil {
			return nil, err
		}
		n := len(pool)
		r, err := rArg(thread, rv, n, false)
		if err != nil {
			return nil, err
		}
		indices := make([]int, r)
		for i := range indices {
			if !repl {
				indices[i] = i
			}
		}
		state := 0
		if !repl && r > n || repl && n == 0 && r > 0 {
			state = 2
		}
		name := b.Name()
		return newIter(name, func() (starlark.Value, bool, error) {
			switch state {
			case 0:
				state = 1
				return pick(pool, indices), true, nil
			case 2:
				return nil, false, nil
			}
			if !advanceCombination(indices, n, repl) {
				state = 2
				return nil, false, nil
			}
			return pick(pool, indices), true, nil
		}), nil
	}
}

// advanceCombination moves indices to the next combination in
// lexicographic order; false when there is none.
func advanceCombination(indices []int, n int, repl bool) bool {
	r := len(indices)
	i := r - 1
	for ; i >= 0; i-- {
		limit := i + n - r
		if repl {
			limit = n - 1
		}
		if indices[i] != limit {
			break
		}
	}
	if i < 0 {
		return false
	}
	indices[i]++
	for j := i + 1; j < r; j++ {
		if repl {
			indices[j] = indices[i]
		} else {
			indices[j] = indices[j-1] + 1
		}
	}
	return true
}

// zipLongest implements zip_longest(*iterables, fillvalue=None).
func zipLongest(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fill starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), nil, kwargs, "fillvalue?", &fill); err != nil {
		return nil, err
	}
	srcs := make([]*source, len(args))
	for i, a := range args {
		s, err := sourceOf(thread, a)
		if err != nil {
			return nil, err
		}
		srcs[i] = &s
	}
	active := len(srcs)
	return newIter("zip_longest", func() (starlark.Value, bool, error) {
		if active == 0 {
			return nil, false, nil
		}
		t := make(starlark.Tuple, len(srcs))
		for i, s := range srcs {
			t[i] = fill
			if s == nil {
				continue
			}
			x, ok, err := s.next()
			if err != nil {
				return nil, false, err
			}
			if ok {
				t[i] = x
				continue
			}
			srcs[i] = nil
			if active--; active == 0 {
				return nil, false, nil
			}
		}
		return t, true, nil
	}), nil
}

// pairwise implements pairwise(iterable).
func pairwise(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	src, err := sourceOf(thread, v)
	if err != nil {
		return nil, err
	}
	var prev starlark.Value
	return newIter("pairwise", func() (starlark.Value, bool, error) {
		if prev == nil {
			x, ok, err := src.next()
			if err != nil || !ok {
				return nil, false, err
			}
			prev = x
		}
		x, ok, err := src.next()
		if err != nil || !ok {
			return nil, false, err
		}
		t := starlark.Tuple{prev, x}
		prev = x
		return t, true, nil
	}), nil
}

// compress implements compress(data, selectors).
func compress(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var data, sel starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "data", &data, "selectors", &sel); err != nil {
		return nil, err
	}
	d, err := sourceOf(thread, data)
	if err != nil {
		return nil, err
	}
	s, err := sourceOf(thread, sel)
	if err != nil {
		return nil, err
	}
	return newIter("compress", func() (starlark.Value, bool, error) {
		for {
			x, ok, err := d.next()
			if err != nil || !ok {
				return nil, false, err
			}
			y, ok, err := s.next()
			if err != nil || !ok {
				return nil, false, err
			}
			if y.Truth() {
				return x, true, nil
			}
		}
	}), nil
}
