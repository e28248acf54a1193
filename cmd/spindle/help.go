package main

// This file defines help, the REPL's builtin for short documentation of
// spindle's modules, classes and builtins. The docs live here, in Go.

import (
	"fmt"
	"sort"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// doc is the help of one name: a signature and a one-line summary, with
// optional further text.
type doc struct{ sig, line, more string }

// docs maps qualified names ("threading.Thread.join") to their help.
var docs = map[string]doc{
	"help": {"help(object)", "show the documentation of a module, class, function or value", ""},

	"threading":                    {"", "thread-based parallelism; spindle's threads are goroutines sharing one GIL", "Threads run one at a time under the Interpreter's GIL, handed over every\nsys.getswitchinterval() seconds or when a thread blocks (sleep, join,\nacquire, wait). Shared lists and dicts are safe to mutate without locks.\n"},
	"threading.Thread":             {"Thread(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None)", "a thread of control: start() calls target(*args, **kwargs) in a new goroutine", "Subclass it and override run(), or pass target. A non-daemon thread keeps\nthe program alive after the main script ends.\n"},
	"threading.Thread.start":       {"start()", "start the thread's activity; call at most once", ""},
	"threading.Thread.run":         {"run()", "the thread's activity: calls target(*args, **kwargs)", ""},
	"threading.Thread.join":        {"join(timeout=None)", "wait until the thread ends, or timeout seconds pass", ""},
	"threading.Thread.is_alive":    {"is_alive()", "whether the thread has started and not yet ended", ""},
	"threading.Thread.name":        {"name", "the thread's name (settable)", ""},
	"threading.Thread.daemon":      {"daemon", "whether the thread is a daemon (set before start())", ""},
	"threading.Thread.ident":       {"ident", "the thread's identifier, or None before start()", ""},
	"threading.Thread.native_id":   {"native_id", "the native thread id, or None before start()", ""},
	"threading.Thread.getName":     {"getName()", "deprecated: use the name attribute", ""},
	"threading.Thread.setName":     {"setName(name)", "deprecated: set the name attribute", ""},
	"threading.Thread.isDaemon":    {"isDaemon()", "deprecated: use the daemon attribute", ""},
	"threading.Thread.setDaemon":   {"setDaemon(daemonic)", "deprecated: set the daemon attribute", ""},
	"threading.active_count":       {"active_count()", "the number of live Thread objects, main thread included", ""},
	"threading.activeCount":        {"activeCount()", "deprecated alias of active_count()", ""},
	"threading.current_thread":     {"current_thread()", "the Thread object of the caller", ""},
	"threading.currentThread":      {"currentThread()", "deprecated alias of current_thread()", ""},
	"threading.main_thread":        {"main_thread()", "the main Thread object", ""},
	"threading.enumerate":          {"enumerate()", "a list of all live Thread objects", ""},
	"threading.get_ident":          {"get_ident()", "the current thread's identifier", ""},
	"threading.get_native_id":      {"get_native_id()", "the current thread's native id", ""},
	"threading.TIMEOUT_MAX":        {"TIMEOUT_MAX", "the largest timeout blocking functions accept", ""},
	"threading.Lock":               {"Lock()", "a lock: acquire(blocking=True, timeout=-1), release(), locked(); use with `with`", ""},
	"threading.RLock":              {"RLock()", "a reentrant lock: its owner may acquire it again", ""},
	"threading.Condition":          {"Condition(lock=None)", "a condition variable: wait(timeout), wait_for(pred), notify(n=1), notify_all()", ""},
	"threading.Semaphore":          {"Semaphore(value=1)", "a counter: acquire() waits while it is zero, release() adds one", ""},
	"threading.BoundedSemaphore":   {"BoundedSemaphore(value=1)", "a Semaphore whose release() may not exceed the initial value", ""},
	"threading.Event":              {"Event()", "a flag: set(), clear(), is_set(), wait(timeout=None)", ""},
	"threading.Timer":              {"Timer(interval, function, args=None, kwargs=None)", "a thread that calls function after interval seconds; cancel() stops it", ""},
	"threading.Barrier":            {"Barrier(parties, action=None, timeout=None)", "wait() blocks until parties threads have called it", ""},
	"threading.BrokenBarrierError": {"BrokenBarrierError", "raised when a Barrier is broken or reset", ""},
	"threading.local":              {"local()", "an object whose attributes are separate for each thread", ""},
	"threading.excepthook":         {"excepthook(args)", "reports an exception that escaped Thread.run()", ""},
	"threading.ExceptHookArgs":     {"ExceptHookArgs", "the argument of excepthook: exc_type, exc_value, exc_traceback, thread", ""},
	"threading.ThreadError":        {"ThreadError", "alias of RuntimeError", ""},

	"time":                 {"", "time access: clocks and sleep", ""},
	"time.sleep":           {"sleep(secs)", "suspend the calling thread for secs seconds (other threads run)", ""},
	"time.time":            {"time()", "seconds since the Epoch, as a float", ""},
	"time.time_ns":         {"time_ns()", "nanoseconds since the Epoch, as an int", ""},
	"time.monotonic":       {"monotonic()", "a clock that never goes back, in seconds", ""},
	"time.monotonic_ns":    {"monotonic_ns()", "monotonic() in nanoseconds", ""},
	"time.perf_counter":    {"perf_counter()", "a high-resolution clock for timing, in seconds", ""},
	"time.perf_counter_ns": {"perf_counter_ns()", "perf_counter() in nanoseconds", ""},
	"time.ctime":           {"ctime(secs=None)", "a time as a string like 'Sat Jun 14 12:00:00 2025'", ""},
	"time.localtime":       {"localtime(secs=None)", "a struct_time in local time", ""},
	"time.gmtime":          {"gmtime(secs=None)", "a struct_time in UTC", ""},
	"time.strftime":        {"strftime(format, t=None)", "format a struct_time as a string", ""},

	"sys":                   {"", "interpreter state: argv, streams, exit, the switch interval", ""},
	"sys.argv":              {"argv", "the command-line arguments; argv[0] is the script", ""},
	"sys.stdout":            {"stdout", "standard output: write(s), flush()", ""},
	"sys.stderr":            {"stderr", "standard error: write(s), flush()", ""},
	"sys.exit":              {"exit(status=None)", "raise SystemExit to leave the program", ""},
	"sys.version":           {"version", "the version string", ""},
	"sys.version_info":      {"version_info", "the Python version spindle follows, as a tuple", ""},
	"sys.platform":          {"platform", "the operating system, such as 'linux'", ""},
	"sys.maxsize":           {"maxsize", "the largest int index", ""},
	"sys.getswitchinterval": {"getswitchinterval()", "the GIL's preemption interval, in seconds", ""},
	"sys.setswitchinterval": {"setswitchinterval(interval)", "set the GIL's preemption interval, in seconds", ""},

	"builtins.print":      {"print(*values, sep=' ', end='\\n', file=None, flush=False)", "write the values to sys.stdout", ""},
	"builtins.len":        {"len(obj)", "the number of items of a container", ""},
	"builtins.range":      {"range(stop) or range(start, stop, step=1)", "a sequence of ints", ""},
	"builtins.str":        {"str(object='')", "text: the str() form of object", ""},
	"builtins.repr":       {"repr(object)", "the printable representation of object", ""},
	"builtins.int":        {"int(x=0, base=10)", "an integer", ""},
	"builtins.float":      {"float(x=0.0)", "a floating-point number", ""},
	"builtins.bool":       {"bool(x=False)", "True or False", ""},
	"builtins.list":       {"list(iterable=())", "a mutable sequence", ""},
	"builtins.tuple":      {"tuple(iterable=())", "an immutable sequence", ""},
	"builtins.dict":       {"dict(**kwargs) or dict(iterable)", "a mapping of keys to values", ""},
	"builtins.set":        {"set(iterable=())", "an unordered collection of distinct items", ""},
	"builtins.sorted":     {"sorted(iterable, *, key=None, reverse=False)", "a new sorted list", ""},
	"builtins.reversed":   {"reversed(seq)", "the items of seq in reverse order", ""},
	"builtins.enumerate":  {"enumerate(iterable, start=0)", "pairs (index, item)", ""},
	"builtins.zip":        {"zip(*iterables)", "tuples of the i-th items of each iterable", ""},
	"builtins.sum":        {"sum(iterable, start=0)", "the total of the items", ""},
	"builtins.min":        {"min(iterable) or min(a, b, ...)", "the smallest item", ""},
	"builtins.max":        {"max(iterable) or max(a, b, ...)", "the largest item", ""},
	"builtins.abs":        {"abs(x)", "the absolute value", ""},
	"builtins.round":      {"round(number, ndigits=None)", "number rounded to ndigits decimals", ""},
	"builtins.any":        {"any(iterable)", "whether some item is true", ""},
	"builtins.all":        {"all(iterable)", "whether every item is true", ""},
	"builtins.type":       {"type(object)", "the type of object", ""},
	"builtins.isinstance": {"isinstance(obj, class_or_tuple)", "whether obj is an instance of the class", ""},
	"builtins.hasattr":    {"hasattr(obj, name)", "whether obj has the attribute", ""},
	"builtins.getattr":    {"getattr(obj, name, default)", "the attribute name of obj", ""},
	"builtins.setattr":    {"setattr(obj, name, value)", "set an attribute of obj", ""},
	"builtins.dir":        {"dir(object)", "the attribute names of object", ""},
	"builtins.hash":       {"hash(obj)", "the hash value of obj", ""},
	"builtins.input":      {"input(prompt='')", "read a line from standard input", ""},
	"builtins.map":        {"map(function, iterable)", "function applied to each item", ""},
	"builtins.filter":     {"filter(function, iterable)", "the items for which function is true", ""},
	"builtins.fail":       {"fail(*args)", "Starlark's way to stop with an error", ""},
}

// typeModule maps a native type name to the module that defines it.
var typeModule = map[string]string{
	"Thread": "threading", "_MainThread": "threading", "Lock": "threading",
	"RLock": "threading", "Condition": "threading", "Semaphore": "threading",
	"BoundedSemaphore": "threading", "Event": "threading", "Timer": "threading",
	"Barrier": "threading", "local": "threading",
}

const helpIntro = `Welcome to spindle, a Python 3.11 subset whose threads are goroutines.

Type help(object) for help about a module, class, function or value, for
example help(threading), help(threading.Thread) or help(print).
Blocks end with a blank line; Ctrl-C interrupts the running statement
(other threads go on); Ctrl-D exits after the non-daemon threads end.
`

// helper is the help builtin. Its repr tells how to use it, as CPython's.
// modules lists the importable modules, for help().
type helper struct{ modules func() []string }

var _ starlark.Callable = helper{}

func (helper) String() string {
	return "Type help() for interactive help, or help(object) for help about object."
}
func (helper) Type() string          { return "_Helper" }
func (helper) Freeze()               {}
func (helper) Truth() starlark.Bool  { return true }
func (helper) Hash() (uint32, error) { return 0x4e1b, nil }
func (helper) Name() string          { return "help" }

// CallInternal prints the help of its argument.
func (h helper) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj starlark.Value
	if err := starlark.UnpackPositionalArgs("help", args, kwargs, 0, &obj); err != nil {
		return nil, err
	}
	text := helpIntro + wrapList("Modules: ", h.modules(), 76)
	if obj != nil {
		text = helpText(thread, obj)
	}
	if rt := core.RuntimeOf(thread); rt != nil {
		rt.Stdout().WriteString(text)
	} else if thread.Print != nil {
		thread.Print(thread, strings.TrimSuffix(text, "\n"))
	}
	return starlark.None, nil
}

// helpText returns the help of v.
func helpText(thread *starlark.Thread, v starlark.Value) string {
	v = py.Unbox(v)
	switch v := v.(type) {
	case starlark.String:
		if _, ok := docs[string(v)]; ok {
			return helpKey(thread, string(v), nil)
		}
		if _, ok := docs["builtins."+string(v)]; ok {
			return helpKey(thread, "builtins."+string(v), nil)
		}
		return fmt.Sprintf("No documentation found for %s.\n", py.Repr(v))
	case *core.Module:
		return helpModule(v)
	case *py.Class:
		return helpKey(thread, classKey(v), v)
	case *starlark.Function:
		return helpFunction(v)
	case *starlark.Builtin:
		return helpKey(thread, builtinKey(thread, v), nil)
	case helper:
		return helpKey(thread, "help", nil)
	}
	key := v.Type()
	if m, ok := typeModule[key]; ok {
		key = m + "." + key
	} else {
		key = "builtins." + key
	}
	return helpKey(thread, key, v)
}

// helpKey formats docs[key]; with attrs, it lists their members too.
func helpKey(thread *starlark.Thread, key string, attrs starlark.Value) string {
	d, ok := docs[key]
	if !ok && attrs == nil {
		return fmt.Sprintf("No documentation found for %s.\n", key)
	}
	var b strings.Builder
	name := key[strings.LastIndexByte(key, '.')+1:]
	fmt.Fprintf(&b, "Help on %s:\n\n", key)
	if d.sig != "" {
		fmt.Fprintf(&b, "%s\n", d.sig)
	} else {
		fmt.Fprintf(&b, "%s\n", name)
	}
	if d.line != "" {
		fmt.Fprintf(&b, "    %s\n", d.line)
	}
	if d.more != "" {
		fmt.Fprintf(&b, "\n%s", indent(d.more))
	}
	if x, ok := attrs.(starlark.HasAttrs); ok {
		b.WriteString(memberList(key, x.AttrNames()))
	}
	return b.String()
}

// helpModule lists a module's members with a line each.
func helpModule(m *core.Module) string {
	var b strings.Builder
	d := docs[m.Name]
	fmt.Fprintf(&b, "Help on module %s:\n\nNAME\n    %s", m.Name, m.Name)
	if d.line != "" {
		fmt.Fprintf(&b, " - %s", d.line)
	}
	b.WriteString("\n")
	if d.more != "" {
		fmt.Fprintf(&b, "\nDESCRIPTION\n%s", indent(d.more))
	}
	b.WriteString(memberList(m.Name, m.AttrNames()))
	return b.String()
}

// memberList formats the public names of prefix with their summaries.
func memberList(prefix string, names []string) string {
	sort.Strings(names)
	var rows [][2]string
	width := 0
	for _, n := range names {
		if strings.HasPrefix(n, "_") {
			continue
		}
		d := docs[prefix+"."+n]
		label := n
		if d.sig != "" {
			label = d.sig
		}
		if len(label) > 40 {
			label = n + "(...)"
		}
		width = max(width, len(label))
		rows = append(rows, [2]string{label, d.line})
	}
	if len(rows) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\nMEMBERS\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "    %-*s  %s\n", width, r[0], r[1])
	}
	return strings.ReplaceAll(b.String(), "  \n", "\n")
}

// helpFunction shows a script function's signature and docstring.
func helpFunction(fn *starlark.Function) string {
	params := make([]string, fn.NumParams())
	for i := range params {
		params[i], _ = fn.Param(i)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Help on function %s in module __main__:\n\n%s(%s)\n", fn.Name(), fn.Name(), strings.Join(params, ", "))
	if d := fn.Doc(); d != "" {
		b.WriteString(indent(d + "\n"))
	}
	return b.String()
}

// classKey is the docs key of a class.
func classKey(c *py.Class) string {
	mod := c.Module
	if mod == "" {
		mod = "builtins"
	}
	return mod + "." + c.ClassName
}

// builtinKey is the docs key of a builtin function or bound method.
func builtinKey(thread *starlark.Thread, b *starlark.Builtin) string {
	if recv := b.Receiver(); recv != nil {
		t := recv.Type()
		if m, ok := typeModule[t]; ok {
			return m + "." + t + "." + b.Name()
		}
		return "builtins." + t + "." + b.Name()
	}
	if rt := core.RuntimeOf(thread); rt != nil {
		for _, mod := range []string{"threading", "time", "sys"} {
			if m := rt.LoadedModule(mod); m != nil && m.Members[b.Name()] == starlark.Value(b) {
				return mod + "." + b.Name()
			}
		}
	}
	return "builtins." + b.Name()
}

// wrapList writes prefix and the comma-separated items, ending in a
// period, in lines of at most width columns (but for a longer item).
func wrapList(prefix string, items []string, width int) string {
	var b strings.Builder
	line, fresh := prefix, true // fresh: no item on the line yet
	for i, item := range items {
		if i < len(items)-1 {
			item += ","
		} else {
			item += "."
		}
		switch {
		case fresh:
		case len(line)+1+len(item) > width:
			b.WriteString(line + "\n")
			line = ""
		default:
			line += " "
		}
		line, fresh = line+item, false
	}
	return b.String() + line + "\n"
}

// indent indents every line of s by four spaces.
func indent(s string) string {
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			lines[i] = "    " + l
		}
	}
	return strings.Join(lines, "")
}
