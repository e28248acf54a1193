package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The script's directory comes first on sys.path, then PYTHONPATH; -c
// and stdin search the current directory ("").
func TestImportPath(t *testing.T) {
	dir, lib := t.TempDir(), t.TempDir()
	write := func(path, src string) {
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(dir, "helper.py"), "NAME = 'beside the script'\n")
	write(filepath.Join(lib, "extra.py"), "NAME = 'on PYTHONPATH'\n")
	main := filepath.Join(dir, "main.py")
	write(main, "import sys, helper, extra\nprint(helper.NAME, extra.NAME, sys.path[0] == __file__.rsplit('/', 1)[0])\n")
	t.Setenv("PYTHONPATH", lib)
	out, errOut, code := runCLI(t, "", main)
	if want := "beside the script on PYTHONPATH True\n"; out != want || code != 0 {
		t.Errorf("script: got %q, status %d, stderr %q; want %q", out, code, errOut, want)
	}
	t.Chdir(dir)
	src := "import sys, helper\nprint(repr(sys.path[0]), helper.NAME)\n"
	want := "'' beside the script\n"
	if out, errOut, _ := runCLI(t, "", "-c", src); out != want {
		t.Errorf("-c: got %q (stderr %q), want %q", out, errOut, want)
	}
	if out, errOut, _ := runCLI(t, src, "-"); out != want {
		t.Errorf("stdin: got %q (stderr %q), want %q", out, errOut, want)
	}
}

// The command grants the file system; --sandbox takes it away.
func TestSandbox(t *testing.T) {
	t.Chdir(t.TempDir())
	src := "open('f.txt', 'w').write('x'); print(open('f.txt').read())"
	if out, errOut, code := runCLI(t, "", "-c", src); out != "x\n" || code != 0 {
		t.Errorf("granted: got %q, status %d, stderr %q", out, code, errOut)
	}
	out, errOut, code := runCLI(t, "", "--sandbox", "-c", src)
	if code != 1 || !strings.Contains(errOut, "PermissionError: [Errno 13] Permission denied (no file grant") {
		t.Errorf("--sandbox: got %q, status %d, stderr %q", out, code, errOut)
	}
}

// python's no-op flags are accepted alone and in clusters; -E leaves
// PYTHONPATH out of sys.path; an unknown letter is a usage error.
func TestPythonFlags(t *testing.T) {
	lib := t.TempDir()
	if err := os.WriteFile(filepath.Join(lib, "extra.py"), []byte("NAME = 'x'\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PYTHONPATH", lib)
	src := "import sys; print(" + "'" + lib + "' in sys.path)"
	for _, flags := range [][]string{{"-u"}, {"-uB"}, {"-s", "-S"}, {"-X", "dev"}, {"-Xutf8", "-q"}} {
		args := append(flags, "-c", src)
		if out, errOut, code := runCLI(t, "", args...); out != "True\n" || code != 0 {
			t.Errorf("%v: got %q, status %d, stderr %q", flags, out, code, errOut)
		}
	}
	if out, errOut, code := runCLI(t, "", "-E", "-c", src); out != "False\n" || code != 0 {
		t.Errorf("-E: got %q, status %d, stderr %q", out, code, errOut)
	}
	if _, errOut, code := runCLI(t, "", "-uz", "-c", src); code != 2 || !strings.Contains(errOut, "unknown option -z") {
		t.Errorf("-uz: status %d, stderr %q", code, errOut)
	}
}
