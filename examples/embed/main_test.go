package main

import (
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestRunCompletes(t *testing.T) {
	var out strings.Builder
	if err := run(&out, time.Minute, "/intro", "/gil", "/embed"); err != nil {
		t.Fatal(err)
	}
	want := `service: /intro    6 words
service: /gil      4 words
service: /embed    8 words
service: script done, 3 pages counted
`
	if got := out.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestRunTimesOut(t *testing.T) {
	var out strings.Builder
	start := time.Now()
	if err := run(&out, 200*time.Millisecond, "/intro", "/archive"); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("run took %v", d)
	}
	want := `service: /intro    6 words
service: deadline passed, script stopped: RuntimeError: cancelled: context deadline exceeded
`
	if got := out.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
