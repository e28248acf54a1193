package core

// This file translates the VM's messages about bad calls of script
// functions into CPython's words.

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var (
	reMissing    = regexp.MustCompile(`^function (\S+) missing \d+ arguments? \((.*)\)$`)
	reUnexpected = regexp.MustCompile(`^function (\S+) got an unexpected keyword argument "?(\w+)"?$`)
	reMultiple   = regexp.MustCompile(`^function (\S+) got multiple values for parameter "?(\w+)"?$`)
	reTooMany    = regexp.MustCompile(`^function (\S+) accepts (at most )?(\d+) positional arguments? \((\d+) given\)$`)
	reNoArgs     = regexp.MustCompile(`^function (\S+) accepts no arguments \((\d+) given\)$`)
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
		return fmt.Sprintf("%s() takes %s positional argument%s but %s %s given", pyName(m[1]), want, plural(atoi(m[3])), given, wasWere(atoi(given))), true
	}
	if m := reNoArgs.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("%s() takes 0 positional arguments but %s %s given", pyName(m[1]), m[2], wasWere(atoi(m[2]))), true
	}
	return "", false
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
