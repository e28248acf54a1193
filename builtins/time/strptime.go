package time

// This file defines strptime: CPython's _strptime, a regular expression
// made from the format (Go's leftmost-first matching picks what
// Python's backtracking picks), then the fields it found.

import (
	"regexp"
	"strconv"
	"strings"
	gotime "time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

var (
	monthWords = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	dayWords   = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)

func names(full []string, n int) string {
	var alts []string
	for _, s := range full {
		if n > 0 {
			s = s[:n]
		}
		alts = append(alts, s)
	}
	return strings.Join(alts, "|")
}

// directives are _strptime's regular expressions, by directive.
var directives = map[byte]string{
	'd': `3[01]|[12]\d|0[1-9]|[1-9]| [1-9]`,
	'f': `[0-9]{1,6}`,
	'H': `2[0-3]|[0-1]\d|\d`,
	'I': `1[0-2]|0[1-9]|[1-9]`,
	'j': `36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]`,
	'm': `1[0-2]|0[1-9]|[1-9]`,
	'M': `[0-5]\d|\d`,
	'S': `6[0-1]|[0-5]\d|\d`,
	'w': `[0-6]`,
	'u': `[1-7]`,
	'y': `\d\d`,
	'Y': `\d\d\d\d`,
	'p': `am|pm`,
	'B': names(monthWords, 0),
	'b': names(monthWords, 3),
	'A': names(dayWords, 0),
	'a': names(dayWords, 3),
}

// Parsed is what strptime found; absent fields keep the defaults
// (1900-01-01 00:00:00).
type Parsed struct {
	Year, Month, Day, Hour, Minute, Second, Microsecond int
	Weekday, YearDay                                    int // -1 if absent
}

// Strptime parses s by format as CPython's _strptime does, with its
// errors.
func Strptime(s, format string) (*Parsed, error) {
	re, groups, err := compileFormat(format)
	if err != nil {
		return nil, err
	}
	m := re.FindStringSubmatch(s)
	if m == nil {
		return nil, py.Raisef(py.ValueError, "time data %s does not match format %s", py.Repr(starlark.String(s)), py.Repr(starlark.String(format)))
	}
	if len(m[0]) != len(s) {
		return nil, py.Raisef(py.ValueError, "unconverted data remains: %s", s[len(m[0]):])
	}
	return fill(m[1:], groups)
}

// compileFormat returns the expression for format and the directive of
// each of its groups.
func compileFormat(format string) (*regexp.Regexp, []byte, error) {
	var b strings.Builder
	var groups []byte
	b.WriteString(`(?i)^`)
	for i := 0; i < len(format); i++ {
		c := format[i]
		switch {
		case c == '%' && i+1 < len(format):
			i++
			d := format[i]
			if d == '%' {
				b.WriteString("%")
				continue
			}
			expr, ok := directives[d]
			if !ok {
				return nil, nil, py.Raisef(py.ValueError, "'%c' is a bad directive in format %s", d, py.Repr(starlark.String(format)))
			}
			b.WriteString("(" + expr + ")")
			groups = append(groups, d)
		case c == '%':
			return nil, nil, py.Raisef(py.ValueError, "stray %% in format %s", py.Repr(starlark.String(format)))
		case c == ' ' || c == '\t' || c == '\n':
			for i+1 < len(format) && strings.IndexByte(" \t\n", format[i+1]) >= 0 {
				i++
			}
			b.WriteString(`\s+`)
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	re, err := regexp.Compile(b.String())
	if err != nil {
		return nil, nil, py.Raisef(py.ValueError, "%v", err)
	}
	return re, groups, nil
}

// fill turns the matched groups into fields.
func fill(values []string, groups []byte) (*Parsed, error) {
	p := &Parsed{Year: 1900, Month: 1, Day: 1, Weekday: -1, YearDay: -1}
	hour12, pm := -1, -1
	for i, d := range groups {
		v := strings.ToLower(strings.TrimSpace(values[i]))
		n, _ := strconv.Atoi(v)
		switch d {
		case 'Y':
			p.Year = n
		case 'y':
			p.Year = 2000 + n
			if n >= 69 {
				p.Year = 1900 + n
			}
		case 'm':
			p.Month = n
		case 'B', 'b':
			p.Month = index(monthWords, v) + 1
		case 'd':
			p.Day = n
		case 'H':
			p.Hour = n
		case 'I':
			hour12 = n
		case 'p':
			pm = map[string]int{"am": 0, "pm": 1}[v]
		case 'M':
			p.Minute = n
		case 'S':
			p.Second = n
		case 'f':
			p.Microsecond, _ = strconv.Atoi(v + strings.Repeat("0", 6-len(v)))
		case 'A', 'a':
			p.Weekday = index(dayWords, v)
		case 'w':
			p.Weekday = (n + 6) % 7
		case 'u':
			p.Weekday = n - 1
		case 'j':
			p.YearDay = n
		}
	}
	if hour12 >= 0 {
		p.Hour = hour12 % 12
		if pm == 1 {
			p.Hour += 12
		}
	}
	if p.YearDay > 0 && !has(groups, "mBbd") {
		t := gotime.Date(p.Year, 1, 1, 0, 0, 0, 0, gotime.UTC).AddDate(0, 0, p.YearDay-1)
		p.Month, p.Day = int(t.Month()), t.Day()
	}
	return p, nil
}

func index(list []string, v string) int {
	for i, s := range list {
		if strings.HasPrefix(s, v) {
			return i
		}
	}
	return -1
}

func has(groups []byte, any string) bool {
	for _, g := range groups {
		if strings.IndexByte(any, g) >= 0 {
			return true
		}
	}
	return false
}

// timeStrptime implements time.strptime(string, format='%a %b %d %H:%M:%S %Y').
// https://docs.python.org/3/library/time.html#time.strptime
func timeStrptime(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var s, format string = "", "%a %b %d %H:%M:%S %Y"
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &s, &format); err != nil {
		return nil, err
	}
	p, err := Strptime(s, format)
	if err != nil {
		return nil, err
	}
	t := gotime.Date(p.Year, gotime.Month(p.Month), p.Day, p.Hour, p.Minute, p.Second, 0, gotime.UTC)
	if t.Day() != p.Day {
		return nil, py.Raise(py.ValueError, "day is out of range for month")
	}
	return StructTime{t: t, unknownDST: true}, nil
}
