package textwrap

// This file defines the wrapping algorithm of CPython's TextWrapper,
// on code points.

import (
	"strings"
	"unicode"

	"github.com/spindle-lang/spindle/interp/py"
)

// options are TextWrapper's attributes.
type options struct {
	width                              int
	initialIndent, subsequentIndent    []rune
	expandTabs, replaceWhitespace      bool
	fixSentenceEndings, breakLongWords bool
	dropWhitespace, breakOnHyphens     bool
	tabsize                            int
	maxLines                           int // -1 means None
	placeholder                        []rune
}

func defaultOptions() options {
	return options{width: 70, expandTabs: true, replaceWhitespace: true, breakLongWords: true,
		dropWhitespace: true, breakOnHyphens: true, tabsize: 8, maxLines: -1, placeholder: []rune(" [...]")}
}

// expandTabs is str.expandtabs(tabsize).
func expandTabs(s []rune, tabsize int) []rune {
	var out []rune
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				for k := 0; k < n; k++ {
					out = append(out, ' ')
				}
				col += n
			}
		case '\n', '\r':
			out = append(out, r)
			col = 0
		default:
			out = append(out, r)
			col++
		}
	}
	return out
}

// chunks munges whitespace and splits text into chunks.
func (o *options) chunks(text string) [][]rune {
	s := []rune(text)
	if o.expandTabs {
		s = expandTabs(s, o.tabsize)
	}
	if o.replaceWhitespace {
		for i, r := range s {
			if isWS(r) {
				s[i] = ' '
			}
		}
	}
	var chunks [][]rune
	if o.breakOnHyphens {
		chunks = splitWords(s)
	} else {
		chunks = splitSimple(s)
	}
	if o.fixSentenceEndings {
		fixSentenceEndings(chunks)
	}
	return chunks
}

// fixSentenceEndings doubles the space after a chunk that ends a sentence.
func fixSentenceEndings(chunks [][]rune) {
	for i := 0; i < len(chunks)-1; {
		if string(chunks[i+1]) == " " && endsSentence(chunks[i]) {
			chunks[i+1] = []rune("  ")
			i += 2
		} else {
			i++
		}
	}
}

// endsSentence matches [a-z][.!?]["']?\Z.
func endsSentence(c []rune) bool {
	n := len(c)
	if n > 0 && (c[n-1] == '"' || c[n-1] == '\'') {
		n--
	}
	return n >= 2 && strings.ContainsRune(".!?", c[n-1]) && c[n-2] >= 'a' && c[n-2] <= 'z'
}

func isBlank(c []rune) bool {
	for _, r := range c {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func width(line [][]rune) int {
	n := 0
	for _, c := range line {
		n += len(c)
	}
	return n
}

// wrap wraps text into lines, as TextWrapper.wrap.
func (o *options) wrap(text string) ([]string, error) {
	chunks := o.chunks(text)
	if o.width <= 0 {
		return nil, py.Raisef(py.ValueError, "invalid width %d (must be > 0)", o.width)
	}
	if o.maxLines >= 0 {
		indent := o.initialIndent
		if o.maxLines > 1 {
			indent = o.subsequentIndent
		}
		if len(indent)+len([]rune(strings.TrimLeftFunc(string(o.placeholder), unicode.IsSpace))) > o.width {
			return nil, py.Raise(py.ValueError, "placeholder too large for max width")
		}
	}
	// chunks is consumed from the front, as CPython pops its reversed list
	var lines []string
	for len(chunks) > 0 {
		indent := o.initialIndent
		if len(lines) > 0 {
			indent = o.subsequentIndent
		}
		w := o.width - len(indent)
		if o.dropWhitespace && isBlank(chunks[0]) && len(lines) > 0 {
			chunks = chunks[1:]
		}
		var line [][]rune
		n := 0
		for len(chunks) > 0 && n+len(chunks[0]) <= w {
			line = append(line, chunks[0])
			n += len(chunks[0])
			chunks = chunks[1:]
		}
		if len(chunks) > 0 && len(chunks[0]) > w {
			line, chunks = o.longWord(chunks, line, n, w)
			n = width(line)
		}
		if o.dropWhitespace && len(line) > 0 && isBlank(line[len(line)-1]) {
			n -= len(line[len(line)-1])
			line = line[:len(line)-1]
		}
		if len(line) == 0 {
			continue
		}
		if o.maxLines < 0 || len(lines)+1 < o.maxLines ||
			(len(chunks) == 0 || o.dropWhitespace && len(chunks) == 1 && isBlank(chunks[0])) && n <= w {
			lines = append(lines, string(indent)+join(line))
			continue
		}
		return o.truncate(lines, line, n, w, indent), nil
	}
	return lines, nil
}

// truncate ends the lines with the placeholder when max_lines is reached.
func (o *options) truncate(lines []string, line [][]rune, n, w int, indent []rune) []string {
	for len(line) > 0 {
		last := line[len(line)-1]
		if !isBlank(last) && n+len(o.placeholder) <= w {
			return append(lines, string(indent)+join(line)+string(o.placeholder))
		}
		n -= len(last)
		line = line[:len(line)-1]
	}
	if len(lines) > 0 {
		prev := strings.TrimRightFunc(lines[len(lines)-1], unicode.IsSpace)
		if len([]rune(prev))+len(o.placeholder) <= o.width {
			lines[len(lines)-1] = prev + string(o.placeholder)
			return lines
		}
	}
	return append(lines, string(indent)+strings.TrimLeftFunc(string(o.placeholder), unicode.IsSpace))
}

// longWord handles a chunk too long for any line, breaking it when
// break_long_words is set (after a hyphen if it can).
func (o *options) longWord(chunks, line [][]rune, n, w int) ([][]rune, [][]rune) {
	space := w - n
	if w < 1 {
		space = 1
	}
	if o.breakLongWords {
		end := space
		chunk := chunks[0]
		if o.breakOnHyphens && len(chunk) > space {
			if h := lastHyphen(chunk[:space]); h > 0 && !allHyphens(chunk[:h]) {
				end = h + 1
			}
		}
		line = append(line, chunk[:end])
		chunks[0] = chunk[end:]
	} else if len(line) == 0 {
		line = append(line, chunks[0])
		chunks = chunks[1:]
	}
	return line, chunks
}

func lastHyphen(s []rune) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '-' {
			return i
		}
	}
	return -1
}

func allHyphens(s []rune) bool {
	for _, r := range s {
		if r != '-' {
			return false
		}
	}
	return true
}

func join(line [][]rune) string {
	var b strings.Builder
	for _, c := range line {
		b.WriteString(string(c))
	}
	return b.String()
}
