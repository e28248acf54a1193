package main

// This file defines how the prompt decides that an input is complete:
// open brackets, open triple-quoted strings and backslash continuations
// ask for more lines, and a compound statement (def, for, if, ...)
// continues until a blank line, as in CPython's interactive mode.

import (
	"strings"

	"github.com/spindle-lang/spindle/interp/front"
	"github.com/spindle-lang/spindle/interp/parse"
)

// compoundKeywords start statements that need a blank line to end.
var compoundKeywords = map[string]bool{
	"def": true, "class": true, "if": true, "for": true, "while": true,
	"with": true, "try": true, "async": true, "match": true,
}

// needMore reports whether lines, the input typed so far, is an
// incomplete statement that needs a continuation line. A syntax error
// that more lines cannot fix ends the input at once, so that it shows
// now, as in CPython; otherwise a scan of brackets, strings and blocks
// decides.
func needMore(lines []string) bool {
	src := strings.Join(lines, "\n")
	if sc := scanSource(src); sc.open() || strings.HasPrefix(sc.lastLine, "@") {
		return true
	}
	if _, incomplete, err := front.ParseREPL("<stdin>", []byte(src+"\n")); err != nil && !incomplete && errorInside(err, lines) {
		return false
	}
	return scanMore(lines, src)
}

// errorInside reports whether a syntax error lies within the lines typed
// so far; one past them (an expected indented block, say) more lines can
// still fix. Open brackets and strings are ruled out before.
func errorInside(err error, lines []string) bool {
	e, ok := err.(*parse.Error)
	return ok && e.Line >= 1 && e.Line <= len(lines)
}

// scanMore is needMore by scanning brackets, strings and block keywords.
func scanMore(lines []string, src string) bool {
	sc := scanSource(src)
	if sc.open() {
		return true
	}
	if !sc.compound && !strings.HasSuffix(sc.lastLine, ":") {
		return false
	}
	// A block ends at a blank line.
	return len(lines) < 2 || strings.TrimSpace(lines[len(lines)-1]) != ""
}

// scanState is what scanSource learns about a piece of source.
type scanState struct {
	depth     int    // open brackets
	inString  string // the open triple quote, if any
	backslash bool   // the text ends in a line continuation
	compound  bool   // the first statement is a compound statement
	lastLine  string // the last logical line without comment, trimmed
}

func (s scanState) open() bool { return s.depth > 0 || s.inString != "" || s.backslash }

// scanSource tokenizes src just enough to track brackets, strings,
// comments and continuation lines.
func scanSource(src string) scanState {
	var s scanState
	var line strings.Builder // current logical line, without comments
	first := true
	endLine := func() {
		if t := strings.TrimSpace(line.String()); t != "" {
			if first {
				s.compound = startsCompound(t)
				first = false
			}
			s.lastLine = t
		}
		line.Reset()
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		s.backslash = false
		switch {
		case c == '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			i--
		case c == '\\' && i+1 < len(src) && src[i+1] == '\n':
			i++ // joined with the next line
		case c == '\\' && i+1 == len(src):
			s.backslash = true
		case c == '"' || c == '\'':
			q := string(c)
			if strings.HasPrefix(src[i:], strings.Repeat(q, 3)) {
				q = strings.Repeat(q, 3)
			}
			s.inString = q
			i = skipString(src, i+len(q), q, &s)
			line.WriteString("''")
		case c == '(' || c == '[' || c == '{':
			s.depth++
			line.WriteByte(c)
		case c == ')' || c == ']' || c == '}':
			if s.depth > 0 {
				s.depth--
			}
			line.WriteByte(c)
		case c == '\n' && s.depth == 0:
			endLine()
		case c == '\n':
			line.WriteByte(' ')
		default:
			line.WriteByte(c)
		}
	}
	endLine()
	return s
}

// skipString scans from i, inside a string closed by q, to the index of
// the closing quote (clearing s.inString), or to the end of src. A
// one-line string also ends, unterminated, at a newline.
func skipString(src string, i int, q string, s *scanState) int {
	for ; i < len(src); i++ {
		switch {
		case src[i] == '\\':
			if i+1 == len(src) {
				s.backslash = true
			}
			i++
		case strings.HasPrefix(src[i:], q):
			s.inString = ""
			return i + len(q) - 1
		case src[i] == '\n' && len(q) == 1:
			s.inString = "" // a syntax error for the parser to report
			return i - 1
		}
	}
	if len(q) == 1 && !s.backslash {
		s.inString = ""
	}
	return i
}

// startsCompound reports whether a logical line opens a compound statement.
func startsCompound(line string) bool {
	if strings.HasPrefix(line, "@") {
		return true
	}
	word := line
	if i := strings.IndexFunc(line, func(r rune) bool { return !isIdentRune(r) }); i >= 0 {
		word = line[:i]
	}
	if word == "match" { // a soft keyword: only "match x:" opens a block
		return strings.HasSuffix(line, ":")
	}
	return compoundKeywords[word]
}

func isIdentRune(r rune) bool {
	return r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 0x80
}
