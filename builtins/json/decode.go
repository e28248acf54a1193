package json

// This file defines loads, a recursive-descent JSON parser.

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// loads implements loads(s, *, object_hook=None, parse_float=None,
// parse_int=None, object_pairs_hook=None).
// https://docs.python.org/3/library/json.html#json.loads
func loads(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var s starlark.Value
	h := &hooks{thread: thread}
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "s", &s, "object_hook?", &h.object,
		"parse_float?", &h.float, "parse_int?", &h.int, "parse_constant?", &h.constants,
		"object_pairs_hook?", &h.pairs); err != nil {
		return nil, err
	}
	var text string
	switch s := py.Base(s).(type) {
	case starlark.String:
		text = string(s)
	case starlark.Bytes:
		text = string(s)
	default:
		return nil, py.Raisef(py.TypeError, "the JSON object must be str, bytes or bytearray, not %s", py.TypeName(s))
	}
	d := &decoder{s: text, limit: py.RecursionLimit(thread), hooks: h.orNil()}
	d.space()
	v, err := d.value()
	if err != nil {
		return nil, err
	}
	d.space()
	if d.i < len(d.s) {
		return nil, d.fail("Extra data", d.i)
	}
	return v, nil
}

type decoder struct {
	s     string
	i     int
	depth int // arrays and objects being parsed
	limit int // the recursion limit
	hooks *hooks
}

// fail is the JSONDecodeError for msg at byte offset at.
func (d *decoder) fail(msg string, at int) error {
	return newDecodeError(msg, d.s, utf8.RuneCountInString(d.s[:at]))
}

// newDecodeError is JSONDecodeError(msg, doc, pos), pos counting code
// points, with CPython's message and attributes.
func newDecodeError(msg, doc string, pos int) *py.Exception {
	runes := []rune(doc)
	before := string(runes[:max(0, min(pos, len(runes)))])
	line := strings.Count(before, "\n") + 1
	col := pos - utf8.RuneCountInString(before[:strings.LastIndexByte(before, '\n')+1]) + 1
	e := py.Raisef(decodeError, "%s: line %d column %d (char %d)", msg, line, col, pos)
	e.Attrs = starlark.StringDict{"msg": starlark.String(msg), "doc": starlark.String(doc),
		"pos": starlark.MakeInt(pos), "lineno": starlark.MakeInt(line), "colno": starlark.MakeInt(col)}
	return e
}

func (d *decoder) space() {
	for d.i < len(d.s) && strings.IndexByte(" \t\n\r", d.s[d.i]) >= 0 {
		d.i++
	}
}

// value parses the value at d.i.
func (d *decoder) value() (starlark.Value, error) {
	if d.i >= len(d.s) {
		return nil, d.fail("Expecting value", d.i)
	}
	switch c := d.s[d.i]; {
	case c == '{' || c == '[':
		if d.depth >= d.limit {
			return nil, py.Recursion("while decoding a JSON " + map[byte]string{'{': "object", '[': "array"}[c] + " from a unicode string")
		}
		d.depth++
		defer func() { d.depth-- }()
		if c == '{' {
			return d.object()
		}
		return d.array()
	case c == '"':
		s, err := d.str()
		return starlark.String(s), err
	case c == '-' || c >= '0' && c <= '9':
		return d.number()
	}
	for _, l := range literals {
		if strings.HasPrefix(d.s[d.i:], l.text) {
			d.i += len(l.text)
			return d.hooks.constantOf(l.text, l.v)
		}
	}
	return nil, d.fail("Expecting value", d.i)
}

var literals = []struct {
	text string
	v    starlark.Value
}{{"true", starlark.True}, {"false", starlark.False}, {"null", starlark.None},
	{"NaN", starlark.Float(math.NaN())}, {"Infinity", starlark.Float(math.Inf(1))}}

func (d *decoder) number() (starlark.Value, error) {
	start := d.i
	if d.s[d.i] == '-' {
		d.i++
	}
	digits := func() {
		for d.i < len(d.s) && d.s[d.i] >= '0' && d.s[d.i] <= '9' {
			d.i++
		}
	}
	if d.i < len(d.s) && d.s[d.i] == '0' {
		d.i++ // no leading zeros: "01" is 0 followed by extra data
	} else {
		digits()
	}
	if d.i == start+1 && d.s[start] == '-' {
		if strings.HasPrefix(d.s[d.i:], "Infinity") {
			d.i += len("Infinity")
			return d.hooks.constantOf("-Infinity", starlark.Float(math.Inf(-1)))
		}
		return nil, d.fail("Expecting value", start)
	}
	isFloat := false
	if d.i < len(d.s) && d.s[d.i] == '.' && d.i+1 < len(d.s) && d.s[d.i+1] >= '0' && d.s[d.i+1] <= '9' {
		isFloat = true
		d.i++
		digits()
	}
	if exp := d.exponent(); exp > 0 {
		isFloat = true
		d.i += exp
	}
	text := d.s[start:d.i]
	if v, ok, err := d.hooks.number(text, isFloat); ok {
		return v, err
	}
	if isFloat {
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && f == 0 {
			return nil, d.fail("Expecting value", start)
		}
		return starlark.Float(f), nil
	}
	n, ok := new(big.Int).SetString(text, 10)
	if !ok {
		return nil, d.fail("Expecting value", start)
	}
	return starlark.MakeBigInt(n), nil
}

// exponent returns the length of the exponent at d.i ("e", an optional
// sign, digits), or 0 if there is none: "1e" is 1 followed by extra data.
func (d *decoder) exponent() int {
	j := d.i
	if j >= len(d.s) || d.s[j] != 'e' && d.s[j] != 'E' {
		return 0
	}
	j++
	if j < len(d.s) && (d.s[j] == '+' || d.s[j] == '-') {
		j++
	}
	k := j
	for k < len(d.s) && d.s[k] >= '0' && d.s[k] <= '9' {
		k++
	}
	if k == j {
		return 0
	}
	return k - d.i
}

// str parses a string literal.
func (d *decoder) str() (string, error) {
	start := d.i
	d.i++
	var b strings.Builder
	for {
		if d.i >= len(d.s) {
			return "", d.fail("Unterminated string starting at", start)
		}
		c := d.s[d.i]
		switch {
		case c == '"':
			d.i++
			return b.String(), nil
		case c == '\\':
			if err := d.escape(&b); err != nil {
				return "", err
			}
		case c < 0x20:
			return "", d.fail("Invalid control character at", d.i)
		default:
			b.WriteByte(c)
			d.i++
		}
	}
}

var escapes = map[byte]string{'"': "\"", '\\': "\\", '/': "/", 'b': "\b", 'f': "\f", 'n': "\n", 'r': "\r", 't': "\t"}

// escape parses the escape sequence at d.i into b.
func (d *decoder) escape(b *strings.Builder) error {
	if d.i+1 >= len(d.s) {
		return d.fail("Unterminated string starting at", d.i)
	}
	c := d.s[d.i+1]
	if e, ok := escapes[c]; ok {
		b.WriteString(e)
		d.i += 2
		return nil
	}
	if c != 'u' {
		return d.fail("Invalid \\escape", d.i)
	}
	r, ok := d.hex4(d.i + 2)
	if !ok {
		return d.fail("Invalid \\uXXXX escape", d.i+1)
	}
	d.i += 6
	if utf16.IsSurrogate(r) && strings.HasPrefix(d.s[d.i:], "\\u") {
		if r2, ok := d.hex4(d.i + 2); ok {
			if pair := utf16.DecodeRune(r, r2); pair != utf8.RuneError {
				r = pair
				d.i += 6
			}
		}
	}
	b.WriteRune(r)
	return nil
}

func (d *decoder) hex4(at int) (rune, bool) {
	if at+4 > len(d.s) {
		return 0, false
	}
	n, err := strconv.ParseUint(d.s[at:at+4], 16, 32)
	return rune(n), err == nil
}

func (d *decoder) array() (starlark.Value, error) {
	d.i++
	var elems []starlark.Value
	d.space()
	if d.i < len(d.s) && d.s[d.i] == ']' {
		d.i++
		return starlark.NewList(elems), nil
	}
	for {
		d.space()
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		elems = append(elems, v)
		d.space()
		if d.i < len(d.s) && d.s[d.i] == ']' {
			d.i++
			return starlark.NewList(elems), nil
		}
		if d.i >= len(d.s) || d.s[d.i] != ',' {
			return nil, d.fail("Expecting ',' delimiter", d.i)
		}
		d.i++
	}
}

func (d *decoder) object() (starlark.Value, error) {
	d.i++
	dict := starlark.NewDict(0)
	d.space()
	if d.i < len(d.s) && d.s[d.i] == '}' {
		d.i++
		return d.hooks.objectOf(dict)
	}
	for {
		d.space()
		if d.i >= len(d.s) || d.s[d.i] != '"' {
			return nil, d.fail("Expecting property name enclosed in double quotes", d.i)
		}
		k, err := d.str()
		if err != nil {
			return nil, err
		}
		d.space()
		if d.i >= len(d.s) || d.s[d.i] != ':' {
			return nil, d.fail("Expecting ':' delimiter", d.i)
		}
		d.i++
		d.space()
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		d.hooks.addPair(dict, starlark.String(k), v)
		d.space()
		if d.i < len(d.s) && d.s[d.i] == '}' {
			d.i++
			return d.hooks.objectOf(dict)
		}
		if d.i >= len(d.s) || d.s[d.i] != ',' {
			return nil, d.fail("Expecting ',' delimiter", d.i)
		}
		d.i++
	}
}
