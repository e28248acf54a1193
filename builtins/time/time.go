// Package time is spindle's time module: sleep (which releases the GIL and
// can be cancelled), clocks, and the common forms of ctime, localtime and
// strftime.
package time

// This file defines the module and its functions.

import (
	"fmt"
	"math"
	"strings"
	gotime "time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the time module. Members:
//
//	sleep(secs)
//	time(), time_ns()
//	monotonic(), monotonic_ns()
//	perf_counter(), perf_counter_ns()
//	process_time(), process_time_ns()
//	thread_time(), thread_time_ns(), get_clock_info(name)
//	ctime(secs=None), asctime(t=None), mktime(t)
//	localtime(secs=None), gmtime(secs=None)
//	strftime(format, t=None), strptime(string, format="%a %b %d %H:%M:%S %Y")
//	timezone, altzone, daylight, tzname
var Module = &core.Module{Name: "time", Members: starlark.StringDict{
	"sleep":           starlark.NewBuiltin("sleep", sleep),
	"time":            starlark.NewBuiltin("time", clock(wallSeconds)),
	"time_ns":         starlark.NewBuiltin("time_ns", clockNS(wallNanos)),
	"monotonic":       starlark.NewBuiltin("monotonic", clock(monoSeconds)),
	"monotonic_ns":    starlark.NewBuiltin("monotonic_ns", clockNS(monoNanos)),
	"perf_counter":    starlark.NewBuiltin("perf_counter", clock(monoSeconds)),
	"perf_counter_ns": starlark.NewBuiltin("perf_counter_ns", clockNS(monoNanos)),
	"process_time":    starlark.NewBuiltin("process_time", clock(processSeconds)),
	"process_time_ns": starlark.NewBuiltin("process_time_ns", clockNS(processNanos)),
	// A thread is a goroutine, whose own CPU time Go does not measure:
	// thread_time is the process's, which only grows and bounds it.
	"thread_time":    starlark.NewBuiltin("thread_time", clock(processSeconds)),
	"thread_time_ns": starlark.NewBuiltin("thread_time_ns", clockNS(processNanos)),
	"get_clock_info": starlark.NewBuiltin("get_clock_info", getClockInfo),
	"ctime":          starlark.NewBuiltin("ctime", ctime),
	"asctime":        starlark.NewBuiltin("asctime", asctime),
	"mktime":         starlark.NewBuiltin("mktime", mktime),
	"localtime":      starlark.NewBuiltin("localtime", structTime(false)),
	"gmtime":         starlark.NewBuiltin("gmtime", structTime(true)),
	"strftime":       starlark.NewBuiltin("strftime", strftime),
	"strptime":       starlark.NewBuiltin("strptime", timeStrptime),
}}

var start = gotime.Now()

func wallNanos() int64     { return gotime.Now().UnixNano() }
func wallSeconds() float64 { return float64(wallNanos()) / 1e9 }
func monoNanos() int64     { return int64(gotime.Since(start)) + 1e9 }
func monoSeconds() float64 { return float64(monoNanos()) / 1e9 }

func processSeconds() float64 { return float64(processNanos()) / 1e9 }

type builtinFn = func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)

func clock(f func() float64) builtinFn {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := py.NoArgsC("time", b.Name(), args, kwargs); err != nil {
			return nil, err
		}
		return starlark.Float(f()), nil
	}
}

func clockNS(f func() int64) builtinFn {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := py.NoArgsC("time", b.Name(), args, kwargs); err != nil {
			return nil, err
		}
		return starlark.MakeInt64(f()), nil
	}
}

// sleep suspends the calling thread, releasing the GIL.
// https://docs.python.org/3/library/time.html#time.sleep
func sleep(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	// The checks live in sleepDuration, so that this frame, which stays on
	// the stack while the thread sleeps, is small.
	d, err := sleepDuration(args, kwargs)
	if err != nil {
		return nil, err
	}
	return starlark.None, core.Sleep(thread, d)
}

// sleepDuration checks time.sleep's arguments and returns the wait.
//
//go:noinline
func sleepDuration(args starlark.Tuple, kwargs []starlark.Tuple) (gotime.Duration, error) {
	if len(kwargs) > 0 {
		return 0, py.Raise(py.TypeError, "time.sleep() takes no keyword arguments")
	}
	if len(args) != 1 {
		return 0, py.Raisef(py.TypeError, "time.sleep() takes exactly one argument (%d given)", len(args))
	}
	var secs core.Number
	if err := secs.Unpack(args[0]); err != nil {
		return 0, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(args[0]))
	}
	if secs < 0 {
		return 0, py.Raise(py.ValueError, "sleep length must be non-negative")
	}
	if math.IsNaN(float64(secs)) {
		return 0, py.Raise(py.ValueError, "Invalid value NaN (not a number)")
	}
	if secs > core.TimeoutMax {
		return 0, core.TimeoutOverflow(args[0])
	}
	return core.Seconds(float64(secs)), nil
}

// optTime unpacks an optional seconds argument (None means now).
func optTime(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (gotime.Time, error) {
	var secs starlark.Value = starlark.None
	if len(args) > 1 {
		return gotime.Time{}, py.Raisef(py.TypeError, "%s() takes at most 1 argument (%d given)", b.Name(), len(args))
	}
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &secs); err != nil {
		return gotime.Time{}, err
	}
	switch secs.(type) {
	case starlark.NoneType:
		return gotime.Now(), nil
	case starlark.Int, starlark.Float, starlark.Bool:
	default:
		return gotime.Time{}, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(secs))
	}
	var n core.Number
	if err := n.Unpack(secs); err != nil {
		return gotime.Time{}, err
	}
	sec, frac := math.Modf(float64(n))
	return gotime.Unix(int64(sec), int64(frac*1e9)), nil
}

func ctime(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	t, err := optTime(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return starlark.String(t.Format("Mon Jan _2 15:04:05 2006")), nil
}

// StructTime is time.struct_time.
type StructTime struct {
	t          gotime.Time
	unknownDST bool // tm_isdst is -1 (strptime's)
}

var (
	_ starlark.Sliceable = StructTime{}
	_ starlark.Iterable  = StructTime{}
)

func (s StructTime) fields() []int {
	t := s.t
	wday := (int(t.Weekday()) + 6) % 7
	isdst := 0
	switch {
	case s.unknownDST:
		isdst = -1
	case t.IsDST():
		isdst = 1
	}
	return []int{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), wday, t.YearDay(), isdst}
}

var structNames = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

func (s StructTime) String() string {
	var parts []string
	for i, v := range s.fields() {
		parts = append(parts, fmt.Sprintf("%s=%d", structNames[i], v))
	}
	return "time.struct_time(" + strings.Join(parts, ", ") + ")"
}
func (s StructTime) Type() string               { return "struct_time" }
func (s StructTime) Freeze()                    {}
func (s StructTime) Truth() starlark.Bool       { return true }
func (s StructTime) Hash() (uint32, error)      { return uint32(s.t.Unix()), nil }
func (s StructTime) Len() int                   { return 9 }
func (s StructTime) Index(i int) starlark.Value { return starlark.MakeInt(s.fields()[i]) }
func (s StructTime) AttrNames() []string        { return structNames }

// Slice implements starlark.Sliceable: a tuple of fields, as a
// struct_time slices.
func (s StructTime) Slice(start, end, step int) starlark.Value {
	return s.tuple().Slice(start, end, step)
}

// tuple returns the nine fields.
func (s StructTime) tuple() starlark.Tuple {
	t := make(starlark.Tuple, 9)
	for i, v := range s.fields() {
		t[i] = starlark.MakeInt(v)
	}
	return t
}

// Iterate implements starlark.Iterable: the nine fields.
func (s StructTime) Iterate() starlark.Iterator { return s.tuple().Iterate() }
func (s StructTime) Attr(n string) (starlark.Value, error) {
	for i, name := range structNames {
		if name == n {
			return s.Index(i), nil
		}
	}
	return nil, py.Raisef(py.AttributeError, "'time.struct_time' object has no attribute '%s'", n)
}

func structTime(utc bool) builtinFn {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		t, err := optTime(b, args, kwargs)
		if err != nil {
			return nil, err
		}
		if utc {
			t = t.UTC()
		}
		return StructTime{t: t}, nil
	}
}

func strftime(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var format string
	var tv starlark.Value = starlark.None
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "strftime() takes at least 1 argument (0 given)")
	}
	if _, ok := args[0].(starlark.String); !ok {
		return nil, py.Raisef(py.TypeError, "strftime() argument 1 must be str, not %s", py.TypeName(args[0]))
	}
	if err := core.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &format, &tv); err != nil {
		return nil, err
	}
	t, err := timeArg(tv)
	if err != nil {
		return nil, err
	}
	return starlark.String(Strftime(format, t)), nil
}

// timeArg is strftime's time argument: None for now, a struct_time, or
// a 9-tuple of ints (year, month, day, hour, minute, second, ...).
func timeArg(v starlark.Value) (gotime.Time, error) {
	switch v := v.(type) {
	case starlark.NoneType:
		return gotime.Now(), nil
	case StructTime:
		return v.t, nil
	case starlark.Tuple:
		if len(v) != 9 {
			return gotime.Time{}, py.Raise(py.TypeError, "strftime(): illegal time tuple argument")
		}
		var f [6]int
		for i := range f {
			if err := starlark.AsInt(v[i], &f[i]); err != nil {
				return gotime.Time{}, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(v[i]))
			}
		}
		return gotime.Date(f[0], gotime.Month(f[1]), f[2], f[3], f[4], f[5], 0, gotime.UTC), nil
	}
	return gotime.Time{}, py.Raise(py.TypeError, "Tuple or struct_time argument required")
}

// Strftime formats t as C's strftime does for the common directives.
func Strftime(format string, t gotime.Time) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		b.WriteString(directive(format[i], t))
	}
	return b.String()
}

func directive(c byte, t gotime.Time) string {
	switch c {
	case 'Y':
		return fmt.Sprintf("%d", t.Year())
	case 'y':
		return fmt.Sprintf("%02d", t.Year()%100)
	case 'm':
		return fmt.Sprintf("%02d", int(t.Month()))
	case 'd':
		return fmt.Sprintf("%02d", t.Day())
	case 'H':
		return fmt.Sprintf("%02d", t.Hour())
	case 'I':
		h := t.Hour() % 12
		if h == 0 {
			h = 12
		}
		return fmt.Sprintf("%02d", h)
	case 'M':
		return fmt.Sprintf("%02d", t.Minute())
	case 'S':
		return fmt.Sprintf("%02d", t.Second())
	case 'f':
		return fmt.Sprintf("%06d", t.Nanosecond()/1000)
	case 'p':
		return t.Format("PM")
	case 'a':
		return t.Format("Mon")
	case 'A':
		return t.Format("Monday")
	case 'b', 'h':
		return t.Format("Jan")
	case 'B':
		return t.Format("January")
	case 'j':
		return fmt.Sprintf("%03d", t.YearDay())
	case 'Z':
		return t.Format("MST")
	case 'z':
		return t.Format("-0700")
	case 'c':
		return t.Format("Mon Jan _2 15:04:05 2006")
	case 'x':
		return t.Format("01/02/06")
	case 'X':
		return t.Format("15:04:05")
	case 'w':
		return fmt.Sprintf("%d", int(t.Weekday()))
	case '%':
		return "%"
	}
	return moreDirective(c, t)
}

// moreDirective formats the week numbers and the composite directives.
func moreDirective(c byte, t gotime.Time) string {
	yday, wday := t.YearDay()-1, int(t.Weekday())
	switch c {
	case 'U': // weeks starting on Sunday
		return fmt.Sprintf("%02d", (yday+7-wday)/7)
	case 'W': // weeks starting on Monday
		return fmt.Sprintf("%02d", (yday+7-(wday+6)%7)/7)
	case 'u':
		return fmt.Sprintf("%d", (wday+6)%7+1)
	case 'V':
		_, w := t.ISOWeek()
		return fmt.Sprintf("%02d", w)
	case 'G':
		y, _ := t.ISOWeek()
		return fmt.Sprintf("%d", y)
	case 'C':
		return fmt.Sprintf("%02d", t.Year()/100)
	case 'e':
		return fmt.Sprintf("%2d", t.Day())
	case 'F':
		return Strftime("%Y-%m-%d", t)
	case 'T':
		return Strftime("%H:%M:%S", t)
	case 'R':
		return Strftime("%H:%M", t)
	case 'D':
		return Strftime("%m/%d/%y", t)
	}
	return "%" + string(c)
}
