package random

// This file defines the sequence functions: choice, shuffle, sample and
// choices, with CPython's algorithms and call order.

import (
	"math"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
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
	var pop, kv, counts starlark.Value = nil, nil, starlark.None
	if err := starlark.UnpackArgs(name, args, kwargs, "population", &pop, "k", &kv, "counts?", &counts); err != nil {
		return nil, err
	}
	seq, ok := asSequence(pop)
	if !ok {
		return nil, py.Raise(py.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	k, err := sampleSize(kv)
	if err != nil {
		return nil, err
	}
	if counts != starlark.None {
		return r.sampleCounts(thread, seq, counts, k)
	}
	if k < 0 || k > seq.n {
		return nil, py.Raise(py.ValueError, "Sample larger than population or is negative")
	}
	out, err := r.sample(thread, seq, k)
	if err != nil {
		return nil, err
	}
	return starlark.NewList(out), nil
}

// sampleSize converts sample's k: an int past 64 bits is larger than
// any population (-1 says so).
func sampleSize(kv starlark.Value) (int, error) {
	switch k := kv.(type) {
	case starlark.Bool:
		return py.AsSsize(k)
	case starlark.Int:
		if n, ok := k.Int64(); ok {
			return int(n), nil
		}
		return -1, nil
	}
	return 0, py.Raisef(py.TypeError, "can't multiply sequence by non-int of type '%s'", py.TypeName(kv))
}

// sampleItemBytes is about what sample keeps per element drawn: the
// result's slot and an entry of the set of indices drawn.
const sampleItemBytes = 64

// sample picks k of seq's elements, by pool or by set as CPython does,
// asking the memory limit first and polling as it draws.
func (r *Random) sample(thread *starlark.Thread, seq sequence, k int) ([]starlark.Value, error) {
	if err := core.CheckAllocN(thread, k, sampleItemBytes); err != nil {
		return nil, err
	}
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
		return result, nil
	}
	selected := make(map[int]bool, k)
	for i := 0; i < k; i++ {
		if err := core.PollAt(thread, i); err != nil {
			return nil, err
		}
		j := r.randbelow(n)
		for selected[j] {
			j = r.randbelow(n)
		}
		selected[j] = true
		result[i] = seq.at(j)
	}
	return result, nil
}

// sampleCounts is sample with counts: repeated elements.
func (r *Random) sampleCounts(thread *starlark.Thread, seq sequence, counts starlark.Value, k int) (starlark.Value, error) {
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
	sel, err := r.sample(thread, rng, k)
	if err != nil {
		return nil, err
	}
	out := make([]starlark.Value, k)
	for i, s := range sel {
		x, _ := s.(starlark.Int).Int64()
		lo, hi := 0, len(cum)
		for lo < hi {
			mid := (lo + hi) / 2
			if int(x) < cum[mid] {
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
		i, ok := x.(starlark.Int)
		if !ok {
			return nil, py.Raise(py.TypeError, "Counts must be integers")
		}
		n, ok := i.Int64()
		if !ok || n > 0 && sum > math.MaxInt-int(n) {
			return nil, py.Raise(py.OverflowError, "Python int too large to convert to C ssize_t")
		}
		sum += int(n)
		out = append(out, sum)
	}
	if err := py.IterErr(iter); err != nil {
		return nil, err
	}
	return out, nil
}
