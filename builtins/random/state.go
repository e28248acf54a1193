package random

// This file defines getstate and setstate, whose state is CPython's:
// (3, the 624 words of the twister and its index, gauss_next).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// stateVersion is Random.VERSION.
const stateVersion = 3

// randomGetstate implements getstate().
// https://docs.python.org/3/library/random.html#random.getstate
func randomGetstate(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	words := make(starlark.Tuple, 0, mtN+1)
	for _, w := range r.mt.state {
		words = append(words, starlark.MakeUint64(uint64(w)))
	}
	words = append(words, starlark.MakeInt(r.mt.index))
	var gauss starlark.Value = starlark.None
	if r.hasGauss {
		gauss = starlark.Float(r.gaussNext)
	}
	return starlark.Tuple{starlark.MakeInt(stateVersion), words, gauss}, nil
}

// randomSetstate implements setstate(state) for a state of version 3
// or 2 (whose words are taken modulo 2**32), with CPython's errors.
// https://docs.python.org/3/library/random.html#random.setstate
func randomSetstate(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var state starlark.Value
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &state); err != nil {
		return nil, err
	}
	seq, ok := state.(starlark.Indexable)
	if !ok {
		return nil, py.Raisef(py.TypeError, "'%s' object is not subscriptable", py.TypeName(state))
	}
	if seq.Len() == 0 {
		return nil, py.Raisef(py.IndexError, "%s index out of range", py.TypeName(state))
	}
	version, _ := starlark.AsInt32(seq.Index(0))
	if _, isInt := seq.Index(0).(starlark.Int); !isInt || (version != 2 && version != 3) {
		return nil, py.Raisef(py.ValueError, "state with version %s passed to Random.setstate() of version %d", py.Str(seq.Index(0)), stateVersion)
	}
	if seq.Len() != 3 {
		return nil, py.Raisef(py.ValueError, "not enough values to unpack (expected 3, got %d)", seq.Len())
	}
	gauss, hasGauss, err := gaussState(seq.Index(2))
	if err != nil {
		return nil, err
	}
	words, ok := seq.Index(1).(starlark.Tuple)
	if !ok {
		return nil, py.Raise(py.TypeError, "state vector must be a tuple")
	}
	if len(words) != mtN+1 {
		return nil, py.Raise(py.ValueError, "state vector is the wrong size")
	}
	var next mt
	for i, w := range words[:mtN] {
		u, err := stateWord(w, version == 2)
		if err != nil {
			return nil, err
		}
		next.state[i] = u
	}
	index, err := starlark.AsInt32(words[mtN])
	if err != nil || index < 0 || index > mtN {
		return nil, py.Raise(py.ValueError, "invalid state")
	}
	next.index = index
	r.mt, r.gaussNext, r.hasGauss = next, gauss, hasGauss
	return starlark.None, nil
}

// stateWord converts one word of a state vector to 32 bits, as
// PyLong_AsUnsignedLong and a cast do (version 2: modulo 2**32).
func stateWord(w starlark.Value, wrap bool) (uint32, error) {
	n, ok := w.(starlark.Int)
	if !ok {
		return 0, py.Raise(py.TypeError, "an integer is required")
	}
	if wrap {
		n = n.Mod(starlark.MakeUint64(1 << 32))
	}
	if n.Sign() < 0 {
		return 0, py.Raise(py.OverflowError, "can't convert negative value to unsigned int")
	}
	u, ok := n.Uint64()
	if !ok {
		return 0, py.Raise(py.OverflowError, "Python int too large to convert to C unsigned long")
	}
	return uint32(u), nil
}

// gaussState reads a state's gauss_next: None or a number.
func gaussState(v starlark.Value) (float64, bool, error) {
	switch v := v.(type) {
	case starlark.NoneType:
		return 0, false, nil
	case starlark.Float:
		return float64(v), true, nil
	case starlark.Int:
		return float64(v.Float()), true, nil
	}
	return 0, false, py.Raisef(py.TypeError, "must be real number, not %s", py.TypeName(v))
}
