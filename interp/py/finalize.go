package py

// This file calls __del__. CPython calls it when an instance's last
// reference goes; Go's collector frees memory with no such moment, so
// spindle asks it at the moments a script can tell: after a del
// statement (in a file whose classes define __del__), before print
// writes, at gc.collect() and at exit. An instance of a class with
// __del__ is registered when it is made, by weak pointer; at such a
// moment the registry copies each live instance (its class and
// attributes), collects, and calls __del__ on the copy of each one the
// collection found unreachable, in the order they were made. At exit
// the instances still alive get theirs, in the same order, as CPython's
// teardown of the main module gives them. Package builtins makes the
// calls (see builtins.RunFinalizers).

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
	"weak"

	"go.starlark.net/starlark"
)

// finalizee is a registered instance: a weak pointer to it and its state
// as last copied.
type finalizee struct {
	w    weak.Pointer[Instance]
	copy Instance
}

var finalizers = struct {
	sync.Mutex
	byHost map[Host]*registry
	count  atomic.Int64 // registered, over all hosts: 0 spares print a look
}{byHost: map[Host]*registry{}}

// registry is a Host's registered instances, with the looks made and
// the time they took: a look costs a collection, a few milliseconds,
// and print asks for one each time. Beyond the first freeLooks, print's
// looks are skipped while their time exceeds a tenth of the time since
// the first registration, so that a program printing much pays a
// bounded share (and a small one behaves the same on any machine).
// Looks for a del statement, gc.collect() and exit are always made.
type registry struct {
	list  []*finalizee
	first time.Time     // the first registration
	looks int           // made
	spent time.Duration // in looks
}

// freeLooks is the number of looks print makes before they are rationed.
const freeLooks = 100

// registerFinalizer registers x, a new instance of a class that defines
// __del__, with a copy of its state.
func registerFinalizer(x starlark.Value) {
	inst, ok := x.(*Instance)
	if !ok || inst.rt == nil {
		return
	}
	finalizers.Lock()
	r := finalizers.byHost[inst.rt]
	if r == nil {
		r = &registry{}
		finalizers.byHost[inst.rt] = r
	}
	if r.list == nil {
		r.first = time.Now()
	}
	r.list = append(r.list, &finalizee{w: weak.Make(inst), copy: *inst})
	finalizers.Unlock()
	finalizers.count.Add(1)
}

// Unreachable returns (copies of) the registered instances of thread's
// Host that are no longer reachable, in the order they were made, and
// forgets them: the caller calls their __del__. Unless force is set
// (gc.collect, a del statement, exit) it may skip the look (see
// registry). The caller holds the GIL.
func Unreachable(thread *starlark.Thread, force bool) []*Instance {
	if finalizers.count.Load() == 0 {
		return nil
	}
	host := HostOf(thread)
	finalizers.Lock()
	r := finalizers.byHost[host]
	if r == nil || len(r.list) == 0 || !force && r.looks >= freeLooks && r.spent > time.Since(r.first)/10 {
		finalizers.Unlock()
		return nil
	}
	list := r.list
	finalizers.Unlock()
	start := time.Now()
	refresh(list)
	runtime.GC()
	var dead []*Instance
	var live []*finalizee
	for _, f := range list {
		if f.w.Value() == nil {
			dead = append(dead, &f.copy)
		} else {
			live = append(live, f)
		}
	}
	finalizers.Lock()
	if len(dead) > 0 {
		r.list = append(live, r.list[len(list):]...) // and those made meanwhile
	}
	r.looks++
	r.spent += time.Since(start)
	finalizers.Unlock()
	finalizers.count.Add(-int64(len(dead)))
	return dead
}

// refresh copies each live instance of list. It is not inlined, so that
// no pointer to an instance outlives it on the caller's stack.
//
//go:noinline
func refresh(list []*finalizee) {
	for _, f := range list {
		if inst := f.w.Value(); inst != nil {
			f.copy = *inst
		}
	}
}

// Remaining returns the registered instances of thread's Host still
// alive, in the order they were made, and forgets every registration:
// at exit, the caller calls their __del__.
func Remaining(thread *starlark.Thread) []*Instance {
	host := HostOf(thread)
	finalizers.Lock()
	r := finalizers.byHost[host]
	delete(finalizers.byHost, host)
	finalizers.Unlock()
	if r == nil {
		return nil
	}
	finalizers.count.Add(-int64(len(r.list)))
	var live []*Instance
	for _, f := range r.list {
		if inst := f.w.Value(); inst != nil {
			live = append(live, inst)
		}
	}
	return live
}

// PendingFinalizers reports whether host has instances whose __del__
// has not run.
func PendingFinalizers(host Host) bool {
	if finalizers.count.Load() == 0 {
		return false
	}
	finalizers.Lock()
	defer finalizers.Unlock()
	r := finalizers.byHost[host]
	return r != nil && len(r.list) > 0
}
