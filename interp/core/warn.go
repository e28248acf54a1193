package core

// This file defines Warn, which issues the Python warnings of native
// modules (such as DeprecationWarning): through the warnings module when
// the script has imported it, else printing them once per source
// location, as CPython's default filters do for code in __main__.

import (
	"fmt"

	"go.starlark.net/starlark"
)

type warnKey struct {
	pos string
	msg string
}

// Warn issues warning msg of category (a builtin Warning class's name)
// for the script code that called the builtin running in thread: it is
// passed to the warnings module's warn if the script imported it (its filters and
// catch_warnings apply; an "error" filter's exception is not raised),
// else written to stderr as "file:line: category: msg" and the source
// line, once per location and message. The caller holds the GIL.
func Warn(thread *starlark.Thread, category, msg string) {
	rt := RuntimeOf(thread)
	if rt == nil || thread.CallStackDepth() < 2 {
		return
	}
	if m := rt.LoadedModule("warnings"); m != nil {
		if warn, ok := m.Members["_warn_native"].(starlark.Callable); ok {
			starlark.Call(thread, warn, starlark.Tuple{starlark.String(category), starlark.String(msg)}, nil)
			return
		}
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
