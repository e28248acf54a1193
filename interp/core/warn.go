package core

// This file defines Warn, which prints Python warnings such as
// DeprecationWarning once per source location, as CPython does for code
// in __main__.

import (
	"fmt"

	"go.starlark.net/starlark"
)

type warnKey struct {
	pos string
	msg string
}

// Warn writes "file:line: category: msg" and the source line to stderr,
// once per location and message. The location is the script code that
// called the builtin running in thread. The caller holds the GIL.
func Warn(thread *starlark.Thread, category, msg string) {
	rt := RuntimeOf(thread)
	if rt == nil || thread.CallStackDepth() < 2 {
		return
	}
	if c := catchers(rt); len(c.stack) > 0 {
		top := c.stack[len(c.stack)-1]
		*top = append(*top, [2]string{category, msg})
		return
	}
	pos := thread.CallFrame(1).Pos
	seen := rt.ModuleState(warnKey{}, func() any { return map[warnKey]bool{} }).(map[warnKey]bool)
	key := warnKey{pos.String(), msg}
	if seen[key] {
		return
	}
	seen[key] = true
	text := fmt.Sprintf("%s:%d: %s: %s\n", pos.Filename(), pos.Line, category, msg)
	if line := rt.Sources().SourceLine(pos.Filename(), pos.Line); line != "" {
		text += "  " + line + "\n"
	}
	rt.Stderr().WriteString(text)
}

type catcherKey struct{}

// catcherStack holds the warnings being caught, innermost last.
type catcherStack struct{ stack []*[][2]string }

func catchers(rt *Runtime) *catcherStack {
	return rt.ModuleState(catcherKey{}, func() any { return &catcherStack{} }).(*catcherStack)
}

// CatchWarnings makes Warn record (category, message) pairs instead of
// printing them, until the returned function is called; it returns what
// was recorded. unittest's assertWarns uses it. The caller holds the GIL.
func CatchWarnings(rt *Runtime) (stop func() [][2]string) {
	c := catchers(rt)
	rec := &[][2]string{}
	c.stack = append(c.stack, rec)
	return func() [][2]string {
		for i, r := range c.stack {
			if r == rec {
				c.stack = append(c.stack[:i], c.stack[i+1:]...)
				break
			}
		}
		return *rec
	}
}
