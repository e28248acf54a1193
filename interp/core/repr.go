package core

// This file defines Python's repr and str for Starlark values.

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.starlark.net/starlark"
)

// PyReprer is implemented by values whose Python repr differs from String.
type PyReprer interface {
	PyRepr() string
}

// PyStrer is implemented by values whose Python str differs from their repr.
type PyStrer interface {
	PyStr() string
}

// Repr returns Python's repr(v).
func Repr(v starlark.Value) string {
	var b strings.Builder
	writeRepr(&b, v, nil)
	return b.String()
}

// Str returns Python's str(v).
func Str(v starlark.Value) string {
	switch v := v.(type) {
	case starlark.String:
		return string(v)
	case PyStrer:
		return v.PyStr()
	case *Exception:
		return v.Message()
	}
	return Repr(v)
}

func writeRepr(b *strings.Builder, v starlark.Value, path []starlark.Value) {
	for _, p := range path {
		if p == v {
			switch v.(type) {
			case *starlark.List:
				b.WriteString("[...]")
			case *starlark.Dict:
				b.WriteString("{...}")
			default:
				b.WriteString("...")
			}
			return
		}
	}
	switch v := v.(type) {
	case nil:
		b.WriteString("<nil>")
	case starlark.NoneType:
		b.WriteString("None")
	case starlark.Bool:
		if v {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case starlark.String:
		b.WriteString(QuoteString(string(v)))
	case starlark.Float:
		b.WriteString(FloatRepr(float64(v)))
	case *starlark.List:
		path = append(path, v)
		b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			writeRepr(b, v.Index(i), path)
		}
		b.WriteByte(']')
	case starlark.Tuple:
		b.WriteByte('(')
		for i, x := range v {
			if i > 0 {
				b.WriteString(", ")
			}
			writeRepr(b, x, path)
		}
		if len(v) == 1 {
			b.WriteByte(',')
		}
		b.WriteByte(')')
	case *starlark.Dict:
		path = append(path, v)
		b.WriteByte('{')
		for i, it := range v.Items() {
			if i > 0 {
				b.WriteString(", ")
			}
			writeRepr(b, it[0], path)
			b.WriteString(": ")
			writeRepr(b, it[1], path)
		}
		b.WriteByte('}')
	case *starlark.Set:
		if v.Len() == 0 {
			b.WriteString("set()")
			return
		}
		b.WriteByte('{')
		iter := v.Iterate()
		defer iter.Done()
		var x starlark.Value
		for i := 0; iter.Next(&x); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			writeRepr(b, x, path)
		}
		b.WriteByte('}')
	case *starlark.Function:
		fmt.Fprintf(b, "<function %s at %#x>", v.Name(), addr(v))
	case *starlark.Builtin:
		if v.Receiver() != nil {
			fmt.Fprintf(b, "<built-in method %s of %s object at %#x>", v.Name(), TypeName(v.Receiver()), addr(v.Receiver()))
		} else {
			fmt.Fprintf(b, "<built-in function %s>", v.Name())
		}
	case PyReprer:
		b.WriteString(v.PyRepr())
	default:
		b.WriteString(v.String())
	}
}

// QuoteString returns s quoted as Python's repr does.
func QuoteString(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == utf8.RuneError:
			b.WriteString(`\ufffd`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x80 || unicode.IsPrint(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// FloatRepr formats f as Python's repr(float) does.
func FloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'r', -1, 64)
	exp := 0
	if f != 0 {
		exp = int(math.Floor(math.Log10(math.Abs(f))))
		// correct rounding effects of Log10 using the shortest repr
		m := strconv.FormatFloat(f, 'e', -1, 64)
		if i := strings.IndexByte(m, 'e'); i >= 0 {
			exp, _ = strconv.Atoi(m[i+1:])
		}
	}
	if exp < -4 || exp >= 16 {
		s = strconv.FormatFloat(f, 'e', -1, 64)
		mant, e, _ := strings.Cut(s, "e")
		sign := e[0]
		digits := strings.TrimLeft(e[1:], "0")
		if len(digits) < 2 {
			digits = strings.Repeat("0", 2-len(digits)) + digits
		}
		return mant + "e" + string(sign) + digits
	}
	s = strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}

// TypeName returns Python's type(v).__name__.
func TypeName(v starlark.Value) string {
	switch v := v.(type) {
	case starlark.String:
		return "str"
	case starlark.NoneType:
		return "NoneType"
	case *starlark.Builtin:
		return "builtin_function_or_method"
	case *Exception:
		return v.Class.ClassName
	}
	return v.Type()
}

func addr(v any) uintptr {
	return uintptr(reflectPointer(v))
}
