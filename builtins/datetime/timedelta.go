package datetime

// This file defines timedelta: a duration held as whole microseconds.

import (
	"fmt"
	"math"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

const (
	usPerSec = int64(1e6)
	usPerDay = 86400 * usPerSec
	maxDays  = math.MaxInt64 / usPerDay // spindle's range: int64 microseconds
)

// TimeDelta is datetime.timedelta. Its range is about ±106 million days
// (CPython's is ±999999999 days).
type TimeDelta struct{ us int64 }

var (
	_ starlark.HasBinary  = TimeDelta{}
	_ starlark.HasUnary   = TimeDelta{}
	_ starlark.Comparable = TimeDelta{}
	_ starlark.HasAttrs   = TimeDelta{}
)

// parts returns CPython's normalised days, seconds and microseconds.
func (d TimeDelta) parts() (days, secs, us int64) {
	days = floorDiv(d.us, usPerDay)
	rem := d.us - days*usPerDay
	return days, rem / usPerSec, rem % usPerSec
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// PyStr is str(d): [D day[s], ]H:MM:SS[.ffffff].
func (d TimeDelta) PyStr() string {
	days, secs, us := d.parts()
	s := fmt.Sprintf("%d:%02d:%02d", secs/3600, secs/60%60, secs%60)
	if us != 0 {
		s += fmt.Sprintf(".%06d", us)
	}
	if days != 0 {
		plural := "s"
		if days == 1 || days == -1 {
			plural = ""
		}
		s = fmt.Sprintf("%d day%s, %s", days, plural, s)
	}
	return s
}

// String is CPython's repr, naming only the non-zero fields.
func (d TimeDelta) String() string {
	days, secs, us := d.parts()
	var fields []string
	for _, f := range []struct {
		name string
		v    int64
	}{{"days", days}, {"seconds", secs}, {"microseconds", us}} {
		if f.v != 0 {
			fields = append(fields, fmt.Sprintf("%s=%d", f.name, f.v))
		}
	}
	if len(fields) == 0 {
		return "datetime.timedelta(0)"
	}
	return "datetime.timedelta(" + strings.Join(fields, ", ") + ")"
}

func (d TimeDelta) Type() string          { return "timedelta" }
func (d TimeDelta) Freeze()               {}
func (d TimeDelta) Truth() starlark.Bool  { return d.us != 0 }
func (d TimeDelta) Hash() (uint32, error) { return uint32(d.us ^ d.us>>32), nil }
func (d TimeDelta) PyClass() *py.Class    { return TimeDeltaClass }

// AttrNames implements starlark.HasAttrs.
func (d TimeDelta) AttrNames() []string {
	return []string{"days", "microseconds", "seconds", "total_seconds"}
}

// Attr implements starlark.HasAttrs.
func (d TimeDelta) Attr(name string) (starlark.Value, error) {
	days, secs, us := d.parts()
	switch name {
	case "days":
		return starlark.MakeInt64(days), nil
	case "seconds":
		return starlark.MakeInt64(secs), nil
	case "microseconds":
		return starlark.MakeInt64(us), nil
	case "__abs__":
		return method(name, func() (starlark.Value, error) { return TimeDelta{max(d.us, -d.us)}, nil }), nil
	case "total_seconds":
		return method("total_seconds", func() (starlark.Value, error) {
			return starlark.Float(float64(d.us) / 1e6), nil
		}), nil
	}
	return nil, nil
}

// CompareSameType implements starlark.Comparable.
func (d TimeDelta) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return compareInts(op, d.us, y.(TimeDelta).us), nil
}

// Unary implements starlark.HasUnary.
func (d TimeDelta) Unary(op syntax.Token) (starlark.Value, error) {
	switch op {
	case syntax.MINUS:
		return TimeDelta{-d.us}, nil
	case syntax.PLUS:
		return d, nil
	}
	return nil, nil
}

// Binary implements starlark.HasBinary.
func (d TimeDelta) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	if side == starlark.Left {
		return binary(op, d, y)
	}
	return binary(op, y, d)
}

// deltaOp is timedelta op timedelta.
func deltaOp(op syntax.Token, x, y TimeDelta) (starlark.Value, error) {
	switch op {
	case syntax.PLUS:
		return addUs(x.us, y.us)
	case syntax.MINUS:
		return addUs(x.us, -y.us)
	case syntax.SLASH:
		if y.us == 0 {
			return nil, py.Raise(py.ZeroDivisionError, "division by zero")
		}
		return starlark.Float(float64(x.us) / float64(y.us)), nil
	case syntax.SLASHSLASH, syntax.PERCENT:
		if y.us == 0 {
			return nil, py.Raise(py.ZeroDivisionError, "integer division or modulo by zero")
		}
		q := floorDiv(x.us, y.us)
		if op == syntax.PERCENT {
			return TimeDelta{x.us - q*y.us}, nil
		}
		return starlark.MakeInt64(q), nil
	}
	return nil, nil
}

// scaleOp is timedelta * number, timedelta / number, timedelta // int.
func scaleOp(op syntax.Token, d TimeDelta, n starlark.Value) (starlark.Value, error) {
	f, isFloat := n.(starlark.Float)
	i, isInt := n.(starlark.Int)
	switch {
	case op == syntax.STAR && isInt:
		k, ok := i.Int64()
		if !ok || k != 0 && (d.us*k)/k != d.us {
			return nil, overflow()
		}
		return checked(d.us * k)
	case op == syntax.STAR && isFloat:
		return fromFloat(float64(d.us) * float64(f))
	case op == syntax.SLASH && (isInt || isFloat), op == syntax.SLASHSLASH && isInt:
		v, _ := starlark.AsFloat(n)
		if v == 0 {
			return nil, py.Raise(py.ZeroDivisionError, "integer division or modulo by zero")
		}
		if op == syntax.SLASHSLASH {
			k, _ := i.Int64()
			return TimeDelta{floorDiv(d.us, k)}, nil
		}
		return fromFloat(float64(d.us) / v)
	}
	return nil, nil
}

// fromFloat rounds microseconds half to even, as CPython does.
func fromFloat(us float64) (starlark.Value, error) {
	r := math.RoundToEven(us)
	if math.IsNaN(r) || math.Abs(r) >= float64(maxDays*usPerDay) {
		return nil, overflow()
	}
	return TimeDelta{int64(r)}, nil
}

func addUs(a, b int64) (starlark.Value, error) {
	s := a + b
	if (a > 0 && b > 0 && s < 0) || (a < 0 && b < 0 && s >= 0) {
		return nil, overflow()
	}
	return checked(s)
}

// checked returns a timedelta of us microseconds, or OverflowError.
func checked(us int64) (starlark.Value, error) {
	if days := floorDiv(us, usPerDay); days > maxDays-1 || days < -maxDays {
		return nil, overflow()
	}
	return TimeDelta{us}, nil
}

func overflow() error {
	return py.Raisef(py.OverflowError, "timedelta out of spindle's range (|days| < %d)", maxDays)
}

// deltaUnits are timedelta's parameters in order, with their microseconds.
var deltaUnits = []struct {
	name string
	us   int64
}{{"days", usPerDay}, {"seconds", usPerSec}, {"microseconds", 1}, {"milliseconds", 1000},
	{"minutes", 60 * usPerSec}, {"hours", 3600 * usPerSec}, {"weeks", 7 * usPerDay}}

func newTimeDelta(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > len(deltaUnits) {
		return nil, py.Raisef(py.TypeError, "timedelta() takes at most 7 arguments (%d given)", len(args))
	}
	vals := make([]starlark.Value, len(deltaUnits))
	copy(vals, args)
	for _, kv := range kwargs {
		k := string(kv[0].(starlark.String))
		i := 0
		for i < len(deltaUnits) && deltaUnits[i].name != k {
			i++
		}
		if i == len(deltaUnits) {
			return nil, py.Raisef(py.TypeError, "'%s' is an invalid keyword argument for __new__()", k)
		}
		if vals[i] != nil {
			return nil, py.Raisef(py.TypeError, "argument for __new__() given by name ('%s') and position (%d)", k, i+1)
		}
		vals[i] = kv[1]
	}
	return sumUnits(vals)
}

// sumUnits adds up timedelta's arguments: ints exactly, floats rounded
// half to even at the end.
func sumUnits(vals []starlark.Value) (starlark.Value, error) {
	var exact int64
	var frac float64
	for i, v := range vals {
		switch v := v.(type) {
		case nil:
		case starlark.Int:
			n, ok := v.Int64()
			p := n * deltaUnits[i].us
			if !ok || n != 0 && p/n != deltaUnits[i].us {
				return nil, overflow()
			}
			s, err := addUs(exact, p)
			if err != nil {
				return nil, err
			}
			exact = s.(TimeDelta).us
		case starlark.Float:
			frac += float64(v) * float64(deltaUnits[i].us)
		default:
			return nil, py.Raisef(py.TypeError, "unsupported type for timedelta %s component: %s", deltaUnits[i].name, py.TypeName(v))
		}
	}
	f, err := fromFloat(frac)
	if err != nil {
		return nil, err
	}
	return addUs(exact, f.(TimeDelta).us)
}
