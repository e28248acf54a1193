package builtins

// This file matches a subject against a pattern of a match statement
// (PEP 634), as the front-end describes it (see abi.Match and
// interp/lower/match.go).

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// Match reports the names pattern binds if subject matches it, or nil.
func Match(thread *starlark.Thread, subject, pattern starlark.Value) (*starlark.Dict, error) {
	binds := starlark.NewDict(2)
	ok, err := matchPattern(thread, subject, pattern, binds)
	if err != nil || !ok {
		return nil, err
	}
	return binds, nil
}

// matchPattern matches subject against one pattern, adding what it binds
// to binds.
func matchPattern(thread *starlark.Thread, subject, pattern starlark.Value, binds *starlark.Dict) (bool, error) {
	p, ok := pattern.(starlark.Tuple)
	if !ok || len(p) == 0 {
		return false, py.Raise(py.SystemError, "bad match pattern")
	}
	kind, _ := starlark.AsString(p[0])
	switch kind {
	case "_":
		return true, nil
	case "c":
		return true, binds.SetKey(p[1], subject)
	case "v":
		return CompareOp(syntax.EQL, subject, p[1])
	case "s":
		return Identical(subject, p[1]), nil
	case "q":
		return matchSequence(thread, subject, p[1].(starlark.Tuple), binds)
	case "m":
		return matchMapping(thread, subject, p, binds)
	case "k":
		return matchClass(thread, subject, p, binds)
	case "|":
		for _, alt := range p[1].(starlark.Tuple) {
			trial := starlark.NewDict(binds.Len())
			if ok, err := matchPattern(thread, subject, alt, trial); err != nil || ok {
				if ok {
					for _, kv := range trial.Items() {
						binds.SetKey(kv[0], kv[1])
					}
				}
				return ok, err
			}
		}
		return false, nil
	case "a":
		ok, err := matchPattern(thread, subject, p[1], binds)
		if ok {
			err = binds.SetKey(p[2], subject)
		}
		return ok, err
	}
	return false, py.Raisef(py.SystemError, "bad match pattern %q", kind)
}

// matchSequence matches a sequence pattern: the subject is a list,
// tuple, range, deque or other sequence that is not a str, bytes or
// bytearray, of the right length, whose items match.
func matchSequence(thread *starlark.Thread, subject starlark.Value, items starlark.Tuple, binds *starlark.Dict) (bool, error) {
	seq, ok, err := sequenceItems(thread, subject)
	if err != nil || !ok {
		return false, err
	}
	star := -1
	for i, it := range items {
		if t := it.(starlark.Tuple); t[0] == starlark.String("*") {
			star = i
		}
	}
	if star < 0 && len(seq) != len(items) || star >= 0 && len(seq) < len(items)-1 {
		return false, nil
	}
	for i, it := range items {
		var v starlark.Value
		switch {
		case i == star:
			if name := it.(starlark.Tuple)[1]; name != starlark.None {
				rest := append([]starlark.Value(nil), seq[i:len(seq)-(len(items)-1-i)]...)
				if err := binds.SetKey(name, starlark.NewList(rest)); err != nil {
					return false, err
				}
			}
			continue
		case star >= 0 && i > star:
			v = seq[len(seq)-(len(items)-i)]
		default:
			v = seq[i]
		}
		if ok, err := matchPattern(thread, v, it, binds); err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

// sequenceItems returns the items of a subject that sequence patterns
// match, and whether it is one.
func sequenceItems(thread *starlark.Thread, subject starlark.Value) ([]starlark.Value, bool, error) {
	base := py.Base(subject)
	switch base.(type) {
	case starlark.String, starlark.Bytes, *ByteArray, *starlark.Dict, *Set:
		return nil, false, nil
	case *starlark.List, starlark.Tuple:
	default:
		if t := base.Type(); t != "range" && t != "deque" && !TypeOf(subject).IsSubclass(TupleType) && !isSequenceABC(subject) {
			return nil, false, nil
		}
	}
	items, err := Elements(thread, base)
	return items, true, err
}

// isSequenceABC reports whether subject is a collections.abc.Sequence
// (a class that derives from it or was registered).
func isSequenceABC(subject starlark.Value) bool {
	for _, c := range TypeOf(subject).MRO {
		if c.ClassName == "Sequence" && c.Module == "collections.abc" {
			return true
		}
	}
	return false
}

// matchMapping matches {key: pattern, ..., **rest}: the subject is a
// mapping with every key, whose values match.
func matchMapping(thread *starlark.Thread, subject starlark.Value, p starlark.Tuple, binds *starlark.Dict) (bool, error) {
	m, ok := py.Base(subject).(starlark.IterableMapping)
	if !ok {
		return false, nil
	}
	keys, pats, rest := p[1].(starlark.Tuple), p[2].(starlark.Tuple), p[3]
	seen := starlark.NewDict(len(keys))
	for i, k := range keys {
		if _, dup, _ := seen.Get(k); dup {
			return false, py.Raisef(py.ValueError, "mapping pattern checks duplicate key (%s)", py.Repr(k))
		}
		seen.SetKey(k, starlark.None)
		v, found, err := patternGet(m, k)
		if err != nil || !found {
			return false, err
		}
		if ok, err := matchPattern(thread, v, pats[i], binds); err != nil || !ok {
			return false, err
		}
	}
	if rest == starlark.None {
		return true, nil
	}
	left := starlark.NewDict(len(m.Items()))
	for _, kv := range m.Items() {
		if _, used, _ := seen.Get(kv[0]); !used {
			left.SetKey(kv[0], kv[1])
		}
	}
	return true, binds.SetKey(rest, left)
}

// patternGet looks key up as mapping.get does: a defaultdict makes no
// entry for a missing key.
func patternGet(m starlark.IterableMapping, key starlark.Value) (starlark.Value, bool, error) {
	if c, ok := m.(starlark.Container); ok {
		if has, err := c.Has(key); err != nil || !has {
			return nil, false, err
		}
	}
	return m.Get(key)
}

// selfMatching are the classes whose one positional sub-pattern matches
// the subject itself: int(x), str(s)...
var selfMatching = map[*py.Class]bool{}

func init() {
	for _, c := range []*py.Class{BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType} {
		selfMatching[c] = true
	}
}

// matchClass matches Cls(pattern, ..., name=pattern, ...): the subject
// is an instance of Cls whose attributes, named by Cls.__match_args__
// for the positional ones, match.
func matchClass(thread *starlark.Thread, subject starlark.Value, p starlark.Tuple, binds *starlark.Dict) (bool, error) {
	cls, ok := p[1].(*py.Class)
	if !ok {
		return false, py.Raise(py.TypeError, "called match pattern must be a type")
	}
	args, kwNames, kwPats := p[2].(starlark.Tuple), p[3].(starlark.Tuple), p[4].(starlark.Tuple)
	is, err := isinstance(thread, nil, starlark.Tuple{subject, cls}, nil)
	if err != nil || !bool(is.Truth()) {
		return false, err
	}
	names, err := positionalNames(thread, cls, len(args))
	if err != nil {
		return false, err
	}
	attrs := append(names, kwNames...)
	pats := append(append(starlark.Tuple(nil), args...), kwPats...)
	seen := map[string]bool{}
	for i, a := range attrs {
		name, _ := starlark.AsString(a)
		if a == nil { // int(x): the subject itself
			if ok, err := matchPattern(thread, subject, pats[i], binds); err != nil || !ok {
				return false, err
			}
			continue
		}
		if seen[name] {
			return false, py.Raisef(py.TypeError, "%s() got multiple sub-patterns for attribute '%s'", cls.ClassName, name)
		}
		seen[name] = true
		v, err := getAttrIn(thread, subject, name)
		if err != nil {
			if e, ok := py.AsException(err); ok && e.Class.IsSubclass(py.AttributeError) {
				return false, nil
			}
			return false, err
		}
		if v == nil {
			return false, nil
		}
		if ok, err := matchPattern(thread, v, pats[i], binds); err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

// positionalNames returns the attributes that n positional sub-patterns
// of cls match (nil for a self-matching class's one), from
// cls.__match_args__.
func positionalNames(thread *starlark.Thread, cls *py.Class, n int) ([]starlark.Value, error) {
	if n == 0 {
		return nil, nil
	}
	for _, c := range cls.MRO {
		if selfMatching[c] {
			if n > 1 {
				return nil, py.Raisef(py.TypeError, "%s() accepts 1 positional sub-pattern (%d given)", cls.ClassName, n)
			}
			return []starlark.Value{nil}, nil
		}
	}
	v, err := getAttrIn(thread, cls, "__match_args__")
	if err != nil {
		return nil, err
	}
	var names starlark.Tuple
	if v != nil {
		t, ok := v.(starlark.Tuple)
		if !ok {
			return nil, py.Raisef(py.TypeError, "%s.__match_args__ must be a tuple (got %s)", cls.ClassName, py.TypeName(v))
		}
		names = t
	}
	if n > len(names) {
		s := "s"
		if len(names) == 1 {
			s = ""
		}
		return nil, py.Raisef(py.TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", cls.ClassName, len(names), s, n)
	}
	for _, name := range names[:n] {
		if _, ok := name.(starlark.String); !ok {
			return nil, py.Raisef(py.TypeError, "__match_args__ elements must be strings (got %s)", py.TypeName(name))
		}
	}
	return append([]starlark.Value(nil), names[:n]...), nil
}
