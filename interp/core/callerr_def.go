package core

// This file completes the messages of bad calls of defs with what only
// the def's syntax tells: its qualified name (K.m(), f.<locals>.g()) and
// which missing parameters are keyword-only. The VM's message names the
// def by its bare name and lists every missing parameter alike.

import (
	"fmt"
	"strconv"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// defInfo is what a def's syntax says about its parameters and name.
type defInfo struct {
	name, qual string
	kwonly     map[string]bool
	minPos     int // the positional parameters without a default
}

// RefineCallError rewrites e, the TypeError of a bad call of a def, with
// the def's qualified name and keyword-only wording, and drops the def's
// own frame from its traceback (CPython shows only the caller's). It
// does nothing to other exceptions, or once done. Call it with the GIL.
func (rt *Runtime) RefineCallError(e *Exception) {
	if e.floatMsg != "" && rt != nil {
		rt.refineZeroDivision(e)
	}
	msg, name := e.bindMsg, e.bindFn
	if name == "" || len(e.Traceback) == 0 || rt == nil {
		return
	}
	e.bindMsg, e.bindFn = "", ""
	top := e.Traceback[len(e.Traceback)-1]
	d := rt.defAt(top.Pos, name)
	if d == nil {
		return
	}
	e.Traceback = e.Traceback[:len(e.Traceback)-1]
	if m := reMissing.FindStringSubmatch(msg); m != nil {
		msg = missingMessage(strings.Split(m[2], ", "), d.kwonly)
	} else if m := reTooMany.FindStringSubmatch(msg); m != nil {
		kw := rt.kwonlyGiven(callerPos(e.Traceback), d.kwonly)
		msg = tooManyDefMessage(d.minPos, atoi(m[3]), atoi(m[4]), kw)
	} else if out, ok := callError(msg); ok {
		msg = strings.TrimPrefix(out, pyName(name))
	}
	e.Args = starlark.Tuple{starlark.String(d.qual + msg)}
	e.str = nil
}

// missingMessage is CPython's message, after the function's name, for
// missing arguments: the positional ones if any, else the keyword-only.
func missingMessage(names []string, kwonly map[string]bool) string {
	var pos, kw []string
	for _, n := range names {
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

// defAt returns the def named name whose frame is at pos, or nil.
func (rt *Runtime) defAt(pos syntax.Position, name string) *defInfo {
	rt.mu.Lock()
	f := rt.trees[pos.Filename()]
	rt.mu.Unlock()
	if f == nil {
		return nil
	}
	var found *defInfo
	walkDefs(f.Stmts, "", func(def *syntax.DefStmt, qual string) {
		if def.Name.Name == name && def.Def.Line == pos.Line && found == nil {
			found = &defInfo{name: name, qual: qual, kwonly: kwonlyParams(def), minPos: requiredPositional(def)}
		}
	})
	return found
}

// walkDefs calls fn for each def in stmts with its qualified name; prefix
// qualifies the defs of stmts. The front-end's functions (__sp_*) add
// nothing, but a class body's (__sp_class_K) adds "K.".
func walkDefs(stmts []syntax.Stmt, prefix string, fn func(*syntax.DefStmt, string)) {
	for _, s := range stmts {
		switch s := s.(type) {
		case *syntax.DefStmt:
			name := s.Name.Name
			inner := prefix + name + ".<locals>."
			switch {
			case strings.HasPrefix(name, "__sp_class_"):
				inner = prefix + strings.TrimPrefix(name, "__sp_class_") + "."
			case strings.HasPrefix(name, "__sp_"):
				inner = prefix
			default:
				fn(s, prefix+name)
			}
			walkDefs(s.Body, inner, fn)
		case *syntax.IfStmt:
			walkDefs(s.True, prefix, fn)
			walkDefs(s.False, prefix, fn)
		case *syntax.ForStmt:
			walkDefs(s.Body, prefix, fn)
		case *syntax.WhileStmt:
			walkDefs(s.Body, prefix, fn)
		}
	}
}

// requiredPositional counts def's positional parameters without a
// default.
func requiredPositional(def *syntax.DefStmt) int {
	n := 0
	for _, p := range def.Params {
		switch p.(type) {
		case *syntax.UnaryExpr:
			return n
		case *syntax.Ident:
			n++
		}
	}
	return n
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

// kwonlyGiven counts the keyword arguments naming a parameter of kwonly
// in the call whose open parenthesis is at pos (a **mapping's keys are
// not seen).
func (rt *Runtime) kwonlyGiven(pos syntax.Position, kwonly map[string]bool) int {
	rt.mu.Lock()
	f := rt.trees[pos.Filename()]
	rt.mu.Unlock()
	if f == nil || len(kwonly) == 0 {
		return 0
	}
	n := 0
	syntax.Walk(f, func(node syntax.Node) bool {
		c, ok := node.(*syntax.CallExpr)
		if !ok || c.Lparen.Line != pos.Line || c.Lparen.Col != pos.Col {
			return true
		}
		for _, a := range c.Args {
			if b, ok := a.(*syntax.BinaryExpr); ok && b.Op == syntax.EQ {
				if id, ok := b.X.(*syntax.Ident); ok && kwonly[id.Name] {
					n++
				}
			}
		}
		return false
	})
	return n
}

// kwonlyParams returns the names of def's keyword-only parameters.
func kwonlyParams(def *syntax.DefStmt) map[string]bool {
	kw := map[string]bool{}
	star := false
	for _, p := range def.Params {
		switch p := p.(type) {
		case *syntax.UnaryExpr:
			if p.Op == syntax.STAR {
				star = true
			}
		case *syntax.Ident:
			if star {
				kw[p.Name] = true
			}
		case *syntax.BinaryExpr:
			if id, ok := p.X.(*syntax.Ident); ok && star {
				kw[id.Name] = true
			}
		}
	}
	return kw
}
