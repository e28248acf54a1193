package py

// This file translates the VM's messages about operators, attributes,
// indexing and unpacking into CPython's exceptions and words.

import (
	"fmt"
	"strconv"
	"strings"
)

var (
	reBinary     = lazyRE(`^unknown binary op: (\S+) (\S+) (\S+)$`)
	reUnary      = lazyRE(`^unknown unary op: (\S+) (\S+)$`)
	reCompare    = lazyRE(`^(\S+) (<|<=|>|>=) (\S+) not implemented$`)
	reNoAttr     = lazyRE(`^(\S+) has no \.(` + ident + `) field or method`)
	reClassAttr  = lazyRE(`^type object '(.+?)' has no attribute '(` + ident + `)'`)
	reNotCall    = lazyRE(`^invalid call of non-function \((\S+)\)$`)
	reUnpackMany = lazyRE(`^too many values to unpack \(got (-?\d+), want (\d+)\)$`)
	reUnpackFew  = lazyRE(`^too few values to unpack \(got (\d+), want (\d+)\)$`)
	reItemAssign = lazyRE(`^(\S+) value does not support item assignment$`)
	reIndexRange = lazyRE(`^(\S+) index -?\d+ out of range`)
	reEmptyIndex = lazyRE(`^index -?\d+ out of range: empty (\S+)$`)
	reNoIndex    = lazyRE(`^unhandled index operation (\S+)\[`)
	reIndexType  = lazyRE(`^(\S+) index: got (\S+), want int$`)
	reUnhashable = lazyRE(`^unhashable type: ([\p{L}\p{N}_]+)$`)
	reStarArg    = lazyRE(`^argument after (\*\*?) must be (?:iterable|a mapping), not (\S+)$`)
	reKeywordStr = lazyRE(`^keywords must be strings, not \S+$`)
	reNotIter    = lazyRE(`^(\S+) value is not iterable$`)
	reSetField   = lazyRE(`^can't assign to \.(` + ident + `) field of (\S+)$`)
	reUnpackType = lazyRE(`^got (\S+) in sequence assignment$`)
	reInString   = lazyRE(`^'in <string>' requires string as left operand, not (\S+)$`)
	reInBytes    = lazyRE(`^'in bytes' requires bytes or int as left operand, not (\S+)$`)
)

// qualifiedTypes maps the type names of native objects that CPython's
// messages qualify with their module (its tp_name).
var qualifiedTypes = map[string]string{
	"SimpleQueue": "_queue.SimpleQueue", "deque": "collections.deque", "Decimal": "decimal.Decimal",
	"defaultdict": "collections.defaultdict", "OrderedDict": "collections.OrderedDict",
	"date": "datetime.date", "datetime": "datetime.datetime", "timedelta": "datetime.timedelta",
	"Pattern": "re.Pattern", "Match": "re.Match", "HASH": "_hashlib.HASH",
}

// qualifiedType is t as CPython's attribute errors name it.
func qualifiedType(t string) string {
	if q, ok := qualifiedTypes[t]; ok {
		return q
	}
	return pyType(t)
}

// pyType maps a Starlark type name to Python's.
func pyType(t string) string {
	if t == "string" {
		return "str"
	}
	return t
}

// vmError rewrites a VM message, reporting whether it matched.
func vmError(msg string) (*Exception, bool) {
	if e := bigIndexError(msg); e != nil {
		return e, true
	}
	if m := reBinary.FindStringSubmatch(msg); m != nil {
		return Raise(TypeError, binaryMessage(qualifiedType(m[1]), m[2], qualifiedType(m[3]))), true
	}
	if m := reUnary.FindStringSubmatch(msg); m != nil {
		return Raisef(TypeError, "bad operand type for unary %s: '%s'%s", m[1], pyType(m[2]), boolHint(m[2], m[1], "int")), true
	}
	if m := reCompare.FindStringSubmatch(msg); m != nil {
		return Raisef(TypeError, "'%s' not supported between instances of '%s' and '%s'%s", m[2], qualifiedType(m[1]), qualifiedType(m[3]), boolHint(m[1], m[2], m[3])), true
	}
	if m := reNoAttr.FindStringSubmatch(msg); m != nil {
		e := Raisef(AttributeError, "'%s' object has no attribute '%s'", qualifiedType(m[1]), m[2])
		e.fromMsg = true // name and type: see msgContext
		return e, true
	}
	if m := reClassAttr.FindStringSubmatch(msg); m != nil { // Class.Attr's, which the VM may follow with a hint
		e := Raisef(AttributeError, "type object '%s' has no attribute '%s'", m[1], m[2])
		e.fromMsg = true
		return e, true
	}
	if m := reSetField.FindStringSubmatch(msg); m != nil {
		// an object without a __dict__ (int, str, Lock...)
		return Raisef(AttributeError, "'%s' object has no attribute '%s'", qualifiedType(m[2]), m[1]), true
	}
	if m := reNotCall.FindStringSubmatch(msg); m != nil {
		return Raisef(TypeError, "'%s' object is not callable", pyType(m[1])), true
	}
	if m := reNotIter.FindStringSubmatch(msg); m != nil {
		return Raisef(TypeError, "'%s' object is not iterable", pyType(m[1])), true
	}
	if m := reUnpackType.FindStringSubmatch(msg); m != nil {
		if m[1] == "string" { // iterable in Python, but not to the VM (see the README)
			return Raise(RuntimeError, "spindle unpacks a str only from a call; write tuple(s)"), true
		}
		return Raisef(TypeError, "cannot unpack non-iterable %s object", pyType(m[1])), true
	}
	if m := reUnpackMany.FindStringSubmatch(msg); m != nil {
		return Raisef(ValueError, "too many values to unpack (expected %s)", m[2]), true
	}
	if m := reUnpackFew.FindStringSubmatch(msg); m != nil {
		return Raisef(ValueError, "not enough values to unpack (expected %s, got %s)", m[2], m[1]), true
	}
	if m := reItemAssign.FindStringSubmatch(msg); m != nil {
		return Raisef(TypeError, "'%s' object does not support item assignment", pyType(m[1])), true
	}
	if m := reIndexRange.FindStringSubmatch(msg); m != nil {
		return indexRange(m[1]), true // "string", as CPython says
	}
	if m := reEmptyIndex.FindStringSubmatch(msg); m != nil {
		return indexRange(m[1]), true
	}
	if m := reIndexType.FindStringSubmatch(msg); m != nil {
		return Raise(TypeError, IndexTypeMessage(pyType(m[1]), pyType(m[2]))), true
	}
	if m := reNoIndex.FindStringSubmatch(msg); m != nil {
		return Raisef(TypeError, "'%s' object is not subscriptable", pyType(m[1])), true
	}
	if m := reUnhashable.FindStringSubmatch(msg); m != nil {
		return Raisef(TypeError, "unhashable type: '%s'", pyType(m[1])), true
	}
	if m := reStarArg.FindStringSubmatch(msg); m != nil {
		what := "an iterable"
		if m[1] == "**" {
			what = "a mapping"
		}
		return Raisef(TypeError, "argument after %s must be %s, not %s", m[1], what, pyType(m[2])), true
	}
	if m := reInString.FindStringSubmatch(msg); m != nil {
		return Raisef(TypeError, "'in <string>' requires string as left operand, not %s", qualifiedType(m[1])), true
	}
	if m := reInBytes.FindStringSubmatch(msg); m != nil {
		return Raisef(TypeError, "a bytes-like object is required, not '%s'", qualifiedType(m[1])), true
	}
	if reKeywordStr.MatchString(msg) {
		return Raise(TypeError, "keywords must be strings"), true
	}
	return nil, false
}

// IndexTypeMessage words indexing a sequence of type seq with a non-int
// of type t as CPython does.
func IndexTypeMessage(seq, t string) string {
	if seq == "str" {
		return fmt.Sprintf("string indices must be integers, not '%s'", t)
	}
	if seq == "bytes" {
		seq = "byte" // CPython's bytes_subscript says so
	}
	return fmt.Sprintf("%s indices must be integers or slices, not %s", seq, t)
}

// binaryMessage words an unsupported binary operation as CPython does.
func binaryMessage(x, op, y string) string {
	seq := isSeqName(x)
	switch {
	case op == "in" || op == "not in":
		return fmt.Sprintf("argument of type '%s' is not iterable", y)
	case op == "+" && x == "bytes":
		return fmt.Sprintf("can't concat %s to bytes", y)
	case op == "+" && seq:
		x = strings.TrimPrefix(x, "collections.")
		return fmt.Sprintf("can only concatenate %s (not \"%s\") to %s", x, y, x)
	case op == "*" && (seq || isSeqName(y)):
		other := y
		if !seq {
			other = x
		}
		return fmt.Sprintf("can't multiply sequence by non-int of type '%s'", other)
	}
	return fmt.Sprintf("unsupported operand type(s) for %s: '%s' and '%s'", op, x, y) + boolHint(x, op, y)
}

// isSeqName reports whether t names a type whose * with a non-int is
// "can't multiply sequence by non-int".
func isSeqName(t string) bool {
	return t == "str" || t == "list" || t == "tuple" || t == "bytes" || t == "collections.deque"
}

// boolHint explains an operation on a bool that Python would do, which
// reached the VM: the front-end took an operand for a number that is
// not a bool (see interp/lower/boolarith.go).
func boolHint(x, op, y string) string {
	num := func(t string) bool { return t == "bool" || t == "int" || t == "float" }
	bits := op == "<<" || op == ">>" || op == "&" || op == "|" || op == "^" || op == "<<=" || op == ">>=" || op == "&=" || op == "|=" || op == "^="
	if bits && (x == "float" || y == "float") {
		return "" // an error in Python too
	}
	if (x == "bool" || y == "bool") && num(x) && num(y) {
		return " (spindle does arithmetic on a bool only where it can tell the value is a bool; write int(...))"
	}
	return ""
}

// indexRange is the IndexError of an index past the end of a sequence
// of the VM's type t: "list index out of range", but bytes's is
// "index out of range".
func indexRange(t string) *Exception {
	if t == "bytes" {
		return Raise(IndexError, "index out of range")
	}
	return Raisef(IndexError, "%s index out of range", t)
}

// reBigIndex matches the VM's refusal of an index past 32 bits (s[2**40]).
var reBigIndex = lazyRE(`^(tuple|list|string|bytes|range) index: (-?\d+) out of range$`)

// bigIndexError is CPython's IndexError for the index of reBigIndex: the
// sequence's "index out of range", or past 64 bits "cannot fit 'int'
// into an index-sized integer"; nil if msg is not such a refusal.
func bigIndexError(msg string) *Exception {
	m := reBigIndex.FindStringSubmatch(msg)
	if m == nil {
		return nil
	}
	if _, err := strconv.ParseInt(m[2], 10, 64); err != nil && m[1] != "range" {
		return Raise(IndexError, "cannot fit 'int' into an index-sized integer")
	}
	switch m[1] {
	case "bytes":
		return Raise(IndexError, "index out of range")
	case "range":
		return Raise(IndexError, "range object index out of range")
	}
	return Raise(IndexError, m[1]+" index out of range")
}
