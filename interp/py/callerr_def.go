package py

// This file completes the messages of bad calls of defs with what only
// the def's syntax tells, as the file's SourceMap records it: its
// qualified name (K.m(), f.<locals>.g()) and which missing parameters
// are keyword-only. The VM's message names the def by its bare name and
// lists every missing parameter alike.

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// RefineCallError rewrites e, the TypeError of a bad call of a def, with
// the def's qualified name and keyword-only wording, and drops the def's
// own frame from its traceback (CPython shows only the caller's). It
// does nothing to other exceptions, or once done. sourceMap returns the
// SourceMap of a file (nil if unknown). Call it with the GIL.
func (e *Exception) RefineCallError(sourceMap SourceMaps) {
	msg, name := e.bindMsg, e.bindFn
	if name == "" || len(e.Traceback) == 0 {
		return
	}
	e.bindMsg, e.bindFn = "", ""
	top := e.Traceback[len(e.Traceback)-1]
	d := sourceMap(top.Pos.Filename()).FuncBefore(abi.Pos{Line: top.Pos.Line, Col: top.Pos.Col}, name)
	if d == nil {
		return
	}
	e.Traceback = e.Traceback[:len(e.Traceback)-1]
	if m := reMissing.FindStringSubmatch(msg); m != nil {
		msg = missingMessage(strings.Split(m[2], ", "), d.KwOnly)
	} else if m := reUnexpected.FindStringSubmatch(msg); m != nil && slices.Contains(d.PosOnly, m[2]) {
		at := callerPos(e.Traceback)
		msg = posOnlyMessage(d.PosOnly, sourceMap(at.Filename()).Keywords(abi.Pos{Line: at.Line, Col: at.Col}))
	} else if m := reTooMany.FindStringSubmatch(msg); m != nil {
		kw := kwonlyGiven(sourceMap, callerPos(e.Traceback), d.KwOnly)
		msg = tooManyDefMessage(d.MinPos, atoi(m[3]), atoi(m[4]), kw)
	} else if out, ok := callError(msg); ok {
		msg = strings.TrimPrefix(out, pyName(name))
	}
	e.Args = starlark.Tuple{starlark.String(d.Qual + msg)}
	e.str = nil
}

// posOnlyMessage is CPython's message, after the function's name, for a
// call that passed some of the positional-only parameters posOnly as
// keywords (those of keywords).
func posOnlyMessage(posOnly, keywords []string) string {
	var passed []string
	for _, p := range posOnly {
		if slices.Contains(keywords, p) {
			passed = append(passed, p)
		}
	}
	return fmt.Sprintf("() got some positional-only arguments passed as keyword arguments: '%s'", strings.Join(passed, ", "))
}

// missingMessage is CPython's message, after the function's name, for
// missing arguments: the positional ones if any, else the keyword-only.
func missingMessage(names []string, kwonly map[string]bool) string {
	var pos, kw []string
	for _, n := range names {
		n = strings.TrimPrefix(n, abi.PosOnlyParam)
		if kwonly[n] {
			kw = append(kw, n)
		} else {
			pos = append(pos, n)
		}
	}
	kind := "positional"
	if len(pos) == 0 {
		pos, kind = kw, "keyword-only"
	}
	return fmt.Sprintf("() missing %d required %s argument%s: %s", len(pos), kind, plural(len(pos)), quoteList(pos))
}

// tooManyDefMessage is CPython's message, after the function's name, for
// given positional arguments where a def takes min to max, kw of its
// keyword-only parameters being passed too.
func tooManyDefMessage(min, max, given, kw int) string {
	want, s := strconv.Itoa(max), plural(max)
	if min < max {
		want, s = fmt.Sprintf("from %d to %d", min, max), "s"
	}
	if kw == 0 {
		return fmt.Sprintf("() takes %s positional argument%s but %d %s given", want, s, given, wasWere(given))
	}
	return fmt.Sprintf("() takes %s positional argument%s but %d positional argument%s (and %d keyword-only argument%s) were given",
		want, s, given, plural(given), kw, plural(kw))
}

// callerPos is the position of the innermost frame of stack that is
// not a builtin's (a bound method's), or the zero position.
func callerPos(stack starlark.CallStack) syntax.Position {
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i].Pos.Filename() != "<builtin>" {
			return stack[i].Pos
		}
	}
	return syntax.Position{}
}

// SourceMaps returns the SourceMap of a file, or nil: the front-end's
// record of what the instructions compiled from it stand for.
type SourceMaps func(filename string) *abi.SourceMap

// kwonlyGiven counts the keyword arguments naming a parameter of kwonly
// in the call whose open parenthesis is at pos (a **mapping's keys are
// not seen).
func kwonlyGiven(sourceMap SourceMaps, pos syntax.Position, kwonly map[string]bool) int {
	n := 0
	for _, name := range sourceMap(pos.Filename()).Keywords(abi.Pos{Line: pos.Line, Col: pos.Col}) {
		if kwonly[name] {
			n++
		}
	}
	return n
}
