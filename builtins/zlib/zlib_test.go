package zlib_test

// This file checks that a decompression bomb ends in MemoryError under
// the Interpreter's memory limit, not in the Go runtime's out-of-memory.

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/interp"
)

func TestDecompressBomb(t *testing.T) {
	var stderr bytes.Buffer
	in := interp.New(interp.Options{Stderr: &stderr, MaxMemory: 64 << 20})
	defer in.Close()
	// a block of 1 MiB of zeros, flushed, repeated: 200 MiB of output
	// from 300 KiB of input, cheap to make
	err := in.ExecFile(context.Background(), "bomb.py", `
import zlib
c = zlib.compressobj()
head = c.compress(bytes(1 << 20)) + c.flush(zlib.Z_SYNC_FLUSH)
seg = c.compress(bytes(1 << 20)) + c.flush(zlib.Z_SYNC_FLUSH)
bomb = head + seg * 200
assert len(bomb) < 1 << 20
zlib.decompress(bomb)
`)
	if err == nil || !strings.Contains(err.Error(), "MemoryError") {
		t.Fatalf("got %v, want MemoryError", err)
	}
}
