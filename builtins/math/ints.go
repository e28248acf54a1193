package math

// This file defines the integer functions: gcd, lcm, factorial, isqrt,
// comb, perm, and prod.

import (
	"math/big"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// toInt converts an integer argument: an int, a bool, or an object
// with __index__ (an IntEnum member, an int subclass's instance).
func toInt(v starlark.Value) (*big.Int, error) {
	switch v := v.(type) {
	case starlark.Int:
		return v.BigInt(), nil
	case starlark.Bool:
		return big.NewInt(int64(b2i(bool(v)))), nil
	}
	if i, ok, err := py.Index(v); ok || err != nil {
		if err != nil {
			return nil, err
		}
		return i.BigInt(), nil
	}
	return nil, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(v))
}

func noKwargs(b *starlark.Builtin, kwargs []starlark.Tuple) error {
	if len(kwargs) > 0 {
		return py.Raisef(py.TypeError, "%s() takes no keyword arguments", b.Name())
	}
	return nil
}

// gcd implements gcd(*integers).
func gcd(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noKwargs(b, kwargs); err != nil {
		return nil, err
	}
	g := new(big.Int)
	for _, a := range args {
		n, err := toInt(a)
		if err != nil {
			return nil, err
		}
		g.GCD(nil, nil, g, new(big.Int).Abs(n))
	}
	return starlark.MakeBigInt(g), nil
}

// lcm implements lcm(*integers).
func lcm(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noKwargs(b, kwargs); err != nil {
		return nil, err
	}
	l := big.NewInt(1)
	for _, a := range args {
		n, err := toInt(a)
		if err != nil {
			return nil, err
		}
		n = new(big.Int).Abs(n)
		if n.Sign() == 0 || l.Sign() == 0 {
			l.SetInt64(0)
			continue
		}
		g := new(big.Int).GCD(nil, nil, l, n)
		l.Mul(l, new(big.Int).Quo(n, g))
	}
	return starlark.MakeBigInt(l), nil
}

// factorial implements factorial(n).
func factorial(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	v, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	n, err := toInt(v)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, py.Raise(py.ValueError, "factorial() not defined for negative values")
	}
	if !n.IsInt64() || n.Int64() > 1<<24 {
		return nil, py.Raise(py.OverflowError, "factorial() argument should not exceed 16777216")
	}
	return compute(thread, func(z *big.Int) { z.MulRange(1, n.Int64()) })
}

// compute returns the int fn computes, running it through core.Compute
// so that a huge one (factorial, comb, perm, isqrt of big arguments)
// stays cancellable by a timeout or Ctrl-C.
func compute(thread *starlark.Thread, fn func(z *big.Int)) (starlark.Value, error) {
	z := new(big.Int)
	if err := core.Compute(thread, func() { fn(z) }); err != nil {
		return nil, err
	}
	return starlark.MakeBigInt(z), nil
}

// isqrt implements isqrt(n).
func isqrt(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	v, err := oneArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	n, err := toInt(v)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, py.Raise(py.ValueError, "isqrt() argument must be nonnegative")
	}
	return compute(thread, func(z *big.Int) { z.Sqrt(n) })
}

// nk unpacks comb's and perm's arguments.
func nk(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple, kOptional bool) (n, k *big.Int, err error) {
	if err := noKwargs(b, kwargs); err != nil {
		return nil, nil, err
	}
	if len(args) != 2 && !(kOptional && len(args) == 1) {
		if kOptional {
			return nil, nil, py.Raisef(py.TypeError, "perm expected at most 2 arguments, got %d", len(args))
		}
		return nil, nil, py.Raisef(py.TypeError, "comb expected 2 arguments, got %d", len(args))
	}
	if n, err = toInt(args[0]); err != nil {
		return nil, nil, err
	}
	if len(args) == 1 || args[1] == starlark.None {
		if n.Sign() < 0 {
			return nil, nil, py.Raise(py.ValueError, "factorial() not defined for negative values")
		}
		k = n
	} else if k, err = toInt(args[1]); err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, py.Raise(py.ValueError, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, py.Raise(py.ValueError, "k must be a non-negative integer")
	}
	return n, k, nil
}

// comb implements comb(n, k).
func comb(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n, k, err := nk(b, args, kwargs, false)
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return starlark.MakeInt(0), nil
	}
	return compute(thread, func(z *big.Int) { z.Binomial(n.Int64(), k.Int64()) })
}

// perm implements perm(n, k=None).
func perm(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n, k, err := nk(b, args, kwargs, true)
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return starlark.MakeInt(0), nil
	}
	if k.Sign() == 0 {
		return starlark.MakeInt(1), nil
	}
	return compute(thread, func(z *big.Int) { z.MulRange(n.Int64()-k.Int64()+1, n.Int64()) })
}

// prod implements prod(iterable, *, start=1).
// https://docs.python.org/3/library/math.html#math.prod
func prod(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return nil, py.Raisef(py.TypeError, "prod() takes exactly 1 positional argument (%d given)", len(args))
	}
	var start starlark.Value = starlark.MakeInt(1)
	if err := starlark.UnpackArgs(b.Name(), nil, kwargs, "start?", &start); err != nil {
		return nil, err
	}
	iter, err := py.Iterate(args[0])
	if err != nil {
		return nil, err
	}
	defer iter.Done()
	acc := start
	var x starlark.Value
	for iter.Next(&x) {
		r, err := starlark.Binary(syntax.STAR, acc, boolToInt(x))
		if err != nil {
			return nil, py.Raisef(py.TypeError, "unsupported operand type(s) for *: '%s' and '%s'", py.TypeName(acc), py.TypeName(x))
		}
		acc = r
	}
	if err := py.IterErr(iter); err != nil {
		return nil, err
	}
	return acc, nil
}

func boolToInt(v starlark.Value) starlark.Value {
	if b, ok := v.(starlark.Bool); ok {
		return starlark.MakeInt(b2i(bool(b)))
	}
	return v
}
