//go:build !js

package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// BenchmarkPageLoad measures the playground as a first-time visitor
// meets it: each iteration starts a fresh headless Chromium (an empty
// profile, so nothing is cached), loads the page with ?run=notes.star and
// waits for the run's end. It reports the medians over the iterations of
// the page's times from the start of navigation (wasm compiled, Go
// started, first output), of the run's own time from its start in Go to
// its first output, of the run from the click on Run to its exit status,
// and of the CPU time the page's renderer process used from its start to
// the run's end (on Linux; less sensitive than the times to the load of
// a shared machine), with the wasm file's size. For the README's figures:
//
//	go test -run '^$' -bench PageLoad -benchtime 5x ./cmd/spindle-web
func BenchmarkPageLoad(b *testing.B) {
	path := findBrowser()
	if path == "" {
		b.Skip("SKIPPED: no Chromium or Chrome on PATH (apt-get install chromium)")
	}
	dir := b.TempDir()
	if err := Build(dir); err != nil {
		b.Fatal(err)
	}
	if fi, err := os.Stat(filepath.Join(dir, "spindle.wasm")); err == nil {
		b.ReportMetric(float64(fi.Size()), "wasm-bytes")
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer srv.Close()
	var fetched, loaded, ready, first, goFirst, run, cpu []float64
	for i := 0; i < b.N; i++ {
		st, cpuSec := loadNotes(b, path, srv.URL)
		cpu = append(cpu, cpuSec)
		b.Logf("renderer CPU %.2f s; "+"wasm requested %.0f ms, downloaded %.0f ms, compiled %.0f ms, Go started %.0f ms, first output %.0f ms (%.0f ms after the run's start), run %.0f ms",
			cpuSec, st.FetchStart, st.Fetched, st.Loaded, st.Ready, st.FirstOutput, st.GoFirst, st.RunMs)
		fetched = append(fetched, st.Fetched)
		loaded, ready, first = append(loaded, st.Loaded), append(ready, st.Ready), append(first, st.FirstOutput)
		goFirst, run = append(goFirst, st.GoFirst), append(run, st.RunMs)
	}
	b.ReportMetric(median(fetched), "ms-downloaded")
	b.ReportMetric(median(loaded), "ms-compiled")
	b.ReportMetric(median(ready), "ms-go-started")
	b.ReportMetric(median(first), "ms-first-output")
	b.ReportMetric(median(goFirst), "ms-run-to-first-output")
	b.ReportMetric(median(run), "ms-run")
	b.ReportMetric(median(cpu), "cpu-s-renderer")
	b.ReportMetric(0, "ns/op") // the browser's own start is not the page's
}

// loadNotes loads the page in a fresh browser and returns its
// measurements once the notes example has run, with the CPU seconds its
// renderer used.
func loadNotes(b *testing.B, path, url string) (pageState, float64) {
	b.Helper()
	profile := b.TempDir()
	ctx := browserIn(b, path, profile)
	defer chromedp.Cancel(ctx) // one browser at a time
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"/?run=notes.star"), waitFor(`window.spindlePage && window.spindlePage.ended`)); err != nil {
		b.Fatalf("%v; the page says: %s", err, eval[string](b, ctx, pageText))
	}
	cpu := rendererCPU(profile)
	st := eval[pageState](b, ctx, `window.spindlePage`)
	if st.Status != 0 || !strings.Contains(eval[string](b, ctx, outText), "daemon? True") {
		b.Fatalf("notes.star: status %d; the page says: %s", st.Status, eval[string](b, ctx, pageText))
	}
	return st, cpu
}

// rendererCPU returns the CPU seconds (user and system) used so far by
// the renderer processes of the browser whose profile is dir, read from
// /proc; 0 where there is none.
func rendererCPU(dir string) float64 {
	procs, _ := os.ReadDir("/proc")
	var sec float64
	for _, p := range procs {
		cmd, err := os.ReadFile("/proc/" + p.Name() + "/cmdline")
		if err != nil || !strings.Contains(string(cmd), dir) || !strings.Contains(string(cmd), "--type=renderer") {
			continue
		}
		stat, err := os.ReadFile("/proc/" + p.Name() + "/stat")
		i := strings.LastIndexByte(string(stat), ')')
		if err != nil || i < 0 {
			continue
		}
		// After the command's name: state is field 3, utime 14, stime 15.
		f := strings.Fields(string(stat[i+1:]))
		if len(f) < 13 {
			continue
		}
		utime, _ := strconv.ParseFloat(f[11], 64)
		stime, _ := strconv.ParseFloat(f[12], 64)
		sec += (utime + stime) / clockTicks
	}
	return sec
}

// clockTicks is USER_HZ, the unit of /proc's CPU times: 100 on Linux.
const clockTicks = 100

// median returns the median of xs (the mean of the middle two for an
// even count).
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
