package pystruct

// This file parses struct formats: a byte order character, then codes
// with optional repeat counts, into the layout of their fields.

import (
	"encoding/binary"
	"math"
	"strings"

	"github.com/spindle-lang/spindle/interp/py"
)

// field is one code of a format with its repeat count.
type field struct {
	code   byte
	count  int // items for most codes; bytes for s, p and x
	size   int // of one item
	offset int // of the first item
}

// layout is a parsed format.
type layout struct {
	order  binary.ByteOrder
	native bool // @: native sizes and alignment
	fields []field
	size   int // bytes
	items  int // values packed or unpacked
}

// nativeSizes are the sizes (and alignments) of the codes with @ on a
// 64-bit Linux machine; standardSizes, with = < > !.
var (
	nativeSizes   = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
	standardSizes = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
)

// maxSize is sys.maxsize, the largest struct.
const maxSize = math.MaxInt64

// parse parses format.
func parse(format string) (*layout, error) {
	l := &layout{order: binary.LittleEndian, native: true}
	if format != "" && strings.IndexByte("@=<>!", format[0]) >= 0 {
		l.native = format[0] == '@'
		if format[0] == '>' || format[0] == '!' {
			l.order = binary.BigEndian
		}
		format = format[1:]
	}
	sizes := standardSizes
	if l.native {
		sizes = nativeSizes
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if isSpace(c) {
			continue
		}
		count := 1
		if c >= '0' && c <= '9' {
			n, j, err := repeatCount(format, i)
			if err != nil {
				return nil, err
			}
			if j >= len(format) {
				return nil, structError("repeat count given without format specifier")
			}
			count, i, c = n, j, format[j]
		}
		size, ok := sizes[c]
		if !ok {
			return nil, structError("bad char in struct format")
		}
		if err := l.add(c, count, size); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// repeatCount reads the digits at format[i:]; it returns the count and
// the index after them.
func repeatCount(format string, i int) (int, int, error) {
	n := 0
	for ; i < len(format) && format[i] >= '0' && format[i] <= '9'; i++ {
		d := int(format[i] - '0')
		if n > (maxSize-d)/10 {
			return 0, 0, structError("total struct size too long")
		}
		n = n*10 + d
	}
	return n, i, nil
}

// add appends count items of code c, aligned with @.
func (l *layout) add(c byte, count, size int) error {
	if l.native && size > 1 && strings.IndexByte("spx", c) < 0 {
		l.size = (l.size + size - 1) / size * size
	}
	f := field{code: c, count: count, size: size, offset: l.size}
	if count > 0 && size > (maxSize-l.size)/count {
		return structError("total struct size too long")
	}
	l.size += count * size
	switch c {
	case 's', 'p':
		f.size, l.items = count, l.items+1
	case 'x':
	default:
		l.items += count
	}
	l.fields = append(l.fields, f)
	return nil
}

func isSpace(c byte) bool { return strings.IndexByte(" \t\n\r\v\f", c) >= 0 }

func structError(msg string) error { return py.Raise(Error, msg) }
