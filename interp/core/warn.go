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
	pos := thread.CallFrame(1).Pos
	seen := rt.ModuleState(warnKey{}, func() any { return map[warnKey]bool{} }).(map[warnKey]bool)
	key := warnKey{pos.String(), msg}
	if seen[key] {
		return
	}
	seen[key] = true
	text := fmt.Sprintf("%s:%d: %s: %s\n", pos.Filename(), pos.Line, category, msg)
	if line := rt.SourceLine(pos.Filename(), pos.Line); line != "" {
		text += "  " + line + "\n"
	}
	rt.Stderr().WriteString(text)
}
