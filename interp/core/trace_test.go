package core

import (
	"bytes"
	"context"
	"encoding/json"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestTraceStructure checks that each thread's spans do not overlap,
// cover its life from start to end, and have monotonic timestamps.
func TestTraceStructure(t *testing.T) {
	tr := NewTracer()
	rt := NewRuntime(Options{Tracer: tr})
	main := rt.NewThread(context.Background(), "MainThread")
	rt.EnterMain(main)
	for i := 0; i < 4; i++ {
		th := rt.NewChildThread(main, "w")
		rt.Start(th, func(th *Thread) error { return Sleep(th.ST, time.Millisecond) }, nil)
	}
	rt.LeaveMain(main)
	rt.WaitNonDaemon(context.Background())
	rt.Wait()

	var buf bytes.Buffer
	if err := tr.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var doc struct{ TraceEvents []TraceEvent }
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	spans := map[int64][]TraceEvent{}
	starts, ends := map[int64]float64{}, map[int64]float64{}
	for _, e := range doc.TraceEvents {
		switch {
		case e.Ph == "X":
			spans[e.Tid] = append(spans[e.Tid], e)
		case e.Name == "thread start":
			starts[e.Tid] = e.Ts
		case e.Name == "thread end":
			ends[e.Tid] = e.Ts
		}
	}
	if len(spans) != 5 {
		t.Fatalf("tracks = %d, want 5", len(spans))
	}
	sawSleep := false
	for tid, ss := range spans {
		sort.Slice(ss, func(i, j int) bool { return ss[i].Ts < ss[j].Ts })
		if ss[0].Ts != starts[tid] {
			t.Errorf("thread %d: first span at %v, start at %v", tid, ss[0].Ts, starts[tid])
		}
		for i := 1; i < len(ss); i++ {
			prevEnd := ss[i-1].Ts + ss[i-1].Dur
			if ss[i].Ts+1e-6 < prevEnd || ss[i].Ts-prevEnd > 1e-3 {
				t.Errorf("thread %d: span %d [%v] does not follow [%v, %v]", tid, i, ss[i].Ts, ss[i-1].Ts, prevEnd)
			}
			sawSleep = sawSleep || ss[i].Cat == StateSleeping.String()
		}
		last := ss[len(ss)-1]
		if d := ends[tid] - (last.Ts + last.Dur); d > 1e-3 || d < -1e-3 {
			t.Errorf("thread %d: last span ends %v, thread ends %v", tid, last.Ts+last.Dur, ends[tid])
		}
	}
	if !sawSleep {
		t.Error("no sleeping span recorded")
	}
	var page bytes.Buffer
	tr.WriteHTML(&page, "test")
	if !strings.Contains(page.String(), "<svg") || strings.Count(page.String(), "<rect") < 10 {
		t.Errorf("timeline page lacks the chart")
	}
	var svg bytes.Buffer
	tr.WriteSVG(&svg)
	if n := strings.Count(svg.String(), `<g class="thread">`); n != 5 || !strings.Contains(page.String(), svg.String()) {
		t.Errorf("WriteSVG: %d thread rows, want 5, and the page's chart", n)
	}
}
