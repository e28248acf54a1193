package random

// This file defines the remaining distributions: lognormvariate,
// vonmisesvariate, gammavariate, betavariate, paretovariate and
// weibullvariate, drawing exactly as CPython 3.11's random.py does, so
// that a seeded generator gives its sequence.

import (
	"math"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

func init() {
	for name, fn := range map[string]method{
		"lognormvariate":  randomLognormvariate,
		"vonmisesvariate": randomVonmisesvariate,
		"gammavariate":    randomGammavariate,
		"betavariate":     randomBetavariate,
		"paretovariate":   randomParetovariate,
		"weibullvariate":  randomWeibullvariate,
	} {
		methods[name] = fn
		Module.Members[name] = starlark.NewBuiltin(name, moduleFunc(fn))
	}
}

// twoParams unpacks the two float parameters of a distribution.
func twoParams(name, a, b string, args starlark.Tuple, kwargs []starlark.Tuple) (float64, float64, error) {
	var x, y number
	err := starlark.UnpackArgs(name, args, kwargs, a, &x, b, &y)
	return float64(x), float64(y), err
}

func randomLognormvariate(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	v, err := randomNormalvariate(r, thread, name, args, kwargs)
	if err != nil {
		return nil, err
	}
	return starlark.Float(math.Exp(float64(v.(starlark.Float)))), nil
}

// pyMod is Python's float %: the sign of the divisor.
func pyMod(a, b float64) float64 {
	m := math.Mod(a, b)
	if m != 0 && (m < 0) != (b < 0) {
		m += b
	}
	return m
}

func randomVonmisesvariate(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	mu, kappa, err := twoParams(name, "mu", "kappa", args, kwargs)
	if err != nil {
		return nil, err
	}
	if kappa <= 1e-6 {
		return starlark.Float(2 * math.Pi * r.mt.float()), nil
	}
	s := 0.5 / kappa
	rr := s + math.Sqrt(1.0+s*s)
	var z float64
	for {
		z = math.Cos(math.Pi * r.mt.float())
		d := z / (rr + z)
		u2 := r.mt.float()
		if u2 < 1.0-d*d || u2 <= (1.0-d)*math.Exp(d) {
			break
		}
	}
	q := 1.0 / rr
	f := (q + z) / (1.0 + q*z)
	if r.mt.float() > 0.5 {
		return starlark.Float(pyMod(mu+math.Acos(f), 2*math.Pi)), nil
	}
	return starlark.Float(pyMod(mu-math.Acos(f), 2*math.Pi)), nil
}

func randomGammavariate(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	alpha, beta, err := twoParams(name, "alpha", "beta", args, kwargs)
	if err != nil {
		return nil, err
	}
	if alpha <= 0.0 || beta <= 0.0 {
		return nil, py.Raise(py.ValueError, "gammavariate: alpha and beta must be > 0.0")
	}
	return starlark.Float(r.gamma(alpha, beta)), nil
}

// gamma is gammavariate(alpha, beta) for positive parameters.
func (r *Random) gamma(alpha, beta float64) float64 {
	switch {
	case alpha > 1.0:
		ainv := math.Sqrt(2.0*alpha - 1.0)
		bbb, ccc := alpha-math.Log(4.0), alpha+ainv
		for {
			u1 := r.mt.float()
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1.0 - r.mt.float()
			v := math.Log(u1/(1.0-u1)) / ainv
			x := alpha * math.Exp(v)
			z := u1 * u1 * u2
			rr := bbb + ccc*v - x
			if rr+(1.0+math.Log(4.5))-4.5*z >= 0.0 || rr >= math.Log(z) {
				return x * beta
			}
		}
	case alpha == 1.0:
		return -math.Log(1.0-r.mt.float()) * beta
	}
	for {
		u := r.mt.float()
		b := (math.E + alpha) / math.E
		p := b * u
		var x float64
		if p <= 1.0 {
			x = math.Pow(p, 1.0/alpha)
		} else {
			x = -math.Log((b - p) / alpha)
		}
		u1 := r.mt.float()
		if p > 1.0 {
			if u1 <= math.Pow(x, alpha-1.0) {
				return x * beta
			}
		} else if u1 <= math.Exp(-x) {
			return x * beta
		}
	}
}

func randomBetavariate(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	alpha, beta, err := twoParams(name, "alpha", "beta", args, kwargs)
	if err != nil {
		return nil, err
	}
	for _, a := range []float64{alpha, beta} {
		if a <= 0.0 {
			return nil, py.Raise(py.ValueError, "gammavariate: alpha and beta must be > 0.0")
		}
	}
	y := r.gamma(alpha, 1.0)
	if y == 0 {
		return starlark.Float(0.0), nil
	}
	return starlark.Float(y / (y + r.gamma(beta, 1.0))), nil
}

func randomParetovariate(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var alpha number
	if err := starlark.UnpackArgs(name, args, kwargs, "alpha", &alpha); err != nil {
		return nil, err
	}
	if alpha == 0 {
		return nil, py.Raise(py.ZeroDivisionError, "float division by zero")
	}
	u := 1.0 - r.mt.float()
	return starlark.Float(math.Pow(u, -1.0/float64(alpha))), nil
}

func randomWeibullvariate(r *Random, thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	alpha, beta, err := twoParams(name, "alpha", "beta", args, kwargs)
	if err != nil {
		return nil, err
	}
	if beta == 0 {
		return nil, py.Raise(py.ZeroDivisionError, "float division by zero")
	}
	u := 1.0 - r.mt.float()
	return starlark.Float(alpha * math.Pow(-math.Log(u), 1.0/beta)), nil
}
