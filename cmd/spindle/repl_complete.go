package main

// This file defines tab completion at the prompt: keywords, global and
// builtin names, module names after import, and attributes after a dot.

import (
	"regexp"
	"sort"
	"strings"

	"github.com/spindle-lang/spindle/interp"
)

var pythonKeywords = strings.Fields(`False None True and as assert async
	await break class continue def del elif else except finally for from
	global if import in is lambda nonlocal not or pass raise return try
	while with yield`)

// deprecated names are offered only when nothing else matches.
var deprecated = map[string]bool{
	"activeCount": true, "currentThread": true, "getName": true,
	"setName": true, "isDaemon": true, "setDaemon": true,
	"notifyAll": true, "isSet": true,
}

var importPrefix = regexp.MustCompile(`^\s*(import|from)\s+([\w.]+\s*,\s*)*$`)

// completer implements readline.AutoCompleter for an Interpreter.
type completer struct {
	in *interp.Interpreter
}

// Do returns the completions of the word before pos, as suffixes of
// that word, and the word's length.
func (c completer) Do(line []rune, pos int) ([][]rune, int) {
	before := string(line[:pos])
	if strings.TrimSpace(before) == "" {
		return [][]rune{[]rune("    ")}, 0 // indent, as CPython does
	}
	word := lastWord(before)
	cands := c.candidates(before[:len(before)-len(word)], word)
	out := make([][]rune, len(cands))
	for i, s := range cands {
		out[i] = []rune(s)
	}
	return out, len([]rune(word[strings.LastIndexByte(word, '.')+1:]))
}

// candidates returns the suffixes that complete word, typed after ctx.
func (c completer) candidates(ctx, word string) []string {
	if importPrefix.MatchString(ctx) {
		return complete(c.in.ModuleNames(), word)
	}
	if i := strings.LastIndexByte(word, '.'); i >= 0 {
		if i == 0 || !plainDotted(word[:i]) || endsValue(ctx) {
			return nil
		}
		names, _ := c.in.AttrNames(word[:i])
		return complete(names, word[i+1:])
	}
	return complete(append(c.in.Names(), pythonKeywords...), word)
}

// complete returns the suffixes of the names that start with prefix,
// hiding private names unless prefix starts with "_", and deprecated
// aliases unless nothing else matches.
func complete(names []string, prefix string) []string {
	var out, old []string
	seen := map[string]bool{}
	for _, n := range names {
		if !strings.HasPrefix(n, prefix) || seen[n] || strings.HasPrefix(n, "_") && !strings.HasPrefix(prefix, "_") {
			continue
		}
		seen[n] = true
		if deprecated[n] {
			old = append(old, n[len(prefix):])
		} else {
			out = append(out, n[len(prefix):])
		}
	}
	if len(out) == 0 {
		out = old
	}
	sort.Strings(out)
	return out
}

// lastWord returns the dotted name that ends s.
func lastWord(s string) string {
	i := len(s)
	for i > 0 && (isIdentRune(rune(s[i-1])) || s[i-1] == '.') {
		i--
	}
	return s[i:]
}

// plainDotted reports whether s is a name or a dotted attribute path.
func plainDotted(s string) bool {
	for _, p := range strings.Split(s, ".") {
		if p == "" || p[0] >= '0' && p[0] <= '9' {
			return false
		}
	}
	return true
}

// endsValue reports whether ctx ends in something a dotted word would
// continue, such as a call, an index or a string: then the text before
// the dot is not a plain name.
func endsValue(ctx string) bool {
	return ctx != "" && strings.ContainsAny(ctx[len(ctx)-1:], `)]}"'`)
}
