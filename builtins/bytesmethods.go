package builtins

// This file defines the bytes and bytearray methods that search and cut
// (count, find, index, startswith, split, partition, replace, strip,
// join, removeprefix...): the str algorithms of methods.go and
// strmethods.go over bytes, with byte offsets, ASCII whitespace and
// bytes-like arguments (bytes or bytearray, never str). A method of a
// bytearray returns bytearrays where the bytes method returns bytes.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

func init() {
	for name, m := range map[string]method{
		"count":        bind("count", bytesFind),
		"find":         bind("find", bytesFind),
		"rfind":        bind("rfind", bytesFind),
		"index":        bind("index", bytesFind),
		"rindex":       bind("rindex", bytesFind),
		"startswith":   bind("startswith", bytesAffix),
		"endswith":     bind("endswith", bytesAffix),
		"split":        bind("split", bytesSplit),
		"rsplit":       bind("rsplit", bytesSplit),
		"partition":    bind("partition", bytesPartition),
		"rpartition":   bind("rpartition", bytesPartition),
		"removeprefix": bind("removeprefix", bytesRemoveAffix),
		"removesuffix": bind("removesuffix", bytesRemoveAffix),
		"strip":        bind("strip", bytesStrip),
		"lstrip":       bind("lstrip", bytesStrip),
		"rstrip":       bind("rstrip", bytesStrip),
		"replace":      bytesReplace,
		"join":         bytesJoin,
	} {
		bytesMethods[name] = m
	}
}

// bytesText returns the bytes of recv, a bytes or a bytearray.
func bytesText(recv starlark.Value) string {
	if a, ok := recv.(*ByteArray); ok {
		return string(a.b)
	}
	return string(recv.(starlark.Bytes))
}

// likeRecv returns s as a value of recv's type, bytes or bytearray.
func likeRecv(recv starlark.Value, s string) starlark.Value {
	if _, ok := recv.(*ByteArray); ok {
		return &ByteArray{b: []byte(s)}
	}
	return starlark.Bytes(s)
}

// bytesArg returns the bytes of v, a bytes-like argument.
func bytesArg(v starlark.Value) (string, error) {
	b, ok := BytesLike(v)
	if !ok {
		return "", py.Raisef(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(v))
	}
	return string(b), nil
}

// isByteSpace reports ASCII whitespace, bytes' only whitespace.
func isByteSpace(r rune) bool {
	return r == ' ' || r >= '\t' && r <= '\r'
}

// bytesFind implements count, find, rfind, index and rindex(sub[,
// start[, end]]), where sub is bytes-like or a byte's int value.
func bytesFind(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := tupleArgs(recv, name, args, kwargs, 1, 3); err != nil {
		return nil, err
	}
	subv, startv, endv, _ := unpackSubRange(name, args, kwargs)
	sub, err := bytesSub(subv)
	if err != nil {
		return nil, err
	}
	s := bytesText(recv)
	start, err := unpackIndex(name, startv, 0)
	if err != nil {
		return nil, err
	}
	end, err := unpackIndex(name, endv, len(s))
	if err != nil {
		return nil, err
	}
	found := start <= len(s)
	start, end = runeRange(start, end, len(s))
	found = found && start <= end
	if name == "count" {
		if !found {
			return starlark.MakeInt(0), nil
		}
		return starlark.MakeInt(bytesCount(s[start:end], sub)), nil
	}
	i := -1
	if found && name[0] == 'r' {
		i = strings.LastIndex(s[start:end], sub)
	} else if found {
		i = strings.Index(s[start:end], sub)
	}
	if i < 0 && strings.HasSuffix(name, "index") {
		return nil, py.Raise(py.ValueError, "subsection not found")
	}
	if i < 0 {
		return starlark.MakeInt(-1), nil
	}
	return starlark.MakeInt(start + i), nil
}

// bytesCount counts sub in s by bytes (strings.Count counts "" once per
// UTF-8 code point).
func bytesCount(s, sub string) int {
	if sub == "" {
		return len(s) + 1
	}
	return strings.Count(s, sub)
}

// bytesSub returns the sub argument of find and count: bytes-like, or
// the int value of a byte.
func bytesSub(v starlark.Value) (string, error) {
	if b, ok := BytesLike(v); ok {
		return string(b), nil
	}
	if _, ok := boolToInt(v).(starlark.Int); ok {
		c, err := byteValue(v)
		return string([]byte{c}), err
	}
	return "", py.Raisef(py.TypeError, "argument should be integer or bytes-like object, not '%s'", py.TypeName(v))
}

// bytesAffix implements startswith and endswith(affix[, start[, end]]).
func bytesAffix(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := tupleArgs(recv, name, args, kwargs, 1, 3); err != nil {
		return nil, err
	}
	affix, startv, endv, _ := unpackSubRange(name, args, kwargs)
	var affixes []string
	if t, ok := affix.(starlark.Tuple); ok {
		for _, x := range t {
			a, err := bytesArg(x)
			if err != nil {
				return nil, err
			}
			affixes = append(affixes, a)
		}
	} else if a, ok := BytesLike(affix); ok {
		affixes = []string{string(a)}
	} else {
		return nil, py.Raisef(py.TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, py.TypeName(affix))
	}
	s := bytesText(recv)
	start, err := unpackIndex(name, startv, 0)
	if err != nil {
		return nil, err
	}
	end, err := unpackIndex(name, endv, len(s))
	if err != nil {
		return nil, err
	}
	start, end, ok := affixBounds(start, end, len(s))
	if !ok {
		return starlark.False, nil
	}
	return affixMatch(name, s[start:end], affixes), nil
}

// bytesSplit implements split and rsplit(sep=None, maxsplit=-1).
func bytesSplit(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sepv, maxv starlark.Value = starlark.None, starlark.MakeInt(-1)
	if err := keywordArgs(name, args, kwargs, "sep", "maxsplit"); err != nil {
		return nil, err
	}
	if err := starlark.UnpackArgs(name, args, kwargs, "sep?", &sepv, "maxsplit?", &maxv); err != nil {
		return nil, err
	}
	maxsplit, err := py.AsSsize(maxv)
	if err != nil {
		return nil, err
	}
	s := bytesText(recv)
	var parts []string
	if sepv == starlark.None {
		parts = splitSpace(s, maxsplit, name == "rsplit", isByteSpace)
	} else {
		sep, err := bytesArg(sepv)
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, py.Raise(py.ValueError, "empty separator")
		}
		parts = splitSep(s, sep, maxsplit, name == "rsplit")
	}
	l := make([]starlark.Value, len(parts))
	for i, p := range parts {
		l[i] = likeRecv(recv, p)
	}
	return starlark.NewList(l), nil
}

// bytesPartition implements partition and rpartition(sep).
func bytesPartition(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := clinicArgs(recv, name, args, kwargs, 1, 1); err != nil {
		return nil, err
	}
	sep, err := bytesArg(args[0])
	if err != nil {
		return nil, err
	}
	if sep == "" {
		return nil, py.Raise(py.ValueError, "empty separator")
	}
	p := partitionParts(name, bytesText(recv), sep)
	return starlark.Tuple{likeRecv(recv, p[0]), likeRecv(recv, p[1]), likeRecv(recv, p[2])}, nil
}

// bytesRemoveAffix implements removeprefix and removesuffix(affix).
func bytesRemoveAffix(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := clinicArgs(recv, name, args, kwargs, 1, 1); err != nil {
		return nil, err
	}
	affix, err := bytesArg(args[0])
	if err != nil {
		return nil, err
	}
	s := bytesText(recv)
	if name == "removeprefix" {
		return likeRecv(recv, strings.TrimPrefix(s, affix)), nil
	}
	return likeRecv(recv, strings.TrimSuffix(s, affix)), nil
}

// bytesStrip implements strip, lstrip and rstrip(bytes=None).
func bytesStrip(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := clinicArgs(recv, name, args, kwargs, 0, 1); err != nil {
		return nil, err
	}
	var chars starlark.Value = starlark.None
	if len(args) > 0 {
		chars = args[0]
	}
	set := " \t\n\v\f\r"
	if chars != starlark.None {
		var err error
		if set, err = bytesArg(chars); err != nil {
			return nil, err
		}
	}
	s := bytesText(recv)
	i, j := 0, len(s)
	for name != "rstrip" && i < j && strings.IndexByte(set, s[i]) >= 0 {
		i++
	}
	for name != "lstrip" && j > i && strings.IndexByte(set, s[j-1]) >= 0 {
		j--
	}
	return likeRecv(recv, s[i:j]), nil
}

// bytesReplace implements replace(old, new, count=-1).
func bytesReplace(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := clinicArgs(recv, "replace", args, kwargs, 2, 3); err != nil {
		return nil, err
	}
	oldv, newv, countv := args[0], args[1], starlark.Value(starlark.MakeInt(-1))
	if len(args) > 2 {
		countv = args[2]
	}
	old, err := bytesArg(oldv)
	if err != nil {
		return nil, err
	}
	repl, err := bytesArg(newv)
	if err != nil {
		return nil, err
	}
	count, err := py.AsSsize(countv)
	if err != nil {
		return nil, err
	}
	s := bytesText(recv)
	if err := checkReplace(thread, s, old, repl, count, bytesCount); err != nil {
		return nil, err
	}
	if old != "" {
		return likeRecv(recv, strings.Replace(s, old, repl, count)), nil
	}
	var b strings.Builder // repl between bytes, not UTF-8 code points
	for i := 0; i <= len(s); i++ {
		if count < 0 || i < count {
			b.WriteString(repl)
		}
		if i < len(s) {
			b.WriteByte(s[i])
		}
	}
	return likeRecv(recv, b.String()), nil
}

// bytesJoin implements join(iterable_of_bytes).
func bytesJoin(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := clinicArgs(recv, "join", args, kwargs, 1, 1); err != nil {
		return nil, err
	}
	it := args[0]
	items, err := ElementsNoHint(thread, it)
	if err != nil {
		return nil, joinIterError(it, err)
	}
	sep := bytesText(recv)
	var b strings.Builder
	for i, v := range items {
		x, ok := BytesLike(v)
		if !ok {
			return nil, py.Raisef(py.TypeError, "sequence item %d: expected a bytes-like object, %s found", i, py.TypeName(v))
		}
		if i > 0 {
			b.WriteString(sep)
		}
		b.Write(x)
	}
	return likeRecv(recv, b.String()), nil
}

// bytesFromInts implements bytes(iterable_of_ints).
func bytesFromInts(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
	elems, err := Elements(thread, x)
	if err != nil {
		return nil, err
	}
	b := make([]byte, len(elems))
	for i, e := range elems {
		n, err := asIndex(e)
		if err != nil {
			return nil, err
		}
		v, ok := n.Int64()
		if !ok || v < 0 || v > 255 {
			return nil, py.Raise(py.ValueError, "bytes must be in range(0, 256)")
		}
		b[i] = byte(v)
	}
	return starlark.Bytes(b), nil
}
