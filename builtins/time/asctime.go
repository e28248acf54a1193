package time

// This file defines asctime and mktime, which take a struct_time or a
// 9-tuple.

import (
	"fmt"
	gotime "time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// tmFields returns the nine fields of asctime's or mktime's argument:
// now when absent or None (asctime only), a struct_time or a 9-tuple of
// ints.
func tmFields(name string, args starlark.Tuple, kwargs []starlark.Tuple, nowOK bool) ([9]int, error) {
	var f [9]int
	if len(kwargs) > 0 {
		return f, py.Raisef(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) > 1 || len(args) == 0 && !nowOK {
		return f, py.Raisef(py.TypeError, "time.%s() takes exactly one argument (%d given)", name, len(args))
	}
	var v starlark.Value = starlark.None
	if len(args) == 1 {
		v = args[0]
	}
	switch v := v.(type) {
	case starlark.NoneType:
		if !nowOK {
			break
		}
		copy(f[:], StructTime{t: gotime.Now()}.fields())
		return f, nil
	case StructTime:
		copy(f[:], v.fields())
		return f, nil
	case starlark.Tuple:
		if len(v) != 9 {
			return f, py.Raisef(py.TypeError, "%s(): illegal time tuple argument", name)
		}
		for i := range f {
			if err := starlark.AsInt(v[i], &f[i]); err != nil {
				return f, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(v[i]))
			}
		}
		return f, nil
	}
	return f, py.Raise(py.TypeError, "Tuple or struct_time argument required")
}

var (
	dayNames   = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	monthNames = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

// asctime implements asctime([t]): "Fri Feb 13 23:31:30 2009", with the
// weekday the argument gives, as CPython's does.
// https://docs.python.org/3/library/time.html#time.asctime
func asctime(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 1 {
		return nil, py.Raisef(py.TypeError, "asctime expected at most 1 argument, got %d", len(args))
	}
	f, err := tmFields("asctime", args, kwargs, true)
	if err != nil {
		return nil, err
	}
	mon := f[1] - 1
	if mon == -1 {
		mon = 0 // gettmarg accepts month 0 as January
	}
	wday := (f[6] + 1) % 7 // Monday=0 to C's Sunday=0
	switch {
	case mon < 0 || mon > 11:
		return nil, py.Raise(py.ValueError, "month out of range")
	case wday < 0:
		return nil, py.Raise(py.ValueError, "day of week out of range")
	}
	return starlark.String(fmt.Sprintf("%s %s %2d %02d:%02d:%02d %d", dayNames[wday], monthNames[mon], f[2], f[3], f[4], f[5], f[0])), nil
}

// mktime implements mktime(t): the seconds since the epoch of local
// time t (its weekday, day of the year and DST flag are ignored).
// https://docs.python.org/3/library/time.html#time.mktime
func mktime(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	f, err := tmFields("mktime", args, kwargs, false)
	if err != nil {
		return nil, err
	}
	t := gotime.Date(f[0], gotime.Month(f[1]), f[2], f[3], f[4], f[5], 0, gotime.Local)
	return starlark.Float(float64(t.Unix())), nil
}
