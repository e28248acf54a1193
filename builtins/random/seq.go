package random

// This file defines the sequence functions: choice, shuffle, sample and
// choices, with CPython's algorithms and call order.

import (
	"math"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// sequence is a read-only view of a Python sequence, indexed by code
// point for strings.
type sequence struct {
	n  int
	at func(i int) starlark.Value
}

// asSequence returns v as a sequence, or false when v is not one.
func asSequence(v starlark.Value) (sequence, bool) {
	switch v := v.(type) {
	case starlark.String:
		s := string(v)
		if utf8.RuneCountInString(s) == len(s) {
			return sequence{len(s), v.Index}, true
		}
		runes := []rune(s)
		return sequence{len(runes), func(i int) starlark.Value { return starlark.String(runes[i]) }}, true
	case starlark.Mapping:
		return sequence{}, false
	case starlark.Indexable:
		return sequence{v.Len(), v.Index}, true
	}
	return sequence{}, false
}

// randomChoice implements choice(seq).
// https://docs.python.org/3/library/random.html#random.choice
func randomChoice(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	seq, ok := asSequence(v)
	if !ok {
		if _, ok := v.(starlark.Sequence); ok {
			return nil, py.Raisef(py.TypeError, "'%s' object is not subscriptable", py.TypeName(v))
		}
		return nil, py.Raisef(py.TypeError, "object of type '%s' has no len()", py.TypeName(v))
	}
	if seq.n == 0 {
		return nil, py.Raise(py.IndexError, "Cannot choose from an empty sequence")
	}
	return seq.at(r.randbelow(seq.n)), nil
}

// randomShuffle implements shuffle(x), in place.
// https://docs.python.org/3/library/random.html#random.shuffle
func randomShuffle(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	x, ok := v.(starlark.HasSetIndex)
	if !ok {
		return nil, py.Raisef(py.TypeError, "'%s' object does not support item assignment", py.TypeName(v))
	}
	for i := x.Len() - 1; i > 0; i-- {
		j := r.randbelow(i + 1)
		xi, xj := x.Index(i), x.Index(j)
		if err := x.SetIndex(i, xj); err != nil {
			return nil, err
		}
		if err := x.SetIndex(j, xi); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

// randomSample implements sample(population, k, *, counts=None).
// https://docs.python.org/3/library/random.html#random.sample
func randomSample(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 2 {
		return nil, py.Raisef(py.TypeError, "Random.sample() takes 3 positional arguments but %d were given", len(args)+1)
	}
	var pop, counts starlark.Value = nil, starlark.None
	var k int
	if err := starlark.UnpackArgs(name, args, kwargs, "population", &pop, "k", &k, "counts?", &counts); err != nil {
		return nil, err
	}
	seq, ok := asSequence(pop)
	if !ok {
		return nil, py.Raise(py.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	if counts != starlark.None {
		return r.sampleCounts(seq, counts, k)
	}
	if k < 0 || k > seq.n {
		return nil, py.Raise(py.ValueError, "Sample larger than population or is negative")
	}
	return starlark.NewList(r.sample(seq, k)), nil
}

// sample picks k of seq's elements, by pool or by set as CPython does.
func (r *Random) sample(seq sequence, k int) []starlark.Value {
	n := seq.n
	result := make([]starlark.Value, k)
	setsize := 21
	if k > 5 {
		setsize += int(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
	}
	if n <= setsize {
		pool := make([]starlark.Value, n)
		for i := range pool {
			pool[i] = seq.at(i)
		}
		for i := 0; i < k; i++ {
			j := r.randbelow(n - i)
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
		return result
	}
	selected := make(map[int]bool, k)
	for i := 0; i < k; i++ {
		j := r.randbelow(n)
		for selected[j] {
			j = r.randbelow(n)
		}
		selected[j] = true
		result[i] = seq.at(j)
	}
	return result
}

// sampleCounts is sample with counts: repeated elements.
func (r *Random) sampleCounts(seq sequence, counts starlark.Value, k int) (starlark.Value, error) {
	cum, err := accumulateInts(counts)
	if err != nil {
		return nil, err
	}
	if len(cum) != seq.n {
		return nil, py.Raise(py.ValueError, "The number of counts does not match the population")
	}
	if len(cum) == 0 {
		return nil, py.Raise(py.IndexError, "pop from empty list")
	}
	total := cum[len(cum)-1]
	cum = cum[:len(cum)-1]
	if total <= 0 {
		return nil, py.Raise(py.ValueError, "Total of counts must be greater than zero")
	}
	if k < 0 || k > total {
		return nil, py.Raise(py.ValueError, "Sample larger than population or is negative")
	}
	rng := sequence{total, func(i int) starlark.Value { return starlark.MakeInt(i) }}
	sel := r.sample(rng, k)
	out := make([]starlark.Value, k)
	for i, s := range sel {
		x, _ := starlark.AsInt32(s)
		lo, hi := 0, len(cum)
		for lo < hi {
			mid := (lo + hi) / 2
			if x < cum[mid] {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		out[i] = seq.at(lo)
	}
	return starlark.NewList(out), nil
}

func accumulateInts(v starlark.Value) ([]int, error) {
	iter, err := py.Iterate(v)
	if err != nil {
		return nil, err
	}
	defer iter.Done()
	var out []int
	var x starlark.Value
	sum := 0
	for iter.Next(&x) {
		n, err := starlark.AsInt32(x)
		if err != nil {
			return nil, py.Raise(py.TypeError, "Counts must be integers")
		}
		sum += n
		out = append(out, sum)
	}
	if err := py.IterErr(iter); err != nil {
		return nil, err
	}
	return out, nil
}
