package io

// This file defines the methods of File.

import (
	"io"
	"os"
	"reflect"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

var fileMethods = map[string]*starlark.Builtin{
	"read":       starlark.NewBuiltin("read", fileRead),
	"readline":   starlark.NewBuiltin("readline", fileReadline),
	"readlines":  starlark.NewBuiltin("readlines", fileReadlines),
	"write":      starlark.NewBuiltin("write", fileWrite),
	"writelines": starlark.NewBuiltin("writelines", fileWritelines),
	"seek":       starlark.NewBuiltin("seek", fileSeek),
	"tell":       starlark.NewBuiltin("tell", fileTell),
	"close":      starlark.NewBuiltin("close", fileClose),
	"flush":      starlark.NewBuiltin("flush", fileFlush),
	"fileno":     starlark.NewBuiltin("fileno", fileFileno),
	"truncate":   starlark.NewBuiltin("truncate", fileTruncate),
	"readable":   starlark.NewBuiltin("readable", fileCan("readable")),
	"writable":   starlark.NewBuiltin("writable", fileCan("writable")),
	"seekable":   starlark.NewBuiltin("seekable", fileCan("seekable")),
	"isatty":     starlark.NewBuiltin("isatty", fileCan("isatty")),
	"__enter__":  starlark.NewBuiltin("__enter__", fileEnter),
	"__exit__":   starlark.NewBuiltin("__exit__", fileExit),
	"__iter__":   starlark.NewBuiltin("__iter__", fileEnter),
	"__next__":   starlark.NewBuiltin("__next__", fileNext),
}

func uintptrOf(f *File) uintptr { return reflect.ValueOf(f).Pointer() }

func recv(b *starlark.Builtin) *File { return b.Receiver().(*File) }

// size unpacks an optional size argument (None or negative: all).
func size(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (int, error) {
	var v starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &v); err != nil {
		return 0, err
	}
	if v == starlark.None {
		return -1, nil
	}
	switch v.(type) {
	case starlark.Int, starlark.Bool:
		return py.AsIndexSize(v)
	}
	return 0, py.Raisef(py.TypeError, "argument should be integer or None, not '%s'", py.TypeName(v))
}

func fileRead(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	f := recv(b)
	n, err := size(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	if err := f.check("read", true, false); err != nil {
		return nil, err
	}
	return f.readN(n)
}

func fileReadline(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n, err := size(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return recv(b).readLine(n)
}

func fileReadlines(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	hint, err := size(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return readLines(hint, func() (starlark.Value, error) { return recv(b).readLine(-1) })
}

// readLines implements readlines(hint) over next, which returns the
// next line or an empty value at the end: lines until their total size
// reaches hint (all of them for hint <= 0).
func readLines(hint int, next func() (starlark.Value, error)) (starlark.Value, error) {
	var lines []starlark.Value
	for total := 0; hint <= 0 || total < hint; {
		line, err := next()
		if err != nil {
			return nil, err
		}
		n := starlark.Len(line)
		if n == 0 {
			break
		}
		total += n
		lines = append(lines, line)
	}
	return starlark.NewList(lines), nil
}

// encode returns the bytes write writes for v, and the count it returns.
func (f *File) encode(v starlark.Value) ([]byte, int, error) {
	if f.encoding == "" {
		if v, ok := v.(starlark.Bytes); ok {
			return []byte(v), len(v), nil
		}
		return nil, 0, py.Raisef(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(v))
	}
	s, ok := v.(starlark.String)
	if !ok {
		return nil, 0, py.Raisef(py.TypeError, "write() argument must be str, not %s", py.TypeName(v))
	}
	enc, _ := builtins.Codec(f.encoding)
	data, err := builtins.Encode(f.newline.written(string(s)), enc)
	return data, len([]rune(string(s))), err
}

func fileWrite(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	f := recv(b)
	if err := f.check("write", false, true); err != nil {
		return nil, err
	}
	data, n, err := f.encode(v)
	if err != nil {
		return nil, err
	}
	return starlark.MakeInt(n), f.write(data)
}

func fileWritelines(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var lines starlark.Iterable
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &lines); err != nil {
		return nil, err
	}
	f := recv(b)
	if err := f.check("write", false, true); err != nil {
		return nil, err
	}
	it := lines.Iterate()
	defer it.Done()
	var v starlark.Value
	for it.Next(&v) {
		data, _, err := f.encode(v)
		if err != nil {
			return nil, err
		}
		if err := f.write(data); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

func fileSeek(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var offset int64
	whence := 0
	if err := core.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &offset, &whence); err != nil {
		return nil, err
	}
	f := recv(b)
	if err := f.check("seek", false, false); err != nil {
		return nil, err
	}
	if f.encoding != "" && whence != 0 && offset != 0 {
		if whence == 1 {
			return nil, py.Raise(UnsupportedOperation, "can't do nonzero cur-relative seeks")
		}
		return nil, py.Raise(UnsupportedOperation, "can't do nonzero end-relative seeks")
	}
	if whence < 0 || whence > 2 {
		return nil, py.Raisef(py.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if whence == io.SeekStart && offset < 0 {
		return nil, py.Raisef(py.ValueError, "negative seek position %d", offset)
	}
	if whence == io.SeekCurrent {
		offset -= int64(len(f.buf))
	}
	pos, err := f.f.Seek(offset, whence)
	if err != nil {
		return nil, core.OSErrorFor(err, f.name)
	}
	f.buf, f.eof = nil, false
	return starlark.MakeInt64(pos), nil
}

func fileTell(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	f := recv(b)
	if err := f.check("tell", false, false); err != nil {
		return nil, err
	}
	pos, err := f.tell()
	return starlark.MakeInt64(pos), err
}

func fileTruncate(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	f := recv(b)
	if err := f.check("truncate", false, true); err != nil {
		return nil, err
	}
	pos, err := f.tell()
	if err != nil {
		return nil, err
	}
	var v starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &v); err != nil {
		return nil, err
	}
	if v != starlark.None {
		n, err := starlark.AsInt32(v)
		if err != nil {
			return nil, err
		}
		pos = int64(n)
	}
	t, ok := f.f.(interface{ Truncate(int64) error })
	if !ok {
		return nil, py.Raise(UnsupportedOperation, "truncate")
	}
	if err := t.Truncate(pos); err != nil {
		return nil, core.OSErrorFor(err, f.name)
	}
	return starlark.MakeInt64(pos), nil
}

func fileClose(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.None, recv(b).Close()
}

func fileFlush(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.None, recv(b).check("flush", false, false)
}

func fileFileno(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	f := recv(b)
	if err := f.check("fileno", false, false); err != nil {
		return nil, err
	}
	if osf, ok := f.f.(*os.File); ok {
		return starlark.MakeInt(int(osf.Fd())), nil
	}
	return nil, py.Raise(UnsupportedOperation, "fileno")
}

// fileCan implements readable(), writable(), seekable() and isatty().
func fileCan(what string) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		f := recv(b)
		if err := f.check(what, false, false); err != nil {
			return nil, err
		}
		switch what {
		case "readable":
			return starlark.Bool(f.mode.read), nil
		case "writable":
			return starlark.Bool(f.mode.write), nil
		case "seekable":
			return starlark.True, nil
		}
		return starlark.False, nil
	}
}

func fileEnter(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	f := recv(b)
	if err := f.check("enter", false, false); err != nil {
		return nil, err
	}
	return f, nil
}

func fileExit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.None, recv(b).Close()
}

func fileNext(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	line, err := recv(b).readLine(-1)
	if err != nil {
		return nil, err
	}
	if n := starlark.Len(line); n == 0 {
		return nil, py.NewException(py.StopIteration)
	}
	return line, nil
}
