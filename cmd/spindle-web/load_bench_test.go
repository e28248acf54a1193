//go:build !js

package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
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
// its first output, and of the run from the click on Run to its exit
// status, with the wasm file's size. For the README's figures:
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
	var fetched, loaded, ready, first, goFirst, run []float64
	for i := 0; i < b.N; i++ {
		st := loadNotes(b, path, srv.URL)
		b.Logf("wasm requested %.0f ms, downloaded %.0f ms, compiled %.0f ms, Go started %.0f ms, first output %.0f ms (%.0f ms after the run's start), run %.0f ms",
			st.FetchStart, st.Fetched, st.Loaded, st.Ready, st.FirstOutput, st.GoFirst, st.RunMs)
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
	b.ReportMetric(0, "ns/op") // the browser's own start is not the page's
}

// loadNotes loads the page in a fresh browser and returns its
// measurements once the notes example has run.
func loadNotes(b *testing.B, path, url string) pageState {
	b.Helper()
	ctx := browser(b, path)
	defer chromedp.Cancel(ctx) // one browser at a time
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"/?run=notes.star"), waitFor(`window.spindlePage && window.spindlePage.ended`)); err != nil {
		b.Fatalf("%v; the page says: %s", err, eval[string](b, ctx, pageText))
	}
	st := eval[pageState](b, ctx, `window.spindlePage`)
	if st.Status != 0 || !strings.Contains(eval[string](b, ctx, outText), "daemon? True") {
		b.Fatalf("notes.star: status %d; the page says: %s", st.Status, eval[string](b, ctx, pageText))
	}
	return st
}

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
