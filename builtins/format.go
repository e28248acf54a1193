package builtins

// This file defines Python's format-spec mini-language (format(value,
// spec)) for int, bool, float and str, the format builtin, and the
// fields of f-strings (FormatField).
// https://docs.python.org/3/library/string.html#formatspec

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

func addFormatting(d starlark.StringDict) {
	for _, b := range []*starlark.Builtin{
		starlark.NewBuiltin("format", format),
	} {
		d[b.Name()] = b
	}
}

// format implements format(value, format_spec=”).
// https://docs.python.org/3/library/functions.html#format
func format(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	var spec starlark.Value = starlark.String("")
	if err := starlark.UnpackPositionalArgs("format", args, kwargs, 1, &v, &spec); err != nil {
		return nil, err
	}
	s, ok := spec.(starlark.String)
	if !ok {
		return nil, py.Raisef(py.TypeError, "format() argument 2 must be str, not %s", py.TypeName(spec))
	}
	r, err := Format(thread, v, string(s))
	return starlark.String(r), err
}

// FormatField returns one f-string field, f"{v!conv:spec}" (conv is
// "", "r", "s" or "a").
func FormatField(thread *starlark.Thread, v starlark.Value, conv, spec string) (string, error) {
	v, err := convert(thread, v, conv)
	if err != nil {
		return "", err
	}
	return Format(thread, v, spec)
}

// convert applies a !r, !s or !a conversion ("" leaves v unchanged).
func convert(thread *starlark.Thread, v starlark.Value, conv string) (starlark.Value, error) {
	var s string
	var err error
	switch conv {
	case "":
		return v, nil
	case "r":
		s, err = Repr(thread, v)
	case "s":
		s, err = Str(thread, v)
	case "a":
		s, err = Repr(thread, v)
		s = asciiEscape(s)
	default:
		return nil, py.Raisef(py.ValueError, "Unknown conversion specifier %s", conv)
	}
	return starlark.String(s), err
}

// Format returns Python's format(v, spec).
func Format(thread *starlark.Thread, v starlark.Value, spec string) (string, error) {
	switch x := v.(type) {
	case starlark.String:
		return formatStr(thread, string(x), spec)
	case starlark.Bool:
		if spec == "" {
			return py.Str(x), nil
		}
		return formatInt(thread, boolToInt(x).(starlark.Int), spec, "bool")
	case starlark.Int:
		if spec == "" || !strings.ContainsAny(spec[len(spec)-1:], "bcoxX") {
			if err := py.CheckIntStr(thread, x); err != nil {
				return "", err
			}
		}
		return formatInt(thread, x, spec, "int")
	case starlark.Float:
		return formatFloat(thread, float64(x), spec)
	case *py.Cell:
		return Format(thread, py.Unbox(x), spec)
	}
	if m, err := getAttr(v, "__format__"); err == nil && m != nil {
		r, err := starlark.Call(thread, m, starlark.Tuple{starlark.String(spec)}, nil)
		if err != nil {
			return "", err
		}
		s, ok := r.(starlark.String)
		if !ok {
			return "", py.Raisef(py.TypeError, "__format__ must return a str, not %s", py.TypeName(r))
		}
		return string(s), nil
	}
	if spec != "" {
		if d, ok := py.BaseOf(v); ok {
			return Format(thread, d, spec) // the base type's __format__
		}
		return "", py.Raisef(py.TypeError, "unsupported format string passed to %s.__format__", py.TypeName(v))
	}
	return Str(thread, v)
}

// formatSpec is a parsed format specification.
type formatSpec struct {
	fill     string // one code point
	align    byte   // 0, '<', '>', '^' or '='
	sign     byte   // 0, '+', '-' or ' '
	z, alt   bool
	width    int
	grouping byte // 0, ',' or '_'
	prec     int  // -1 if absent
	typ      byte // 0 if absent
}

func isAlign(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }

// parseSpec parses spec for a value of the named type whose default
// alignment is defAlign and default type defType, and asks the memory
// limit about the width and precision it asks for.
func parseSpec(thread *starlark.Thread, spec string, defAlign, defType byte, typeName string) (*formatSpec, error) {
	f := &formatSpec{fill: " ", prec: -1, typ: defType}
	s := spec
	fillSet := false
	if _, n := utf8.DecodeRuneInString(s); len(s) > n && isAlign(s[n]) {
		f.fill, f.align, s, fillSet = s[:n], s[n], s[n+1:], true
	} else if len(s) > 0 && isAlign(s[0]) {
		f.align, s = s[0], s[1:]
	}
	if len(s) > 0 && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		f.sign, s = s[0], s[1:]
	}
	if len(s) > 0 && s[0] == 'z' {
		f.z, s = true, s[1:]
	}
	if len(s) > 0 && s[0] == '#' {
		f.alt, s = true, s[1:]
	}
	if !fillSet && len(s) > 0 && s[0] == '0' {
		f.fill = "0"
		if f.align == 0 && defAlign == '>' {
			f.align = '='
		}
		s = s[1:]
	}
	var err error
	if f.width, s, err = parseDigits(s); err != nil {
		return nil, err
	}
	if f.width < 0 {
		f.width = 0
	}
	if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
		f.grouping, s = s[0], s[1:]
		if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
			return nil, py.Raise(py.ValueError, "Cannot specify both ',' and '_'.")
		}
	}
	if len(s) > 0 && s[0] == '.' {
		if f.prec, s, err = parseDigits(s[1:]); err != nil {
			return nil, err
		}
		if f.prec < 0 {
			return nil, py.Raise(py.ValueError, "Format specifier missing precision")
		}
	}
	if len(s) > 1 {
		return nil, py.Raisef(py.ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if len(s) == 1 {
		f.typ = s[0]
	}
	if f.align == 0 {
		f.align = defAlign
	}
	if err := f.checkGrouping(); err != nil {
		return nil, err
	}
	return f, f.checkWidth(thread)
}

// checkWidth asks the memory limit about the width the spec pads to.
func (f *formatSpec) checkWidth(thread *starlark.Thread) error {
	return core.CheckAllocN(thread, f.width, len(f.fill))
}

// checkPrecision refuses a float precision past a C int, as CPython
// does, and asks the memory limit about one that pads with zeros.
func (f *formatSpec) checkPrecision(thread *starlark.Thread) error {
	if f.prec > math.MaxInt32 {
		return py.Raise(py.ValueError, "precision too big")
	}
	if (f.typ == 'g' || f.typ == 'G' || f.typ == 'n' || f.typ == 0) && !f.alt {
		return nil // trailing zeros are dropped
	}
	return core.CheckAllocN(thread, f.prec, 1)
}

// parseDigits reads a decimal number (-1 if there is none).
func parseDigits(s string) (int, string, error) {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == 0 {
		return -1, s, nil
	}
	n, err := strconv.Atoi(s[:i])
	if err != nil {
		return 0, "", py.Raise(py.ValueError, "Too many decimal digits in format string")
	}
	return n, s[i:], nil
}

func (f *formatSpec) checkGrouping() error {
	if f.grouping == 0 {
		return nil
	}
	switch f.typ {
	case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		return nil
	case 'b', 'o', 'x', 'X':
		if f.grouping == '_' {
			return nil
		}
	}
	if f.typ > ' ' && f.typ < 0x7f {
		return py.Raisef(py.ValueError, "Cannot specify '%c' with '%c'.", f.grouping, f.typ)
	}
	return py.Raisef(py.ValueError, "Cannot specify '%c' with '\\x%x'.", f.grouping, f.typ)
}

func unknownCode(typ byte, typeName string) error {
	if typ > ' ' && typ < 0x7f {
		return py.Raisef(py.ValueError, "Unknown format code '%c' for object of type '%s'", typ, typeName)
	}
	return py.Raisef(py.ValueError, "Unknown format code '\\x%x' for object of type '%s'", typ, typeName)
}

// pad pads s (of n code points) to the spec's width.
func (f *formatSpec) pad(s string) string {
	n := utf8.RuneCountInString(s)
	if n >= f.width {
		return s
	}
	k := f.width - n
	switch f.align {
	case '>':
		return strings.Repeat(f.fill, k) + s
	case '^':
		return strings.Repeat(f.fill, k/2) + s + strings.Repeat(f.fill, k-k/2)
	}
	return s + strings.Repeat(f.fill, k)
}

func formatStr(thread *starlark.Thread, s, spec string) (string, error) {
	if spec == "" {
		return s, nil
	}
	f, err := parseSpec(thread, spec, '<', 's', "str")
	if err != nil {
		return "", err
	}
	switch {
	case f.typ != 's':
		return "", unknownCode(f.typ, "str")
	case f.sign == ' ':
		return "", py.Raise(py.ValueError, "Space not allowed in string format specifier")
	case f.sign != 0:
		return "", py.Raise(py.ValueError, "Sign not allowed in string format specifier")
	case f.alt:
		return "", py.Raise(py.ValueError, "Alternate form (#) not allowed in string format specifier")
	case f.z:
		return "", py.Raise(py.ValueError, "Negative zero coercion (z) not allowed in string format specifier")
	case f.align == '=':
		return "", py.Raise(py.ValueError, "'=' alignment not allowed in string format specifier")
	}
	if f.prec >= 0 && utf8.RuneCountInString(s) > f.prec {
		s = string([]rune(s)[:f.prec])
	}
	return f.pad(s), nil
}

// number assembles sign, prefix, integer digits and the rest (fraction,
// exponent, %), grouping the digits and padding as the spec says.
func (f *formatSpec) number(neg bool, prefix, digits, rest string) string {
	sign := ""
	switch {
	case neg:
		sign = "-"
	case f.sign == '+':
		sign = "+"
	case f.sign == ' ':
		sign = " "
	}
	if f.grouping != 0 && digits != "" {
		size := 3
		if f.typ == 'b' || f.typ == 'o' || f.typ == 'x' || f.typ == 'X' {
			size = 4
		}
		minWidth := 0
		if f.fill == "0" && f.align == '=' {
			minWidth = f.width - len(sign) - len(prefix) - utf8.RuneCountInString(rest)
		}
		digits = group(digits, f.grouping, size, minWidth)
	}
	if f.align == '=' {
		n := len(sign) + len(prefix) + len(digits) + utf8.RuneCountInString(rest)
		if n < f.width {
			digits = strings.Repeat(f.fill, f.width-n) + digits
		}
		return sign + prefix + digits + rest
	}
	return f.pad(sign + prefix + digits + rest)
}

// group inserts sep every size digits from the right, padding with
// zeros to at least minWidth characters.
func group(digits string, sep byte, size, minWidth int) string {
	for {
		var b strings.Builder
		for i := range digits {
			if i > 0 && (len(digits)-i)%size == 0 {
				b.WriteByte(sep)
			}
			b.WriteByte(digits[i])
		}
		if b.Len() >= minWidth {
			return b.String()
		}
		digits = "0" + digits
	}
}

func formatInt(thread *starlark.Thread, x starlark.Int, spec, typeName string) (string, error) {
	if spec == "" {
		return x.String(), nil
	}
	f, err := parseSpec(thread, spec, '>', 'd', typeName)
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		fl, err := intToFloat(x)
		if err != nil {
			return "", err
		}
		return f.float(thread, float64(fl))
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	default:
		return "", unknownCode(f.typ, typeName)
	}
	if f.z {
		return "", py.Raise(py.ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	if f.prec >= 0 {
		return "", py.Raise(py.ValueError, "Precision not allowed in integer format specifier")
	}
	if f.typ == 'c' {
		return f.char(x)
	}
	n := x.BigInt()
	neg := n.Sign() < 0
	n.Abs(n)
	base, prefix := 10, ""
	switch f.typ {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x', 'X':
		base, prefix = 16, "0x"
	}
	digits := n.Text(base)
	if f.typ == 'X' {
		digits, prefix = strings.ToUpper(digits), "0X"
	}
	if !f.alt {
		prefix = ""
	}
	return f.number(neg, prefix, digits, ""), nil
}

func (f *formatSpec) char(x starlark.Int) (string, error) {
	switch {
	case f.sign != 0:
		return "", py.Raise(py.ValueError, "Sign not allowed with integer format specifier 'c'")
	case f.alt:
		return "", py.Raise(py.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
	}
	n, ok := x.Int64()
	if !ok {
		return "", py.Raise(py.OverflowError, "Python int too large to convert to C long")
	}
	if n < 0 || n > 0x10ffff {
		return "", py.Raise(py.OverflowError, "%c arg not in range(0x110000)")
	}
	if f.align == '=' {
		f.align = '>'
	}
	return f.pad(string(rune(n))), nil
}

func formatFloat(thread *starlark.Thread, x float64, spec string) (string, error) {
	if spec == "" {
		return py.FloatRepr(x), nil
	}
	f, err := parseSpec(thread, spec, '>', 0, "float")
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
		return f.float(thread, x)
	}
	return "", unknownCode(f.typ, "float")
}

// float formats x by the spec's float presentation type.
func (f *formatSpec) float(thread *starlark.Thread, x float64) (string, error) {
	if err := f.checkPrecision(thread); err != nil {
		return "", err
	}
	neg := math.Signbit(x) && !math.IsNaN(x)
	body := floatBody(math.Abs(x), f.typ, f.prec, f.alt)
	if f.z && neg && strings.Trim(body, "0.%eE+-") == "" {
		neg = false
	}
	i := strings.IndexFunc(body, func(r rune) bool { return r < '0' || r > '9' })
	if i < 0 {
		i = len(body)
	}
	return f.number(neg, "", body[:i], body[i:]), nil
}

// floatBody formats a non-negative float without sign or padding.
func floatBody(x float64, typ byte, prec int, alt bool) string {
	if prec < 0 && typ != 0 {
		prec = 6
	}
	var s string
	switch {
	case math.IsInf(x, 0):
		s = "inf"
	case math.IsNaN(x):
		s = "nan"
	case typ == 'f' || typ == 'F':
		s = fixed(x, prec, alt)
	case typ == '%':
		s = fixed(x*100, prec, alt)
	case typ == 'e' || typ == 'E':
		s = strconv.FormatFloat(x, 'e', prec, 64)
		if alt && prec == 0 {
			s = strings.Replace(s, "e", ".e", 1)
		}
	case typ == 0 && prec < 0:
		s = py.FloatRepr(x)
		if alt && !strings.Contains(s, ".") {
			s = strings.Replace(s, "e", ".e", 1)
		}
	default: // g, G, n, or none with a precision
		s = general(x, max(prec, 1), alt, typ == 0)
	}
	if typ == '%' {
		s += "%"
	}
	if typ == 'E' || typ == 'F' || typ == 'G' {
		s = strings.ToUpper(s)
	}
	return s
}

func fixed(x float64, prec int, alt bool) string {
	s := strconv.FormatFloat(x, 'f', prec, 64)
	if alt && prec == 0 {
		s += "."
	}
	return s
}

// maxFloatDigits is more significant digits than the exact decimal
// expansion of any float64 has (767 at most).
const maxFloatDigits = 800

// general is the 'g' presentation with p significant digits. dot0
// selects the type-less variant: fixed notation only below exponent p-1,
// and always with a digit after the point.
func general(x float64, p int, alt, dot0 bool) string {
	if !alt {
		p = min(p, maxFloatDigits) // the digits past it are zeros, dropped
	}
	e := strconv.FormatFloat(x, 'e', p-1, 64)
	exp, _ := strconv.Atoi(e[strings.LastIndexByte(e, 'e')+1:])
	s := e
	if -4 <= exp && (exp < p-1 || !dot0 && exp < p) {
		s = strconv.FormatFloat(x, 'f', p-1-exp, 64)
	}
	mant, tail, _ := strings.Cut(s, "e")
	if tail != "" {
		tail = "e" + tail
	}
	if !alt && strings.Contains(mant, ".") {
		mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
	}
	if alt && !strings.Contains(mant, ".") {
		mant += "."
	}
	if dot0 && tail == "" && !strings.Contains(mant, ".") {
		mant += ".0"
	}
	return mant + tail
}

// FormatString returns Python's format.format(*args, **kwargs).
// https://docs.python.org/3/library/string.html#formatstrings
func FormatString(thread *starlark.Thread, format string, args starlark.Tuple, kwargs []starlark.Tuple) (string, error) {
	sf := &strFormatter{thread: thread, args: args, kwargs: kwargs}
	var b strings.Builder
	err := sf.render(&b, format, 2)
	return b.String(), err
}

// FormatMap returns Python's format.format_map(mapping): each named
// field is mapping[name] (a dict subclass's __missing__ answers for a
// missing one), and positional fields are an error.
func FormatMap(thread *starlark.Thread, format string, mapping starlark.Value) (string, error) {
	sf := &strFormatter{thread: thread, mapping: mapping}
	var b strings.Builder
	err := sf.render(&b, format, 2)
	return b.String(), err
}

// strFormatter holds str.format's arguments, or format_map's mapping,
// and its field numbering state: auto is the next automatic index, -1
// once numbering is manual.
type strFormatter struct {
	thread  *starlark.Thread
	args    starlark.Tuple
	kwargs  []starlark.Tuple
	mapping starlark.Value // format_map's argument, or nil
	auto    int
	manual  bool
}

func (sf *strFormatter) render(b *strings.Builder, s string, depth int) error {
	if depth < 0 {
		return py.Raise(py.ValueError, "Max string recursion exceeded")
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '{' && i+1 < len(s) && s[i+1] == '{', c == '}' && i+1 < len(s) && s[i+1] == '}':
			b.WriteByte(c)
			i++
		case c == '}':
			return py.Raise(py.ValueError, "Single '}' encountered in format string")
		case c == '{':
			end, err := fieldEnd(s, i)
			if err != nil {
				return err
			}
			if err := sf.field(b, s[i+1:end], depth); err != nil {
				return err
			}
			i = end
		default:
			b.WriteByte(c)
		}
	}
	return nil
}

// fieldEnd returns the index of the '}' closing the field at s[i].
func fieldEnd(s string, i int) (int, error) {
	if i+1 == len(s) {
		return 0, py.Raise(py.ValueError, "Single '{' encountered in format string")
	}
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return j, nil
			}
		case '[':
			if k := strings.IndexByte(s[j:], ']'); depth == 1 && k > 0 {
				j += k
			}
		}
	}
	return 0, py.Raise(py.ValueError, "expected '}' before end of string")
}

// splitField splits "name!conv:spec"; brackets in name may hold ! or :.
func splitField(field string) (name, conv, spec string, err error) {
	i := 0
	for i < len(field) && field[i] != '!' && field[i] != ':' {
		if field[i] == '[' {
			if k := strings.IndexByte(field[i:], ']'); k > 0 {
				i += k
			}
		}
		i++
	}
	name, rest := field[:i], field[i:]
	if strings.HasPrefix(rest, "!") {
		if len(rest) < 2 {
			return "", "", "", py.Raise(py.ValueError, "unmatched '{' in format spec")
		}
		conv, rest = rest[1:2], rest[2:]
		if rest != "" && rest[0] != ':' {
			return "", "", "", py.Raise(py.ValueError, "expected ':' after conversion specifier")
		}
	}
	return name, conv, strings.TrimPrefix(rest, ":"), nil
}

func (sf *strFormatter) field(b *strings.Builder, field string, depth int) error {
	name, conv, spec, err := splitField(field)
	if err != nil {
		return err
	}
	v, err := sf.lookup(name)
	if err != nil {
		return err
	}
	if v, err = convert(sf.thread, v, conv); err != nil {
		return err
	}
	if strings.ContainsAny(spec, "{}") {
		var sb strings.Builder
		if err := sf.render(&sb, spec, depth-1); err != nil {
			return err
		}
		spec = sb.String()
	}
	s, err := Format(sf.thread, v, spec)
	b.WriteString(s)
	return err
}

// lookup resolves a field name: an index or keyword, then .attr and
// [key] accessors.
func (sf *strFormatter) lookup(name string) (starlark.Value, error) {
	i := strings.IndexAny(name, ".[")
	if i < 0 {
		i = len(name)
	}
	v, err := sf.arg(name[:i])
	if err != nil {
		return nil, err
	}
	for rest := name[i:]; rest != ""; {
		if v, rest, err = sf.access(v, rest); err != nil {
			return nil, err
		}
	}
	return v, nil
}

func (sf *strFormatter) arg(first string) (starlark.Value, error) {
	idx := -1
	switch {
	case sf.mapping != nil && (first == "" || allDigits(first)):
		return nil, py.Raise(py.ValueError, "Format string contains positional fields")
	case sf.mapping != nil:
		return GetItem(sf.mapping, starlark.String(first))
	case first == "":
		if sf.manual {
			return nil, py.Raise(py.ValueError, "cannot switch from manual field specification to automatic field numbering")
		}
		idx, sf.auto = sf.auto, sf.auto+1
	case allDigits(first):
		if sf.auto > 0 {
			return nil, py.Raise(py.ValueError, "cannot switch from automatic field numbering to manual field specification")
		}
		sf.manual = true
		idx, _ = strconv.Atoi(first)
	default:
		for _, kv := range sf.kwargs {
			if k, _ := starlark.AsString(kv[0]); k == first {
				return kv[1], nil
			}
		}
		return nil, py.NewException(py.KeyError, starlark.String(first))
	}
	if idx >= len(sf.args) {
		return nil, py.Raisef(py.IndexError, "Replacement index %d out of range for positional args tuple", idx)
	}
	return sf.args[idx], nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// access applies the leading .attr or [key] of rest to v.
func (sf *strFormatter) access(v starlark.Value, rest string) (starlark.Value, string, error) {
	if rest[0] == '.' {
		j := strings.IndexAny(rest[1:], ".[") + 1
		if j == 0 {
			j = len(rest)
		}
		attr := rest[1:j]
		if attr == "" {
			return nil, "", py.Raise(py.ValueError, "Empty attribute in format string")
		}
		x, err := getAttr(v, attr)
		if err == nil && x == nil {
			err = noAttr(v, attr)
		}
		return x, rest[j:], err
	}
	j := strings.IndexByte(rest, ']')
	if rest[0] != '[' || j < 0 {
		return nil, "", py.Raise(py.ValueError, "Only '.' or '[' may follow ']' in format field specifier")
	}
	var key starlark.Value = starlark.String(rest[1:j])
	if allDigits(rest[1:j]) {
		n, _ := strconv.Atoi(rest[1:j])
		key = starlark.MakeInt(n)
	}
	x, err := GetItem(v, key)
	return x, rest[j+1:], err
}

// GetItem returns x[key] with Python's errors.
func GetItem(x, key starlark.Value) (starlark.Value, error) {
	if sl, ok := key.(*Slice); ok {
		if v, ok, err := SliceOf(nil, x, sl); ok {
			return v, err
		}
	}
	if s, ok := x.(starlark.String); ok {
		x = starlark.Tuple(Chars(string(s)))
	}
	switch c := x.(type) {
	case *starlark.Dict: // d[True] finds d[1], d[IntEnum member] d[its int]
		v, found, err := LookupKey(c, key)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, py.NewException(py.KeyError, key)
		}
		return v, nil
	case starlark.Mapping:
		v, found, err := c.Get(key)
		if !found && err == nil && key != boolToInt(key) {
			v, found, err = c.Get(boolToInt(key)) // d[True] finds d[1]
		}
		if err != nil {
			return nil, Unhashable(err)
		}
		if !found {
			return nil, py.NewException(py.KeyError, key)
		}
		return v, nil
	case starlark.Indexable:
		n, err := SeqIndex(x, c.Len(), key, "index")
		if err != nil {
			return nil, err
		}
		if b, ok := x.(starlark.Bytes); ok {
			return starlark.MakeInt(int(b[n])), nil // an item of bytes is an int
		}
		return c.Index(n), nil
	}
	return nil, py.Raisef(py.TypeError, "'%s' object is not subscriptable", py.TypeName(x))
}

// SeqIndex returns key as an index into the sequence x of length n,
// counting a negative key from the end, with Python's errors; what is
// "index" or "assignment index", as in "list index out of range".
func SeqIndex(x starlark.Value, n int, key starlark.Value, what string) (int, error) {
	i, ok, err := itemIndex(key)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, py.Raise(py.TypeError, py.IndexTypeMessage(py.TypeName(x), py.TypeName(key)))
	}
	k, _ := i.Int64()
	if k < 0 {
		k += int64(n)
	}
	if k < 0 || k >= int64(n) {
		if _, ok := x.(starlark.Bytes); ok {
			return 0, py.Raisef(py.IndexError, "%s out of range", what)
		}
		return 0, py.Raisef(py.IndexError, "%s %s out of range", py.TypeName(x), what)
	}
	return int(k), nil
}
