package play

// This file defines the stress mode: the script runs under seeds 1..K
// and the page lists each distinct output with the seeds that produced
// it, so that a race's outcome can be replayed with its seed.

import (
	"bytes"
	"context"
	"fmt"
)

// outcome is one distinct output of a stress run.
type outcome struct {
	output string
	seeds  []uint64
}

// stress runs the script under seeds 1..c.Stress until ctx is cancelled
// and reports the distinct outputs; it returns the exit status, 130 if
// it was stopped.
func (r *Run) stress(ctx context.Context, name string, src []byte, c Config) int {
	var outcomes []*outcome
	byOutput := map[string]*outcome{}
	runs := 0
	for seed := uint64(1); seed <= uint64(c.Stress) && ctx.Err() == nil; seed++ {
		var out bytes.Buffer
		status := r.once(ctx, name, src, c, seed, &out, &out)
		if ctx.Err() != nil {
			break
		}
		if status != 0 {
			fmt.Fprintf(&out, "[exit status %d]\n", status)
		}
		runs++
		o := byOutput[out.String()]
		if o == nil {
			o = &outcome{output: out.String()}
			byOutput[o.output] = o
			outcomes = append(outcomes, o)
		}
		o.seeds = append(o.seeds, seed)
	}
	stopped := ""
	if ctx.Err() != nil {
		stopped = " (stopped)"
	}
	r.add(Info, fmt.Sprintf("%d runs, %d distinct outputs%s\n", runs, len(outcomes), stopped))
	for i, o := range outcomes {
		r.add(Info, fmt.Sprintf("\n--- output %d: %d of %d runs; replay it with seed %d\n", i+1, len(o.seeds), runs, o.seeds[0]))
		r.add(Stdout, o.output)
	}
	if stopped != "" {
		return 130
	}
	return 0
}
