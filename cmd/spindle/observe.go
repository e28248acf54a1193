package main

// This file defines the observation modes: writing the trace and the
// timeline, and --stress, which runs a script under many seeds and
// reports the distinct outputs with the seeds that produced them.

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/core"
)

// writeTrace writes the requested trace files.
func writeTrace(c config, tr *core.Tracer, name string) error {
	if tr == nil {
		return nil
	}
	if c.trace != "" {
		if err := writeFile(c.trace, func(w io.Writer) error { return tr.WriteJSON(w) }); err != nil {
			return err
		}
	}
	if c.timeline != "" {
		return writeFile(c.timeline, func(w io.Writer) error { return tr.WriteHTML(w, "spindle timeline: "+name) })
	}
	return nil
}

func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// outcome is one distinct result of a stress run.
type outcome struct {
	output string
	seeds  []uint64
}

// stress runs the script under seeds 1..K and prints each distinct
// output with the seeds that produced it.
func stress(c config, opts interp.Options, stdin io.Reader, stdout, stderr io.Writer) int {
	name, src, err := scriptSource(c, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "spindle: can't open file '%s': %v\n", c.file, err)
		return 2
	}
	byOutput := map[string]*outcome{}
	for seed := uint64(1); seed <= uint64(c.stress); seed++ {
		out := runSeeded(opts, seed, name, src)
		o := byOutput[out]
		if o == nil {
			o = &outcome{output: out}
			byOutput[out] = o
		}
		o.seeds = append(o.seeds, seed)
	}
	outcomes := make([]*outcome, 0, len(byOutput))
	for _, o := range byOutput {
		outcomes = append(outcomes, o)
	}
	sort.Slice(outcomes, func(i, j int) bool { return outcomes[i].seeds[0] < outcomes[j].seeds[0] })
	fmt.Fprintf(stdout, "%d runs, %d distinct outputs\n", c.stress, len(outcomes))
	for i, o := range outcomes {
		fmt.Fprintf(stdout, "\n--- output %d: %d runs, seeds %s (replay: spindle --schedule seed=%d %s)\n%s",
			i+1, len(o.seeds), seedList(o.seeds), o.seeds[0], name, o.output)
	}
	return 0
}

// runSeeded runs the script once under a seed and returns its output,
// stdout then stderr, with the exit status when it is not 0.
func runSeeded(opts interp.Options, seed uint64, name string, src []byte) string {
	var out, errb bytes.Buffer
	opts.Stdout, opts.Stderr, opts.ScheduleSeed = &out, &errb, seed
	in := interp.New(opts)
	status := exitStatus(in.ExecFile(context.Background(), name, src), &errb)
	in.Close()
	s := out.String() + errb.String()
	if status != 0 {
		s += fmt.Sprintf("[exit status %d]\n", status)
	}
	return s
}

func seedList(seeds []uint64) string {
	var parts []string
	for i, s := range seeds {
		if i == 8 {
			parts = append(parts, fmt.Sprintf("... (%d more)", len(seeds)-8))
			break
		}
		parts = append(parts, fmt.Sprint(s))
	}
	return strings.Join(parts, ", ")
}
