package core

import (
	"container/heap"
	"testing"
	"time"
)

// TestSleepQueueCompacts checks that entries of waits woken early are
// dropped once they are most of the heap, and that live ones stay in
// deadline order.
func TestSleepQueueCompacts(t *testing.T) {
	var q sleepQueue
	defer q.stop()
	far := nanotime() + int64(time.Hour)
	threads := make([]*Thread, 1000)
	for i := range threads {
		threads[i] = &Thread{}
		gen := threads[i].sleepGen.Add(1)
		q.add(threads[i], gen, far+int64(len(threads)-i))
	}
	for _, th := range threads[:900] { // woken early
		th.sleepGen.Add(1)
		q.abandon()
	}
	extra := &Thread{}
	q.add(extra, extra.sleepGen.Add(1), far)
	if n := len(q.h); n != 101 {
		t.Fatalf("%d entries after compaction, want 101", n)
	}
	if q.h[0].t != extra {
		t.Errorf("earliest entry is not the earliest wait")
	}
	heap.Pop(&q.h)
	if q.h[0].t != threads[999] {
		t.Errorf("next entry is not the earliest live wait")
	}
}
