package datetime

// This file defines date and datetime values: naive wall-clock times held
// as Go times in UTC (so arithmetic never meets a DST change).

import (
	"fmt"

	gotime "time"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	pytime "github.com/spindle-lang/spindle/builtins/time"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Date is datetime.date.
type Date struct{ t gotime.Time }

// DateTime is datetime.datetime: naive, or aware of a fixed time zone
// (tz.go), t being its wall-clock time there.
type DateTime struct {
	t  gotime.Time
	tz *TimeZone // nil if naive
}

var (
	_ starlark.HasBinary  = Date{}
	_ starlark.Comparable = Date{}
	_ starlark.HasAttrs   = Date{}
	_ starlark.HasBinary  = DateTime{}
	_ starlark.Comparable = DateTime{}
	_ starlark.HasAttrs   = DateTime{}
)

func (d Date) String() string {
	return fmt.Sprintf("datetime.date(%d, %d, %d)", d.t.Year(), d.t.Month(), d.t.Day())
}
func (d Date) PyStr() string         { return d.t.Format("2006-01-02") }
func (d Date) Type() string          { return "date" }
func (d Date) Freeze()               {}
func (d Date) Truth() starlark.Bool  { return true }
func (d Date) Hash() (uint32, error) { return uint32(d.t.Unix() / 86400), nil }
func (d Date) PyClass() *py.Class    { return DateClass }

func (d DateTime) String() string {
	t := d.t
	s := fmt.Sprintf("datetime.datetime(%d, %d, %d, %d, %d", t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute())
	if us := t.Nanosecond() / 1000; us != 0 {
		s += fmt.Sprintf(", %d, %d", t.Second(), us)
	} else if t.Second() != 0 {
		s += fmt.Sprintf(", %d", t.Second())
	}
	if d.tz != nil {
		s += ", tzinfo=" + d.tz.String()
	}
	return s + ")"
}
func (d DateTime) PyStr() string        { return d.isoformat(" ", "auto") }
func (d DateTime) Type() string         { return "datetime" }
func (d DateTime) Freeze()              {}
func (d DateTime) Truth() starlark.Bool { return true }
func (d DateTime) Hash() (uint32, error) {
	if d.tz != nil {
		return uint32(d.utcMicros()), nil
	}
	return uint32(d.t.UnixMicro()), nil
}

// isoformat is d.isoformat(sep, timespec), with its UTC offset if aware.
func (d DateTime) isoformat(sep, timespec string) string {
	s := isoformat(d.t, sep, timespec)
	if d.tz != nil {
		s += offsetText(d.tz.offset, ":")
	}
	return s
}
func (d DateTime) PyClass() *py.Class { return DateTimeClass }

// isoformat is datetime.isoformat(sep, timespec) of naive t.
func isoformat(t gotime.Time, sep, timespec string) string {
	us := t.Nanosecond() / 1000
	if timespec == "auto" {
		timespec = "seconds"
		if us != 0 {
			timespec = "microseconds"
		}
	}
	s := t.Format("2006-01-02") + sep
	switch timespec {
	case "hours":
		return s + fmt.Sprintf("%02d", t.Hour())
	case "minutes":
		return s + t.Format("15:04")
	case "milliseconds":
		return s + t.Format("15:04:05") + fmt.Sprintf(".%03d", us/1000)
	case "microseconds":
		return s + t.Format("15:04:05") + fmt.Sprintf(".%06d", us)
	}
	return s + t.Format("15:04:05")
}

// CompareSameType implements starlark.Comparable.
func (d Date) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return compareInts(op, d.t.Unix(), y.(Date).t.Unix()), nil
}

// CompareSameType implements starlark.Comparable.
func (d DateTime) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	e := y.(DateTime)
	switch {
	case d.tz != nil && e.tz != nil:
		return compareInts(op, d.utcMicros(), e.utcMicros()), nil
	case d.tz == nil && e.tz == nil:
		return compareInts(op, d.t.UnixMicro(), e.t.UnixMicro()), nil
	case op == syntax.EQL || op == syntax.NEQ:
		return op == syntax.NEQ, nil
	}
	return false, py.Raise(py.TypeError, "can't compare offset-naive and offset-aware datetimes")
}

func compareInts(op syntax.Token, x, y int64) bool {
	switch op {
	case syntax.EQL:
		return x == y
	case syntax.NEQ:
		return x != y
	case syntax.LT:
		return x < y
	case syntax.LE:
		return x <= y
	case syntax.GT:
		return x > y
	}
	return x >= y
}

// Binary implements starlark.HasBinary.
func (d Date) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	if side == starlark.Left {
		return binary(op, d, y)
	}
	return binary(op, y, d)
}

// Binary implements starlark.HasBinary.
func (d DateTime) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	if side == starlark.Left {
		return binary(op, d, y)
	}
	return binary(op, y, d)
}

// shift returns t moved by us microseconds, or OverflowError outside
// years 1..9999.
func shift(t gotime.Time, us int64) (gotime.Time, error) {
	days := floorDiv(us, usPerDay)
	r := t.AddDate(0, 0, int(days)).Add(gotime.Duration(us-days*usPerDay) * gotime.Microsecond)
	if days > 4e6 || days < -4e6 || r.Year() < 1 || r.Year() > 9999 {
		return t, py.Raise(py.OverflowError, "date value out of range")
	}
	return r, nil
}

// dateOp is the arithmetic of dates and datetimes.
func dateOp(op syntax.Token, x, y starlark.Value) (starlark.Value, error) {
	switch x := x.(type) {
	case DateTime:
		switch y := y.(type) {
		case TimeDelta:
			if op == syntax.MINUS {
				y.us = -y.us
			}
			t, err := shift(x.t, y.us)
			return DateTime{t, x.tz}, err
		case DateTime:
			if op != syntax.MINUS {
				break
			}
			if (x.tz == nil) != (y.tz == nil) {
				return nil, py.Raise(py.TypeError, "can't subtract offset-naive and offset-aware datetimes")
			}
			if x.tz != nil {
				return TimeDelta{x.utcMicros() - y.utcMicros()}, nil
			}
			return TimeDelta{x.t.UnixMicro() - y.t.UnixMicro()}, nil // not Sub, which saturates at 292 years
		}
	case Date:
		switch y := y.(type) {
		case TimeDelta:
			days := floorDiv(y.us, usPerDay) // CPython uses td.days only
			if op == syntax.MINUS {
				days = -days
			}
			t, err := shift(x.t, days*usPerDay)
			return Date{t}, err
		case Date:
			if op == syntax.MINUS {
				return TimeDelta{x.t.UnixMicro() - y.t.UnixMicro()}, nil // not Sub, which saturates at 292 years
			}
		}
	}
	return nil, nil
}

// binary is x op y for any pair involving a datetime value: it raises
// CPython's TypeError for the unsupported ones.
func binary(op syntax.Token, x, y starlark.Value) (starlark.Value, error) {
	if _, ok := y.(py.DeferredOperand); ok {
		return nil, nil // it divides x itself
	}
	var v starlark.Value
	var err error
	switch xv := x.(type) {
	case TimeDelta:
		if yv, ok := y.(TimeDelta); ok {
			v, err = deltaOp(op, xv, yv)
		} else if op == syntax.PLUS {
			v, err = dateOp(op, y, x)
		} else {
			v, err = scaleOp(op, xv, y)
		}
	case starlark.Int:
		if yv, ok := y.(TimeDelta); ok && op == syntax.STAR {
			v, err = scaleOp(op, yv, x)
		}
	case starlark.Float:
		if yv, ok := y.(TimeDelta); ok && op == syntax.STAR {
			v, err = scaleOp(op, yv, x)
		}
	default:
		if op == syntax.PLUS || op == syntax.MINUS {
			v, err = dateOp(op, x, y)
		}
	}
	if v == nil && err == nil {
		err = py.Raisef(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op, typeName(x), typeName(y))
	}
	return v, err
}

// typeName is the type's name as CPython's operator errors show it.
func typeName(v starlark.Value) string {
	switch v.(type) {
	case TimeDelta, Date, DateTime, TimeOfDay:
		return "datetime." + v.Type()
	}
	return py.TypeName(v)
}

// method returns a bound method taking no arguments.
func method(name string, fn func() (starlark.Value, error)) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
			return nil, err
		}
		return fn()
	})
}

// strftimeMethod is date.strftime and datetime.strftime.
func strftimeMethod(t gotime.Time) *starlark.Builtin { return zonedStrftime(t, nil) }

// zonedStrftime is strftime of a time in zone tz (nil for naive).
func zonedStrftime(t gotime.Time, tz *TimeZone) *starlark.Builtin {
	return starlark.NewBuiltin("strftime", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) != 1 || len(kwargs) != 0 {
			return nil, py.Raisef(py.TypeError, "strftime() takes exactly 1 argument (%d given)", len(args)+len(kwargs))
		}
		f, ok := args[0].(starlark.String)
		if !ok {
			return nil, py.Raisef(py.TypeError, "strftime() argument 1 must be str, not %s", py.TypeName(args[0]))
		}
		return starlark.String(pytime.Strftime(zoneFormat(string(f), tz), t)), nil
	})
}

// formatMethod is date.__format__ and datetime.__format__, which
// f"{d:%d.%m.%Y}" calls: strftime, or str(self) for an empty spec.
func formatMethod(self py.PyStrer, t gotime.Time) *starlark.Builtin { return zonedFormat(self, t, nil) }

// zonedFormat is __format__ of a time in zone tz (nil for naive).
func zonedFormat(self py.PyStrer, t gotime.Time, tz *TimeZone) *starlark.Builtin {
	return starlark.NewBuiltin("__format__", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var spec string
		if err := core.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &spec); err != nil {
			return nil, err
		}
		if spec == "" {
			return starlark.String(self.PyStr()), nil
		}
		return starlark.String(pytime.Strftime(zoneFormat(spec, tz), t)), nil
	})
}
