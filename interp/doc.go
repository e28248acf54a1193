// Package interp is spindle's embedding API: an Interpreter runs
// Python-subset scripts whose threading module starts goroutines
// scheduled by a per-Interpreter GIL.
//
// # Quick start
//
//	in := interp.New(interp.Options{})
//	defer in.Close()
//	err := in.ExecFile(ctx, "hello.py", `print("hi")`)
//
// Every method is safe for concurrent use; calls queue for the GIL.
package interp
