// Package queue is spindle's queue module: synchronized queues for
// passing work between threads, with CPython 3.11's API and messages.
// Their state is guarded by the GIL; a blocked get or put releases it.
package queue

// This file defines the module, the queue classes and their methods.

import (
	"fmt"
	"regexp"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/builtins/collections"
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
		return newQueue(cls, k, args, kwargs)
	}}
	c.Dict["_put"], c.Dict["_get"] = queueHook("_put"), queueHook("_get")
	c.Dict["__init__"] = starlark.NewBuiltin("__init__", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return queueInit(name, k, args, kwargs)
	})
	return c
}

// queueInit implements Queue.__init__(self, maxsize=0), which a subclass's
// __init__ calls: it makes the queue the instance's native object.
func queueInit(name string, k kind, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raisef(py.TypeError, "%s.__init__() missing 1 required positional argument: 'self'", name)
	}
	self, ok := args[0].(*py.Instance)
	if !ok {
		if q, isQueue := args[0].(*Queue); isQueue && q.kind == k {
			return starlark.None, nil // initialised when created
		}
		return nil, py.Raisef(py.TypeError, "descriptor '__init__' requires a '%s' object but received a '%s'", name, py.TypeName(args[0]))
	}
	v, err := newQueue(self.Class, k, args[1:], kwargs)
	if err != nil {
		return nil, err
	}
	v.(*Queue).self = self
	self.Native = v
	return starlark.None, nil
}

// override returns the subclass's method name (_put or _get) bound to
// its instance, or nil if the subclass does not define one.
func (q *Queue) override(name string) starlark.Value {
	if q.self == nil {
		return nil
	}
	for _, c := range q.self.Class.MRO {
		if _, user := c.Ext.(*py.UserClass); user {
			if _, ok := c.Dict[name]; ok {
				fn, err := q.self.Attr(name)
				if err == nil {
					return fn
				}
			}
		}
	}
	return nil
}

// queueHook implements Queue._put(self, item) and Queue._get(self), the
// storage hooks a subclass overrides and calls.
func queueHook(name string) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var self, item starlark.Value
		n := 1
		if name == "_put" {
			n = 2
		}
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, n, &self, &item); err != nil {
			return nil, err
		}
		q, ok := self.(*Queue)
		if inst, isInst := self.(*py.Instance); isInst {
			q, ok = inst.Native.(*Queue)
		}
		if !ok {
			return nil, py.Raisef(py.TypeError, "%s() needs a queue, not %s", name, py.TypeName(self))
		}
		if name == "_put" {
			return starlark.None, q.push(item)
		}
		if q.Len() == 0 {
			return nil, py.Raise(py.IndexError, "pop from an empty deque")
		}
		return q.pop()
	})
}

// Queue is a queue.Queue, LifoQueue, PriorityQueue or SimpleQueue. Its
// state is guarded by the GIL of the Interpreter using it.
type Queue struct {
	kind       kind
	cls        *py.Class
	maxsize    int
	items      []starlark.Value // FIFO: items[head:]; LIFO: a stack; priority: a heap
	head       int
	unfinished int
	notEmpty   threading.WaitList
	notFull    threading.WaitList
	bound      threading.MethodCache
	allDone    threading.WaitList
	attrs      py.AttrDict  // what scripts set; a SimpleQueue has none
	self       *py.Instance // the instance of a subclass, whose _put and _get may override
}

var (
	_ starlark.HasAttrs    = (*Queue)(nil)
	_ starlark.HasSetField = (*Queue)(nil)
)

// New returns an empty FIFO queue holding at most maxsize items (no
// limit if maxsize <= 0).
func New(maxsize int) *Queue { return &Queue{kind: fifo, cls: QueueClass, maxsize: maxsize} }

// newQueue implements Queue(maxsize=0) and its siblings.
// https://docs.python.org/3/library/queue.html#queue.Queue
func newQueue(cls *py.Class, k kind, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q := &Queue{kind: k, cls: cls}
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

// Len is qsize().
func (q *Queue) Len() int { return len(q.items) - q.head }

func (q *Queue) full() bool { return q.maxsize > 0 && q.Len() >= q.maxsize }

// Put adds item, waiting while the queue is full if block is set (up to
// timeout, if set). The caller must hold the GIL.
func (q *Queue) Put(thread *starlark.Thread, item starlark.Value, block bool, timeout core.Timeout) error {
	if q.maxsize > 0 {
		if err := wait(thread, &q.notFull, "Queue.put", func() bool { return !q.full() }, block, timeout, Full); err != nil {
			return err
		}
	}
	if fn := q.override("_put"); fn != nil {
		if _, err := starlark.Call(thread, fn, starlark.Tuple{item}, nil); err != nil {
			return err
		}
	} else if err := q.push(item); err != nil {
		return err
	}
	q.unfinished++
	q.notEmpty.Notify(1)
	return nil
}

// Get removes and returns an item, waiting while the queue is empty if
// block is set (up to timeout, if set). The caller must hold the GIL.
func (q *Queue) Get(thread *starlark.Thread, block bool, timeout core.Timeout) (starlark.Value, error) {
	if err := wait(thread, &q.notEmpty, "Queue.get", func() bool { return q.Len() > 0 }, block, timeout, Empty); err != nil {
		return nil, err
	}
	var item starlark.Value
	var err error
	if fn := q.override("_get"); fn != nil {
		item, err = starlark.Call(thread, fn, nil, nil)
	} else {
		item, err = q.pop()
	}
	if err != nil {
		return nil, err
	}
	q.notFull.Notify(1)
	return item, nil
}

// wait waits on l until ready holds, as CPython's Queue.get and put do:
// without block it raises fail at once; with a timeout, when it passes.
func wait(thread *starlark.Thread, l *threading.WaitList, on string, ready func() bool, block bool, timeout core.Timeout, fail *py.Class) error {
	if !block {
		if ready() {
			return nil
		}
		return py.NewException(fail)
	}
	if timeout.Set && timeout.Secs < 0 {
		return py.Raise(py.ValueError, "'timeout' must be a non-negative number")
	}
	deadline := time.Now().Add(timeout.Duration())
	for !ready() {
		d := time.Duration(-1)
		if timeout.Set {
			if d = time.Until(deadline); d <= 0 {
				return py.NewException(fail)
			}
		}
		if _, err := l.Wait(thread, on, d); err != nil {
			return err
		}
	}
	return nil
}

func (q *Queue) push(item starlark.Value) error {
	q.items = append(q.items, item)
	if q.kind == priority {
		return siftDown(q.items, 0, len(q.items)-1)
	}
	return nil
}

func (q *Queue) pop() (starlark.Value, error) {
	switch q.kind {
	case lifo:
		n := len(q.items) - 1
		item := q.items[n]
		q.items[n] = nil
		q.items = q.items[:n]
		return item, nil
	case priority:
		return heapPop(&q.items)
	}
	item := q.items[q.head]
	q.items[q.head] = nil
	q.head++
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	} else if q.head > 64 && q.head*2 > len(q.items) {
		q.items = append(q.items[:0], q.items[q.head:]...)
		q.head = 0
	}
	return item, nil
}

// TaskDone marks one fetched item as processed.
func (q *Queue) TaskDone() error {
	if q.unfinished <= 0 {
		return py.Raise(py.ValueError, "task_done() called too many times")
	}
	q.unfinished--
	if q.unfinished == 0 {
		q.allDone.NotifyAll()
	}
	return nil
}

// Join waits until every item put has been marked done.
func (q *Queue) Join(thread *starlark.Thread) error {
	for q.unfinished > 0 {
		if _, err := q.allDone.Wait(thread, "Queue.join", -1); err != nil {
			return err
		}
	}
	return nil
}

// siftDown and siftUp are CPython's heapq._siftdown and _siftup, so
// that ties come out in CPython's order.
func siftDown(heap []starlark.Value, start, pos int) error {
	item := heap[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		lt, err := less(item, heap[parent])
		if err != nil {
			return err
		}
		if !lt {
			break
		}
		heap[pos] = heap[parent]
		pos = parent
	}
	heap[pos] = item
	return nil
}

func siftUp(heap []starlark.Value, pos int) error {
	end, start, item := len(heap), pos, heap[pos]
	child := 2*pos + 1
	for child < end {
		if right := child + 1; right < end {
			lt, err := less(heap[child], heap[right])
			if err != nil {
				return err
			}
			if !lt {
				child = right
			}
		}
		heap[pos] = heap[child]
		pos = child
		child = 2*pos + 1
	}
	heap[pos] = item
	return siftDown(heap, start, pos)
}

func heapPop(h *[]starlark.Value) (starlark.Value, error) {
	heap := *h
	n := len(heap) - 1
	last := heap[n]
	heap[n] = nil
	heap = heap[:n]
	*h = heap
	if n == 0 {
		return last, nil
	}
	item := heap[0]
	heap[0] = last
	return item, siftUp(heap, 0)
}

var notImpl = regexp.MustCompile(`^(\S+) < (\S+) not implemented$`)

// less is Python's a < b, with CPython's TypeError text.
func less(a, b starlark.Value) (bool, error) {
	lt, err := starlark.Compare(syntax.LT, a, b)
	if err != nil {
		if m := notImpl.FindStringSubmatch(err.Error()); m != nil {
			return false, py.Raisef(py.TypeError, "'<' not supported between instances of '%s' and '%s'", pyType(m[1]), pyType(m[2]))
		}
		return false, py.Raise(py.TypeError, err.Error())
	}
	return lt, nil
}

func pyType(starlarkType string) string {
	if starlarkType == "string" {
		return "str"
	}
	return starlarkType
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
	case "queue":
		switch q.kind {
		case fifo:
			return collections.NewDeque(q.items[q.head:]), nil // a snapshot, as a deque like CPython's
		case lifo, priority:
			return starlark.NewList(append([]starlark.Value(nil), q.items[q.head:]...)), nil
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
		names = append(names, "maxsize", "queue", "unfinished_tasks")
	}
	return append(names, q.attrs.Names()...)
}

// SetField implements starlark.HasSetField: maxsize (which CPython's
// tests change) or a script's attribute, except on a SimpleQueue, which
// has no __dict__.
func (q *Queue) SetField(name string, v starlark.Value) error {
	if q.kind == simple {
		return py.Raisef(py.AttributeError, "'_queue.SimpleQueue' object has no attribute '%s'", name)
	}
	if name == "maxsize" {
		return starlark.AsInt(v, &q.maxsize)
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
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.MakeInt(recv(b).Len()), nil
}

func queueEmpty(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.Bool(recv(b).Len() == 0), nil
}

func queueFull(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.Bool(recv(b).full()), nil
}

// queueTaskDone implements task_done().
// https://docs.python.org/3/library/queue.html#queue.Queue.task_done
func queueTaskDone(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.None, recv(b).TaskDone()
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
