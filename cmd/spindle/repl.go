package main

// This file defines the interactive prompt.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/chzyer/readline"

	"github.com/spindle-lang/spindle/builtins/sys"
	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/interp/core"
)

// isTerminal reports whether r is an interactive terminal.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && readline.IsTerminal(int(f.Fd()))
}

// repl runs the interactive prompt until EOF.
func repl(opts interp.Options) int {
	rl, err := readline.NewEx(&readline.Config{Prompt: ">>> "})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer rl.Close()
	opts.Stdout, opts.Stderr = rl.Stdout(), rl.Stderr()
	in := interp.New(opts)
	defer in.Close()
	fmt.Fprintf(rl.Stdout(), "spindle %s (Python 3.11 subset)\nType \"help()\" for help.\n", sys.Version)
	for {
		chunk, err := readChunk(rl)
		if errors.Is(err, io.EOF) {
			return 0
		}
		if err != nil {
			continue
		}
		if strings.TrimSpace(chunk) == "" {
			continue
		}
		ctx, stop := interruptContext()
		err = evalOrExec(ctx, in, chunk, rl.Stdout())
		stop()
		if err != nil {
			exitStatus(err, rl.Stderr())
		}
	}
}

// evalOrExec prints the repr of an expression, or runs statements.
func evalOrExec(ctx context.Context, in *interp.Interpreter, chunk string, out io.Writer) error {
	if v, err := in.Eval(ctx, chunk); err == nil {
		if v.String() != "None" {
			fmt.Fprintln(out, core.Repr(v))
		}
		return nil
	}
	return in.ExecFile(ctx, "<stdin>", chunk)
}

// readChunk reads one statement, continuing lines of a block until a
// blank line.
func readChunk(rl *readline.Instance) (string, error) {
	rl.SetPrompt(">>> ")
	line, err := rl.Readline()
	if err != nil {
		return "", err
	}
	lines := []string{line}
	if !strings.HasSuffix(strings.TrimSpace(line), ":") {
		return line, nil
	}
	rl.SetPrompt("... ")
	for {
		more, err := rl.Readline()
		if err != nil || strings.TrimSpace(more) == "" {
			break
		}
		lines = append(lines, more)
	}
	return strings.Join(lines, "\n") + "\n", nil
}
