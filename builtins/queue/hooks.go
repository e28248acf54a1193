package queue

// This file defines Queue.__init__ and the storage hooks _init, _qsize,
// _put and _get, which a subclass overrides (a queue that drops
// duplicates keeps a set in self.queue) and calls through super().

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/builtins/heapq"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// queueInit implements Queue.__init__(self, maxsize=0), which a subclass's
// __init__ calls: it makes the queue the instance's native object, then
// calls the subclass's _init(maxsize), as CPython's does.
func queueInit(thread *starlark.Thread, name string, k kind, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
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
	q := v.(*Queue)
	q.self = self
	q.rt = core.RuntimeOf(thread)
	self.Native = q
	if fn := q.override("_init"); fn != nil {
		if _, err := starlark.Call(thread, fn, starlark.Tuple{starlark.MakeInt(q.maxsize)}, nil); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

// override returns the subclass's method name (a storage hook) bound to
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

// storage returns the container a subclass put in self.queue, where the
// default hooks then keep the items as CPython's do, or nil if the queue
// keeps its own (a deque set as a FIFO queue's queue, or a list as
// another's, becomes its own).
func (q *Queue) storage() starlark.Value {
	if q.self == nil {
		return nil
	}
	v, _ := q.self.Dict.Get("queue")
	return v
}

// qsize is _qsize(): the subclass's (whatever it returns), else the
// number of items.
func (q *Queue) qsize(thread *starlark.Thread) (starlark.Value, error) {
	if fn := q.override("_qsize"); fn != nil {
		return starlark.Call(thread, fn, nil, nil)
	}
	n, err := q.baseSize(thread)
	return starlark.MakeInt(n), err
}

// hasItems is the truth of _qsize(), which get waits for.
func (q *Queue) hasItems(thread *starlark.Thread) (bool, error) {
	if q.self == nil {
		return q.Len() > 0, nil
	}
	n, err := q.qsize(thread)
	return err == nil && bool(n.Truth()), err
}

// isFull is full()'s 0 < maxsize <= _qsize(), or with forPut the
// _qsize() >= maxsize that put waits to be false (they differ in the
// TypeError of a _qsize that returns no number).
func (q *Queue) isFull(thread *starlark.Thread, forPut bool) (bool, error) {
	if q.maxsize <= 0 {
		return false, nil
	}
	if q.self == nil {
		return q.Len() >= q.maxsize, nil
	}
	n, err := q.qsize(thread)
	if err != nil {
		return false, err
	}
	if forPut {
		return builtins.Compare(">=", n, starlark.MakeInt(q.maxsize))
	}
	return builtins.Compare("<=", starlark.MakeInt(q.maxsize), n)
}

// put is _put(item): the subclass's, else the default.
func (q *Queue) put(thread *starlark.Thread, item starlark.Value) error {
	if fn := q.override("_put"); fn != nil {
		_, err := starlark.Call(thread, fn, starlark.Tuple{item}, nil)
		return err
	}
	return q.basePut(thread, item)
}

// get is _get(): the subclass's, else the default.
func (q *Queue) get(thread *starlark.Thread) (starlark.Value, error) {
	if fn := q.override("_get"); fn != nil {
		return starlark.Call(thread, fn, nil, nil)
	}
	return q.baseGet(thread)
}

// baseSize, basePut and baseGet are the default hooks: len(self.queue),
// self.queue.append(item) (heappush for a priority queue) and
// self.queue.popleft() (pop(), heappop).
func (q *Queue) baseSize(thread *starlark.Thread) (int, error) {
	if st := q.storage(); st != nil {
		return builtins.Len(thread, st)
	}
	return q.Len(), nil
}

func (q *Queue) basePut(thread *starlark.Thread, item starlark.Value) error {
	st := q.storage()
	if st == nil {
		return q.push(thread, item)
	}
	if q.kind == priority {
		_, err := starlark.Call(thread, heapq.Module.Members["heappush"], starlark.Tuple{st, item}, nil)
		return err
	}
	_, err := builtins.CallMethod(thread, st, "append", starlark.Tuple{item}, nil)
	return err
}

func (q *Queue) baseGet(thread *starlark.Thread) (starlark.Value, error) {
	st := q.storage()
	switch {
	case st == nil:
		return q.pop(thread)
	case q.kind == priority:
		return starlark.Call(thread, heapq.Module.Members["heappop"], starlark.Tuple{st}, nil)
	case q.kind == lifo:
		return builtins.CallMethod(thread, st, "pop", nil, nil)
	}
	return builtins.CallMethod(thread, st, "popleft", nil, nil)
}

// queueHook implements the hooks Queue._init(self, maxsize),
// _qsize(self), _put(self, item) and _get(self).
func queueHook(name string) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var self, arg starlark.Value
		n := 1
		if name == "_put" || name == "_init" {
			n = 2
		}
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, n, &self, &arg); err != nil {
			return nil, err
		}
		q, ok := self.(*Queue)
		if inst, isInst := self.(*py.Instance); isInst {
			q, ok = inst.Native.(*Queue)
		}
		if !ok {
			return nil, py.Raisef(py.TypeError, "%s() needs a queue, not %s", name, py.TypeName(self))
		}
		switch name {
		case "_init":
			q.baseInit()
			return starlark.None, nil
		case "_qsize":
			n, err := q.baseSize(thread)
			return starlark.MakeInt(n), err
		case "_put":
			return starlark.None, q.basePut(thread, arg)
		}
		return q.baseGet(thread)
	})
}

// baseInit is Queue._init(maxsize): the queue's items start empty, in
// its own container.
func (q *Queue) baseInit() {
	if q.self != nil {
		q.self.Dict.Delete("queue")
	}
	q.initStorage()
}
