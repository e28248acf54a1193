package datetime

// This file defines the constructors from strings: datetime.strptime,
// date.fromisoformat and datetime.fromisoformat.

import (
	"regexp"
	"strconv"
	"strings"
	gotime "time"

	"go.starlark.net/starlark"

	pytime "github.com/spindle-lang/spindle/builtins/time"
	"github.com/spindle-lang/spindle/interp/py"
)

func init() {
	DateTimeClass.Dict["strptime"] = &py.StaticMethod{Fn: starlark.NewBuiltin("strptime", strptime)}
	DateClass.Dict["fromisoformat"] = &py.StaticMethod{Fn: starlark.NewBuiltin("fromisoformat", fromISOFormat(true))}
	DateTimeClass.Dict["fromisoformat"] = &py.StaticMethod{Fn: starlark.NewBuiltin("fromisoformat", fromISOFormat(false))}
}

// strptime implements datetime.strptime(date_string, format).
// https://docs.python.org/3/library/datetime.html#datetime.datetime.strptime
func strptime(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sv, fv starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &sv, &fv); err != nil {
		return nil, err
	}
	for i, v := range []starlark.Value{sv, fv} {
		if _, ok := v.(starlark.String); !ok {
			return nil, py.Raisef(py.TypeError, "strptime() argument %d must be str, not %s", i+1, py.TypeName(v))
		}
	}
	p, err := pytime.Strptime(string(sv.(starlark.String)), string(fv.(starlark.String)))
	if err != nil {
		return nil, err
	}
	t, err := makeTime(ints(p.Year, p.Month, p.Day, p.Hour, p.Minute, p.Second, p.Microsecond))
	if err != nil {
		return nil, err
	}
	return DateTime{t, nil}, nil
}

func ints(ns ...int) []starlark.Value {
	out := make([]starlark.Value, len(ns))
	for i, n := range ns {
		out[i] = starlark.MakeInt(n)
	}
	return out
}

var (
	isoDate = regexp.MustCompile(`^(\d{4})-?(\d{2})-?(\d{2})$`)
	isoTime = regexp.MustCompile(`^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6})\d*)?)?)?$`)
)

// fromISOFormat implements date.fromisoformat and
// datetime.fromisoformat: YYYY-MM-DD (or YYYYMMDD), then for a datetime
// any one separator, HH[:MM[:SS[.ffffff]]] and a UTC offset (Z or
// ±HH[:MM[:SS[.ffffff]]]), which makes it aware.
func fromISOFormat(date bool) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var v starlark.Value
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
			return nil, err
		}
		s, ok := v.(starlark.String)
		if !ok {
			return nil, py.Raisef(py.TypeError, "fromisoformat: argument must be str")
		}
		t, tz, err := parseISO(string(s), date)
		if err != nil {
			return nil, err
		}
		if date {
			return Date{t}, nil
		}
		return DateTime{t, tz}, nil
	}
}

func parseISO(s string, date bool) (gotime.Time, *TimeZone, error) {
	bad := py.Raisef(py.ValueError, "Invalid isoformat string: %s", py.Repr(starlark.String(s)))
	datePart, timePart := s, ""
	if !date && len(s) > 10 && strings.Contains(s[:10], "-") {
		datePart, timePart = s[:10], s[11:]
	} else if !date && len(s) > 8 && !strings.Contains(s[:8], "-") {
		datePart, timePart = s[:8], s[9:]
	}
	dm := isoDate.FindStringSubmatch(datePart)
	if dm == nil {
		return gotime.Time{}, nil, bad
	}
	fields := []int{atoi(dm[1]), atoi(dm[2]), atoi(dm[3]), 0, 0, 0, 0}
	var tz *TimeZone
	if timePart != "" {
		var offset string
		if i := strings.IndexAny(timePart, "+-Z"); i >= 0 {
			timePart, offset = timePart[:i], timePart[i:]
		}
		tm := isoTime.FindStringSubmatch(timePart)
		if tm == nil {
			return gotime.Time{}, nil, bad
		}
		h, m, sec, us := isoClock(tm)
		fields[3], fields[4], fields[5], fields[6] = h, m, sec, us
		if offset != "" {
			var err error
			if tz, err = isoOffset(offset, bad); err != nil {
				return gotime.Time{}, nil, err
			}
		}
	}
	t, err := makeTime(ints(fields...))
	if err != nil {
		return gotime.Time{}, nil, err
	}
	return t, tz, nil
}

// isoClock returns the hours, minutes, seconds and microseconds that
// isoTime matched.
func isoClock(tm []string) (int, int, int, int) {
	us := 0
	if tm[4] != "" {
		us = atoi(tm[4] + strings.Repeat("0", 6-len(tm[4])))
	}
	return atoi(tm[1]), atoi(tm[2]), atoi(tm[3]), us
}

// isoOffset parses the UTC offset of an ISO datetime: Z (UTC) or
// ±HH[:MM[:SS[.ffffff]]], strictly within a day, as a timezone.
func isoOffset(s string, bad error) (*TimeZone, error) {
	if s == "Z" {
		return utc, nil
	}
	tm := isoTime.FindStringSubmatch(s[1:])
	if tm == nil {
		return nil, bad
	}
	h, m, sec, us := isoClock(tm)
	off := ((int64(h)*60+int64(m))*60+int64(sec))*1e6 + int64(us)
	if s[0] == '-' {
		off = -off
	}
	if off <= -usPerDay || off >= usPerDay {
		return nil, py.Raisef(py.ValueError, "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %s.", TimeDelta{us: off}.String())
	}
	if off == 0 {
		return utc, nil
	}
	return &TimeZone{offset: off}, nil
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
