package py

// This file translates the VM's messages about bad calls of script
// functions into CPython's words.

import (
	"fmt"
	"strconv"
	"strings"

	"go.starlark.net/starlark"
)

var (
	reMissing    = lazyRE(`^function (\S+) missing \d+ arguments? \((.*)\)$`)
	reUnexpected = lazyRE(`^function (\S+) got an unexpected keyword argument "?([\p{L}\p{N}_]+)"?$`)
	reMultiple   = lazyRE(`^function (\S+) got multiple values for parameter "?([\p{L}\p{N}_]+)"?$`)
	reTooMany    = lazyRE(`^function (\S+) accepts (at most )?(\d+) positional arguments? \((\d+) given\)$`)
	reNoArgs     = lazyRE(`^function (\S+) accepts no arguments \((\d+) given\)$`)
)

// callError rewrites a bad-call message, reporting whether it matched.
func callError(msg string) (string, bool) {
	if m := reMissing.FindStringSubmatch(msg); m != nil {
		names := strings.Split(m[2], ", ")
		return fmt.Sprintf("%s() missing %d required positional argument%s: %s", pyName(m[1]), len(names), plural(len(names)), quoteList(names)), true
	}
	if m := reUnexpected.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("%s() got an unexpected keyword argument '%s'", pyName(m[1]), m[2]), true
	}
	if m := reMultiple.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("%s() got multiple values for argument '%s'", pyName(m[1]), m[2]), true
	}
	if m := reTooMany.FindStringSubmatch(msg); m != nil {
		want, given := m[3], m[4]
		if m[2] != "" {
			want = "at most " + want // the VM's message lacks the minimum
		}
		return tooManyMsg(pyName(m[1]), want, atoi(m[3]), atoi(given)), true
	}
	if m := reNoArgs.FindStringSubmatch(msg); m != nil {
		return tooManyMsg(pyName(m[1]), "0", 0, atoi(m[2])), true
	}
	return "", false
}

// callErrorFunc returns the function a bad-call message names.
func callErrorFunc(msg string) string {
	name, _, _ := strings.Cut(strings.TrimPrefix(msg, "function "), " ")
	return name
}

// tooManyMsg is CPython's message for a call of fn with given positional
// arguments where it takes want (max of them): "1", "from 1 to 2".
func tooManyMsg(fn, want string, max, given int) string {
	return fmt.Sprintf("%s() takes %s positional argument%s but %d %s given", fn, want, plural(max), given, wasWere(given))
}

// TooManyArgs is CPython's TypeError for a call of fn, a function
// defined in Python, with given positional arguments where it takes want
// ("1", "from 1 to 2"; max is the largest count), self included.
func TooManyArgs(fn, want string, max, given int) error {
	return Raise(TypeError, tooManyMsg(fn, want, max, given))
}

// NoArgs checks the arguments of a function CPython defines in Python
// that takes none besides self, and returns CPython's TypeError for any
// given. owner is the class of a method ("Thread", and self is 1, as
// CPython counts it) or "" for a module function (self 0).
func NoArgs(owner, fn string, self int, args starlark.Tuple, kwargs []starlark.Tuple) error {
	if len(args) == 0 && len(kwargs) == 0 {
		return nil
	}
	if owner != "" {
		fn = owner + "." + fn
	}
	if len(args) > 0 {
		return TooManyArgs(fn, strconv.Itoa(self), self, len(args)+self)
	}
	return Raisef(TypeError, "%s() got an unexpected keyword argument '%s'", fn, string(kwargs[0][0].(starlark.String)))
}

// NoArgsC is NoArgs for function fn of module mod, implemented in C in
// CPython, whose messages differ: "time.time() takes no arguments (1 given)".
func NoArgsC(mod, fn string, args starlark.Tuple, kwargs []starlark.Tuple) error {
	if len(kwargs) > 0 {
		return Raisef(TypeError, "%s.%s() takes no keyword arguments", mod, fn)
	}
	if len(args) > 0 {
		return Raisef(TypeError, "%s.%s() takes no arguments (%d given)", mod, fn, len(args))
	}
	return nil
}

func pyName(name string) string {
	if name == "lambda" {
		return "<lambda>"
	}
	return name
}

// quoteList formats names as CPython does: 'a', 'a' and 'b', 'a', 'b', and 'c'.
func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func wasWere(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
