// Package queue is spindle's queue module: synchronized queues for
// passing work between threads, with CPython 3.11's API and messages.
// Their state is guarded by the GIL and, as in CPython, by each queue's
// mutex, whose conditions (not_empty, not_full, all_tasks_done) a
// blocked get, put or join waits on; a FIFO queue's queue attribute is
// the deque holding its items, and a subclass's storage hooks (_init,
// _qsize, _put, _get) are called as CPython's queue.py calls them.
package queue

// This file defines the module, the queue classes and their methods.

import (
	"fmt"
	"math"
	"time"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/builtins/collections"
	"github.com/spindle-lang/spindle/builtins/heapq"
	"github.com/spindle-lang/spindle/builtins/threading"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the queue module. Members:
//
//	Queue(maxsize=0)
//	LifoQueue(maxsize=0)
//	PriorityQueue(maxsize=0)
//	SimpleQueue()
//	Empty, Full
var Module = &core.Module{Name: "queue", Members: starlark.StringDict{
	"Queue":          QueueClass,
	"LifoQueue":      LifoQueueClass,
	"PriorityQueue":  PriorityQueueClass,
	"SimpleQueue":    SimpleQueueClass,
	"_PySimpleQueue": SimpleQueueClass, // CPython's pure-Python twin; spindle has one
	"Empty":          Empty,
	"Full":           Full,
}}

// The exceptions, raised as py.NewException(Empty) with an empty str.
var (
	Empty = py.NewClass("Empty", "_queue", py.ExceptionClass)
	Full  = py.NewClass("Full", "queue", py.ExceptionClass)
)

// kind selects a queue's discipline.
type kind int

const (
	fifo kind = iota
	lifo
	priority
	simple
)

var kindNames = [...]string{"queue.Queue", "queue.LifoQueue", "queue.PriorityQueue", "_queue.SimpleQueue"}

// The queue classes.
var (
	QueueClass         = queueClass("Queue", "queue", fifo)
	LifoQueueClass     = queueClass("LifoQueue", "queue", lifo, QueueClass)
	PriorityQueueClass = queueClass("PriorityQueue", "queue", priority, QueueClass)
	SimpleQueueClass   = queueClass("SimpleQueue", "_queue", simple)
)

// queueClass makes a queue class; LifoQueue and PriorityQueue derive
// from Queue, as in CPython.
func queueClass(name, module string, k kind, bases ...*py.Class) *py.Class {
	c := py.NewClass(name, module, bases...)
	c.Generic = true
	c.Ext = &py.NativeClass{New: func(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		v, err := newQueue(cls, k, args, kwargs)
		if q, ok := v.(*Queue); ok {
			q.rt = core.RuntimeOf(thread) // whose patches of the class q sees
		}
		return v, err
	}}
	if k != simple {
		c.SetPatchable() // written in Python in CPython: mock.patch.object(Queue, "put")
	}
	for _, hook := range []string{"_init", "_qsize", "_put", "_get"} {
		c.Dict[hook] = queueHook(hook)
	}
	c.Dict["__init__"] = starlark.NewBuiltin("__init__", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return queueInit(thread, name, k, args, kwargs)
	})
	return c
}

// Queue is a queue.Queue, LifoQueue, PriorityQueue or SimpleQueue. Its
// state is guarded by the GIL of the Interpreter using it, and, as in
// CPython, by its mutex, which a script may hold (with q.mutex: ...) to
// keep other threads' puts and gets out while it edits q.queue.
type Queue struct {
	kind       kind
	cls        *py.Class
	maxsize    int
	fifo       *collections.Deque // a FIFO or simple queue's items: a Queue's live queue attribute
	list       *starlark.List     // a LIFO queue's stack or a priority queue's heap: its live queue attribute
	unfinished int
	mutex      *threading.Lock // CPython's q.mutex, shared by the three conditions
	notEmpty   *threading.Condition
	notFull    *threading.Condition
	allDone    *threading.Condition
	bound      threading.MethodCache
	attrs      py.AttrDict   // what scripts set; a SimpleQueue has none
	self       *py.Instance  // the instance of a subclass, whose _init, _qsize, _put and _get may override
	rt         *core.Runtime // the Interpreter that made q, or nil (New)
}

var (
	_ starlark.HasAttrs    = (*Queue)(nil)
	_ starlark.HasSetField = (*Queue)(nil)
)

// New returns an empty FIFO queue holding at most maxsize items (no
// limit if maxsize <= 0).
func New(maxsize int) *Queue {
	q := makeQueue(QueueClass, fifo)
	q.maxsize = maxsize
	return q
}

func makeQueue(cls *py.Class, k kind) *Queue {
	q := &Queue{kind: k, cls: cls, mutex: threading.NewLock()}
	q.notEmpty, q.notFull, q.allDone = threading.NewCondition(q.mutex), threading.NewCondition(q.mutex), threading.NewCondition(q.mutex)
	q.initStorage()
	return q
}

// newQueue implements Queue(maxsize=0) and its siblings.
// https://docs.python.org/3/library/queue.html#queue.Queue
func newQueue(cls *py.Class, k kind, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q := makeQueue(cls, k)
	if k == simple {
		if err := starlark.UnpackPositionalArgs("SimpleQueue", args, kwargs, 0); err != nil {
			return nil, err
		}
		return q, nil
	}
	if err := starlark.UnpackArgs(cls.ClassName, args, kwargs, "maxsize?", &q.maxsize); err != nil {
		return nil, err
	}
	return q, nil
}

// Len is qsize() without the mutex.
func (q *Queue) Len() int {
	if q.fifo != nil {
		return q.fifo.Len()
	}
	return q.list.Len()
}

// Put adds item, waiting while the queue is full if block is set (up to
// timeout, if set). The caller must hold the GIL.
func (q *Queue) Put(thread *starlark.Thread, item starlark.Value, block bool, timeout core.Timeout) (err error) {
	if err := q.lock(thread); err != nil {
		return err
	}
	defer q.unlock(&err)
	if q.maxsize > 0 {
		notFull := func() (bool, error) {
			full, err := q.isFull(thread, true)
			return !full, err
		}
		if err := wait(thread, q.notFull, "Queue.put", notFull, block, timeout, Full); err != nil {
			return err
		}
	}
	if err := q.put(thread, item); err != nil {
		return err
	}
	q.unfinished++
	return q.notEmpty.Notify(thread, 1)
}

// Get removes and returns an item, waiting while the queue is empty if
// block is set (up to timeout, if set). The caller must hold the GIL.
func (q *Queue) Get(thread *starlark.Thread, block bool, timeout core.Timeout) (item starlark.Value, err error) {
	if err := q.lock(thread); err != nil {
		return nil, err
	}
	defer q.unlock(&err)
	hasItems := func() (bool, error) { return q.hasItems(thread) }
	if err := wait(thread, q.notEmpty, "Queue.get", hasItems, block, timeout, Empty); err != nil {
		return nil, err
	}
	if item, err = q.get(thread); err != nil {
		return nil, err
	}
	return item, q.notFull.Notify(thread, 1)
}

// wait waits on c until ready holds, as CPython's Queue.get and put do:
// without block it raises fail at once; with a timeout, when it passes.
// The caller holds c's lock.
func wait(thread *starlark.Thread, c *threading.Condition, on string, ready func() (bool, error), block bool, timeout core.Timeout, fail *py.Class) error {
	if !block {
		if ok, err := ready(); err != nil || ok {
			return err
		}
		return py.NewException(fail)
	}
	if timeout.Set && timeout.Secs < 0 {
		return py.Raise(py.ValueError, "'timeout' must be a non-negative number")
	}
	deadline := time.Now().Add(timeout.Duration())
	for {
		if ok, err := ready(); err != nil || ok {
			return err
		}
		d := time.Duration(-1)
		if timeout.Set {
			if d = time.Until(deadline); d <= 0 {
				return py.NewException(fail)
			}
		}
		if _, err := c.WaitOn(thread, on, d); err != nil {
			return err
		}
	}
}

// initStorage gives the queue its empty container: a deque for a FIFO
// or simple queue, a list for the others, as CPython's _init.
func (q *Queue) initStorage() {
	q.fifo, q.list = nil, nil
	if q.kind == fifo || q.kind == simple {
		q.fifo = collections.NewDeque(nil)
	} else {
		q.list = starlark.NewList(nil)
	}
}

func (q *Queue) push(thread *starlark.Thread, item starlark.Value) error {
	switch {
	case q.fifo != nil:
		q.fifo.Append(item)
		return nil
	case q.kind == priority:
		_, err := starlark.Call(thread, heapq.Module.Members["heappush"], starlark.Tuple{q.list, item}, nil)
		return err
	}
	return q.list.Append(item)
}

func (q *Queue) pop(thread *starlark.Thread) (starlark.Value, error) {
	switch {
	case q.fifo != nil:
		if item, ok := q.fifo.PopLeft(); ok {
			return item, nil
		}
		return nil, py.Raise(py.IndexError, "pop from an empty deque")
	case q.kind == priority:
		return starlark.Call(thread, heapq.Module.Members["heappop"], starlark.Tuple{q.list}, nil)
	}
	return builtins.CallMethod(thread, q.list, "pop", nil, nil)
}

// TaskDone marks one fetched item as processed.
func (q *Queue) TaskDone(thread *starlark.Thread) (err error) {
	if err := q.lock(thread); err != nil {
		return err
	}
	defer q.unlock(&err)
	unfinished := q.unfinished - 1
	if unfinished <= 0 {
		if unfinished < 0 {
			return py.Raise(py.ValueError, "task_done() called too many times")
		}
		if err := q.allDone.Notify(thread, math.MaxInt); err != nil {
			return err
		}
	}
	q.unfinished = unfinished
	return nil
}

// Join waits until every item put has been marked done.
func (q *Queue) Join(thread *starlark.Thread) (err error) {
	if err := q.lock(thread); err != nil {
		return err
	}
	defer q.unlock(&err)
	for q.unfinished != 0 { // CPython's "while self.unfinished_tasks"
		if _, err := q.allDone.WaitOn(thread, "Queue.join", -1); err != nil {
			return err
		}
	}
	return nil
}

// lock acquires the mutex, waiting while another thread holds it.
func (q *Queue) lock(thread *starlark.Thread) error {
	_, err := q.mutex.Acquire(thread, -1)
	return err
}

// unlock releases the mutex as the exit of CPython's with block does:
// its error (a script released the mutex meanwhile) is reported unless
// another came first.
func (q *Queue) unlock(err *error) {
	if rerr := q.mutex.Release(); *err == nil {
		*err = rerr
	}
}

func (q *Queue) String() string {
	return fmt.Sprintf("<%s object at %#x>", kindNames[q.kind], py.Addr(q))
}

// Type implements starlark.Value.
func (q *Queue) Type() string          { return q.cls.ClassName }
func (q *Queue) Freeze()               {}
func (q *Queue) Truth() starlark.Bool  { return true }
func (q *Queue) Hash() (uint32, error) { return uint32(py.Addr(q)), nil }

// PyClass returns the queue's class.
func (q *Queue) PyClass() *py.Class { return q.cls }

var methods = map[string]*starlark.Builtin{
	"put":        starlark.NewBuiltin("put", queuePut),
	"put_nowait": starlark.NewBuiltin("put_nowait", queuePutNowait),
	"get":        starlark.NewBuiltin("get", queueGet),
	"get_nowait": starlark.NewBuiltin("get_nowait", queueGetNowait),
	"qsize":      starlark.NewBuiltin("qsize", queueQsize),
	"empty":      starlark.NewBuiltin("empty", queueEmpty),
	"full":       starlark.NewBuiltin("full", queueFull),
	"task_done":  starlark.NewBuiltin("task_done", queueTaskDone),
	"join":       starlark.NewBuiltin("join", queueJoin),
}

// simpleMethods are the methods SimpleQueue lacks.
var notSimple = map[string]bool{"full": true, "task_done": true, "join": true}

// Attr implements starlark.HasAttrs.
func (q *Queue) Attr(name string) (starlark.Value, error) {
	if q.kind == simple && notSimple[name] {
		return nil, nil
	}
	if v, ok := q.attrs.Get(name); ok && q.kind != simple {
		return v, nil
	}
	if v, ok := core.ClassPatch(q.rt, q.cls, q.value(), name); ok {
		return v, nil
	}
	switch name {
	case "__class__":
		return q.cls, nil
	case "maxsize":
		if q.kind != simple {
			return starlark.MakeInt(q.maxsize), nil
		}
	case "unfinished_tasks":
		if q.kind != simple {
			return starlark.MakeInt(q.unfinished), nil
		}
	case "mutex", "not_empty", "not_full", "all_tasks_done":
		if q.kind != simple {
			return q.syncAttr(name), nil
		}
	case "queue":
		switch q.kind {
		case fifo:
			return q.fifo, nil
		case lifo, priority:
			return q.list, nil
		}
	}
	return q.bound.Attr(methods, q, name)
}

// AttrNames implements starlark.HasAttrs.
func (q *Queue) AttrNames() []string {
	var names []string
	for k := range methods {
		if q.kind != simple || !notSimple[k] {
			names = append(names, k)
		}
	}
	if q.kind != simple {
		names = append(names, "maxsize", "queue", "unfinished_tasks", "mutex", "not_empty", "not_full", "all_tasks_done")
	}
	return append(names, q.attrs.Names()...)
}

// SetField implements starlark.HasSetField: maxsize (which CPython's
// tests change), unfinished_tasks (which scripts that empty q.queue
// under q.mutex lower), queue set to a deque (FIFO) or a list, or a
// script's attribute, except on a SimpleQueue, which has no __dict__.
func (q *Queue) SetField(name string, v starlark.Value) error {
	if q.kind == simple {
		return py.Raisef(py.AttributeError, "'_queue.SimpleQueue' object has no attribute '%s'", name)
	}
	switch name {
	case "maxsize":
		return starlark.AsInt(v, &q.maxsize)
	case "unfinished_tasks":
		return starlark.AsInt(v, &q.unfinished)
	case "queue":
		if d, ok := v.(*collections.Deque); ok && q.fifo != nil {
			q.fifo = d
			return nil
		}
		if l, ok := v.(*starlark.List); ok && q.list != nil {
			q.list = l
			return nil
		}
	}
	if q.self != nil { // a subclass instance keeps its attributes in its own dict
		return py.Raisef(py.AttributeError, "'%s' object has no attribute '%s'", q.cls.ClassName, name)
	}
	return q.attrs.Set(name, v)
}

// DelField implements del q.name.
func (q *Queue) DelField(name string) error { return q.attrs.Delete(q, name) }

func recv(b *starlark.Builtin) *Queue { return b.Receiver().(*Queue) }

// queuePut implements put(item, block=True, timeout=None).
// https://docs.python.org/3/library/queue.html#queue.Queue.put
func queuePut(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var item starlark.Value
	var block starlark.Value = starlark.True
	var timeout core.Timeout
	if err := core.UnpackArgs(b.Name(), args, kwargs, "item", &item, "block?", &block, "timeout?", &timeout); err != nil {
		return nil, err
	}
	return starlark.None, recv(b).Put(thread, item, bool(block.Truth()), timeout)
}

func queuePutNowait(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var item starlark.Value
	if err := core.UnpackArgs(b.Name(), args, kwargs, "item", &item); err != nil {
		return nil, err
	}
	return starlark.None, recv(b).Put(thread, item, false, core.Timeout{})
}

// queueGet implements get(block=True, timeout=None).
// https://docs.python.org/3/library/queue.html#queue.Queue.get
func queueGet(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var block starlark.Value = starlark.True
	var timeout core.Timeout
	if err := core.UnpackArgs(b.Name(), args, kwargs, "block?", &block, "timeout?", &timeout); err != nil {
		return nil, err
	}
	return recv(b).Get(thread, bool(block.Truth()), timeout)
}

func queueGetNowait(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return recv(b).Get(thread, false, core.Timeout{})
}

func queueQsize(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return queueState(thread, b, args, kwargs, func(q *Queue) (starlark.Value, error) { return q.qsize(thread) })
}

func queueEmpty(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return queueState(thread, b, args, kwargs, func(q *Queue) (starlark.Value, error) {
		has, err := q.hasItems(thread)
		return starlark.Bool(!has), err
	})
}

func queueFull(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return queueState(thread, b, args, kwargs, func(q *Queue) (starlark.Value, error) {
		full, err := q.isFull(thread, false)
		return starlark.Bool(full), err
	})
}

// queueState reads the queue's state under its mutex, as qsize(),
// empty() and full() do.
func queueState(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple, read func(*Queue) (starlark.Value, error)) (v starlark.Value, err error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	q := recv(b)
	if err := q.lock(thread); err != nil {
		return nil, err
	}
	defer q.unlock(&err)
	return read(q)
}

// queueTaskDone implements task_done().
// https://docs.python.org/3/library/queue.html#queue.Queue.task_done
func queueTaskDone(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.None, recv(b).TaskDone(thread)
}

// queueJoin implements join().
// https://docs.python.org/3/library/queue.html#queue.Queue.join
func queueJoin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.None, recv(b).Join(thread)
}

// The classes' dicts hold the methods, as queue.Queue.put(q, item) in a
// subclass's override calls them.
func init() {
	for name := range methods {
		builtins.UnboundMethods(QueueClass, name)
		if !notSimple[name] {
			builtins.UnboundMethods(SimpleQueueClass, name)
		}
	}
}

// syncAttr returns q.mutex or one of the conditions on it.
func (q *Queue) syncAttr(name string) starlark.Value {
	switch name {
	case "not_empty":
		return q.notEmpty
	case "not_full":
		return q.notFull
	case "all_tasks_done":
		return q.allDone
	}
	return q.mutex
}

// value returns the script's view of q: the instance of a subclass, or q.
func (q *Queue) value() starlark.Value {
	if q.self != nil {
		return q.self
	}
	return q
}
