package textwrap

// This file defines how text is split into chunks: a hand-written
// matcher for CPython's TextWrapper.wordsep_re, whose lookbehinds Go's
// regexp can't express, and the simple split on whitespace.

import "unicode"

// isWS reports whether r is one of the US-ASCII whitespace characters
// TextWrapper recognises.
func isWS(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ':
		return true
	}
	return false
}

// isWord is Python's \w.
func isWord(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) }

// isLetter is the pattern [^\d\W]: \w without decimal digits.
func isLetter(r rune) bool { return isWord(r) && !unicode.IsDigit(r) }

// isWordPunct is the pattern [\w!"'&.,?].
func isWordPunct(r rune) bool {
	switch r {
	case '!', '"', '\'', '&', '.', ',', '?':
		return true
	}
	return isWord(r)
}

// splitSimple splits s into runs of whitespace and runs of the rest.
func splitSimple(s []rune) [][]rune {
	var chunks [][]rune
	for i := 0; i < len(s); {
		j := i + 1
		for j < len(s) && isWS(s[j]) == isWS(s[i]) {
			j++
		}
		chunks = append(chunks, s[i:j])
		i = j
	}
	return chunks
}

// splitWords splits s as wordsep_re does: whitespace runs, em-dashes
// between words, and words that may break after their hyphens.
func splitWords(s []rune) [][]rune {
	var chunks [][]rune
	for i := 0; i < len(s); {
		j := matchAt(s, i)
		chunks = append(chunks, s[i:j])
		i = j
	}
	return chunks
}

// at returns s[i], or 0 outside s.
func at(s []rune, i int) rune {
	if i < 0 || i >= len(s) {
		return 0
	}
	return s[i]
}

// matchAt returns the end of wordsep_re's match at i.
func matchAt(s []rune, i int) int {
	if isWS(s[i]) {
		j := i
		for j < len(s) && isWS(s[j]) {
			j++
		}
		return j
	}
	if n := dashes(s, i); n >= 2 && isWordPunct(at(s, i-1)) {
		return i + n
	}
	for p := i + 1; p <= len(s); p++ {
		if end, ok := wordEnd(s, p); ok {
			return end
		}
		if p < len(s) && isWS(s[p]) {
			break
		}
	}
	return len(s) // unreachable: a word always ends at whitespace or the end
}

// dashes returns the length of the run of hyphens at i if it is at
// least 2 long and followed by a word character (-{2,}(?=\w)), else 0.
func dashes(s []rune, i int) int {
	j := i
	for j < len(s) && s[j] == '-' {
		j++
	}
	if j-i < 2 || !isWord(at(s, j)) {
		return 0
	}
	return j - i
}

// wordEnd tries the endings of a word whose non-space run reaches p: a
// hyphen between letters, whitespace or the end, or an em-dash.
func wordEnd(s []rune, p int) (int, bool) {
	if at(s, p) == '-' {
		behind := isLetter(at(s, p-2)) && isLetter(at(s, p-1)) ||
			isLetter(at(s, p-3)) && at(s, p-2) == '-' && isLetter(at(s, p-1))
		ahead := isLetter(at(s, p+1)) && (isLetter(at(s, p+2)) || at(s, p+2) == '-' && isLetter(at(s, p+3)))
		if behind && ahead {
			return p + 1, true
		}
	}
	if p == len(s) || isWS(s[p]) {
		return p, true
	}
	if isWordPunct(at(s, p-1)) && dashes(s, p) > 0 {
		return p, true
	}
	return 0, false
}
