// Package zlib is spindle's zlib module on Go's compress/zlib,
// compress/flate, compress/gzip and hash/crc32: compress, decompress
// (zlib, raw deflate and gzip streams, chosen by wbits as in CPython),
// crc32, adler32, compressobj and decompressobj, with CPython's
// zlib.error texts.
//
// Go's deflate is not zlib's: decompress reads anything CPython's
// compress writes, and CPython reads what spindle's compress writes, but
// the compressed bytes differ from CPython's (same header, other
// blocks), so code must not compare compressed output with bytes made by
// CPython. A corrupt stream's zlib.error says "Error -3 while
// decompressing data: invalid stream" where zlib names the exact fault.
package zlib

// This file defines the module, its one-shot functions and checksums.

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"hash/crc32"
	"io"
	"math/big"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the zlib module. Members:
//
//	compress(data, /, level=-1, wbits=15), decompress(data, /, wbits=15, bufsize=16384)
//	crc32(data, value=0), adler32(data, value=1)
//	compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None)
//	decompressobj(wbits=15, zdict=b'')
//	error, ZLIB_VERSION, ZLIB_RUNTIME_VERSION, MAX_WBITS, DEFLATED, DEF_MEM_LEVEL,
//	DEF_BUF_SIZE, Z_* levels, strategies and flush modes
var Module = &core.Module{Name: "zlib", Members: members()}

// Error is zlib.error.
var Error = py.NewClass("error", "zlib", py.ExceptionClass)

func members() starlark.StringDict {
	m := starlark.StringDict{
		"compress":             starlark.NewBuiltin("compress", compress),
		"decompress":           starlark.NewBuiltin("decompress", decompress),
		"crc32":                starlark.NewBuiltin("crc32", crc32Fn),
		"adler32":              starlark.NewBuiltin("adler32", adler32Fn),
		"compressobj":          starlark.NewBuiltin("compressobj", compressobj),
		"decompressobj":        starlark.NewBuiltin("decompressobj", decompressobj),
		"error":                Error,
		"ZLIB_VERSION":         starlark.String("1.2.13"),
		"ZLIB_RUNTIME_VERSION": starlark.String("1.2.13"),
	}
	for k, v := range map[string]int{
		"MAX_WBITS": 15, "DEFLATED": 8, "DEF_MEM_LEVEL": 8, "DEF_BUF_SIZE": 16384,
		"Z_NO_COMPRESSION": 0, "Z_BEST_SPEED": 1, "Z_BEST_COMPRESSION": 9, "Z_DEFAULT_COMPRESSION": -1,
		"Z_FILTERED": 1, "Z_HUFFMAN_ONLY": 2, "Z_RLE": 3, "Z_FIXED": 4, "Z_DEFAULT_STRATEGY": 0,
		"Z_NO_FLUSH": 0, "Z_PARTIAL_FLUSH": 1, "Z_SYNC_FLUSH": 2, "Z_FULL_FLUSH": 3, "Z_FINISH": 4,
		"Z_BLOCK": 5, "Z_TREES": 6,
	} {
		m[k] = starlark.MakeInt(v)
	}
	return m
}

// data returns the bytes of a bytes-like argument.
func data(v starlark.Value) ([]byte, error) {
	b, ok := builtins.BytesLike(v)
	if !ok {
		return nil, py.Raisef(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(v))
	}
	return b, nil
}

// format is the container wbits selects.
type format int

const (
	zlibFormat format = iota
	rawFormat
	gzipFormat
	autoFormat // zlib or gzip, by the header (decompression only)
)

// writer returns a compressor of level in the format of wbits, or
// zlib.error "Bad compression level" as CPython says for any bad argument.
func writer(out io.Writer, level, wbits int) (io.WriteCloser, error) {
	bad := py.Raise(Error, "Bad compression level")
	if level < -1 || level > 9 {
		return nil, bad
	}
	switch {
	case wbits >= 9 && wbits <= 15:
		return zlib.NewWriterLevel(out, level)
	case wbits >= -15 && wbits <= -9:
		return flate.NewWriter(out, level)
	case wbits >= 25 && wbits <= 31:
		w, err := gzip.NewWriterLevel(out, level)
		if err == nil {
			w.Header.OS = 3 // Unix, as zlib on it writes
		}
		return w, err
	}
	return nil, bad
}

// compress implements zlib.compress(data, /, level=-1, wbits=15).
// https://docs.python.org/3/library/zlib.html#zlib.compress
func compress(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	level, wbits := -1, 15
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "data", &v, "level?", &level, "wbits?", &wbits); err != nil {
		return nil, err
	}
	in, err := data(v)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	w, err := writer(&out, level, wbits)
	if err != nil {
		return nil, err
	}
	w.Write(in)
	w.Close()
	return starlark.Bytes(out.String()), nil
}

// decompressFormat returns the container of decompress's wbits.
func decompressFormat(wbits int) (format, error) {
	switch {
	case wbits == 0 || wbits >= 8 && wbits <= 15:
		return zlibFormat, nil
	case wbits >= -15 && wbits <= -8:
		return rawFormat, nil
	case wbits >= 24 && wbits <= 31:
		return gzipFormat, nil
	case wbits >= 40 && wbits <= 47:
		return autoFormat, nil
	}
	return 0, py.Raise(Error, "Error -2 while preparing to decompress data: inconsistent stream state")
}

// inflate decompresses a whole stream of format f held by in: the
// output, the number of input bytes after the stream's end, and the
// error of a stream that is cut short or corrupt, with the output so far.
func inflate(thread *starlark.Thread, in []byte, f format) ([]byte, int, error) {
	r := bytes.NewReader(in)
	if f == autoFormat {
		f = zlibFormat
		if len(in) >= 2 && in[0] == 0x1f && in[1] == 0x8b {
			f = gzipFormat
		}
	}
	var dec io.Reader
	var err error
	switch f {
	case zlibFormat:
		dec, err = zlib.NewReader(r)
	case rawFormat:
		dec = flate.NewReader(r)
	default:
		var g *gzip.Reader
		if g, err = gzip.NewReader(r); err == nil {
			g.Multistream(false)
			dec = g
		}
	}
	out := &guardedBuffer{thread: thread}
	if err == nil {
		_, err = io.Copy(out, dec)
	}
	if e, ok := py.AsException(err); ok && e.Class == py.MemoryError {
		return nil, 0, err
	}
	return out.buf.Bytes(), r.Len(), inflateError(err)
}

// guardedBuffer is a bytes.Buffer whose growth is checked against the
// Interpreter's memory limit (see core.CheckAlloc): a small input can
// inflate to gigabytes.
type guardedBuffer struct {
	thread  *starlark.Thread
	buf     bytes.Buffer
	checked int // size up to which growth is cleared
}

func (g *guardedBuffer) Write(p []byte) (int, error) {
	if n := g.buf.Len() + len(p); n > g.checked {
		g.checked = 2 * n
		if err := core.CheckAllocN(g.thread, g.checked, 1); err != nil {
			return 0, err
		}
	}
	return g.buf.Write(p)
}

// inflateError is CPython's zlib.error for a decompression error.
func inflateError(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return py.Raise(Error, "Error -5 while decompressing data: incomplete or truncated stream")
	case errors.Is(err, zlib.ErrHeader), errors.Is(err, gzip.ErrHeader):
		return py.Raise(Error, "Error -3 while decompressing data: incorrect header check")
	case errors.Is(err, zlib.ErrChecksum), errors.Is(err, gzip.ErrChecksum):
		return py.Raise(Error, "Error -3 while decompressing data: incorrect data check")
	case errors.Is(err, zlib.ErrDictionary):
		return py.Raise(Error, "Error 2 while decompressing data")
	}
	return py.Raise(Error, "Error -3 while decompressing data: invalid stream")
}

// decompress implements zlib.decompress(data, /, wbits=15, bufsize=16384).
// https://docs.python.org/3/library/zlib.html#zlib.decompress
func decompress(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	wbits, bufsize := 15, 16384
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "data", &v, "wbits?", &wbits, "bufsize?", &bufsize); err != nil {
		return nil, err
	}
	in, err := data(v)
	if err != nil {
		return nil, err
	}
	if bufsize < 0 {
		return nil, py.Raise(py.ValueError, "bufsize must be non-negative")
	}
	f, err := decompressFormat(wbits)
	if err != nil {
		return nil, err
	}
	out, _, err := inflate(thread, in, f)
	if err != nil {
		return nil, err
	}
	return starlark.Bytes(out), nil
}

// checksumArgs unpacks (data, value=start).
func checksumArgs(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple, start uint32) ([]byte, uint32, error) {
	var v starlark.Value
	var seed starlark.Value = starlark.MakeUint(uint(start))
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v, &seed); err != nil {
		return nil, 0, err
	}
	in, err := data(v)
	if err != nil {
		return nil, 0, err
	}
	n, ok := seed.(starlark.Int)
	if !ok {
		return nil, 0, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(seed))
	}
	low := new(big.Int).And(n.BigInt(), big.NewInt(0xffffffff)) // CPython takes the low 32 bits
	return in, uint32(low.Uint64()), nil
}

// crc32Fn implements zlib.crc32(data, value=0).
func crc32Fn(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	in, seed, err := checksumArgs(b, args, kwargs, 0)
	if err != nil {
		return nil, err
	}
	return starlark.MakeUint64(uint64(crc32.Update(seed, crc32.IEEETable, in))), nil
}

// adler32Fn implements zlib.adler32(data, value=1).
func adler32Fn(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	in, seed, err := checksumArgs(b, args, kwargs, 1)
	if err != nil {
		return nil, err
	}
	return starlark.MakeUint64(uint64(adler32(seed, in))), nil
}

// adler32 continues the Adler-32 checksum seed over p (hash/adler32
// takes no seed).
func adler32(seed uint32, p []byte) uint32 {
	const mod, nmax = 65521, 5552
	s1, s2 := seed&0xffff, seed>>16
	for len(p) > 0 {
		q := p
		if len(q) > nmax {
			q = q[:nmax]
		}
		p = p[len(q):]
		for _, c := range q {
			s1 += uint32(c)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
	}
	return s2<<16 | s1
}
