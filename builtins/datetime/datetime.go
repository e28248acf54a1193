// Package datetime is spindle's datetime module: dates, datetimes and
// timedeltas, on the local clock, with strptime and fromisoformat
// (parse.go), times of day (datetime.time, timeofday.go) and fixed time
// zones (datetime.timezone, tz.go: aware datetimes, astimezone, %z). There
// is no tzinfo base class to subclass, and strptime has no %z.
package datetime

// This file defines the module, its classes and their constructors.

import (
	"math"

	"go.starlark.net/starlark"
	gotime "time"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the datetime module. Members:
//
//	date(year, month, day): today(), fromtimestamp(ts), fromisoformat(s); year, month, day,
//	    isoformat(), strftime(fmt), weekday(), isoweekday(), replace(...)
//	datetime(year, month, day, hour=0, minute=0, second=0, microsecond=0):
//	    now(), today(), fromtimestamp(ts), fromisoformat(s), strptime(s, format),
//	    utcnow(), utcfromtimestamp(ts); ctime() of dates and datetimes;
//	    the date members, hour, minute,
//	    second, microsecond, date(), timestamp(), isoformat(sep, timespec)
//	time(hour=0, minute=0, second=0, microsecond=0): hour, minute, second,
//	    microsecond, isoformat(timespec), strftime(fmt), replace(...);
//	    datetime.time(), datetime.combine(date, time), date.isocalendar()
//	timedelta(days, seconds, microseconds, milliseconds, minutes, hours,
//	    weeks): days, seconds, microseconds, total_seconds()
//	timezone(offset, name=None): utc, utcoffset(dt), tzname(dt), dst(dt);
//	    datetime(..., tzinfo=tz), now(tz), fromtimestamp(ts, tz), tzinfo,
//	    utcoffset(), tzname(), astimezone(tz=None); UTC
//	MINYEAR, MAXYEAR
//
// Arithmetic: datetime ± timedelta, datetime - datetime, date ±
// timedelta, date - date, timedelta + - * / // % and unary -, +.
var Module = &core.Module{Name: "datetime", Members: starlark.StringDict{
	"date":      DateClass,
	"datetime":  DateTimeClass,
	"timedelta": TimeDeltaClass,
	"MINYEAR":   starlark.MakeInt(1),
	"MAXYEAR":   starlark.MakeInt(9999),
}}

// The module's classes.
var (
	DateClass      = nativeClass("date", newDate, nil)
	DateTimeClass  = nativeClass("datetime", newDateTime, DateClass)
	TimeDeltaClass = nativeClass("timedelta", newTimeDelta, nil)
)

func init() {
	DateClass.Dict["today"] = static("today", func() starlark.Value { return Date{naive(gotime.Now()).Truncate(24 * gotime.Hour)} })
	DateClass.Dict["fromtimestamp"] = &py.StaticMethod{Fn: starlark.NewBuiltin("fromtimestamp", fromTimestamp(true))}
	DateTimeClass.Dict["now"] = &py.StaticMethod{Fn: starlark.NewBuiltin("now", now)}
	DateTimeClass.Dict["today"] = static("today", func() starlark.Value { return DateTime{naive(gotime.Now()), nil} })
	DateTimeClass.Dict["fromtimestamp"] = &py.StaticMethod{Fn: starlark.NewBuiltin("fromtimestamp", fromTimestamp(false))}
	DateTimeClass.Dict["utcnow"] = static("utcnow", func() starlark.Value { return DateTime{inZone(gotime.Now(), utc), nil} })
	DateTimeClass.Dict["utcfromtimestamp"] = &py.StaticMethod{Fn: starlark.NewBuiltin("utcfromtimestamp", utcFromTimestamp)}
}

type newFn = func(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

func nativeClass(name string, fn newFn, base *py.Class) *py.Class {
	var c *py.Class
	if base != nil {
		c = py.NewClass(name, "datetime", base)
	} else {
		c = py.NewClass(name, "datetime")
	}
	c.Ext = &py.NativeClass{New: fn}
	return c
}

// static is a class's static method without arguments.
func static(name string, fn func() starlark.Value) *py.StaticMethod {
	return &py.StaticMethod{Fn: method(name, func() (starlark.Value, error) { return fn(), nil })}
}

// naive returns local wall-clock time t as a naive time (UTC location),
// to the microsecond.
func naive(t gotime.Time) gotime.Time {
	t = t.Local()
	return gotime.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond()/1000*1000, gotime.UTC)
}

var fieldNames = []string{"year", "month", "day", "hour", "minute", "second", "microsecond"}

// fieldsOf returns t's seven fields as ints.
func fieldsOf(t gotime.Time) []starlark.Value {
	ints := []int{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond() / 1000}
	f := make([]starlark.Value, len(ints))
	for i, n := range ints {
		f[i] = starlark.MakeInt(n)
	}
	return f
}

var limits = [][2]int{{1, 9999}, {1, 12}, {1, 31}, {0, 23}, {0, 59}, {0, 59}, {0, 999999}}

// makeTime checks the fields as CPython does and returns the naive time.
func makeTime(f []starlark.Value) (gotime.Time, error) {
	var n [7]int
	for i, v := range f {
		iv, ok := v.(starlark.Int)
		if !ok {
			return gotime.Time{}, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(v))
		}
		x, ok := iv.Int64()
		if !ok || x < int64(limits[i][0]) || x > int64(limits[i][1]) {
			return gotime.Time{}, rangeError(i, iv)
		}
		n[i] = int(x)
	}
	t := gotime.Date(n[0], gotime.Month(n[1]), n[2], n[3], n[4], n[5], n[6]*1000, gotime.UTC)
	if t.Day() != n[2] {
		return t, py.Raise(py.ValueError, "day is out of range for month")
	}
	return t, nil
}

func rangeError(i int, v starlark.Int) error {
	switch i {
	case 0:
		return py.Raisef(py.ValueError, "year %s is out of range", v)
	case 2:
		return py.Raise(py.ValueError, "day is out of range for month")
	}
	return py.Raisef(py.ValueError, "%s must be in %d..%d", fieldNames[i], limits[i][0], limits[i][1])
}

// unpackFields unpacks the first n fields (3 required) of a constructor.
func unpackFields(args starlark.Tuple, kwargs []starlark.Tuple, n int) (gotime.Time, error) {
	f := make([]starlark.Value, n)
	for i := 3; i < n; i++ {
		f[i] = starlark.MakeInt(0)
	}
	pairs := make([]any, 0, 2*n)
	for i := 0; i < n; i++ {
		name := fieldNames[i]
		if i >= 3 {
			name += "?"
		}
		pairs = append(pairs, name, &f[i])
	}
	if err := starlark.UnpackArgs("function", args, kwargs, pairs...); err != nil {
		for i := 0; i < 3; i++ {
			if f[i] == nil && len(args) <= i {
				return gotime.Time{}, py.Raisef(py.TypeError, "function missing required argument '%s' (pos %d)", fieldNames[i], i+1)
			}
		}
		return gotime.Time{}, err
	}
	return makeTime(append(f, make([]starlark.Value, 7-n)...)[:n])
}

func newDate(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	t, err := unpackFields(args, kwargs, 3)
	return Date{t}, err
}

func newDateTime(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tzv starlark.Value
	if len(args) == 8 {
		args, tzv = args[:7], args[7]
	}
	var rest []starlark.Tuple
	for _, kv := range kwargs {
		if k, _ := starlark.AsString(kv[0]); k == "tzinfo" {
			tzv = kv[1]
		} else {
			rest = append(rest, kv)
		}
	}
	tz, err := tzArg(tzv)
	if err != nil {
		return nil, err
	}
	t, err := unpackFields(args, rest, 7)
	return DateTime{t, tz}, err
}

// now implements datetime.now(tz=None).
func now(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tzv starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "tz?", &tzv); err != nil {
		return nil, err
	}
	tz, err := tzArg(tzv)
	if err != nil {
		return nil, err
	}
	return DateTime{inZone(gotime.Now(), tz), tz}, nil
}

// stampTime converts a POSIX timestamp, rounded to microseconds.
func stampTime(ts starlark.Value) (gotime.Time, error) {
	secs, ok := starlark.AsFloat(ts)
	if _, isBool := ts.(starlark.Bool); !ok || isBool {
		return gotime.Time{}, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(ts))
	}
	if math.IsNaN(secs) || math.Abs(secs) > 1e14 {
		return gotime.Time{}, py.Raise(py.ValueError, "year is out of range")
	}
	whole := math.Floor(secs)
	us := math.RoundToEven((secs - whole) * 1e6)
	return gotime.Unix(int64(whole), int64(us)*1000), nil
}

// utcFromTimestamp implements datetime.utcfromtimestamp(ts): the naive
// datetime of the instant in UTC.
func utcFromTimestamp(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var ts starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &ts); err != nil {
		return nil, err
	}
	t, err := stampTime(ts)
	if err != nil {
		return nil, err
	}
	return DateTime{inZone(t, utc), nil}, nil
}

// fromTimestamp is date.fromtimestamp or datetime.fromtimestamp.
func fromTimestamp(date bool) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var ts, tzv starlark.Value = nil, starlark.None
		if date {
			if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &ts); err != nil {
				return nil, err
			}
		} else if err := starlark.UnpackArgs(b.Name(), args, kwargs, "timestamp", &ts, "tz?", &tzv); err != nil {
			return nil, err
		}
		tz, err := tzArg(tzv)
		if err != nil {
			return nil, err
		}
		instant, err := stampTime(ts)
		if err != nil {
			return nil, err
		}
		t := inZone(instant, tz)
		if date {
			return Date{t.Truncate(24 * gotime.Hour)}, nil
		}
		return DateTime{t, tz}, nil
	}
}
