// Package re is spindle's re module, with Python's functions, flags,
// Pattern and Match objects. Patterns run on Go's regexp (RE2, linear
// time) when it runs them as Python does; those with Unicode \b or \B,
// lookarounds, backreferences or conditionals run on regexp2, a
// backtracking engine, in time slices between which the thread polls
// for cancellation (backtrack.go).
package re

// This file defines the module, its functions and the pattern cache.

import (
	"encoding/hex"
	"regexp"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Error is re.error.
var Error = py.NewClass("error", "re", py.ExceptionClass)

// The flags.
const (
	IGNORECASE = 2
	MULTILINE  = 8
	DOTALL     = 16
	UNICODE    = 32
	VERBOSE    = 64
	ASCII      = 256
)

// Module is the re module. Members:
//
//	compile(pattern, flags=0), search, match, fullmatch (pattern, string, flags=0)
//	findall(pattern, string, flags=0), sub and subn(pattern, repl, string, count=0, flags=0)
//	split(pattern, string, maxsplit=0, flags=0), escape(pattern)
//	I, IGNORECASE, M, MULTILINE, S, DOTALL, X, VERBOSE, A, ASCII, U, UNICODE, error
var Module = &core.Module{Name: "re", Members: starlark.StringDict{
	"compile":    starlark.NewBuiltin("compile", compile),
	"search":     starlark.NewBuiltin("search", moduleCall("search")),
	"match":      starlark.NewBuiltin("match", moduleCall("match")),
	"fullmatch":  starlark.NewBuiltin("fullmatch", moduleCall("fullmatch")),
	"findall":    starlark.NewBuiltin("findall", moduleCall("findall")),
	"finditer":   starlark.NewBuiltin("finditer", moduleCall("finditer")),
	"sub":        starlark.NewBuiltin("sub", moduleCall("sub")),
	"subn":       starlark.NewBuiltin("subn", moduleCall("subn")),
	"split":      starlark.NewBuiltin("split", moduleCall("split")),
	"escape":     starlark.NewBuiltin("escape", escape),
	"I":          starlark.MakeInt(IGNORECASE),
	"IGNORECASE": starlark.MakeInt(IGNORECASE),
	"M":          starlark.MakeInt(MULTILINE),
	"MULTILINE":  starlark.MakeInt(MULTILINE),
	"S":          starlark.MakeInt(DOTALL),
	"DOTALL":     starlark.MakeInt(DOTALL),
	"X":          starlark.MakeInt(VERBOSE),
	"VERBOSE":    starlark.MakeInt(VERBOSE),
	"A":          starlark.MakeInt(ASCII),
	"ASCII":      starlark.MakeInt(ASCII),
	"U":          starlark.MakeInt(UNICODE),
	"UNICODE":    starlark.MakeInt(UNICODE),
	"error":      Error,
	"Pattern":    PatternClass,
	"Match":      MatchClass,
}}

// PatternClass and MatchClass are re.Pattern and re.Match, the types of
// compiled patterns and matches: not instantiable, subscriptable in
// annotations (re.Pattern[str]).
var (
	PatternClass = resultClass("Pattern")
	MatchClass   = resultClass("Match")
)

func resultClass(name string) *py.Class {
	c := py.NewClass(name, "re")
	c.Generic = true
	return c
}

// translate turns a Python pattern into RE2 syntax; needsBacktracking
// has sent those with backreferences or lookarounds to regexp2.
func translate(pattern string, flags int) string {
	var b strings.Builder
	prefix := ""
	if flags&IGNORECASE != 0 {
		prefix += "i"
	}
	if flags&MULTILINE != 0 {
		prefix += "m"
	}
	if flags&DOTALL != 0 {
		prefix += "s"
	}
	if prefix != "" {
		b.WriteString("(?" + prefix + ")")
	}
	verbose := flags&VERBOSE != 0
	inClass := false
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		switch {
		case c == '\\' && i+1 < len(pattern):
			n := pattern[i+1]
			i++
			switch {
			case n == 'Z':
				b.WriteString(`\z`)
			case flags&ASCII == 0 && (n == 'w' || n == 'd' || (n == 'W' || n == 'D') && !inClass):
				b.WriteString(unicodeClass(n, inClass)) // Python's are Unicode, RE2's ASCII
			default:
				b.WriteByte('\\')
				b.WriteByte(n)
			}
		case inClass:
			if c == ']' {
				inClass = false
			}
			b.WriteByte(c)
		case c == '[' && flags&ASCII == 0 && nonWordPrefix(pattern[i:]) != "":
			class := nonWordPrefix(pattern[i:])
			b.WriteString(nonWordClass[class])
			i += len(class) - 1
		case c == '[':
			inClass = true
			b.WriteByte(c)
			if i+1 < len(pattern) && pattern[i+1] == '^' {
				b.WriteByte('^')
				i++
			}
			if i+1 < len(pattern) && pattern[i+1] == ']' {
				b.WriteString(`\]`)
				i++
			}
		case verbose && (c == ' ' || c == '\t' || c == '\n' || c == '\r'):
		case verbose && c == '#':
			for i < len(pattern) && pattern[i] != '\n' {
				i++
			}
		case c == '(' && strings.HasPrefix(pattern[i:], "(?P<"):
			end := strings.IndexByte(pattern[i:], '>')
			if end < 0 {
				b.WriteString(pattern[i:]) // RE2 reports it
				i = len(pattern)
				continue
			}
			b.WriteString("(?P<" + groupKey(pattern[i+4:i+end]) + ">")
			i += end
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// groupKey is the RE2 name of group name: RE2's names are ASCII, so a
// name with other letters (?P<имя>) is spelled by its UTF-8 bytes in hex
// after a prefix; groupName reverses it.
func groupKey(name string) string {
	for _, r := range name {
		if r >= utf8.RuneSelf {
			return groupPrefix + hex.EncodeToString([]byte(name))
		}
	}
	return name
}

const groupPrefix = "sp_u_"

func groupName(key string) string {
	if b, err := hex.DecodeString(strings.TrimPrefix(key, groupPrefix)); err == nil && strings.HasPrefix(key, groupPrefix) {
		return string(b)
	}
	return key
}

// nonWordClass is RE2 for the classes that take the letters of Python's
// \w by excluding \W (and digits, or _): RE2 has no intersection of
// classes, and its \W is ASCII.
var nonWordClass = map[string]string{
	`[^\W\d_]`: `[\p{L}\p{Nl}\p{No}]`,
	`[^\W_\d]`: `[\p{L}\p{Nl}\p{No}]`,
	`[^\W\d]`:  `[\p{L}\p{Nl}\p{No}_]`,
	`[^\W_]`:   `[\p{L}\p{N}]`,
}

// nonWordPrefix returns the class of nonWordClass that starts s, or "".
func nonWordPrefix(s string) string {
	for k := range nonWordClass {
		if strings.HasPrefix(s, k) {
			return k
		}
	}
	return ""
}

// unicodeClass is RE2 for Python's \w, \W, \d, \D.
func unicodeClass(c byte, inClass bool) string {
	body := map[byte]string{'w': `\p{L}\p{N}_`, 'd': `\p{Nd}`, 'W': `\p{L}\p{N}_`, 'D': `\p{Nd}`}[c]
	switch {
	case inClass:
		return body
	case c == 'W' || c == 'D':
		return "[^" + body + "]"
	}
	return "[" + body + "]"
}

type cacheKey struct {
	pattern string
	flags   int
}

type cacheState struct{ m map[cacheKey]*Pattern }

type stateKey struct{}

// compilePattern compiles pattern with flags, through the Interpreter's cache.
func compilePattern(thread *starlark.Thread, pattern string, flags int) (*Pattern, error) {
	cache := core.RuntimeOf(thread).ModuleState(stateKey{}, func() any { return &cacheState{m: map[cacheKey]*Pattern{}} }).(*cacheState)
	key := cacheKey{pattern, flags}
	if p, ok := cache.m[key]; ok {
		return p, nil
	}
	if needsBacktracking(pattern, flags) {
		bt, err := compileBacktrack(pattern, flags)
		if err != nil {
			msg, _, _ := strings.Cut(strings.TrimPrefix(err.Error(), "error parsing regexp: "), " in `")
			return nil, py.Raisef(Error, "%s", msg)
		}
		p := &Pattern{pattern: pattern, flags: flags, bt: bt}
		cache.add(key, p)
		return p, nil
	}
	re, err := regexp.Compile(translate(pattern, flags))
	if err != nil {
		return nil, syntaxError(pattern, err) // errors.go
	}
	p := &Pattern{pattern: pattern, flags: flags, re: re}
	cache.add(key, p)
	return p, nil
}

func (c *cacheState) add(key cacheKey, p *Pattern) {
	if len(c.m) < 512 {
		c.m[key] = p
	}
}

// patternOf returns a Pattern for a str pattern or a Pattern.
func patternOf(thread *starlark.Thread, v starlark.Value, flags int) (*Pattern, error) {
	switch v := py.Base(v).(type) {
	case *Pattern:
		if flags != 0 {
			return nil, py.Raise(py.ValueError, "cannot process flags argument with a compiled pattern")
		}
		return v, nil
	case starlark.String:
		return compilePattern(thread, string(v), flags)
	}
	return nil, py.Raisef(py.TypeError, "first argument must be string or compiled pattern")
}

func compile(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var pattern starlark.Value
	flags := 0
	if err := core.UnpackArgs(b.Name(), args, kwargs, "pattern", &pattern, "flags?", &flags); err != nil {
		return nil, err
	}
	return patternOf(thread, pattern, flags)
}

// moduleCall makes re.NAME(pattern, ..., flags=0) call Pattern.NAME.
func moduleCall(name string) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 {
			return nil, py.Raisef(py.TypeError, "%s() missing required argument 'pattern' (pos 1)", name)
		}
		flags := 0
		var rest []starlark.Tuple
		for _, kv := range kwargs {
			if string(kv[0].(starlark.String)) == "flags" {
				n, err := starlark.AsInt32(kv[1])
				if err != nil {
					return nil, err
				}
				flags = n
				continue
			}
			rest = append(rest, kv)
		}
		nargs := map[string]int{"sub": 4, "subn": 4, "split": 3}[name]
		if nargs == 0 {
			nargs = 2
		}
		if len(args) > nargs {
			n, err := starlark.AsInt32(args[nargs])
			if err != nil {
				return nil, err
			}
			flags, args = n, args[:nargs]
		}
		p, err := patternOf(thread, args[0], flags)
		if err != nil {
			return nil, err
		}
		return patternMethods[name].BindReceiver(p).CallInternal(thread, args[1:], rest)
	}
}

func escape(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var s string
	if err := core.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &s); err != nil {
		return nil, err
	}
	var out strings.Builder
	for _, r := range s {
		if strings.ContainsRune("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", r) {
			out.WriteByte('\\')
		}
		out.WriteRune(r)
	}
	return starlark.String(out.String()), nil
}
