package core

// This file defines the runtime's timed waits: one timer for all of
// them, which wakes the threads whose time is up in the order of their
// deadlines and queues them for the GIL in that order. With a timer of
// its own per thread, threads that sleep the same time wake in the order
// Go schedules their goroutines, which runs the last one readied first:
// three workers started together and sleeping 0.1 s printed "done" as
// 2, 0, 1. CPython's sleepers wake as the OS's timers fire, by deadline.

import (
	"container/heap"
	"sync"
	"time"
)

// sleeper is a thread's timed wait: its deadline (nanotime), the order
// it began in among equal deadlines, and the wait it is (t.sleepGen),
// which a thread woken early no longer is.
type sleeper struct {
	deadline int64
	seq      uint64
	gen      uint64
	t        *Thread
}

type sleepHeap []sleeper

func (h sleepHeap) Len() int { return len(h) }
func (h sleepHeap) Less(i, j int) bool {
	return h[i].deadline < h[j].deadline || h[i].deadline == h[j].deadline && h[i].seq < h[j].seq
}
func (h sleepHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *sleepHeap) Push(x any)   { *h = append(*h, x.(sleeper)) }
func (h *sleepHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// sleepQueue holds the runtime's timed waits.
type sleepQueue struct {
	mu    sync.Mutex
	h     sleepHeap
	seq   uint64
	timer *time.Timer // fires at h[0]'s deadline
	at    int64       // the deadline the timer is set for; 0: none
	stale int         // about how many entries are of waits woken early
}

// add registers t's timed wait gen until deadline.
func (q *sleepQueue) add(t *Thread, gen uint64, deadline int64) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.seq++
	if q.stale > 256 && q.stale > len(q.h)/2 {
		q.compactLocked()
	}
	heap.Push(&q.h, sleeper{deadline: deadline, seq: q.seq, gen: gen, t: t})
	q.armLocked()
}

// abandon notes that a timed wait ended before its deadline: its entry
// stays until then, or until add compacts the heap (a consumer's
// q.get(timeout=60), woken by every put, would otherwise keep a minute
// of entries).
func (q *sleepQueue) abandon() {
	q.mu.Lock()
	q.stale++
	q.mu.Unlock()
}

// compactLocked drops the entries of waits that are over.
func (q *sleepQueue) compactLocked() {
	live := q.h[:0]
	for _, s := range q.h {
		if s.t.sleepGen.Load() == s.gen {
			live = append(live, s)
		}
	}
	clear(q.h[len(live):])
	q.h, q.stale = live, 0
	heap.Init(&q.h)
}

// armLocked sets the timer for the earliest deadline.
func (q *sleepQueue) armLocked() {
	if len(q.h) == 0 {
		return
	}
	next := q.h[0].deadline
	if q.at != 0 && q.at <= next {
		return
	}
	q.at = next
	d := time.Duration(next - nanotime())
	if q.timer == nil {
		q.timer = time.AfterFunc(d, q.fire)
	} else {
		q.timer.Reset(d)
	}
}

// fire wakes the threads whose deadline has passed, earliest first,
// queuing each for the GIL before the next.
func (q *sleepQueue) fire() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.at = 0
	now := nanotime()
	for len(q.h) > 0 && q.h[0].deadline <= now {
		s := heap.Pop(&q.h).(sleeper)
		if s.t.sleepGen.Load() == s.gen {
			s.t.QueueTurn()
			s.t.Wake()
		}
	}
	q.armLocked()
}

// stop stops the timer: the runtime is done.
func (q *sleepQueue) stop() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.timer != nil {
		q.timer.Stop()
	}
	q.h, q.at = nil, 0
}
