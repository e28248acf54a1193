package interp_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/spindle-lang/spindle/interp"
)

// execOut runs src and returns its stdout, or the error's last line.
func execOut(t *testing.T, opts interp.Options, src string) string {
	t.Helper()
	var out bytes.Buffer
	opts.Stdout = &out
	in := interp.New(opts)
	defer in.Close()
	if err := in.Exec(context.Background(), src); err != nil {
		return out.String() + err.Error()
	}
	return out.String()
}

// Without a grant, every file operation raises a PermissionError that
// names the grant to give.
func TestFilesNoGrant(t *testing.T) {
	for _, src := range []string{`open("x.txt")`, `open("x.txt", "w")`, `import os; os.listdir(".")`,
		`import os; os.path.exists("x")`, `import tempfile; tempfile.mkdtemp()`} {
		got := execOut(t, interp.Options{}, src)
		if !strings.HasPrefix(got, "PermissionError: [Errno 13] Permission denied (no file grant") || !strings.Contains(got, "Options.WriteDir") {
			t.Errorf("%s: got %q", src, got)
		}
	}
}

// A WriteDir grant reads and writes inside the directory only: .., an
// absolute path elsewhere and a symlink that leaves it are refused.
func TestFilesWriteDir(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "secret.txt"), []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	opts := interp.Options{WriteDir: dir}
	got := execOut(t, opts, `
import os
with open("a.txt", "w") as f:
    f.write("inside")
print(open("a.txt").read(), open(os.getcwd() + "/a.txt").read(), os.listdir(".") == sorted(["a.txt", "link"]))
`)
	if got != "inside inside True\n" {
		t.Errorf("inside the grant: got %q", got)
	}
	secret := filepath.Join(outside, "secret.txt")
	for _, src := range []string{`open("../x.txt", "w")`, `open("sub/../../x.txt")`, `open("` + secret + `")`,
		`open("link/secret.txt")`, `open("link/new.txt", "w")`, `import os; os.listdir("link")`, `import os; os.remove("link/secret.txt")`} {
		got := execOut(t, opts, src)
		if !strings.HasPrefix(got, "PermissionError: [Errno 13] Permission denied (outside the granted directory)") {
			t.Errorf("%s: got %q", src, got)
		}
	}
	if b, err := os.ReadFile(secret); err != nil || string(b) != "secret" {
		t.Errorf("the file outside changed: %q, %v", b, err)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(dir), "x.txt")); err == nil {
		t.Errorf("a file was made outside the grant")
	}
}

// A ReadFS grant reads its files and nothing else; writing needs WriteDir.
func TestFilesReadFS(t *testing.T) {
	opts := interp.Options{ReadFS: fstest.MapFS{"data/in.txt": {Data: []byte("one\ntwo\n")}}}
	if got := execOut(t, opts, `print([l.strip() for l in open("data/in.txt")], open("/data/in.txt").read(3))`); got != "['one', 'two'] one\n" {
		t.Errorf("read: got %q", got)
	}
	for src, want := range map[string]string{
		`open("out.txt", "w")`:     "PermissionError: [Errno 13] Permission denied (no file grant",
		`open("../data/in.txt")`:   "PermissionError: [Errno 13] Permission denied (outside the granted directory)",
		`open("data/missing.txt")`: "FileNotFoundError: [Errno 2] No such file or directory: 'data/missing.txt'",
		`import os; os.mkdir("d")`: "PermissionError: [Errno 13] Permission denied (no file grant",
	} {
		if got := execOut(t, opts, src); !strings.HasPrefix(got, want) {
			t.Errorf("%s: got %q, want %q...", src, got, want)
		}
	}
}
