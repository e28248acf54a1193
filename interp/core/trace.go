package core

// This file defines the timeline trace: every state change of every
// script thread, recorded as spans and written in the Chrome trace-event
// format (Perfetto, chrome://tracing) or as an HTML timeline.

import (
	"encoding/json"
	"io"
	"sync"
	"time"
)

// Tracer records thread state spans. It is safe for concurrent use.
// A Runtime without a Tracer pays one nil check per state change.
type Tracer struct {
	mu     sync.Mutex // protects following fields
	start  time.Time
	open   map[*Thread]openSpan
	events []TraceEvent
}

type openSpan struct {
	state State
	on    any
	since time.Duration
}

// TraceEvent is one record of the Chrome trace-event format.
type TraceEvent struct {
	Name  string            `json:"name"`
	Cat   string            `json:"cat,omitempty"`
	Ph    string            `json:"ph"`
	Ts    float64           `json:"ts"` // microseconds
	Dur   float64           `json:"dur,omitempty"`
	Pid   int               `json:"pid"`
	Tid   int64             `json:"tid"`
	Scope string            `json:"s,omitempty"`
	Args  map[string]string `json:"args,omitempty"`
}

// NewTracer returns a tracer whose clock starts now.
func NewTracer() *Tracer {
	return &Tracer{start: time.Now(), open: map[*Thread]openSpan{}}
}

func (tr *Tracer) now() time.Duration { return time.Since(tr.start) }

// transition closes t's open span and opens one for state s.
func (tr *Tracer) transition(t *Thread, s State, on any) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	now := tr.now()
	if sp, ok := tr.open[t]; ok {
		tr.events = append(tr.events, tr.span(t, sp, now))
	} else {
		tr.meta(t)
		tr.instant(t, "thread start", now)
	}
	if s == StateDone {
		delete(tr.open, t)
		tr.instant(t, "thread end", now)
		return
	}
	tr.open[t] = openSpan{state: s, on: on, since: now}
}

func (tr *Tracer) span(t *Thread, sp openSpan, now time.Duration) TraceEvent {
	name := sp.state.String()
	var args map[string]string
	if d := describe(sp.on); d != "" {
		name = "blocked on " + d
		if sp.state == StateSleeping {
			name = "waiting (timeout) on " + d
		}
		args = map[string]string{"on": d}
	}
	return TraceEvent{Name: name, Cat: sp.state.String(), Ph: "X", Ts: micros(sp.since), Dur: micros(now - sp.since), Pid: 1, Tid: t.Ident, Args: args}
}

func (tr *Tracer) meta(t *Thread) {
	tr.events = append(tr.events, TraceEvent{Name: "thread_name", Ph: "M", Pid: 1, Tid: t.Ident, Args: map[string]string{"name": t.Name}})
}

func (tr *Tracer) instant(t *Thread, name string, now time.Duration) {
	tr.events = append(tr.events, TraceEvent{Name: name, Ph: "i", Ts: micros(now), Pid: 1, Tid: t.Ident, Scope: "t"})
}

// Instant records a named instant event on t's track.
func (tr *Tracer) Instant(t *Thread, name string) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	tr.instant(t, name, tr.now())
}

// Events returns the recorded events, closing still-open spans at now.
func (tr *Tracer) Events() []TraceEvent {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	now := tr.now()
	out := append([]TraceEvent(nil), tr.events...)
	for t, sp := range tr.open {
		out = append(out, tr.span(t, sp, now))
	}
	return out
}

// WriteJSON writes the trace in the Chrome trace-event format.
func (tr *Tracer) WriteJSON(w io.Writer) error {
	return json.NewEncoder(w).Encode(map[string]any{"traceEvents": tr.Events(), "displayTimeUnit": "ms"})
}

func micros(d time.Duration) float64 { return float64(d) / 1e3 }

func describe(on any) string {
	switch on := on.(type) {
	case string:
		return on
	case interface{ String() string }:
		return on.String()
	}
	return ""
}
