package re

// This file words a pattern's syntax errors as CPython's sre_parse
// does, with the position (in characters) of the construct at fault:
// RE2 names the fragment instead.

import (
	"errors"
	"regexp/syntax"
	"strings"
	"unicode/utf8"

	"github.com/spindle-lang/spindle/interp/py"
)

// syntaxError returns re.error for err, RE2's error compiling pattern.
func syntaxError(pattern string, err error) error {
	var se *syntax.Error
	if errors.As(err, &se) {
		open, unopened, repeat := scanPattern(pattern)
		switch {
		case se.Code == syntax.ErrMissingBracket && open.class >= 0:
			return py.Raisef(Error, "unterminated character set at position %d", runeAt(pattern, open.class))
		case se.Code == syntax.ErrMissingParen && open.group >= 0:
			return py.Raisef(Error, "missing ), unterminated subpattern at position %d", runeAt(pattern, open.group))
		case se.Code == syntax.ErrUnexpectedParen && unopened >= 0:
			return py.Raisef(Error, "unbalanced parenthesis at position %d", runeAt(pattern, unopened))
		case (se.Code == syntax.ErrInvalidRepeatOp || se.Code == syntax.ErrMissingRepeatArgument) && repeat >= 0:
			return py.Raisef(Error, "multiple repeat at position %d", runeAt(pattern, repeat))
		}
	}
	return py.Raisef(Error, "%s", strings.TrimPrefix(err.Error(), "error parsing regexp: "))
}

// openings are the byte offsets of the class and the group left open
// at a pattern's end, or -1.
type openings struct{ class, group int }

// scanPattern finds the unterminated class and group of pattern, the
// first ')' without its '(' and the first repeat of a repeat, each -1
// if none.
func scanPattern(pattern string) (open openings, unopened, repeat int) {
	open, unopened, repeat = openings{-1, -1}, -1, -1
	var groups []int
	repeated := false
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		wasRepeat := repeated
		repeated = false
		switch {
		case c == '\\':
			i++
		case open.class >= 0:
			if c == ']' && i > open.class+1 && !(i == open.class+2 && pattern[open.class+1] == '^') {
				open.class = -1
			}
		case c == '[':
			open.class = i
		case c == '(':
			groups = append(groups, i)
		case c == ')':
			if len(groups) == 0 {
				if unopened < 0 {
					unopened = i
				}
			} else {
				groups = groups[:len(groups)-1]
			}
		case c == '*' || c == '+' || c == '{':
			if wasRepeat && repeat < 0 {
				repeat = i
			}
			repeated = true
		case c == '?':
			repeated = false // a lazy repeat
		}
	}
	if len(groups) > 0 {
		open.group = groups[len(groups)-1]
	}
	return open, unopened, repeat
}

// runeAt converts byte offset i of s to a character offset.
func runeAt(s string, i int) int { return utf8.RuneCountInString(s[:i]) }
