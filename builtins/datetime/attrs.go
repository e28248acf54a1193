package datetime

// This file defines the attributes and methods of dates and datetimes.

import (
	gotime "time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

var dateAttrs = []string{"ctime", "day", "isocalendar", "isoformat", "isoweekday", "month", "replace", "strftime", "weekday", "year"}

// AttrNames implements starlark.HasAttrs.
func (d Date) AttrNames() []string { return dateAttrs }

// Attr implements starlark.HasAttrs.
func (d Date) Attr(name string) (starlark.Value, error) {
	switch name {
	case "isoformat":
		return method(name, func() (starlark.Value, error) { return starlark.String(d.PyStr()), nil }), nil
	case "replace":
		return replaceMethod(d.t, func(t gotime.Time) starlark.Value { return Date{t} }, 3), nil
	}
	return commonAttr(d, d.t, name), nil
}

// AttrNames implements starlark.HasAttrs.
func (d DateTime) AttrNames() []string {
	return append([]string{"astimezone", "date", "hour", "microsecond", "minute", "second", "time", "timestamp",
		"tzinfo", "tzname", "utcoffset"}, dateAttrs...)
}

// Attr implements starlark.HasAttrs.
func (d DateTime) Attr(name string) (starlark.Value, error) {
	t := d.t
	switch name {
	case "hour":
		return starlark.MakeInt(t.Hour()), nil
	case "minute":
		return starlark.MakeInt(t.Minute()), nil
	case "second":
		return starlark.MakeInt(t.Second()), nil
	case "microsecond":
		return starlark.MakeInt(t.Nanosecond() / 1000), nil
	case "date":
		return method(name, func() (starlark.Value, error) { return Date{t.Truncate(24 * gotime.Hour)}, nil }), nil
	case "time":
		return method(name, func() (starlark.Value, error) {
			return TimeOfDay{gotime.Date(1900, 1, 1, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), gotime.UTC)}, nil
		}), nil
	case "timestamp":
		return method(name, func() (starlark.Value, error) {
			if d.tz != nil {
				return starlark.Float(float64(d.utcMicros()) / 1e6), nil
			}
			local := gotime.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), gotime.Local)
			return starlark.Float(float64(local.Unix()) + float64(t.Nanosecond()/1000)/1e6), nil
		}), nil
	case "isoformat":
		return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			sep, spec := "T", "auto"
			if err := core.UnpackArgs(name, args, kwargs, "sep?", &sep, "timespec?", &spec); err != nil {
				return nil, err
			}
			switch spec {
			case "auto", "hours", "minutes", "seconds", "milliseconds", "microseconds":
				return starlark.String(d.isoformat(sep, spec)), nil
			}
			return nil, py.Raise(py.ValueError, "Unknown timespec value")
		}), nil
	case "replace":
		return d.replaceMethod(), nil
	case "strftime":
		return zonedStrftime(t, d.tz), nil
	case "__format__":
		return zonedFormat(d, t, d.tz), nil
	}
	if v := d.zoneAttr(name); v != nil {
		return v, nil
	}
	return commonAttr(d, t, name), nil
}

// commonAttr is an attribute that the date or datetime self, at t,
// shares with the other, or nil.
func commonAttr(self py.PyStrer, t gotime.Time, name string) starlark.Value {
	switch name {
	case "year":
		return starlark.MakeInt(t.Year())
	case "month":
		return starlark.MakeInt(int(t.Month()))
	case "day":
		return starlark.MakeInt(t.Day())
	case "weekday":
		return method(name, func() (starlark.Value, error) { return starlark.MakeInt((int(t.Weekday()) + 6) % 7), nil })
	case "isoweekday":
		return method(name, func() (starlark.Value, error) { return starlark.MakeInt((int(t.Weekday())+6)%7 + 1), nil })
	case "strftime":
		return strftimeMethod(t)
	case "isocalendar":
		return isoCalendar(t)
	case "ctime":
		return method(name, func() (starlark.Value, error) { return starlark.String(t.Format("Mon Jan _2 15:04:05 2006")), nil })
	case "__format__":
		return formatMethod(self, t)
	}
	return nil
}

// replaceMethod is replace(year=, month=, ...) over the first n fields.
func replaceMethod(t gotime.Time, wrap func(gotime.Time) starlark.Value, n int) *starlark.Builtin {
	return starlark.NewBuiltin("replace", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		f := fieldsOf(t)
		pairs := make([]any, 0, 2*n)
		for i := 0; i < n; i++ {
			pairs = append(pairs, fieldNames[i]+"?", &f[i])
		}
		if err := starlark.UnpackArgs("replace", args, kwargs, pairs...); err != nil {
			return nil, err
		}
		nt, err := makeTime(f)
		if err != nil {
			return nil, err
		}
		return wrap(nt), nil
	})
}
