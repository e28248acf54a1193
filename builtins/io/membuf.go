package io

// This file defines membuf, the in-memory buffer under StringIO (of
// code points) and BytesIO (of bytes): a position that may lie past the
// end, reads, writes that pad with zeros, line splitting and truncation.

import (
	"math"
	"unsafe"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// membuf is a seekable buffer of T. Its fields are guarded by the GIL.
type membuf[T rune | byte] struct {
	data   []T
	pos    int
	closed bool
}

// read returns up to n elements from the position (all if n < 0).
func (m *membuf[T]) read(n int) []T {
	if m.pos >= len(m.data) {
		return nil
	}
	end := len(m.data)
	if n >= 0 && n < end-m.pos {
		end = m.pos + n
	}
	out := append([]T(nil), m.data[m.pos:end]...)
	m.pos = end
	return out
}

// readline returns the next line, ending with the terminator that ends
// reports at each index (0 if none ends there), at most limit elements
// if limit >= 0.
func (m *membuf[T]) readline(limit int, ends func(data []T, i int) int) []T {
	if m.pos >= len(m.data) {
		return nil
	}
	stop := len(m.data)
	if limit >= 0 && limit < stop-m.pos {
		stop = m.pos + limit
	}
	end := stop
	for i := m.pos; i < stop; i++ {
		if n := ends(m.data, i); n > 0 {
			end = min(i+n, stop)
			break
		}
	}
	out := append([]T(nil), m.data[m.pos:end]...)
	m.pos = end
	return out
}

// write writes p at the position, padding a gap past the end with
// zeros, and moves past it. A gap (a seek past the end) is asked of
// the memory limit first.
func (m *membuf[T]) write(thread *starlark.Thread, p []T) error {
	if len(p) == 0 {
		return nil
	}
	if gap := m.pos - len(m.data); gap > 0 {
		if err := m.checkEnd(thread, len(p)); err != nil {
			return err
		}
		m.data = append(m.data, make([]T, gap)...)
	}
	end := m.pos + len(p)
	if end > len(m.data) {
		m.data = append(m.data[:m.pos], p...)
	} else {
		copy(m.data[m.pos:], p)
	}
	m.pos = end
	return nil
}

// checkEnd returns CPython's error for a write of n elements at a
// position past the end: OverflowError where the new end or its size in
// bytes passes the address space, else what the memory limit says of it.
func (m *membuf[T]) checkEnd(thread *starlark.Thread, n int) error {
	var zero T
	size := int(unsafe.Sizeof(zero))
	switch {
	case m.pos > math.MaxInt-n && size > 1:
		return py.Raise(py.OverflowError, "new position too large")
	case m.pos > math.MaxInt/size-n:
		return py.Raise(py.OverflowError, "new buffer size too large")
	}
	return core.CheckAllocN(thread, m.pos+n-len(m.data), size)
}

// truncate cuts the buffer to size elements; the position stays.
func (m *membuf[T]) truncate(size int) {
	if size < len(m.data) {
		m.data = m.data[:size:size]
	}
}

// newlineEnd reports the length of the \n that ends a line at i.
func newlineEnd[T rune | byte](data []T, i int) int {
	if data[i] == '\n' {
		return 1
	}
	return 0
}
