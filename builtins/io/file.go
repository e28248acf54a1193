package io

// This file defines File, the object open returns: reading with a
// read-ahead buffer (text decoded, line ends as open's newline says),
// unbuffered writes, seek and tell, iteration by line and the
// context-manager protocol.

import (
	"fmt"
	"io"
	"io/fs"
	"syscall"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// File is an open file: a TextIOWrapper, or in binary mode a
// BufferedReader, BufferedWriter or BufferedRandom. Its fields are
// guarded by the GIL.
type File struct {
	f        core.File
	name     string
	mode     mode
	encoding string // "" in binary mode
	newline  newlineMode
	closed   bool
	buf      []byte // read ahead of the logical position
	eof      bool
	onClose  func() error // after closing, such as a temporary file's removal
}

var (
	_ starlark.HasAttrs = (*File)(nil)
	_ starlark.Iterable = (*File)(nil)
)

// OpenFile opens name in the Interpreter's file grant.
func OpenFile(thread *starlark.Thread, name string, m mode, encoding string) (*File, error) {
	files := core.FilesOf(core.RuntimeOf(thread))
	f, err := files.OpenFile(name, m.flag, 0o666)
	if err != nil {
		return nil, core.OSErrorFor(err, name)
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, core.OSErrorFor(syscall.EISDIR, name)
	}
	return &File{f: f, name: name, mode: m, encoding: encoding}, nil
}

// Type returns CPython's class name.
func (f *File) Type() string {
	switch {
	case !f.mode.binary:
		return "TextIOWrapper"
	case f.mode.plus:
		return "BufferedRandom"
	case f.mode.read:
		return "BufferedReader"
	}
	return "BufferedWriter"
}

func (f *File) String() string {
	if f.encoding == "" {
		return fmt.Sprintf("<_io.%s name=%s>", f.Type(), py.Repr(starlark.String(f.name)))
	}
	return fmt.Sprintf("<_io.TextIOWrapper name=%s mode=%s encoding=%s>",
		py.Repr(starlark.String(f.name)), py.Repr(starlark.String(f.mode.text)), py.Repr(starlark.String(f.encoding)))
}

func (f *File) Freeze()               {}
func (f *File) Truth() starlark.Bool  { return true }
func (f *File) Hash() (uint32, error) { return uint32(uintptrOf(f)), nil }

// Attr returns a method or an attribute (name, mode, closed, encoding).
func (f *File) Attr(name string) (starlark.Value, error) {
	switch name {
	case "name":
		return starlark.String(f.name), nil
	case "mode":
		return starlark.String(f.mode.text), nil
	case "closed":
		return starlark.Bool(f.closed), nil
	case "encoding":
		if f.encoding != "" {
			return starlark.String(f.encoding), nil
		}
	}
	if m, ok := fileMethods[name]; ok {
		return m.BindReceiver(f), nil
	}
	return nil, py.Raisef(py.AttributeError, "'_io.%s' object has no attribute '%s'", f.Type(), name)
}

// AttrNames implements starlark.HasAttrs.
func (f *File) AttrNames() []string {
	names := []string{"closed", "mode", "name"}
	if f.encoding != "" {
		names = append(names, "encoding")
	}
	for k := range fileMethods {
		names = append(names, k)
	}
	return names
}

// Iterate yields the file's lines.
func (f *File) Iterate() starlark.Iterator { return &lineIter{f: f} }

type lineIter struct {
	f   *File
	err error
}

func (it *lineIter) Next(p *starlark.Value) bool {
	line, err := it.f.readLine(-1)
	if err != nil {
		it.err = err
		return false
	}
	if n := starlark.Len(line); n == 0 {
		return false
	}
	*p = line
	return true
}

func (it *lineIter) Done()      {}
func (it *lineIter) Err() error { return it.err }

// binaryClosed are the messages of a binary file's operations once it
// is closed, where CPython words them apart.
var binaryClosed = map[string]string{
	"read": "read of closed file", "readline": "readline of closed file",
	"seek": "seek of closed file", "write": "write to closed file", "flush": "flush of closed file",
}

// check fails on a closed file, or one not open for reading or writing;
// op names the operation.
func (f *File) check(op string, reading, writing bool) error {
	if f.closed {
		if msg, ok := binaryClosed[op]; ok && f.encoding == "" {
			return py.Raise(py.ValueError, msg)
		}
		return py.Raise(py.ValueError, "I/O operation on closed file.")
	}
	if reading && !f.mode.read {
		return py.Raise(UnsupportedOperation, "not readable")
	}
	if writing && !f.mode.write {
		return py.Raise(UnsupportedOperation, "not writable")
	}
	return nil
}

// fill reads another chunk ahead; it reports false at the end.
func (f *File) fill() (bool, error) {
	if f.eof {
		return false, nil
	}
	chunk := make([]byte, 64<<10)
	n, err := f.f.Read(chunk)
	f.buf = append(f.buf, chunk[:n]...)
	if err == io.EOF || n == 0 && err == nil {
		f.eof = true
	} else if err != nil {
		return false, core.OSErrorFor(err, f.name)
	}
	return n > 0, nil
}

// take removes the first n bytes of the read-ahead buffer and returns
// them as a value: bytes, or text decoded with \r\n read as \n.
func (f *File) take(n int) (starlark.Value, error) {
	b := f.buf[:n:n]
	f.buf = f.buf[n:]
	if f.encoding == "" {
		return starlark.Bytes(b), nil
	}
	enc, _ := builtins.Codec(f.encoding)
	s, err := builtins.Decode(b, enc)
	if err != nil {
		return nil, err
	}
	return starlark.String(f.newline.translate(s)), nil
}

// universal translates \r\n and \r line ends to \n.
func universal(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\r' {
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			out = append(out, '\n')
			continue
		}
		out = append(out, s[i])
	}
	return string(out)
}

// readN reads size characters (bytes in binary mode), all if size < 0.
func (f *File) readN(size int) (starlark.Value, error) {
	for {
		if n := f.prefix(size); n >= 0 {
			return f.take(n)
		}
		more, err := f.fill()
		if err != nil {
			return nil, err
		}
		if !more {
			return f.take(len(f.buf))
		}
	}
}

// prefix returns how many buffered bytes hold size characters, or -1 if
// the buffer holds fewer (or size < 0 and the end is not reached).
func (f *File) prefix(size int) int {
	if size < 0 {
		return -1
	}
	if f.encoding == "" || f.encoding == "latin-1" || f.encoding == "ascii" {
		if len(f.buf) >= size {
			return size
		}
		return -1
	}
	i := 0
	for k := 0; k < size; k++ {
		if i >= len(f.buf) || !utf8.FullRune(f.buf[i:]) {
			return -1
		}
		_, n := utf8.DecodeRune(f.buf[i:])
		i += n
	}
	return i
}

// readLine reads a line, ending with its line end (see newlineMode);
// size >= 0 limits it.
func (f *File) readLine(size int) (starlark.Value, error) {
	if err := f.check("readline", true, false); err != nil {
		return nil, err
	}
	for {
		n := -1
		if f.encoding == "" {
			n = newlineMode{raw: true, nl: "\n"}.lineEnd(f.buf, f.eof)
		} else {
			n = f.newline.lineEnd(f.buf, f.eof)
		}
		if lim := f.prefix(size); lim >= 0 && (n < 0 || lim < n) {
			n = lim
		}
		if n >= 0 {
			return f.take(n)
		}
		more, err := f.fill()
		if err != nil {
			return nil, err
		}
		if !more {
			return f.take(len(f.buf))
		}
	}
}

// tell returns the logical position.
func (f *File) tell() (int64, error) {
	pos, err := f.f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, core.OSErrorFor(err, f.name)
	}
	return pos - int64(len(f.buf)), nil
}

// write writes b at the logical position.
func (f *File) write(b []byte) error {
	if len(f.buf) > 0 && !f.mode.append {
		pos, err := f.tell()
		if err != nil {
			return err
		}
		if _, err := f.f.Seek(pos, io.SeekStart); err != nil {
			return core.OSErrorFor(err, f.name)
		}
	}
	f.buf, f.eof = nil, false
	if _, err := f.f.Write(b); err != nil {
		return core.OSErrorFor(err, f.name)
	}
	return nil
}

// Close closes the file; closing twice does nothing.
func (f *File) Close() error {
	if f.closed {
		return nil
	}
	f.closed = true
	f.buf = nil
	if err := f.f.Close(); err != nil {
		return core.OSErrorFor(err, f.name)
	}
	if f.onClose != nil {
		return f.onClose()
	}
	return nil
}

// Stat returns the file's information.
func (f *File) Stat() (fs.FileInfo, error) { return f.f.Stat() }
