// Package concurrent is spindle's concurrent package: its submodule
// futures runs calls on a pool of threads (goroutines scheduled by the
// Interpreter's GIL) with CPython 3.11's API and messages.
package concurrent

// This file defines the modules and the functions wait and as_completed.

import (
	"fmt"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/builtins/collections"
	"github.com/spindle-lang/spindle/builtins/threading"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Futures is the concurrent.futures module. Members:
//
//	Executor (the base class), ThreadPoolExecutor(max_workers=None, thread_name_prefix='')
//	Future()
//	wait(fs, timeout=None, return_when=ALL_COMPLETED)
//	as_completed(fs, timeout=None)
//	FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
//	TimeoutError, CancelledError, InvalidStateError, BrokenExecutor
//	thread (the submodule Thread, with BrokenThreadPool)
//	ProcessPoolExecutor (making one raises OSError: spindle starts no processes)
var Futures = &core.Module{Name: "concurrent.futures", Members: starlark.StringDict{
	"thread":              Thread,
	"BrokenExecutor":      BrokenExecutor,
	"Executor":            BaseExecutorClass,
	"ThreadPoolExecutor":  ExecutorClass,
	"ProcessPoolExecutor": ProcessPoolExecutorClass,
	"Future":              FutureClass,
	"wait":                starlark.NewBuiltin("wait", wait),
	"as_completed":        starlark.NewBuiltin("as_completed", asCompleted),
	"FIRST_COMPLETED":     starlark.String(firstCompleted),
	"FIRST_EXCEPTION":     starlark.String(firstException),
	"ALL_COMPLETED":       starlark.String(allCompleted),
	"TimeoutError":        py.TimeoutError,
	"CancelledError":      CancelledError,
	"InvalidStateError":   InvalidStateError,
}}

// Thread is the concurrent.futures.thread module. Members:
//
//	ThreadPoolExecutor, BrokenThreadPool
var Thread = &core.Module{Name: "concurrent.futures.thread", Members: starlark.StringDict{
	"ThreadPoolExecutor": ExecutorClass,
	"BrokenThreadPool":   BrokenThreadPool,
}}

// Module is the concurrent package. Members:
//
//	futures
var Module = &core.Module{Name: "concurrent", Members: starlark.StringDict{"futures": Futures}}

const (
	firstCompleted = "FIRST_COMPLETED"
	firstException = "FIRST_EXCEPTION"
	allCompleted   = "ALL_COMPLETED"
)

// watcher collects futures in the order they complete. It is guarded by
// the GIL.
type watcher struct {
	wake     threading.WaitList
	finished []*Future
}

// futures converts an iterable of futures, dropping duplicates.
func futures(x starlark.Value) ([]*Future, error) {
	iter, err := py.Iterate(x)
	if err != nil {
		return nil, err
	}
	defer iter.Done()
	var fs []*Future
	seen := map[*Future]bool{}
	var v starlark.Value
	for iter.Next(&v) {
		f, ok := v.(*Future)
		if !ok {
			return nil, py.Raisef(py.AttributeError, "'%s' object has no attribute '_condition'", py.TypeName(v))
		}
		if !seen[f] {
			seen[f] = true
			fs = append(fs, f)
		}
	}
	if err := py.IterErr(iter); err != nil {
		return nil, err
	}
	return fs, nil
}

// watch registers a new watcher on every pending future of fs.
func watch(fs []*Future) *watcher {
	w := &watcher{}
	for _, f := range fs {
		if !f.settled() {
			f.watchers = append(f.watchers, w)
		}
	}
	return w
}

// wait implements wait(fs, timeout=None, return_when=ALL_COMPLETED).
// https://docs.python.org/3/library/concurrent.futures.html#concurrent.futures.wait
func wait(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fsv starlark.Value
	var timeout core.Timeout
	returnWhen := allCompleted
	if err := core.UnpackArgs(b.Name(), args, kwargs, "fs", &fsv, "timeout?", &timeout, "return_when?", &returnWhen); err != nil {
		return nil, err
	}
	fs, err := futures(fsv)
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(timeout.Duration())
	w := watch(fs)
	for !waitDone(fs, returnWhen) {
		d := untilDeadline(deadline, timeout.Set)
		if d == 0 {
			break
		}
		if _, err := w.wake.Wait(thread, "concurrent.futures.wait", d); err != nil {
			return nil, err
		}
	}
	return doneAndNotDone(thread, fs)
}

// waitDone reports whether wait may return.
func waitDone(fs []*Future, returnWhen string) bool {
	all := true
	for _, f := range fs {
		switch {
		case !f.settled():
			all = false
		case returnWhen == firstCompleted:
			return true
		case returnWhen == firstException && f.state == finished && f.exc != nil:
			return true
		}
	}
	return all
}

// doneAndNotDoneClass is DoneAndNotDoneFutures, namedtuple(
// 'DoneAndNotDoneFutures', 'done not_done').
var doneAndNotDoneClass = collections.SharedClass("DoneAndNotDoneFutures", "done not_done", "concurrent.futures._base")

// doneAndNotDone returns the named pair of sets that wait returns.
func doneAndNotDone(thread *starlark.Thread, fs []*Future) (starlark.Value, error) {
	done, notDone := builtins.NewSet(), builtins.NewSet()
	for _, f := range fs {
		if f.settled() {
			done.Insert(f)
		} else {
			notDone.Insert(f)
		}
	}
	return py.Allocate(thread, doneAndNotDoneClass, starlark.Tuple{starlark.Tuple{done, notDone}}, nil)
}

// asCompleted implements as_completed(fs, timeout=None): an iterator
// over fs in the order they complete.
// https://docs.python.org/3/library/concurrent.futures.html#concurrent.futures.as_completed
func asCompleted(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fsv starlark.Value
	var timeout core.Timeout
	if err := core.UnpackArgs(b.Name(), args, kwargs, "fs", &fsv, "timeout?", &timeout); err != nil {
		return nil, err
	}
	fs, err := futures(fsv)
	if err != nil {
		return nil, err
	}
	it := &completedIter{thread: thread, total: len(fs), pending: map[*Future]bool{},
		timeout: timeout, deadline: time.Now().Add(timeout.Duration())}
	for _, f := range fs {
		if f.settled() {
			it.ready = append(it.ready, f)
		} else {
			it.pending[f] = true
		}
	}
	it.w = watch(fs)
	return &Iterable{name: "as_completed", iter: it}, nil
}

// Iterable is a one-shot iterator value (the generators of as_completed
// and Executor.map). Blocking in Next uses the thread that created it.
type Iterable struct {
	name string
	iter starlark.Iterator
}

func (it *Iterable) String() string {
	return fmt.Sprintf("<generator object %s at %#x>", it.name, py.Addr(it))
}

// Type implements starlark.Value.
func (it *Iterable) Type() string               { return "generator" }
func (it *Iterable) Freeze()                    {}
func (it *Iterable) Truth() starlark.Bool       { return true }
func (it *Iterable) Hash() (uint32, error)      { return uint32(py.Addr(it)), nil }
func (it *Iterable) Iterate() starlark.Iterator { return it.iter }

var _ starlark.HasAttrs = (*Iterable)(nil)

// Attr implements starlark.HasAttrs: the generator's __next__ and __iter__.
func (it *Iterable) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__next__":
		return starlark.NewBuiltin("__next__", it.next), nil
	case "__iter__":
		return starlark.NewBuiltin("__iter__", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return it, nil
		}), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (it *Iterable) AttrNames() []string { return []string{"__iter__", "__next__"} }

// next implements __next__: the next value, the error that ended the
// iteration, or StopIteration.
func (it *Iterable) next(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	var v starlark.Value
	if it.iter.Next(&v) {
		return v, nil
	}
	if e, ok := it.iter.(interface{ Err() error }); ok && e.Err() != nil {
		return nil, e.Err()
	}
	return nil, py.Raise(py.StopIteration, "")
}

// completedIter yields futures as they complete. An error (TimeoutError,
// cancellation) ends the iteration and is reported by Err; a later Next
// finds the iteration over, as a generator that raised is.
type completedIter struct {
	thread   *starlark.Thread
	total    int
	ready    []*Future
	pending  map[*Future]bool
	w        *watcher
	timeout  core.Timeout
	deadline time.Time
	err      error
}

func (it *completedIter) Next(p *starlark.Value) bool {
	if it.err != nil { // reported: the generator that raised it is exhausted
		it.err, it.ready, it.pending = nil, nil, nil
		return false
	}
	for len(it.ready) == 0 && it.err == nil {
		if len(it.pending) == 0 {
			return false
		}
		it.collect()
		if len(it.ready) > 0 {
			break
		}
		d := untilDeadline(it.deadline, it.timeout.Set)
		if d == 0 {
			it.err = py.Raisef(py.TimeoutError, "%d (of %d) futures unfinished", len(it.pending), it.total)
			break
		}
		if _, err := it.w.wake.Wait(it.thread, "as_completed", d); err != nil {
			it.err = err
		}
	}
	if it.err != nil {
		return false
	}
	*p = it.ready[0]
	it.ready = it.ready[1:]
	return true
}

// collect moves the futures that completed, in completion order, from
// pending to ready.
func (it *completedIter) collect() {
	for _, f := range it.w.finished {
		if it.pending[f] {
			delete(it.pending, f)
			it.ready = append(it.ready, f)
		}
	}
	it.w.finished = nil
}

func (it *completedIter) Done() {}

// Err reports the error that ended the iteration, if any.
func (it *completedIter) Err() error { return it.err }

// resultIter yields the results of futures in order (Executor.map). The
// first error ends the iteration and is reported by Err; a later Next
// finds the iteration over, as a generator that raised is.
type resultIter struct {
	thread   *starlark.Thread
	fs       []*Future
	timeout  core.Timeout
	deadline time.Time
	err      error
}

func newResultIterator(thread *starlark.Thread, fs []*Future, timeout core.Timeout) *Iterable {
	it := &resultIter{thread: thread, fs: fs, timeout: timeout, deadline: time.Now().Add(timeout.Duration())}
	return &Iterable{name: "Executor.map.<locals>.result_iterator", iter: it}
}

func (it *resultIter) Next(p *starlark.Value) bool {
	if it.err != nil { // reported: the generator that raised it is exhausted
		it.err, it.fs = nil, nil
		return false
	}
	if len(it.fs) == 0 {
		return false
	}
	f := it.fs[0]
	it.fs = it.fs[1:]
	v, err := f.Result(it.thread, untilDeadline(it.deadline, it.timeout.Set))
	if err != nil {
		it.err = err
		for _, f := range it.fs {
			f.Cancel(it.thread)
		}
		return false
	}
	*p = v
	return true
}

func (it *resultIter) Done() {}

// Err reports the error that ended the iteration, if any.
func (it *resultIter) Err() error { return it.err }
