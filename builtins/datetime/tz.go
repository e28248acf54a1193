package datetime

// This file defines datetime.timezone, fixed offsets from UTC, and what
// makes a datetime aware of one: its repr, isoformat and %z/%Z, its
// arithmetic and comparisons as UTC instants, astimezone and the tz
// arguments of the constructors.

import (
	"fmt"
	"strings"
	gotime "time"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// TimeZoneClass is datetime.timezone.
var TimeZoneClass = nativeClass("timezone", newTimeZone, nil)

// TimeZone is a datetime.timezone; it is immutable.
type TimeZone struct {
	offset int64 // microseconds east of UTC
	name   string
	named  bool
}

// utc is datetime.timezone.utc.
var utc = &TimeZone{}

var (
	_ starlark.Comparable = (*TimeZone)(nil)
	_ starlark.HasAttrs   = (*TimeZone)(nil)
)

func init() {
	TimeZoneClass.Dict["utc"] = utc
	Module.Members["timezone"] = TimeZoneClass
	Module.Members["UTC"] = utc
}

// newTimeZone implements timezone(offset, name=None).
func newTimeZone(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var off, name starlark.Value = nil, starlark.None
	if err := starlark.UnpackArgs("timezone", args, kwargs, "offset", &off, "name?", &name); err != nil {
		return nil, err
	}
	d, ok := off.(TimeDelta)
	if !ok {
		return nil, py.Raisef(py.TypeError, "timezone() argument 1 must be datetime.timedelta, not %s", py.TypeName(off))
	}
	if d.us <= -usPerDay || d.us >= usPerDay {
		return nil, py.Raisef(py.ValueError, "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %s.", d.String())
	}
	z := &TimeZone{offset: d.us}
	switch n := name.(type) {
	case starlark.NoneType:
		if d.us == 0 {
			return utc, nil
		}
	case starlark.String:
		z.name, z.named = string(n), true
	default:
		return nil, py.Raisef(py.TypeError, "timezone() argument 2 must be str, not %s", py.TypeName(name))
	}
	return z, nil
}

func (z *TimeZone) String() string {
	if z == utc {
		return "datetime.timezone.utc"
	}
	s := "datetime.timezone(" + TimeDelta{z.offset}.String()
	if z.named {
		s += ", " + py.Repr(starlark.String(z.name))
	}
	return s + ")"
}

// PyStr is str(z): its name, or UTC±HH:MM.
func (z *TimeZone) PyStr() string {
	if z.named {
		return z.name
	}
	if z.offset == 0 {
		return "UTC"
	}
	return "UTC" + offsetText(z.offset, ":")
}

func (z *TimeZone) Type() string          { return "datetime.timezone" }
func (z *TimeZone) Freeze()               {}
func (z *TimeZone) Truth() starlark.Bool  { return true }
func (z *TimeZone) Hash() (uint32, error) { return uint32(z.offset), nil }
func (z *TimeZone) PyClass() *py.Class    { return TimeZoneClass }

// CompareSameType compares offsets (== and != only).
func (z *TimeZone) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	switch op {
	case syntax.EQL:
		return z.offset == y.(*TimeZone).offset, nil
	case syntax.NEQ:
		return z.offset != y.(*TimeZone).offset, nil
	}
	return false, py.Raisef(py.TypeError, "'%s' not supported between instances of 'datetime.timezone' and 'datetime.timezone'", op)
}

// AttrNames implements starlark.HasAttrs.
func (z *TimeZone) AttrNames() []string { return []string{"dst", "tzname", "utcoffset"} }

// Attr implements starlark.HasAttrs.
func (z *TimeZone) Attr(name string) (starlark.Value, error) {
	var v starlark.Value
	switch name {
	case "utcoffset":
		v = TimeDelta{z.offset}
	case "tzname":
		v = starlark.String(z.PyStr())
	case "dst":
		v = starlark.None
	default:
		return nil, nil
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var dt starlark.Value
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &dt); err != nil {
			return nil, err
		}
		return v, nil
	}), nil
}

// offsetText is +HH<sep>MM, with seconds and microseconds if any.
func offsetText(us int64, sep string) string {
	sign := "+"
	if us < 0 {
		sign, us = "-", -us
	}
	h, m, s, f := us/3600e6, us/60e6%60, us/1e6%60, us%1e6
	out := fmt.Sprintf("%s%02d%s%02d", sign, h, sep, m)
	if s != 0 || f != 0 {
		out += fmt.Sprintf("%s%02d", sep, s)
	}
	if f != 0 {
		out += fmt.Sprintf(".%06d", f)
	}
	return out
}

// utcMicros is the instant of aware d, in microseconds of naive UTC.
func (d DateTime) utcMicros() int64 { return d.t.UnixMicro() - d.tz.offset }

// tzArg converts a tz or tzinfo argument: None or a timezone.
func tzArg(v starlark.Value) (*TimeZone, error) {
	switch v := v.(type) {
	case nil, starlark.NoneType:
		return nil, nil
	case *TimeZone:
		return v, nil
	}
	return nil, py.Raisef(py.TypeError, "tzinfo argument must be None or of a tzinfo subclass, not type '%s'", py.TypeName(v))
}

// inZone returns the wall-clock time of instant t in z (local time if
// z is nil), as a naive time.
func inZone(t gotime.Time, z *TimeZone) gotime.Time {
	if z == nil {
		return naive(t)
	}
	u := t.UTC().Add(gotime.Duration(z.offset) * gotime.Microsecond)
	return gotime.Date(u.Year(), u.Month(), u.Day(), u.Hour(), u.Minute(), u.Second(), u.Nanosecond()/1000*1000, gotime.UTC)
}

// localZone is the fixed zone of the host's local time at instant t,
// named as the host names it.
func localZone(t gotime.Time) *TimeZone {
	name, secs := t.Local().Zone()
	return &TimeZone{offset: int64(secs) * 1e6, name: name, named: true}
}

// zoneFormat replaces %z and %Z in format by d's offset and zone name
// (empty for a naive datetime), leaving the rest to strftime.
func zoneFormat(format string, tz *TimeZone) string {
	if !strings.Contains(format, "%z") && !strings.Contains(format, "%Z") {
		return format
	}
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] != '%' || i+1 == len(format) {
			b.WriteByte(format[i])
			continue
		}
		i++
		switch c := format[i]; {
		case c == 'z' && tz != nil:
			b.WriteString(strings.ReplaceAll(offsetText(tz.offset, ""), "%", "%%"))
		case c == 'Z' && tz != nil:
			b.WriteString(strings.ReplaceAll(tz.PyStr(), "%", "%%"))
		case c == 'z' || c == 'Z':
		default:
			b.WriteByte('%')
			b.WriteByte(c)
		}
	}
	return b.String()
}

// zoneAttr is one of the attributes of d about its time zone, or nil.
func (d DateTime) zoneAttr(name string) starlark.Value {
	switch name {
	case "tzinfo":
		if d.tz == nil {
			return starlark.None
		}
		return d.tz
	case "utcoffset":
		return method(name, func() (starlark.Value, error) {
			if d.tz == nil {
				return starlark.None, nil
			}
			return TimeDelta{d.tz.offset}, nil
		})
	case "tzname":
		return method(name, func() (starlark.Value, error) {
			if d.tz == nil {
				return starlark.None, nil
			}
			return starlark.String(d.tz.PyStr()), nil
		})
	case "astimezone":
		return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var tzv starlark.Value = starlark.None
			if err := starlark.UnpackArgs(name, args, kwargs, "tz?", &tzv); err != nil {
				return nil, err
			}
			tz, err := tzArg(tzv)
			if err != nil {
				return nil, err
			}
			instant := gotime.UnixMicro(d.utcMicrosOrLocal())
			if tz == nil {
				tz = localZone(instant)
			}
			return DateTime{inZone(instant, tz), tz}, nil
		})
	}
	return nil
}

// utcMicrosOrLocal is d's instant: its UTC one if aware, else its
// wall-clock time taken as the host's local time.
func (d DateTime) utcMicrosOrLocal() int64 {
	if d.tz != nil {
		return d.utcMicros()
	}
	t := d.t
	return gotime.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), gotime.Local).UnixMicro()
}

// replaceMethod is datetime.replace(year=, ..., tzinfo=).
func (d DateTime) replaceMethod() *starlark.Builtin {
	return starlark.NewBuiltin("replace", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		tz := d.tz
		var rest []starlark.Tuple
		for _, kv := range kwargs {
			if k, _ := starlark.AsString(kv[0]); k != "tzinfo" {
				rest = append(rest, kv)
				continue
			}
			var err error
			if tz, err = tzArg(kv[1]); err != nil {
				return nil, err
			}
		}
		fields := replaceMethod(d.t, func(t gotime.Time) starlark.Value { return DateTime{t, tz} }, 7)
		return starlark.Call(thread, fields, args, rest)
	})
}
