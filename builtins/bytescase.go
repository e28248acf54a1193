package builtins

// This file defines the bytes and bytearray methods that change case,
// classify or lay out bytes (upper, title, isalpha, istitle, center,
// zfill, expandtabs, splitlines, translate, maketrans, fromhex): the str
// methods' algorithms acting only on ASCII bytes, as CPython's.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

func init() {
	for _, name := range []string{"lower", "upper", "swapcase", "title", "capitalize"} {
		bytesMethods[name] = bind(name, bytesCase)
	}
	for _, name := range []string{"isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper"} {
		bytesMethods[name] = bind(name, bytesIsClass)
	}
	for _, name := range []string{"center", "ljust", "rjust"} {
		bytesMethods[name] = bind(name, bytesJustify)
	}
	bytesMethods["zfill"] = bytesZfill
	bytesMethods["expandtabs"] = bytesExpandtabs
	bytesMethods["splitlines"] = bytesSplitlines
	bytesMethods["translate"] = bytesTranslate
	bytesMethods["maketrans"] = func(thread *starlark.Thread, _ starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return bytesMaketrans(thread, nil, args, kwargs)
	}
	bytesMethods["fromhex"] = func(thread *starlark.Thread, _ starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return bytesFromhex(thread, nil, args, kwargs)
	}
}

func isASCIIUpper(r rune) bool { return r >= 'A' && r <= 'Z' }
func isASCIILower(r rune) bool { return r >= 'a' && r <= 'z' }
func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// bytesCase implements lower, upper, swapcase, title and capitalize.
func bytesCase(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgsC(py.TypeName(recv), name, args, kwargs); err != nil {
		return nil, err
	}
	b := []byte(bytesText(recv))
	prevCased := false
	for i, c := range b {
		up, low := isASCIIUpper(rune(c)), isASCIILower(rune(c))
		toUpper := low && (name == "upper" || name == "swapcase" ||
			name == "title" && !prevCased || name == "capitalize" && i == 0)
		toLower := up && (name == "lower" || name == "swapcase" ||
			name == "title" && prevCased || name == "capitalize" && i > 0)
		switch {
		case toUpper:
			b[i] = c - 'a' + 'A'
		case toLower:
			b[i] = c - 'A' + 'a'
		}
		prevCased = up || low
	}
	return likeRecv(recv, string(b)), nil
}

// bytesIsClass implements isalnum, isalpha, isascii, isdigit, islower,
// isspace, istitle and isupper.
func bytesIsClass(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := py.NoArgsC(py.TypeName(recv), name, args, kwargs); err != nil {
		return nil, err
	}
	s := bytesText(recv)
	switch name {
	case "isupper", "islower":
		return starlark.Bool(hasCaseOf(s, name == "isupper", isASCIIUpper, isASCIILower)), nil
	case "istitle":
		return starlark.Bool(isTitleCase(s, isASCIIUpper, isASCIILower)), nil
	case "isascii":
		return starlark.Bool(isASCII(s)), nil
	}
	pred := map[string]func(rune) bool{
		"isalnum": func(r rune) bool { return isASCIIUpper(r) || isASCIILower(r) || isASCIIDigit(r) },
		"isalpha": func(r rune) bool { return isASCIIUpper(r) || isASCIILower(r) },
		"isdigit": isASCIIDigit,
		"isspace": isByteSpace,
	}[name]
	for i := 0; i < len(s); i++ {
		if !pred(rune(s[i])) {
			return starlark.False, nil
		}
	}
	return starlark.Bool(s != ""), nil
}

// bytesJustify implements center, ljust and rjust(width, fillbyte=b' ').
func bytesJustify(name string, thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := clinicArgs(recv, name, args, kwargs, 1, 2); err != nil {
		return nil, err
	}
	wv, fillv := args[0], starlark.Value(starlark.Bytes(" "))
	if len(args) > 1 {
		fillv = args[1]
	}
	width, err := py.AsSsize(wv)
	if err != nil {
		return nil, err
	}
	fill, ok := BytesLike(fillv)
	if !ok || len(fill) != 1 {
		return nil, py.Raisef(py.TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, py.TypeName(fillv))
	}
	s := bytesText(recv)
	pad := width - len(s)
	if pad <= 0 {
		return likeRecv(recv, s), nil
	}
	if err := core.CheckAllocN(thread, pad, 1); err != nil {
		return nil, err
	}
	left := padLeft(name, pad, width)
	f := string(fill)
	return likeRecv(recv, strings.Repeat(f, left)+s+strings.Repeat(f, pad-left)), nil
}

// bytesZfill implements zfill(width).
func bytesZfill(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := clinicArgs(recv, "zfill", args, kwargs, 1, 1); err != nil {
		return nil, err
	}
	width, err := py.AsSsize(args[0])
	if err != nil {
		return nil, err
	}
	s := bytesText(recv)
	pad := width - len(s)
	if pad <= 0 {
		return likeRecv(recv, s), nil
	}
	if err := core.CheckAllocN(thread, pad, 1); err != nil {
		return nil, err
	}
	return likeRecv(recv, zeroPad(s, pad)), nil
}

// bytesExpandtabs implements expandtabs(tabsize=8): columns are bytes.
func bytesExpandtabs(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tv starlark.Value = starlark.MakeInt(8)
	if err := keywordArgs("expandtabs", args, kwargs, "tabsize"); err != nil {
		return nil, err
	}
	if err := starlark.UnpackArgs("expandtabs", args, kwargs, "tabsize?", &tv); err != nil {
		return nil, err
	}
	tab, err := py.AsCInt(tv)
	if err != nil {
		return nil, err
	}
	s := bytesText(recv)
	if err := core.CheckAllocN(thread, expandTabs(s, tab, true, nil), 1); err != nil {
		return nil, err
	}
	var b strings.Builder
	expandTabs(s, tab, true, &b)
	return likeRecv(recv, b.String()), nil
}

// bytesSplitlines implements splitlines(keepends=False): bytes break
// lines at \n, \r and \r\n only.
func bytesSplitlines(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var kv starlark.Value = starlark.False
	if err := keywordArgs("splitlines", args, kwargs, "keepends"); err != nil {
		return nil, err
	}
	if err := starlark.UnpackArgs("splitlines", args, kwargs, "keepends?", &kv); err != nil {
		return nil, err
	}
	keep, err := py.AsCInt(kv)
	if err != nil {
		return nil, err
	}
	parts := splitLines(bytesText(recv), keep != 0, func(r rune) bool { return r == '\n' || r == '\r' })
	l := make([]starlark.Value, len(parts))
	for i, p := range parts {
		l[i] = likeRecv(recv, p)
	}
	return starlark.NewList(l), nil
}

// bytesTranslate implements translate(table, /, delete=b”): table is
// None or 256 bytes.
func bytesTranslate(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tablev starlark.Value
	var delv starlark.Value = starlark.Bytes("")
	if err := keywordArgs("translate", args, kwargs, "table", "delete"); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "translate() takes at least 1 positional argument (0 given)")
	}
	if err := starlark.UnpackArgs("translate", args, kwargs, "table", &tablev, "delete?", &delv); err != nil {
		return nil, err
	}
	var table string
	if tablev != starlark.None {
		var err error
		if table, err = bytesArg(tablev); err != nil {
			return nil, err
		}
		if len(table) != 256 {
			return nil, py.Raise(py.ValueError, "translation table must be 256 characters long")
		}
	}
	del, err := bytesArg(delv)
	if err != nil {
		return nil, err
	}
	s := bytesText(recv)
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte(del, c) >= 0 {
			continue
		}
		if table != "" {
			c = table[c]
		}
		out = append(out, c)
	}
	return likeRecv(recv, string(out)), nil
}

// bytesMaketrans implements the static bytes.maketrans(from, to): the
// table of translate that maps each byte of from to that of to.
func bytesMaketrans(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := clinicArgs(starlark.Bytes(""), "maketrans", args, kwargs, 2, 2); err != nil {
		return nil, err
	}
	fromv, tov := args[0], args[1]
	from, err := bytesArg(fromv)
	if err != nil {
		return nil, err
	}
	to, err := bytesArg(tov)
	if err != nil {
		return nil, err
	}
	if len(from) != len(to) {
		return nil, py.Raise(py.ValueError, "maketrans arguments must have same length")
	}
	var table [256]byte
	for i := range table {
		table[i] = byte(i)
	}
	for i := 0; i < len(from); i++ {
		table[from[i]] = to[i]
	}
	return starlark.Bytes(table[:]), nil
}
