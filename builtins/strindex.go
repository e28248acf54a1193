package builtins

// This file defines how a str is indexed by code point, as Python counts
// its characters, though a starlark.String holds UTF-8 bytes and the VM
// indexes those: StrIndex and StrLen, the views of a str or bytes that
// lowered code indexes in their place (see interp/parse/lower_index.go
// and the helpers of interp/pyrt/strindex.go), and the cache that keeps
// indexing, slicing and len of a long non-ASCII str O(1) a step.

import (
	"unicode/utf8"
	"unsafe"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/py"
)

// IndexView returns what the VM indexes in place of x to index it as
// Python does: the code points of a non-ASCII str, counted with the
// thread's cache; the ints of bytes; else x itself.
func IndexView(thread *starlark.Thread, x starlark.Value) starlark.Value {
	if b, ok := x.(starlark.Bytes); ok {
		return byteInts(b)
	}
	s, ok := x.(starlark.String)
	if !ok || len(s) == 0 {
		return x
	}
	c := strCacheOf(thread, string(s))
	if c.ascii {
		return s
	}
	return &codepoints{c}
}

// StrIndexer is a value that lowered code adds to the x of x[i] where x
// may be a str: (k + x)[i] (see interp/parse/lower_index.go). The sum is
// x, or the codepoints of a non-ASCII str, or the byteInts of bytes,
// without a call (the VM copies a call's arguments), so that
// self.items[i] stays cheap. Each Interpreter has its own; its cache is
// guarded by the GIL of the Interpreter that uses it.
type StrIndexer struct {
	name  string
	cache strCaches
}

var _ starlark.HasBinary = (*StrIndexer)(nil)

// NewStrIndexer returns a StrIndexer that prints as the builtin name.
func NewStrIndexer(name string) *StrIndexer { return &StrIndexer{name: name} }

func (k *StrIndexer) String() string        { return "<built-in function " + k.name + ">" }
func (k *StrIndexer) Type() string          { return "builtin_function_or_method" }
func (k *StrIndexer) Freeze()               {}
func (k *StrIndexer) Truth() starlark.Bool  { return true }
func (k *StrIndexer) Hash() (uint32, error) { return uint32(py.Addr(k)), nil }

// Binary returns y as x[i] should index it.
func (k *StrIndexer) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	switch v := y.(type) {
	case starlark.String:
		if isASCII(string(v)[:min(len(v), shortStr)]) && (len(v) <= shortStr || k.cache.get(string(v)).ascii) {
			return v, nil
		}
		if len(v) <= shortStr {
			return &codepoints{newStrCache(string(v))}, nil
		}
		return &codepoints{k.cache.get(string(v))}, nil
	case starlark.Bytes:
		return byteInts(v), nil
	}
	return y, nil
}

// codepoints is a non-ASCII str that the VM indexes by code point, with
// a cursor of its own. It stands only in the x of a lowered x[i], so it
// prints and errs as the str.
type codepoints struct{ c *strCache }

var _ starlark.Indexable = (*codepoints)(nil)

func (p *codepoints) String() string        { return starlark.String(p.c.s).String() }
func (p *codepoints) Type() string          { return "string" } // the VM's errors then name a str
func (p *codepoints) Freeze()               {}
func (p *codepoints) Truth() starlark.Bool  { return true }
func (p *codepoints) Hash() (uint32, error) { return starlark.String(p.c.s).Hash() }
func (p *codepoints) Len() int              { return p.c.runes }
func (p *codepoints) Index(i int) starlark.Value {
	return charValue(p.c.char(i))
}

// charValues holds the strs of the code points below U+0500 (Latin,
// Greek, Cyrillic) as Values, so that indexing and iterating such strs
// allocates nothing. It is never written after init.
var charValues = func() (t [0x500]starlark.Value) {
	for r := range t {
		t[r] = starlark.String(string(rune(r)))
	}
	return t
}()

// charValue returns the str of one character c as a Value.
func charValue(c string) starlark.Value {
	if len(c) <= 2 {
		if r, _ := utf8.DecodeRuneInString(c); r < rune(len(charValues)) {
			return charValues[r]
		}
	}
	return starlark.String(c)
}

// byteInts is bytes that the VM indexes as Python does, to ints. It
// stands only in the x of a lowered x[i].
type byteInts starlark.Bytes

var _ starlark.Indexable = byteInts("")

func (b byteInts) String() string             { return starlark.Bytes(b).String() }
func (b byteInts) Type() string               { return "bytes" }
func (b byteInts) Freeze()                    {}
func (b byteInts) Truth() starlark.Bool       { return len(b) > 0 }
func (b byteInts) Hash() (uint32, error)      { return starlark.Bytes(b).Hash() }
func (b byteInts) Len() int                   { return len(b) }
func (b byteInts) Index(i int) starlark.Value { return starlark.MakeInt(int(b[i])) }

// StrIndex returns s[i], counting code points.
func StrIndex(thread *starlark.Thread, s string, i starlark.Value) (starlark.Value, error) {
	n, ok := boolToInt(py.Base(i)).(starlark.Int)
	if !ok {
		var err error
		if n, ok, err = py.Index(i); err != nil { // i.__index__()
			return nil, err
		}
	}
	if !ok {
		return nil, py.Raisef(py.TypeError, "string indices must be integers, not '%s'", py.TypeName(i))
	}
	k, ok := n.Int64()
	c := strCacheFor(thread, s)
	if k < 0 {
		k += int64(c.runes)
	}
	if !ok || k < 0 || k >= int64(c.runes) {
		return nil, py.Raise(py.IndexError, "string index out of range")
	}
	return charValue(c.char(int(k))), nil
}

// StrLen returns the number of code points in s.
func StrLen(thread *starlark.Thread, s string) int {
	if len(s) <= shortStr {
		return utf8.RuneCountInString(s)
	}
	return strCacheOf(thread, s).runes
}

// shortStr is the length in bytes up to which a str is scanned rather
// than cached.
const shortStr = 64

// strCacheFor returns a cache entry for s: a fresh one for a short str,
// the thread's for a long one.
func strCacheFor(thread *starlark.Thread, s string) *strCache {
	if len(s) <= shortStr {
		return newStrCache(s)
	}
	return strCacheOf(thread, s)
}

// StrSlice returns s[lo:hi:step], counting code points.
func StrSlice(thread *starlark.Thread, s string, lo, hi, step starlark.Value) (starlark.Value, error) {
	c := strCacheFor(thread, s)
	start, end, st, err := SliceRange(c.runes, lo, hi, step)
	if err != nil {
		return nil, err
	}
	switch {
	case st > 0 && end <= start, st < 0 && end >= start:
		return starlark.String(""), nil
	case st == 1:
		b := c.seek(start)
		return starlark.String(s[b:c.seek(end)]), nil
	}
	var out []byte
	for i := start; (st > 0 && i < end) || (st < 0 && i > end); i += st {
		out = append(out, c.char(i)...)
	}
	return starlark.String(out), nil
}

// strCache remembers a str a thread indexed: whether it is ASCII, its
// length in code points, and where one code point starts, so that
// indexing it in a loop costs O(1) per step. It keeps the str alive, so
// an equal data pointer and length mean the same str.
type strCache struct {
	s      string
	ascii  bool
	runes  int
	ri, bi int // code point ri starts at byte bi
}

// strCaches holds the last few strs a thread indexed, so that a loop
// over two or three of them at once (a[i] == b[i]) stays O(1) a step.
// An entry a codepoints holds is never reused for another str.
type strCaches struct {
	e    [4]*strCache
	next int // the entry to replace next
}

const strCacheKey = "spindle.strindex"

// strCacheOf returns the thread's cache entry of s.
func strCacheOf(thread *starlark.Thread, s string) *strCache {
	cs, _ := thread.Local(strCacheKey).(*strCaches)
	if cs == nil {
		cs = &strCaches{}
		thread.SetLocal(strCacheKey, cs)
	}
	return cs.get(s)
}

// get returns the cache entry of s, making one on a miss.
func (cs *strCaches) get(s string) *strCache {
	for _, c := range cs.e {
		if c != nil && len(c.s) == len(s) && unsafe.StringData(c.s) == unsafe.StringData(s) && s != "" {
			return c
		}
	}
	c := newStrCache(s)
	cs.e[cs.next] = c
	cs.next = (cs.next + 1) % len(cs.e)
	return c
}

func newStrCache(s string) *strCache {
	return &strCache{s: s, ascii: isASCII(s), runes: utf8.RuneCountInString(s)}
}

// char returns code point k of the str, 0 <= k < runes.
func (c *strCache) char(k int) string {
	if c.ascii {
		return c.s[k : k+1]
	}
	b := c.seek(k)
	_, size := utf8.DecodeRuneInString(c.s[b:])
	return c.s[b : b+size]
}

// seek returns the byte offset of code point k (0 <= k <= runes),
// moving from the remembered one or from whichever end of the str is
// nearer.
func (c *strCache) seek(k int) int {
	if c.ascii {
		return k
	}
	switch {
	case k < c.ri-k:
		c.ri, c.bi = 0, 0
	case k-c.ri > c.runes-k:
		c.ri, c.bi = c.runes, len(c.s)
	}
	for c.ri < k {
		_, size := utf8.DecodeRuneInString(c.s[c.bi:])
		c.ri, c.bi = c.ri+1, c.bi+size
	}
	for c.ri > k {
		_, size := utf8.DecodeLastRuneInString(c.s[:c.bi])
		c.ri, c.bi = c.ri-1, c.bi-size
	}
	return c.bi
}
