//go:build js && wasm

// Command wasm is the browser side of the spindle playground
// (cmd/spindle-web): built with GOOS=js GOARCH=wasm, it puts a
// `spindle` object on the page's global scope whose methods run a
// script (package play), stop it, poll its output and draw its
// timeline, and it serves input() with the browser's prompt.
package main

import (
	"io/fs"
	"syscall/js"
	"time"

	"github.com/spindle-lang/spindle/cmd/spindle-web/play"
	"github.com/spindle-lang/spindle/examples"
)

// cur is the current run, or nil. Only the callbacks touch it, and Go
// runs them one at a time on the event goroutine.
var cur *play.Run

func main() {
	api := js.Global().Get("Object").New()
	api.Set("examples", js.FuncOf(listExamples))
	api.Set("run", js.FuncOf(run))
	api.Set("stop", js.FuncOf(func(js.Value, []js.Value) any {
		if cur != nil {
			cur.Stop()
		}
		return nil
	}))
	api.Set("poll", js.FuncOf(poll))
	api.Set("timeline", js.FuncOf(func(js.Value, []js.Value) any {
		if cur == nil {
			return ""
		}
		return cur.Timeline()
	}))
	api.Set("resume", js.FuncOf(func(js.Value, []js.Value) any {
		select {
		case resumed <- struct{}{}:
		default:
		}
		return nil
	}))
	js.Global().Set("spindle", api)
	if ready := js.Global().Get("spindleReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}

// listExamples returns the embedded examples as a JavaScript array of
// {name, src} (js.ValueOf, not JSON: encoding/json's first use, all
// reflection, cost tens of milliseconds of the page's start).
func listExamples(js.Value, []js.Value) any {
	list := []any{}
	names, _ := fs.Glob(examples.Scripts, "*")
	for _, n := range names {
		b, _ := fs.ReadFile(examples.Scripts, n)
		list = append(list, map[string]any{"name": n, "src": string(b)})
	}
	return js.ValueOf(list)
}

// run starts a run: run(name, src, seed, stress).
func run(_ js.Value, args []js.Value) any {
	if cur != nil {
		cur.Stop()
	}
	c := play.Config{Seed: uint64(args[2].Int()), Stress: args[3].Int(), Input: prompt, Checkpoint: checkpoint}
	cur = play.Start(args[0].String(), []byte(args[1].String()), c)
	return nil
}

// poll returns {chunks, ended, status, first} as a JavaScript object:
// the output since the last poll ([{stream, text}]), whether the run has
// ended, its exit status and the milliseconds from its start to its
// first output.
func poll(js.Value, []js.Value) any {
	if cur == nil {
		return js.ValueOf(map[string]any{"chunks": []any{}, "ended": true, "status": 0, "first": 0})
	}
	chunks, ended, status := cur.Poll()
	list := make([]any, len(chunks))
	for i, c := range chunks {
		list[i] = map[string]any{"stream": string(c.Stream), "text": c.Text}
	}
	return js.ValueOf(map[string]any{
		"chunks": list, "ended": ended, "status": status,
		"first": float64(cur.FirstOutput()) / float64(time.Millisecond),
	})
}

// resumed is signalled by spindle.resume, which the page calls from a
// message event that checkpoint asked for.
var resumed = make(chan struct{}, 1)

// lastYield is when the running thread last let the event loop run;
// only the GIL's holder touches it.
var lastYield time.Time

// yieldEvery is how long a script computes before the page gets a turn
// to draw its output and to see a click on Stop.
const yieldEvery = 20 * time.Millisecond

// checkpoint is the interpreter's Checkpoint hook. A wasm program is one
// OS thread that gives the browser its event loop back only when every
// goroutine is blocked, so a thread computing in a loop would freeze the
// page: every yieldEvery it blocks until a message event, which the
// browser queues behind the clicks and the drawing that wait.
func checkpoint() {
	if time.Since(lastYield) < yieldEvery {
		return
	}
	js.Global().Call("spindleYield")
	<-resumed
	lastYield = time.Now()
}

// prompt serves input() with the browser's prompt, showing the prompt
// input() printed; a cancelled prompt is the end of the input.
func prompt(msg string) (string, bool) {
	v := js.Global().Call("prompt", msg)
	if v.IsNull() || v.IsUndefined() {
		return "", false
	}
	return v.String(), true
}
