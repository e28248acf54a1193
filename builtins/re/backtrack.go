package re

// This file defines the second engine, regexp2 (a backtracking engine
// with .NET's syntax), for the patterns RE2 cannot run as Python does:
// Unicode \b and \B, lookarounds, backreferences and conditionals. Its
// matches are turned into the byte offsets ([]int, as regexp's
// FindStringSubmatchIndex) that the rest of the package uses.

import (
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dlclark/regexp2/v2"
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// needsBacktracking reports whether pattern uses what RE2 cannot run as
// Python does: \b or \B outside a class (RE2's are ASCII; with re.ASCII
// they are right), a lookaround, a backreference or a conditional.
func needsBacktracking(pattern string, flags int) bool {
	inClass := false
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		switch {
		case c == '\\' && i+1 < len(pattern):
			i++
			n := pattern[i]
			if !inClass && ((n == 'b' || n == 'B') && flags&ASCII == 0 || n >= '1' && n <= '9') {
				return true
			}
		case inClass:
			inClass = c != ']'
		case c == '[':
			inClass = true
			if strings.HasPrefix(pattern[i+1:], "^") {
				i++
			}
			if strings.HasPrefix(pattern[i+1:], "]") {
				i++
			}
		case c == '(':
			for _, p := range [...]string{"(?=", "(?!", "(?<=", "(?<!", "(?P=", "(?("} {
				if strings.HasPrefix(pattern[i:], p) {
					return true
				}
			}
		}
	}
	return false
}

// classBody returns the body (inside brackets) of Python's \w, \d or
// \s under flags, or "" where regexp2's own is Python's (\d, \s without
// re.ASCII). regexp2's \w also has combining marks, Python's has not.
func classBody(c byte, flags int) string {
	if flags&ASCII != 0 {
		return map[byte]string{'w': `a-zA-Z0-9_`, 'd': `0-9`, 's': ` \t\n\r\f\v`}[c]
	}
	if c == 'w' {
		return `\p{L}\p{N}_`
	}
	return ""
}

// boundary is Python's \b (or with not, \B) under flags, in lookarounds
// on its \w (regexp2's own \b is on its \w, with combining marks).
func boundary(not bool, flags int) string {
	w := "[" + classBody('w', flags) + "]"
	if not {
		return `(?:(?<=` + w + `)(?=` + w + `)|(?<!` + w + `)(?!` + w + `))`
	}
	return `(?:(?<=` + w + `)(?!` + w + `)|(?<!` + w + `)(?=` + w + `))`
}

// translateBacktrack turns a Python pattern into regexp2's syntax:
// (?P<name> and (?P=name) become (?<name> and \k<name>, \Z becomes \z,
// and \w, \W, \b, \B (and under re.ASCII \d, \D, \s, \S) are spelled
// out as Python has them.
func translateBacktrack(pattern string, flags int) string {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		switch {
		case c == '\\' && i+1 < len(pattern):
			i++
			n := pattern[i]
			lower := n | 0x20
			body := ""
			if lower == 'w' || lower == 'd' || lower == 's' {
				body = classBody(lower, flags)
			}
			switch {
			case n == 'Z':
				b.WriteString(`\z`)
			case body != "" && !inClass:
				neg := map[bool]string{true: "^", false: ""}[n != lower]
				b.WriteString("[" + neg + body + "]")
			case body != "" && n == lower:
				b.WriteString(body)
			case (n == 'b' || n == 'B') && !inClass:
				b.WriteString(boundary(n == 'B', flags))
			default:
				b.WriteByte('\\')
				b.WriteByte(n)
			}
		case inClass:
			inClass = c != ']'
			b.WriteByte(c)
		case c == '[':
			inClass = true
			b.WriteByte(c)
			if strings.HasPrefix(pattern[i+1:], "^") {
				b.WriteByte('^')
				i++
			}
			if strings.HasPrefix(pattern[i+1:], "]") {
				b.WriteString(`\]`) // Python's literal ] first in a class
				i++
			}
		case strings.HasPrefix(pattern[i:], "(?P<"):
			b.WriteString("(?<")
			i += 3
		case strings.HasPrefix(pattern[i:], "(?P="):
			end := strings.IndexByte(pattern[i:], ')')
			if end < 0 {
				b.WriteString(pattern[i:])
				return b.String()
			}
			b.WriteString(`\k<` + pattern[i+4:i+end] + ">")
			i += end
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// backtrack is a pattern compiled with regexp2. Its Regexps are compiled
// on demand for each mode (search, match, fullmatch, nonempty) and time slice
// (MatchTimeout, which is read at each match, so it is one per Regexp).
type backtrack struct {
	src   string
	opts  regexp2.RegexOptions
	names []string // Python's name of each group by number, "" if none

	mu       sync.Mutex
	compiled map[btKey]*regexp2.Regexp
}

type btKey struct {
	mode  string
	slice int
}

// sliceBase is the first slice a match runs for before its thread is
// polled; each retry doubles it, up to maxSlice retries, after which the
// match runs without a timeout (it is still abandoned on cancellation).
const (
	sliceBase = 10 * time.Millisecond
	maxSlice  = 24
)

func compileBacktrack(pattern string, flags int) (*backtrack, error) {
	opts := regexp2.None
	for f, o := range map[int]regexp2.RegexOptions{IGNORECASE: regexp2.IgnoreCase, MULTILINE: regexp2.Multiline,
		DOTALL: regexp2.Singleline, VERBOSE: regexp2.IgnorePatternWhitespace} {
		if flags&f != 0 {
			opts |= o
		}
	}
	bt := &backtrack{src: translateBacktrack(pattern, flags), opts: opts, compiled: map[btKey]*regexp2.Regexp{}}
	re, err := bt.regexp("search", 0)
	if err != nil {
		return nil, err
	}
	for _, n := range re.GetGroupNumbers() {
		for len(bt.names) <= n {
			bt.names = append(bt.names, "")
		}
		if name := re.GroupNameFromNumber(n); name != "" && name != strconv.Itoa(n) {
			bt.names[n] = name
		}
	}
	return bt, nil
}

// regexp returns the Regexp for mode and time slice i.
func (bt *backtrack) regexp(mode string, i int) (*regexp2.Regexp, error) {
	bt.mu.Lock()
	defer bt.mu.Unlock()
	key := btKey{mode, i}
	if re, ok := bt.compiled[key]; ok {
		return re, nil
	}
	src, end := bt.src, ""
	if bt.opts&regexp2.IgnorePatternWhitespace != 0 {
		end = "\n" // ends a trailing comment
	}
	switch mode {
	case "match":
		src = `\G(?:` + src + end + `)`
	case "fullmatch":
		src = `\G(?:` + src + end + `)\z`
	case "nonempty": // at start and longer than nothing: (?!\G) is false there
		src = `\G(?:` + src + end + `)(?!\G)`
	}
	re, err := regexp2.Compile(src, bt.opts, regexp2.OptionMaintainCaptureOrder())
	if err != nil {
		return nil, err
	}
	if i < maxSlice {
		re.MatchTimeout = sliceBase << i
	}
	bt.compiled[key] = re
	return re, nil
}

// find returns the first match in runes from rune start, as rune
// offsets of its groups (-1 for a group that did not match). A match that outlasts its time
// slice is run again on another goroutine, in doubling slices, while
// the thread polls for cancellation (core.Compute).
func (bt *backtrack) find(thread *starlark.Thread, runes []rune, start int, mode string) ([]int, error) {
	m, err := bt.scan(runes, start, mode, 0)
	if err != nil && isTimeout(err) {
		var stop atomic.Bool
		cerr := core.Compute(thread, func() {
			for i := 1; ; i++ {
				if m, err = bt.scan(runes, start, mode, i); err == nil || !isTimeout(err) || stop.Load() {
					return
				}
			}
		})
		if cerr != nil {
			stop.Store(true)
			return nil, cerr
		}
	}
	if err != nil {
		return nil, py.Raisef(Error, "%s", err)
	}
	if m == nil {
		return nil, nil
	}
	loc := make([]int, 2*len(bt.names))
	for i := range bt.names {
		loc[2*i], loc[2*i+1] = -1, -1
		if g := m.GroupByNumber(i); g != nil && len(g.Captures) > 0 {
			loc[2*i], loc[2*i+1] = g.RuneIndex, g.RuneIndex+g.RuneLength
		}
	}
	return loc, nil
}

func (bt *backtrack) scan(runes []rune, start int, mode string, slice int) (*regexp2.Match, error) {
	re, err := bt.regexp(mode, slice)
	if err != nil {
		return nil, err
	}
	return re.FindRunesMatchStartingAt(runes, start)
}

func isTimeout(err error) bool { return strings.HasPrefix(err.Error(), "match timeout") }

// decode returns s's code points and their byte offsets, with len(s) last.
func decode(s string) ([]rune, []int) {
	runes := make([]rune, 0, len(s))
	offs := make([]int, 0, len(s)+1)
	for i, r := range s {
		runes = append(runes, r)
		offs = append(offs, i)
	}
	return runes, append(offs, len(s))
}

// locate is Pattern.locate on the backtracking engine: byte offsets into
// text of the first match from byte start.
func (bt *backtrack) locate(thread *starlark.Thread, text string, start int, mode string) ([]int, error) {
	runes, offs := decode(text)
	loc, err := bt.find(thread, runes, runeOffset(text, start), mode)
	return toBytes(loc, offs), err
}

// findAll is Pattern.findAll on the backtracking engine.
func (bt *backtrack) findAll(thread *starlark.Thread, s string) ([][]int, error) {
	runes, offs := decode(s)
	var out [][]int
	empty := false // the last match was empty, at pos
	for pos := 0; pos <= len(runes); {
		loc, err := bt.next(thread, runes, pos, empty)
		if err == nil {
			err = core.PollAt(thread, len(out))
		}
		if err != nil || loc == nil {
			return out, err
		}
		pos, empty = loc[1], loc[0] == loc[1]
		out = append(out, toBytes(loc, offs))
	}
	return out, nil
}

// next finds the next match from rune pos; after an empty match at pos,
// as Python, one at pos may not be empty.
func (bt *backtrack) next(thread *starlark.Thread, runes []rune, pos int, empty bool) ([]int, error) {
	if !empty {
		return bt.find(thread, runes, pos, "search")
	}
	loc, err := bt.find(thread, runes, pos, "nonempty")
	if err == nil && loc == nil && pos < len(runes) {
		return bt.find(thread, runes, pos+1, "search")
	}
	return loc, err
}

// toBytes converts rune offsets to byte offsets, offs[i] being the byte
// offset of code point i.
func toBytes(loc, offs []int) []int {
	for i, n := range loc {
		if n >= 0 {
			loc[i] = offs[n]
		}
	}
	return loc
}
