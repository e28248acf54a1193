package builtins

// This file defines printf-style string formatting, Python's "fmt" % args.
// https://docs.python.org/3/library/stdtypes.html#printf-style-string-formatting

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

func init() { py.PercentFormat = PercentOp }

// PercentOp is the % operator where its left operand may be a str:
// printf-style formatting for a str, else Starlark's %.
func PercentOp(thread *starlark.Thread, f, x starlark.Value) (starlark.Value, error) {
	switch s := f.(type) {
	case starlark.String:
		r, err := Percent(thread, string(s), x)
		return starlark.String(r), err
	case starlark.Bytes:
		r, err := percentBytes(thread, string(s), x)
		return starlark.Bytes(r), err
	case *ByteArray:
		r, err := percentBytes(thread, string(s.b), x)
		return NewByteArray([]byte(r)), err
	}
	return Binop("%", f, x)
}

// percentState walks the arguments of one % operation.
type percentState struct {
	thread  *starlark.Thread
	args    starlark.Tuple // the positional arguments
	mapping starlark.Value // the argument when it is a mapping (or a list), else nil
	next    int
	named   bool // a %(name) conversion was used
	bytes   bool // formatting bytes (percentbytes.go)
}

// Percent returns Python's format % args.
func Percent(thread *starlark.Thread, format string, args starlark.Value) (string, error) {
	return (&percentState{thread: thread}).format(format, args)
}

// isMapping reports whether % takes a, which is not a tuple or str, for
// a mapping of named arguments, as CPython takes any object whose type
// subscripts it as a mapping (a dict, list, range, bytes or bytearray
// for a str format, an instance whose class has __getitem__; not a deque, an int
// or a str subclass).
func (ps *percentState) isMapping(a starlark.Value) bool {
	switch a := a.(type) {
	case starlark.Bytes, *ByteArray:
		return !ps.bytes
	case *starlark.List:
		return true
	case *py.Instance:
		if _, ok := py.Base(a).(starlark.String); ok {
			return false
		}
		v, _ := a.Class.Lookup("__getitem__")
		return v != nil && v != starlark.None
	case starlark.Mapping:
		return a.Type() != "deque" // a sequence, which CPython indexes without mp_subscript
	}
	return a.Type() == "range"
}

// format returns format % args.
func (ps *percentState) format(format string, args starlark.Value) (string, error) {
	if t, ok := py.Base(args).(starlark.Tuple); ok {
		args = t // a tuple subclass holds the arguments too
	}
	switch a := args.(type) {
	case starlark.Tuple:
		ps.args = a
	case starlark.String:
		ps.args = starlark.Tuple{a}
	default:
		ps.args = starlark.Tuple{a}
		if ps.isMapping(a) {
			ps.mapping = a
		}
	}
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			b.WriteByte(format[i])
			continue
		}
		end, err := ps.conversion(&b, format, i+1)
		if err != nil {
			return "", err
		}
		i = end
	}
	if ps.next < len(ps.args) && ps.mapping == nil {
		what := "string"
		if ps.bytes {
			what = "bytes"
		}
		return "", py.Raisef(py.TypeError, "not all arguments converted during %s formatting", what)
	}
	return b.String(), nil
}

func (ps *percentState) nextArg() (starlark.Value, error) {
	if ps.next >= len(ps.args) || ps.named {
		return nil, py.Raise(py.TypeError, "not enough arguments for format string")
	}
	ps.next++
	return ps.args[ps.next-1], nil
}

// conversion formats the conversion starting after the '%' at format[i]
// and returns the index of its last byte.
func (ps *percentState) conversion(b *strings.Builder, format string, i int) (int, error) {
	f := &formatSpec{fill: " ", align: '>', prec: -1}
	var arg starlark.Value
	var err error
	if i < len(format) && format[i] == '(' {
		if arg, i, err = ps.key(format, i); err != nil {
			return 0, err
		}
	}
	i = percentFlags(f, format, i)
	if f.width, i, err = ps.number(format, i, false); err != nil {
		return 0, err
	}
	if f.width < 0 {
		f.align, f.width = '<', -f.width
	}
	if i < len(format) && format[i] == '.' {
		if f.prec, i, err = ps.number(format, i+1, true); err != nil {
			return 0, err
		}
		f.prec = max(f.prec, 0)
	}
	if err := f.checkWidth(ps.thread); err != nil {
		return 0, err
	}
	for i < len(format) && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
		i++
	}
	if i >= len(format) {
		return 0, py.Raise(py.ValueError, "incomplete format")
	}
	if format[i] == '%' {
		b.WriteByte('%')
		return i, nil
	}
	if arg == nil {
		if arg, err = ps.nextArg(); err != nil {
			return 0, err
		}
	}
	s, err := ps.convert(f, format, i, arg)
	b.WriteString(s)
	return i, err
}

// key reads "(name)" at format[i] and looks name up in the mapping.
func (ps *percentState) key(format string, i int) (starlark.Value, int, error) {
	if ps.mapping == nil {
		return nil, 0, py.Raise(py.TypeError, "format requires a mapping")
	}
	depth, j := 1, i+1
	for ; j < len(format) && depth > 0; j++ {
		switch format[j] {
		case '(':
			depth++
		case ')':
			depth--
		}
	}
	if depth > 0 {
		return nil, 0, py.Raise(py.ValueError, "incomplete format key")
	}
	ps.named = true
	var k starlark.Value = starlark.String(format[i+1 : j-1])
	if ps.bytes {
		k = starlark.Bytes(format[i+1 : j-1])
	}
	v, err := GetItem(ps.mapping, k)
	return v, j, err
}

func percentFlags(f *formatSpec, format string, i int) int {
	for ; i < len(format); i++ {
		switch format[i] {
		case '-':
			f.align, f.fill = '<', " "
		case '+':
			f.sign = '+'
		case ' ':
			if f.sign == 0 {
				f.sign = ' '
			}
		case '#':
			f.alt = true
		case '0':
			if f.align != '<' {
				f.fill, f.align = "0", '='
			}
		default:
			return i
		}
	}
	return i
}

// number reads a width or precision (prec): digits or '*' (taken from
// the arguments), a Py_ssize_t for a width and a C int for a precision
// as in CPython. It returns 0 if there is none.
func (ps *percentState) number(format string, i int, prec bool) (int, int, error) {
	if i < len(format) && format[i] == '*' {
		arg, err := ps.nextArg()
		if err != nil {
			return 0, 0, err
		}
		switch arg.(type) {
		case starlark.Int, starlark.Bool:
		default:
			return 0, 0, py.Raise(py.TypeError, "* wants int")
		}
		var n int
		if prec {
			n, err = py.AsCInt(arg)
		} else {
			n, err = py.AsSsize(arg)
		}
		return n, i + 1, err
	}
	j := i
	for j < len(format) && isDigit(format[j]) {
		j++
	}
	if j == i {
		return 0, i, nil
	}
	n, err := strconv.ParseInt(format[i:j], 10, 64)
	switch {
	case prec && (err != nil || n > math.MaxInt32):
		return 0, 0, py.Raise(py.ValueError, "precision too big")
	case err != nil:
		return 0, 0, py.Raise(py.ValueError, "width too big")
	}
	return int(n), j, nil
}

// convert applies conversion format[i] to arg.
func (ps *percentState) convert(f *formatSpec, format string, i int, arg starlark.Value) (string, error) {
	c := format[i]
	f.typ = c
	if c != 's' && c != 'r' && c != 'a' {
		arg = py.Base(arg) // numbers and chars of a subclass are its value's
	}
	switch {
	case ps.bytes && (c == 's' || c == 'b' || c == 'r' || c == 'a' || c == 'c'):
		return ps.bytesText(f, c, arg) // percentbytes.go
	case c == 's' || c == 'r' || c == 'a':
		return ps.text(f, c, arg)
	case c == 'c':
		return percentChar(f, arg)
	}
	switch c {
	case 'd', 'i', 'u', 'o', 'x', 'X':
		if n, ok := boolToInt(arg).(starlark.Int); ok && c != 'o' && c != 'x' && c != 'X' {
			if err := py.CheckIntStr(ps.thread, n); err != nil {
				return "", err
			}
		}
		return percentInt(ps.thread, f, c, arg)
	case 'e', 'E', 'f', 'F', 'g', 'G':
		x, ok := starlark.AsFloat(boolToInt(arg))
		if !ok || !isNumber(boolToInt(arg)) {
			v, err := realOf(ps.thread, arg)
			if err != nil {
				return "", err
			}
			x = float64(v)
		}
		if f.prec < 0 {
			f.prec = 6
		}
		return f.float(ps.thread, x)
	}
	r, _ := utf8.DecodeRuneInString(format[i:])
	at := utf8.RuneCountInString(format[:i])
	if ps.bytes {
		r, at = rune(format[i]), i
	}
	return "", py.Raisef(py.ValueError, "unsupported format character '%c' (0x%x) at index %d", r, r, at)
}

func (ps *percentState) text(f *formatSpec, c byte, arg starlark.Value) (string, error) {
	var s string
	var err error
	switch c {
	case 's':
		s, err = Str(ps.thread, arg)
	default:
		s, err = Repr(ps.thread, arg)
		if c == 'a' {
			s = asciiEscape(s)
		}
	}
	if f.prec >= 0 && utf8.RuneCountInString(s) > f.prec {
		s = string([]rune(s)[:f.prec])
	}
	if f.align == '=' {
		f.align, f.fill = '>', " "
	}
	return f.pad(s), err
}

func percentChar(f *formatSpec, arg starlark.Value) (string, error) {
	var s string
	if i, ok, err := py.Index(arg); ok || err != nil {
		arg = i // arg.__index__()
		if err != nil {
			return "", err
		}
	}
	switch a := arg.(type) {
	case starlark.String:
		if utf8.RuneCountInString(string(a)) != 1 {
			return "", py.Raise(py.TypeError, "%c requires int or char")
		}
		s = string(a)
	case starlark.Int:
		n, ok := a.Int64()
		if !ok || n < 0 || n > 0x10ffff {
			return "", py.Raise(py.OverflowError, "%c arg not in range(0x110000)")
		}
		s = string(rune(n))
	default:
		return "", py.Raise(py.TypeError, "%c requires int or char")
	}
	if f.align == '=' {
		f.align, f.fill = '>', " "
	}
	return f.pad(s), nil
}

func percentInt(thread *starlark.Thread, f *formatSpec, c byte, arg starlark.Value) (string, error) {
	arg = boolToInt(arg)
	if i, ok, err := py.Index(arg); ok || err != nil {
		arg = i // arg.__index__()
		if err != nil {
			return "", err
		}
	}
	var n starlark.Int
	switch a := arg.(type) {
	case starlark.Int:
		n = a
	case starlark.Float:
		if c == 'o' || c == 'x' || c == 'X' {
			return "", py.Raisef(py.TypeError, "%%%c format: an integer is required, not float", c)
		}
		v, err := floatToInt(float64(a))
		if err != nil {
			return "", err
		}
		n = v.(starlark.Int)
	default:
		if c == 'o' || c == 'x' || c == 'X' {
			return "", py.Raisef(py.TypeError, "%%%c format: an integer is required, not %s", c, py.TypeName(arg))
		}
		return "", py.Raisef(py.TypeError, "%%%c format: a real number is required, not %s", c, py.TypeName(arg))
	}
	b := n.BigInt()
	neg := b.Sign() < 0
	b.Abs(b)
	base, prefix := 10, ""
	switch c {
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	digits := b.Text(base)
	if c == 'X' {
		digits = strings.ToUpper(digits)
	}
	if f.prec > len(digits) {
		if err := core.CheckAllocN(thread, f.prec, 1); err != nil {
			return "", err
		}
		digits = strings.Repeat("0", f.prec-len(digits)) + digits
	}
	if !f.alt {
		prefix = ""
	}
	return f.number(neg, prefix, digits, ""), nil
}

// realOf converts an instance whose class defines __float__ or __index__
// to a float, as CPython's %f does; any other value is refused.
func realOf(thread *starlark.Thread, arg starlark.Value) (starlark.Float, error) {
	if o, ok := arg.(*py.Instance); ok && (o.Overrides("__float__") || o.Overrides("__index__")) {
		v, err := newFloat(thread, nil, starlark.Tuple{o}, nil)
		if err != nil {
			return 0, err
		}
		return v.(starlark.Float), nil
	}
	return 0, py.Raisef(py.TypeError, "must be real number, not %s", py.TypeName(arg))
}
