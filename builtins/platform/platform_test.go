package platform_test

// This file pins spindle's own answers, which differ from CPython's by
// design (see the package doc).

import (
	"bytes"
	"context"
	"runtime"
	"testing"

	"github.com/spindle-lang/spindle/interp"
)

func TestSpindleAnswers(t *testing.T) {
	var out bytes.Buffer
	in := interp.New(interp.Options{Stdout: &out})
	defer in.Close()
	err := in.ExecFile(context.Background(), "p.py", `
import platform
print(platform.python_implementation(), repr(platform.node()), repr(platform.release()),
      repr(platform.processor()), platform.libc_ver(), platform.python_compiler()[:3])
print(platform.uname())
`)
	if err != nil {
		t.Fatal(err)
	}
	want := "spindle '' '' '' ('', '') Go \n" +
		"uname_result(system='Linux', node='', release='', version='', machine='x86_64')\n"
	if runtime.GOOS != "linux" || runtime.GOARCH != "amd64" {
		want = want[:len("spindle '' '' '' ('', '') Go \n")]
		out.Truncate(len(want))
	}
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}
