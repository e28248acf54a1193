package core

// This file defines QueueTurn: a waker queues the thread it wakes for
// the GIL at once, so the woken thread runs before threads that ask for
// the GIL later, whenever its goroutine gets scheduled.

// Values of Thread.slot, the woken thread's claim on a GIL turn.
const (
	slotIdle    int32 = iota // not in a wait that a waker may end
	slotWaiting              // parked with the GIL released
	slotQueued               // a waker queued its turn: it waits for it
)

// QueueTurn queues t for the GIL if t is parked (in Park or
// BlockingUntil) and its wait is over: the caller has set the flag that
// ends it. In CPython a woken thread asks for the GIL as soon as the OS
// wakes it; here its goroutine may run later than a thread the waker
// starts next, so the waker takes t's place in the queue for it. It is
// safe to call from any goroutine.
func (t *Thread) QueueTurn() {
	if t.slot.CompareAndSwap(slotWaiting, slotQueued) {
		t.rt.GIL.queue(t.turn)
	}
}

// queue queues turn on behalf of another goroutine, which then waits
// with takeTurn. If the GIL is free, turn is handed it at once.
func (g *GIL) queue(turn Turn) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.enqueueLocked(turn) {
		turn <- struct{}{} // a buffered turn: never blocks
	}
}

// takeTurn blocks until a turn queued by queue reaches the front.
func (g *GIL) takeTurn(turn Turn) {
	<-turn
	g.since.Store(nanotime())
}
