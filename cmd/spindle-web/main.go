// Command spindle-web builds and serves the spindle playground: a static
// page (index.html, app.js, style.css, Go's wasm_exec.js and
// spindle.wasm, no CDN) where scripts run in the browser, with their
// output streaming as threads print and the live thread timeline.
//
// Usage:
//
//	spindle-web -build DIR     write the page into DIR
//	spindle-web -serve ADDR    build into a temporary directory (or DIR
//	                           with -build) and serve it on ADDR
//
// The wasm file is the package cmd/spindle-web/wasm built with
// GOOS=js GOARCH=wasm; building it needs the go command and this
// module's source (run it with go run ./cmd/spindle-web from the module).
package main

import (
	"embed"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

//go:embed static
var static embed.FS

// wasmPackage is the main package of the browser side.
const wasmPackage = "github.com/spindle-lang/spindle/cmd/spindle-web/wasm"

func main() {
	dir := flag.String("build", "", "write the page into `DIR`")
	addr := flag.String("serve", "", "serve the page on `ADDR` (such as :8080)")
	flag.Parse()
	if *dir == "" && *addr == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if *dir == "" {
		tmp, err := os.MkdirTemp("", "spindle-web")
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(tmp)
		*dir = tmp
	}
	if err := Build(*dir); err != nil {
		log.Fatal(err)
	}
	if *addr == "" {
		fmt.Printf("wrote the playground into %s\n", *dir)
		return
	}
	fmt.Printf("serving the playground on http://%s/\n", displayAddr(*addr))
	log.Fatal(http.ListenAndServe(*addr, http.FileServer(http.Dir(*dir))))
}

// displayAddr turns ":8080" into "localhost:8080".
func displayAddr(addr string) string {
	if strings.HasPrefix(addr, ":") {
		return "localhost" + addr
	}
	return addr
}

// Build writes the playground into dir: the embedded page files, Go's
// wasm_exec.js and spindle.wasm, built by the go command.
func Build(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := writeStatic(dir); err != nil {
		return err
	}
	if err := copyWasmExec(dir); err != nil {
		return err
	}
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, "spindle.wasm"), wasmPackage)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("GOOS=js GOARCH=wasm go build %s: %v", wasmPackage, err)
	}
	return nil
}

// writeStatic copies the embedded page files into dir.
func writeStatic(dir string) error {
	files, err := fs.ReadDir(static, "static")
	if err != nil {
		return err
	}
	for _, f := range files {
		b, err := static.ReadFile("static/" + f.Name())
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, f.Name()), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// copyWasmExec copies the wasm_exec.js of the Go toolchain that builds
// the wasm file: they must match.
func copyWasmExec(dir string) error {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return fmt.Errorf("go env GOROOT: %v", err)
	}
	root := strings.TrimSpace(string(out))
	for _, p := range []string{"lib/wasm/wasm_exec.js", "misc/wasm/wasm_exec.js"} {
		b, err := os.ReadFile(filepath.Join(root, p))
		if err == nil {
			return os.WriteFile(filepath.Join(dir, "wasm_exec.js"), b, 0o644)
		}
	}
	return fmt.Errorf("no wasm_exec.js in %s/lib/wasm or %s/misc/wasm", root, root)
}
