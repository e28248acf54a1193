package datetime

// This file defines datetime.time, a naive time of day, what
// datetime.time() returns and datetime.combine joins with a date; and
// date.isocalendar.

import (
	"fmt"
	"strings"
	gotime "time"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins/collections"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// TimeClass is datetime.time.
var TimeClass = nativeClass("time", newTimeOfDay, nil)

// TimeOfDay is datetime.time, naive: a time on 1900-01-01, as strftime
// sees it.
type TimeOfDay struct{ t gotime.Time }

var (
	_ starlark.Comparable = TimeOfDay{}
	_ starlark.HasAttrs   = TimeOfDay{}
)

// isoCalendarDate is datetime.IsoCalendarDate, a named tuple whose repr
// names its module, as CPython's does.
var isoCalendarDate = func() *py.Class {
	cls := collections.SharedClass("IsoCalendarDate", "year week weekday", "datetime")
	repr := cls.Dict["__repr__"]
	cls.Dict["__repr__"] = starlark.NewBuiltin("__repr__", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		r, err := starlark.Call(thread, repr, args, kwargs)
		if err != nil {
			return nil, err
		}
		return starlark.String("datetime." + py.Str(r)), nil
	})
	return cls
}()

func init() {
	Module.Members["time"] = TimeClass
	DateTimeClass.Dict["combine"] = &py.StaticMethod{Fn: starlark.NewBuiltin("combine", combine)}
}

// newTimeOfDay implements time(hour=0, minute=0, second=0, microsecond=0).
func newTimeOfDay(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	f := ints(0, 0, 0, 0)
	if err := starlark.UnpackArgs("time", args, kwargs, "hour?", &f[0], "minute?", &f[1], "second?", &f[2], "microsecond?", &f[3]); err != nil {
		return nil, err
	}
	t, err := makeTime(append(ints(1900, 1, 1), f...))
	return TimeOfDay{t}, err
}

// combine implements datetime.combine(date, time).
func combine(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var dv, tv starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "date", &dv, "time", &tv); err != nil {
		return nil, err
	}
	var d gotime.Time
	switch x := dv.(type) {
	case Date:
		d = x.t
	case DateTime:
		d = x.t
	default:
		return nil, py.Raisef(py.TypeError, "combine() argument 1 must be datetime.date, not %s", py.TypeName(dv))
	}
	t, ok := tv.(TimeOfDay)
	if !ok {
		return nil, py.Raisef(py.TypeError, "combine() argument 2 must be datetime.time, not %s", py.TypeName(tv))
	}
	return DateTime{gotime.Date(d.Year(), d.Month(), d.Day(), t.t.Hour(), t.t.Minute(), t.t.Second(), t.t.Nanosecond(), gotime.UTC), nil}, nil
}

func (t TimeOfDay) String() string {
	s := fmt.Sprintf("datetime.time(%d, %d", t.t.Hour(), t.t.Minute())
	if us := t.t.Nanosecond() / 1000; us != 0 {
		s += fmt.Sprintf(", %d, %d", t.t.Second(), us)
	} else if t.t.Second() != 0 {
		s += fmt.Sprintf(", %d", t.t.Second())
	}
	return s + ")"
}

// PyStr is str(t): its isoformat.
func (t TimeOfDay) PyStr() string         { return t.isoformat("auto") }
func (t TimeOfDay) Type() string          { return "time" }
func (t TimeOfDay) Freeze()               {}
func (t TimeOfDay) Truth() starlark.Bool  { return true }
func (t TimeOfDay) Hash() (uint32, error) { return uint32(t.t.UnixMicro()), nil }
func (t TimeOfDay) PyClass() *py.Class    { return TimeClass }

func (t TimeOfDay) isoformat(spec string) string {
	s := isoformat(t.t, "T", spec)
	return s[strings.IndexByte(s, 'T')+1:]
}

// CompareSameType implements starlark.Comparable.
func (t TimeOfDay) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return compareInts(op, t.t.UnixMicro(), y.(TimeOfDay).t.UnixMicro()), nil
}

// AttrNames implements starlark.HasAttrs.
func (t TimeOfDay) AttrNames() []string {
	return []string{"hour", "isoformat", "microsecond", "minute", "replace", "second", "strftime"}
}

// Attr implements starlark.HasAttrs.
func (t TimeOfDay) Attr(name string) (starlark.Value, error) {
	switch name {
	case "hour":
		return starlark.MakeInt(t.t.Hour()), nil
	case "minute":
		return starlark.MakeInt(t.t.Minute()), nil
	case "second":
		return starlark.MakeInt(t.t.Second()), nil
	case "microsecond":
		return starlark.MakeInt(t.t.Nanosecond() / 1000), nil
	case "strftime":
		return strftimeMethod(t.t), nil
	case "__format__":
		return formatMethod(t, t.t), nil
	case "isoformat":
		return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			spec := "auto"
			if err := core.UnpackArgs(name, args, kwargs, "timespec?", &spec); err != nil {
				return nil, err
			}
			switch spec {
			case "auto", "hours", "minutes", "seconds", "milliseconds", "microseconds":
				return starlark.String(t.isoformat(spec)), nil
			}
			return nil, py.Raise(py.ValueError, "Unknown timespec value")
		}), nil
	case "replace":
		return starlark.NewBuiltin("replace", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			f := fieldsOf(t.t)
			if err := starlark.UnpackArgs("replace", args, kwargs, "hour?", &f[3], "minute?", &f[4], "second?", &f[5], "microsecond?", &f[6]); err != nil {
				return nil, err
			}
			nt, err := makeTime(f)
			return TimeOfDay{nt}, err
		}), nil
	}
	return nil, nil
}

// isoCalendar is date.isocalendar().
func isoCalendar(t gotime.Time) *starlark.Builtin {
	return starlark.NewBuiltin("isocalendar", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
			return nil, err
		}
		y, w := t.ISOWeek()
		return starlark.Call(thread, isoCalendarDate, ints(y, w, (int(t.Weekday())+6)%7+1), nil)
	})
}
