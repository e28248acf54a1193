// Package traceback formats spindle's Python tracebacks. Its Sources
// holds the text and the front-end's SourceMap (package
// interp/lower/abi) of every file an Interpreter compiled; from them it
// writes each frame's source line and the caret line under the
// expression that failed, as CPython 3.11 does, and completes the
// messages that only the source tells (Sources.RefineCallError).
//
// Carets come from the SourceMap's anchors, never from the names of
// the front-end's helpers or from positions guessed at: a frame's
// position is looked up in its file's SourceMap, which says what
// expression the instruction there stands for. A list, set or dict
// comprehension, which runs in its function's VM frame, gets the frame
// CPython 3.11 gives it (<listcomp>...) from the SourceMap's
// comprehensions (abi.SourceMap.CompsAt), in the tracebacks of
// exceptions.
//
// The package sits between the object model and the runtime: it
// imports package py (exceptions, ToException, the frames Python
// shows) and is imported by package core, whose Runtime keeps one
// Sources per Interpreter (Runtime.Sources); it imports neither core
// nor anything that runs scripts. The name is Python's: the module
// that formats tracebacks is traceback too.
package traceback
