package core

// This file defines the HTML timeline: a self-contained page with an SVG
// Gantt chart of the trace, one row per thread, coloured by state.

import (
	"fmt"
	"html"
	"io"
	"sort"
	"strings"
)

var stateColors = map[string]string{
	StateRunning.String():  "#2e7d32",
	StateWaitGIL.String():  "#f9a825",
	StateSleeping.String(): "#1565c0",
	StateBlocked.String():  "#c62828",
}

// WriteHTML writes the trace as a standalone HTML page.
func (tr *Tracer) WriteHTML(w io.Writer, title string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title>\n", html.EscapeString(title))
	b.WriteString("<style>body{font-family:sans-serif;margin:20px}rect:hover{stroke:#000}text{font-size:12px}.legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px}</style></head><body>\n")
	fmt.Fprintf(&b, "<h2>%s</h2>\n", html.EscapeString(title))
	tr.writeTimeline(&b)
	b.WriteString("</body></html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteSVG writes the timeline WriteHTML draws, a legend followed by an
// SVG chart whose rows are <g class="thread"> elements, as an HTML
// fragment for a page that shows the trace while the script runs.
func (tr *Tracer) WriteSVG(w io.Writer) error {
	var b strings.Builder
	tr.writeTimeline(&b)
	_, err := io.WriteString(w, b.String())
	return err
}

// writeTimeline writes the legend and the SVG chart.
func (tr *Tracer) writeTimeline(b *strings.Builder) {
	events := tr.Events()
	rows, names := timelineRows(events)
	origin, end := timeRange(events)
	for i := range events {
		events[i].Ts -= origin
	}
	end -= origin
	if end <= 0 {
		end = 1
	}
	const left, width, rowH = 180.0, 1000.0, 26.0
	height := float64(len(rows))*rowH + 50
	b.WriteString("<div class=\"legend\">")
	for _, s := range []State{StateRunning, StateWaitGIL, StateSleeping, StateBlocked} {
		fmt.Fprintf(b, "<span style=\"background:%s\"></span>%s", stateColors[s.String()], s)
	}
	fmt.Fprintf(b, "</div>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">\n", left+width+20, height, left+width+20, height)
	scale := width / end
	for i, tid := range rows {
		y := float64(i)*rowH + 30
		fmt.Fprintf(b, "<g class=\"thread\"><text x=\"4\" y=\"%.0f\">%s</text>\n", y+16, html.EscapeString(names[tid]))
		for _, e := range events {
			if e.Tid != tid || e.Ph != "X" {
				continue
			}
			fmt.Fprintf(b, "<rect x=\"%.2f\" y=\"%.0f\" width=\"%.2f\" height=\"%.0f\" fill=\"%s\"><title>%s: %s, %.3f ms at %.3f ms</title></rect>\n",
				left+e.Ts*scale, y, maxf(e.Dur*scale, 0.5), rowH-6, stateColors[e.Cat], html.EscapeString(names[tid]), html.EscapeString(e.Name), e.Dur/1e3, e.Ts/1e3)
		}
		b.WriteString("</g>\n")
	}
	for i := 0; i <= 10; i++ {
		x := left + float64(i)*width/10
		fmt.Fprintf(b, "<line x1=\"%.1f\" y1=\"20\" x2=\"%.1f\" y2=\"%.0f\" stroke=\"#ccc\"/><text x=\"%.1f\" y=\"14\">%s</text>\n", x, x, height-20, x-10, msLabel(end*float64(i)/10))
	}
	b.WriteString("</svg>\n")
}

// timeRange returns the first and last timestamps of the events.
func timeRange(events []TraceEvent) (float64, float64) {
	first, last := -1.0, 0.0
	for _, e := range events {
		if e.Ph == "M" {
			continue
		}
		if first < 0 || e.Ts < first {
			first = e.Ts
		}
		if t := e.Ts + e.Dur; t > last {
			last = t
		}
	}
	if first < 0 {
		first = 0
	}
	return first, last
}

// msLabel formats a time axis label given in microseconds.
func msLabel(us float64) string {
	switch {
	case us >= 10e3:
		return fmt.Sprintf("%.0f ms", us/1e3)
	case us >= 1e3:
		return fmt.Sprintf("%.1f ms", us/1e3)
	}
	return fmt.Sprintf("%.2f ms", us/1e3)
}

// timelineRows returns thread ids in order of first appearance and names.
func timelineRows(events []TraceEvent) ([]int64, map[int64]string) {
	names := map[int64]string{}
	first := map[int64]float64{}
	for _, e := range events {
		if e.Ph == "M" {
			names[e.Tid] = e.Args["name"]
			continue
		}
		if t, ok := first[e.Tid]; !ok || e.Ts < t {
			first[e.Tid] = e.Ts
		}
	}
	var rows []int64
	for tid := range names {
		rows = append(rows, tid)
	}
	sort.Slice(rows, func(i, j int) bool { return first[rows[i]] < first[rows[j]] })
	return rows, names
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}
