package zlib

// This file defines compressobj and decompressobj, the streaming
// compressor and decompressor.

import (
	"bytes"
	"fmt"
	"io"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// Compress is a zlib.Compress object: data written to it comes out
// compressed as the compressor's buffers fill and on flush.
type Compress struct {
	out      bytes.Buffer
	w        io.WriteCloser
	finished bool
}

// Decompress is a zlib.Decompress object. It keeps the input of its
// stream and inflates it again on each call, returning what is new (a
// simple scheme, fine for the sizes scripts stream).
type Decompress struct {
	in     []byte
	f      format
	given  int // bytes of output returned so far
	eof    bool
	unused []byte
}

var (
	_ starlark.HasAttrs = (*Compress)(nil)
	_ starlark.HasAttrs = (*Decompress)(nil)
)

// compressobj implements zlib.compressobj(level=-1, method=8, wbits=15,
// memLevel=8, strategy=0, zdict=None).
// https://docs.python.org/3/library/zlib.html#zlib.compressobj
func compressobj(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	level, method, wbits, memLevel, strategy := -1, 8, 15, 8, 0
	var zdict starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "level?", &level, "method?", &method, "wbits?", &wbits,
		"memLevel?", &memLevel, "strategy?", &strategy, "zdict?", &zdict); err != nil {
		return nil, err
	}
	if method != 8 || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4 {
		return nil, py.Raise(py.ValueError, "Invalid initialization option")
	}
	if zdict != nil && zdict != starlark.None {
		return nil, py.Raise(py.NotImplementedError, "spindle's zlib takes no zdict")
	}
	c := &Compress{}
	w, err := writer(&c.out, level, wbits)
	if err != nil {
		return nil, py.Raise(py.ValueError, "Invalid initialization option")
	}
	c.w = w
	return c, nil
}

func (c *Compress) String() string        { return fmt.Sprintf("<zlib.Compress object at %#x>", py.Addr(c)) }
func (c *Compress) Type() string          { return "zlib.Compress" }
func (c *Compress) Freeze()               {}
func (c *Compress) Truth() starlark.Bool  { return true }
func (c *Compress) Hash() (uint32, error) { return uint32(py.Addr(c) >> 4), nil }
func (c *Compress) AttrNames() []string   { return []string{"compress", "flush"} }

// Attr implements starlark.HasAttrs: compress(data) and flush(mode=Z_FINISH).
func (c *Compress) Attr(name string) (starlark.Value, error) {
	switch name {
	case "compress":
		return starlark.NewBuiltin(name, c.compress), nil
	case "flush":
		return starlark.NewBuiltin(name, c.flush), nil
	}
	return nil, nil
}

// take returns and clears the output so far.
func (c *Compress) take() starlark.Value {
	s := starlark.Bytes(c.out.String())
	c.out.Reset()
	return s
}

func (c *Compress) compress(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	in, err := data(v)
	if err != nil {
		return nil, err
	}
	if c.finished {
		return nil, py.Raise(Error, "Error -2 while compressing data: inconsistent stream state")
	}
	c.w.Write(in)
	return c.take(), nil
}

func (c *Compress) flush(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	mode := 4
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &mode); err != nil {
		return nil, err
	}
	switch {
	case mode == 0 || c.finished:
	case mode == 4:
		c.w.Close()
		c.finished = true
	default:
		if f, ok := c.w.(interface{ Flush() error }); ok {
			f.Flush()
		}
	}
	return c.take(), nil
}

// decompressobj implements zlib.decompressobj(wbits=15, zdict=b”).
// https://docs.python.org/3/library/zlib.html#zlib.decompressobj
func decompressobj(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	wbits := 15
	var zdict starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "wbits?", &wbits, "zdict?", &zdict); err != nil {
		return nil, err
	}
	f, err := decompressFormat(wbits)
	if err != nil {
		return nil, py.Raise(py.ValueError, "Invalid initialization option")
	}
	return &Decompress{f: f}, nil
}

func (d *Decompress) String() string {
	return fmt.Sprintf("<zlib.Decompress object at %#x>", py.Addr(d))
}
func (d *Decompress) Type() string          { return "zlib.Decompress" }
func (d *Decompress) Freeze()               {}
func (d *Decompress) Truth() starlark.Bool  { return true }
func (d *Decompress) Hash() (uint32, error) { return uint32(py.Addr(d) >> 4), nil }
func (d *Decompress) AttrNames() []string {
	return []string{"decompress", "eof", "flush", "unconsumed_tail", "unused_data"}
}

// Attr implements starlark.HasAttrs.
func (d *Decompress) Attr(name string) (starlark.Value, error) {
	switch name {
	case "decompress":
		return starlark.NewBuiltin(name, d.decompress), nil
	case "flush":
		return starlark.NewBuiltin(name, d.flush), nil
	case "eof":
		return starlark.Bool(d.eof), nil
	case "unused_data":
		return starlark.Bytes(d.unused), nil
	case "unconsumed_tail":
		return starlark.Bytes(""), nil
	}
	return nil, nil
}

// decompress implements Decompress.decompress(data, max_length=0); a
// max_length is not honoured (all output is returned).
func (d *Decompress) decompress(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	maxLength := 0
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "data", &v, "max_length?", &maxLength); err != nil {
		return nil, err
	}
	in, err := data(v)
	if err != nil {
		return nil, err
	}
	if d.eof {
		d.unused = append(d.unused, in...)
		return starlark.Bytes(""), nil
	}
	d.in = append(d.in, in...)
	out, rest, err := inflate(thread, d.in, d.f)
	if err != nil && !isTruncated(err) {
		return nil, err
	}
	if err == nil {
		d.eof = true
		d.unused = append([]byte(nil), d.in[len(d.in)-rest:]...)
	}
	s := starlark.Bytes(out[d.given:])
	d.given = len(out)
	return s, nil
}

// isTruncated reports whether err says the stream was cut short.
func isTruncated(err error) bool {
	e, ok := py.AsException(err)
	return ok && e.Message() == "Error -5 while decompressing data: incomplete or truncated stream"
}

func (d *Decompress) flush(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	length := 16384
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &length); err != nil {
		return nil, err
	}
	return starlark.Bytes(""), nil
}
