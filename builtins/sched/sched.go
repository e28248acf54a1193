// Package sched is spindle's sched module: the scheduler class, an event
// queue (a heap of Event named tuples) run by a time function and a
// delay function. Threads may enter and cancel events while another runs
// the scheduler: each step is atomic under the GIL, as CPython's lock
// makes it.
package sched

import (
	"fmt"
	"sort"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/builtins/collections"
	"github.com/spindle-lang/spindle/builtins/heapq"
	pytime "github.com/spindle-lang/spindle/builtins/time"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// EventClass is sched.Event, namedtuple('Event', 'time, priority,
// sequence, action, argument, kwargs').
var EventClass = collections.SharedClass("Event", "time, priority, sequence, action, argument, kwargs", "sched")

// SchedulerClass is sched.scheduler.
var SchedulerClass = func() *py.Class {
	c := py.NewClass("scheduler", "sched")
	c.Ext = &py.NativeClass{New: newScheduler}
	return c
}()

// Module is the sched module. Members:
//
//	scheduler(timefunc=time.monotonic, delayfunc=time.sleep)
//	Event
var Module = &core.Module{Name: "sched", Members: starlark.StringDict{
	"scheduler": SchedulerClass,
	"Event":     EventClass,
}}

// Scheduler is a sched.scheduler. It is guarded by the GIL of the
// Interpreter that owns it.
type Scheduler struct {
	queue     *starlark.List // a heap of Events
	timefunc  starlark.Value
	delayfunc starlark.Value
	seq       int
	attrs     py.AttrDict // attributes set by scripts
}

var (
	_ starlark.HasAttrs    = (*Scheduler)(nil)
	_ starlark.HasSetField = (*Scheduler)(nil)
)

// newScheduler implements scheduler(timefunc=time.monotonic, delayfunc=time.sleep).
// https://docs.python.org/3/library/sched.html#sched.scheduler
func newScheduler(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s := &Scheduler{queue: starlark.NewList(nil), timefunc: pytime.Module.Members["monotonic"],
		delayfunc: pytime.Module.Members["sleep"]}
	if len(args) > 2 {
		return nil, py.Raisef(py.TypeError, "scheduler.__init__() takes from 1 to 3 positional arguments but %d were given", len(args)+1)
	}
	if err := starlark.UnpackArgs("scheduler.__init__", args, kwargs, "timefunc?", &s.timefunc, "delayfunc?", &s.delayfunc); err != nil {
		return nil, py.ToException(err)
	}
	return s, nil
}

func (s *Scheduler) String() string {
	return fmt.Sprintf("<sched.scheduler object at %#x>", py.Addr(s))
}
func (s *Scheduler) Type() string          { return "scheduler" }
func (s *Scheduler) Freeze()               {}
func (s *Scheduler) Truth() starlark.Bool  { return true }
func (s *Scheduler) Hash() (uint32, error) { return uint32(py.Addr(s)), nil }
func (s *Scheduler) PyClass() *py.Class    { return SchedulerClass }

// heap calls heapq function name on the queue.
func (s *Scheduler) heap(thread *starlark.Thread, name string, args ...starlark.Value) (starlark.Value, error) {
	return starlark.Call(thread, heapq.Module.Members[name], append(starlark.Tuple{s.queue}, args...), nil)
}

// enterabs implements enterabs(time, priority, action, argument=(), kwargs={}).
func (s *Scheduler) enterabs(thread *starlark.Thread, t, priority, action, argument, kwargs starlark.Value) (starlark.Value, error) {
	if kwargs == nil {
		kwargs = starlark.NewDict(0)
	}
	ev, err := starlark.Call(thread, EventClass, starlark.Tuple{t, priority, starlark.MakeInt(s.seq), action, argument, kwargs}, nil)
	if err != nil {
		return nil, err
	}
	s.seq++
	if _, err := s.heap(thread, "heappush", ev); err != nil {
		return nil, err
	}
	return ev, nil
}

// cancel implements cancel(event).
func (s *Scheduler) cancel(thread *starlark.Thread, ev starlark.Value) error {
	if _, err := builtins.CallMethod(thread, s.queue, "remove", starlark.Tuple{ev}, nil); err != nil {
		return py.ToException(err)
	}
	_, err := s.heap(thread, "heapify")
	return err
}

// events returns the queued events in the order they will run. Events
// differ in their sequence numbers, so comparing them calls no script code.
func (s *Scheduler) events() (*starlark.List, error) {
	elems := make([]starlark.Value, s.queue.Len())
	for i := range elems {
		elems[i] = s.queue.Index(i)
	}
	var err error
	sort.SliceStable(elems, func(i, j int) bool {
		less, e := starlark.Compare(syntax.LT, elems[i], elems[j])
		if err == nil {
			err = e
		}
		return less
	})
	if err != nil {
		return nil, py.ToException(err)
	}
	return starlark.NewList(elems), nil
}

// run implements run(blocking=True).
func (s *Scheduler) run(thread *starlark.Thread, blocking bool) (starlark.Value, error) {
	for s.queue.Len() > 0 {
		ev := py.Base(s.queue.Index(0)).(starlark.Tuple) // an Event, a tuple subclass
		at := ev.Index(0)
		now, err := starlark.Call(thread, s.timefunc, nil, nil)
		if err != nil {
			return nil, err
		}
		later, err := starlark.Compare(syntax.GT, at, now)
		if err != nil {
			return nil, py.ToException(err)
		}
		if later {
			delay, err := starlark.Binary(syntax.MINUS, at, now)
			if err != nil {
				return nil, py.ToException(err)
			}
			if !blocking {
				return delay, nil
			}
			if _, err := starlark.Call(thread, s.delayfunc, starlark.Tuple{delay}, nil); err != nil {
				return nil, err
			}
			continue
		}
		if _, err := s.heap(thread, "heappop"); err != nil {
			return nil, err
		}
		if err := s.fire(thread, ev); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

// fire runs an event's action(*argument, **kwargs), then delayfunc(0) to
// let other threads run.
func (s *Scheduler) fire(thread *starlark.Thread, ev starlark.Indexable) error {
	args, err := builtins.Elements(thread, ev.Index(4))
	if err != nil {
		return err
	}
	var kwargs []starlark.Tuple
	if d, ok := ev.Index(5).(starlark.IterableMapping); ok {
		kwargs = d.Items()
	}
	if _, err := starlark.Call(thread, ev.Index(3), args, kwargs); err != nil {
		return err
	}
	_, err = starlark.Call(thread, s.delayfunc, starlark.Tuple{starlark.MakeInt(0)}, nil)
	return err
}
