package main

// The projects of testdata/projects are small multi-file programs as
// people write them (a package, a main.py, tests/test_*.py using
// unittest and unittest.mock), each run the way a user runs it: in its
// directory, with a command line of the table below. Stdout, stderr and
// the exit status are compared in full with what python3 printed
// (testdata/projects/_golden, rewritten by -update), after taking out
// the time of unittest's "Ran N tests in X.XXXs", the project's absolute
// path and the name of the python3 executable.

import (
	"bytes"
	"errors"
	"flag"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/interp/interptest"
)

// projectRuns are the command lines, without the program name.
var projectRuns = []struct {
	project, name string
	args          []string
}{
	{"bank", "main", []string{"main.py", "3"}},
	{"bank", "discover_v", []string{"-m", "unittest", "discover", "-s", "tests", "-v"}},
	{"bank", "discover", []string{"-m", "unittest", "discover", "tests"}},
	{"bank", "test_file", []string{"tests/test_account.py"}},
	{"bank", "module_main", []string{"-m", "bank", "--accounts", "2"}},
	{"bank", "bad_name", []string{"-m", "unittest", "tests.test_account.Nope"}},
	{"bank", "usage", []string{"-m", "unittest", "-q", "discover", "-s", "tests", "-p", "test_w*.py"}},
	{"bank", "test_module", []string{"-m", "tests.test_account"}},
	{"inventory", "unittest_v", []string{"-m", "unittest", "-v"}},
	{"inventory", "unittest", []string{"-m", "unittest"}},
	{"inventory", "dotted", []string{"-m", "unittest", "tests.test_stock"}},
	{"inventory", "dotted_method", []string{"-m", "unittest", "-v", "tests.test_stock.StockTest.test_remove"}},
	{"inventory", "path", []string{"-m", "unittest", "tests/test_report.py"}},
	{"inventory", "test_k", []string{"-m", "unittest", "-k", "remove", "-v"}},
	{"inventory", "mod", []string{"-m", "inventory.report"}},
	{"mockery", "discover_v", []string{"-m", "unittest", "discover", "-v"}},
	{"mockery", "main", []string{"test_notifier.py"}},
	{"textdata", "main", []string{"main.py"}},
	{"textdata", "pkg_main", []string{"-m", "textstats", "data/poem.txt"}},
	{"textdata", "tests", []string{"-m", "unittest", "discover", "-s", "tests"}},
	{"textdata", "tests_v", []string{"tests/test_counts.py", "-v"}},
	{"skips", "verbose", []string{"test_features.py", "-v"}},
	{"skips", "quiet", []string{"-m", "unittest", "test_features"}},
	{"pipeline", "main", []string{"-m", "pipeline"}},
	{"pipeline", "tests", []string{"-m", "unittest", "discover", "-s", "tests", "-t", ".", "-v"}},
	{"errors", "missing", []string{"-m", "nosuch"}},
	{"errors", "not_runnable", []string{"-m", "calc"}},
	{"errors", "missing_sub", []string{"-m", "calc.nosuch"}},
	{"errors", "crash", []string{"-m", "calc.crash"}},
	{"errors", "tests", []string{"-m", "unittest", "-v", "test_calc"}},
	{"matrix", "verbose", []string{"-m", "unittest", "-v", "test_матрица.py"}},
	{"matrix", "main", []string{"main.py"}},
	{"plugins", "main", []string{"main.py"}},
	{"gradebook", "main", []string{"main.py", "2"}},
	{"gradebook", "report", []string{"-m", "grades", "report", "--top", "3"}},
	{"gradebook", "student", []string{"-m", "grades", "student", "Глеб"}},
	{"gradebook", "no_command", []string{"-m", "grades"}},
	{"gradebook", "help", []string{"-m", "grades", "--help"}},
	{"gradebook", "bad_int", []string{"-m", "grades", "report", "--top", "x"}},
	{"gradebook", "discover_v", []string{"-m", "unittest", "discover", "-s", "tests", "-p", "test_*.py", "-v"}},
	{"gradebook", "failfast", []string{"-m", "unittest", "-f", "tests.test_stats"}},
	{"gradebook", "one_test", []string{"-m", "unittest", "tests.test_stats.StatsTest.test_median"}},
	{"jobrunner", "list", []string{"-m", "runner", "--list"}},
	{"jobrunner", "run", []string{"-m", "runner", "-w", "1", "factorial=5", "shout=hi", "square_root=-1", "words=a_b", "nope=1"}},
	{"jobrunner", "run_verbose", []string{"-m", "runner", "-v", "-w", "3", "factorial=3", "words=x"}},
	{"jobrunner", "bad_choice", []string{"-m", "runner", "-w", "9"}},
	{"jobrunner", "bad_task", []string{"-m", "runner", "oops"}},
	{"jobrunner", "jobs_module", []string{"-m", "runner.jobs"}},
	{"jobrunner", "unittest_v", []string{"-m", "unittest", "-v"}},
	{"jobrunner", "buffer", []string{"-m", "unittest", "-b"}},
	{"jobrunner", "buffer_pool", []string{"-m", "unittest", "-b", "-v", "tests.test_pool"}},
	{"jobrunner", "k", []string{"-m", "unittest", "-k", "retry", "-k", "order", "-v"}},
	{"jobrunner", "run_tests", []string{"run_tests.py", "flaky"}},
	{"jobrunner", "test_file", []string{"tests/test_registry.py"}},
	{"todo", "no_command", []string{"-m", "todo"}},
	{"todo", "help", []string{"-m", "todo", "--help"}},
	{"todo", "add_help", []string{"-m", "todo", "add", "--help"}},
	{"todo", "ls_help", []string{"-m", "todo", "ls", "--help"}},
	{"todo", "add_missing", []string{"-m", "todo", "add"}},
	{"todo", "bad_priority", []string{"-m", "todo", "add", "x", "-p", "urgent"}},
	{"todo", "exclusive", []string{"-m", "todo", "ls", "--open", "--done"}},
	{"todo", "ls", []string{"-m", "todo", "-f", "examples/tasks.json", "--today", "2024-05-03", "ls"}},
	{"todo", "ls_tag", []string{"-m", "todo", "-f", "examples/tasks.json", "--today", "2024-05-03", "list", "--open", "--tag", "дом", "-w", "12"}},
	{"todo", "stats", []string{"-m", "todo", "-f", "examples/tasks.json", "stats"}},
	{"todo", "no_task", []string{"-m", "todo", "-f", "examples/tasks.json", "done", "9"}},
	{"todo", "broken", []string{"-m", "todo", "-f", "examples/broken.json", "ls"}},
	{"todo", "discover", []string{"-m", "unittest", "discover", "-s", "tests", "-p", "test_*.py"}},
	{"todo", "one_test", []string{"-m", "unittest", "tests.test_store.StoreTest.test_query_order", "-v"}},
	{"minitext", "unittest", []string{"-m", "unittest"}},
	{"minitext", "unittest_v", []string{"-m", "unittest", "-v"}},
	{"minitext", "discover_s", []string{"-m", "unittest", "discover", "-s", "tests", "-v"}},
	{"minitext", "quiet_module", []string{"-m", "unittest", "-q", "tests.test_loader"}},
	{"minitext", "names", []string{"-m", "unittest", "-v", "tests.test_template.RenderTest.test_plural", "tests.test_template.ExportsTest"}},
	{"minitext", "k", []string{"-m", "unittest", "-k", "diff"}},
	{"kvstore", "script", []string{"-m", "kv", "examples/session.kv"}},
	{"kvstore", "usage", []string{"-m", "kv"}},
	{"kvstore", "missing_file", []string{"-m", "kv", "missing.kv"}},
	{"kvstore", "test_file", []string{"tests/test_store.py"}},
	{"kvstore", "test_path", []string{"-m", "unittest", "tests/test_store.py"}},
	{"kvstore", "discover_t", []string{"-m", "unittest", "discover", "-s", "tests", "-t", ".", "-v"}},
	{"kvstore", "fixtures", []string{"-m", "unittest", "tests.test_commands", "-v"}},
	{"kvstore", "broken_module", []string{"-m", "unittest", "tests.test_broken", "tests.test_store"}},
	{"kvstore", "failfast", []string{"-m", "unittest", "-f", "tests.test_store", "tests.test_commands"}},
	{"kvstore", "buffer", []string{"-m", "unittest", "-b", "tests.test_commands"}},
	{"crawler", "main", []string{"main.py"}},
	{"crawler", "main_quiet", []string{"main.py", "-q", "--depth", "1", "--workers", "1"}},
	{"crawler", "main_blog", []string{"main.py", "/blog", "--depth", "9"}},
	{"crawler", "bad_arg", []string{"main.py", "--workers", "x"}},
	{"crawler", "report", []string{"-m", "crawler.report"}},
	{"crawler", "test_file", []string{"tests/test_crawl.py"}},
	{"crawler", "test_file_class", []string{"tests/test_crawl.py", "CrawlTest"}},
	{"crawler", "discover", []string{"-m", "unittest", "discover", "tests", "-v"}},
	{"shapes", "text", []string{"-m", "shapes", "circle r=1", "square a=2", "rect w=1.5 h=4"}},
	{"shapes", "bad_scale", []string{"-m", "shapes", "--scale", "0", "circle r=1"}},
	{"shapes", "json", []string{"-m", "shapes", "-f", "json", "--scale", "2", "circle r=1", "rect w=1 h=2"}},
	{"shapes", "unknown", []string{"-m", "shapes", "hexagon"}},
	{"shapes", "no_args", []string{"-m", "shapes"}},
	{"shapes", "bad_format", []string{"-m", "shapes", "-f", "xml", "circle"}},
	{"shapes", "help", []string{"-m", "shapes", "--help"}},
	{"shapes", "unittest_v", []string{"-m", "unittest", "-v"}},
	{"shapes", "k", []string{"-m", "unittest", "-k", "parse", "-k", "number"}},
	{"shapes", "submodule", []string{"-m", "shapes.formats.text_fmt"}},
	{"notes", "help", []string{"-m", "notes", "--help"}},
	{"notes", "ls", []string{"-m", "notes", "ls"}},
	{"notes", "list_tag", []string{"-m", "notes", "list", "--tag", "работа", "-a", "-w", "12"}},
	{"notes", "stats_verbose", []string{"-m", "notes", "-v", "stats"}},
	{"notes", "show_missing", []string{"-m", "notes", "show", "9"}},
	{"notes", "bad_command", []string{"-m", "notes", "frob"}},
	{"notes", "bad_width", []string{"-m", "notes", "ls", "--width", "x"}},
	{"notes", "version", []string{"-m", "notes", "--version"}},
	{"notes", "discover_v", []string{"-m", "unittest", "discover", "-s", "tests", "-p", "test_*.py", "-v"}},
	{"notes", "k", []string{"-m", "unittest", "-k", "registry", "-k", "exports", "-v"}},
	{"notes", "failfast", []string{"-m", "unittest", "-f"}},
	{"notes", "buffer", []string{"-m", "unittest", "-b", "tests.test_store"}},
	{"notes", "test_file", []string{"tests/test_store.py", "-v", "StatsTest"}},
	{"notes", "one_test", []string{"-m", "unittest", "tests.test_cli.CliTest.test_registry"}},
	{"algos", "main", []string{"main.py"}},
	{"algos", "main_args", []string{"main.py", "[(])", "x"}},
	{"algos", "sort_main", []string{"-m", "algos.sort"}},
	{"algos", "not_runnable", []string{"-m", "algos"}},
	{"algos", "unittest_v", []string{"-m", "unittest", "-v"}},
	{"algos", "unittest", []string{"-m", "unittest"}},
	{"algos", "discover_v", []string{"-m", "unittest", "discover", "-s", "tests", "-v"}},
	{"algos", "test_file", []string{"tests/test_sort.py"}},
	{"algos", "test_file_names", []string{"tests/test_sort.py", "-v", "SortTest.test_stable", "GradingTest.test_wrong_answer"}},
	{"algos", "one_test", []string{"-m", "unittest", "tests.test_sort.SortTest.test_stable"}},
	{"algos", "load_tests", []string{"-m", "unittest", "-v", "tests.test_structures"}},
	{"algos", "failfast", []string{"-m", "unittest", "-f", "-v", "tests.test_sort"}},
	{"algos", "k", []string{"-m", "unittest", "-k", "Stack", "-k", "fifo", "-v"}},
	{"algos", "unittest_help", []string{"-m", "unittest", "-h"}},
	{"algos", "discover_help", []string{"-m", "unittest", "discover", "-h"}},
	{"algos", "test_file_help", []string{"tests/test_sort.py", "--help"}},
	{"algos", "discover_bad", []string{"-m", "unittest", "discover", "-p"}},
	{"algos", "test_file_bad", []string{"tests/test_sort.py", "-x"}},
	{"algos", "dir", []string{"demo"}},
	{"algos", "dir_slash", []string{"demo/", "8"}},
	{"algos", "dir_no_main", []string{"tests"}},
	{"fetcher", "main", []string{"-m", "fetcher"}},
	{"fetcher", "files", []string{"-m", "fetcher", "-b", "files", "/", "/contacts", "/nope"}},
	{"fetcher", "verbose", []string{"-m", "fetcher", "-w", "1", "-v"}},
	{"fetcher", "no_workers", []string{"-m", "fetcher", "-w", "0"}},
	{"fetcher", "bad_backend", []string{"-m", "fetcher", "-b", "ftp"}},
	{"fetcher", "no_retry", []string{"-m", "fetcher", "-r", "0", "/news"}},
	{"fetcher", "unittest_v", []string{"-m", "unittest", "-v"}},
	{"fetcher", "discover_t", []string{"-m", "unittest", "discover", "-s", "tests", "-t", ".", "-v"}},
	{"fetcher", "test_file", []string{"tests/test_engine.py"}},
	{"fetcher", "k", []string{"-m", "unittest", "-k", "patch", "-k", "Backend"}},
	{"ledger", "main", []string{"-m", "ledger"}},
	{"ledger", "main_verbose", []string{"-m", "ledger", "-v"}},
	{"ledger", "unittest", []string{"-m", "unittest"}},
	{"ledger", "unittest_v", []string{"-m", "unittest", "-v"}},
	{"ledger", "buffer", []string{"-m", "unittest", "-b"}},
	{"ledger", "buffer_v", []string{"-m", "unittest", "-b", "-v", "tests.test_money"}},
	{"ledger", "quiet_path", []string{"-m", "unittest", "-q", "tests/test_book.py"}},
	{"ledger", "k_print", []string{"-m", "unittest", "-k", "print"}},
	{"ledger", "failfast", []string{"-m", "unittest", "-f", "tests.test_book"}},
	{"ledger", "names", []string{"-m", "unittest", "tests.test_book.BookTest.test_post", "tests.test_money.MoneyTest.test_format", "-v"}},
	{"convkit", "list", []string{"-m", "convkit", "list"}},
	{"convkit", "debug_list", []string{"-m", "convkit", "--debug", "list"}},
	{"convkit", "upper", []string{"-m", "convkit", "run", "upper", "привет", "мир"}},
	{"convkit", "translit", []string{"-m", "convkit", "run", "translit", "Щука", "и", "Ёжик"}},
	{"convkit", "option_after_text", []string{"-m", "convkit", "run", "translit", "--strict", "Дом", "№5"}},
	{"convkit", "strict", []string{"-m", "convkit", "run", "--strict", "translit", "Дом", "№5"}},
	{"convkit", "unknown", []string{"-m", "convkit", "run", "nope", "x"}},
	{"convkit", "exclusive", []string{"-m", "convkit", "run", "--strict", "--lenient", "upper", "x"}},
	{"convkit", "no_command", []string{"-m", "convkit"}},
	{"convkit", "run_missing", []string{"-m", "convkit", "run"}},
	{"convkit", "help", []string{"-m", "convkit", "--help"}},
	{"convkit", "run_help", []string{"-m", "convkit", "run", "--help"}},
	{"convkit", "empty_stdin", []string{"-m", "convkit", "run", "upper"}},
	{"convkit", "unittest_v", []string{"-m", "unittest", "-v"}},
	{"convkit", "discover", []string{"-m", "unittest", "discover", "-s", "tests", "-t", ".", "-p", "test_*.py"}},
	{"convkit", "k", []string{"-m", "unittest", "-k", "render", "-k", "stdin", "-v"}},
	{"weather", "main", []string{"-m", "weather"}},
	{"weather", "dir_relative", []string{"weather"}},
	{"weather", "rounds", []string{"-m", "weather", "-r", "5"}},
	{"weather", "bad_choice", []string{"-m", "weather", "-r", "9"}},
	{"weather", "bad_config", []string{"-m", "weather", "--config", "bad.json"}},
	{"weather", "missing_config", []string{"-m", "weather", "--config", "nope.json"}},
	{"weather", "discover", []string{"-m", "unittest", "discover", "-s", "weather/tests", "-p", "*_test.py", "-t", "."}},
	{"weather", "discover_v", []string{"-m", "unittest", "discover", "-s", "weather/tests", "-p", "*_test.py", "-t", ".", "-v"}},
	{"weather", "module", []string{"-m", "unittest", "weather.tests.station_test", "-v"}},
	{"weather", "names", []string{"-m", "unittest", "-v", "weather.tests.config_test.LoadTest.test_mock_open", "weather.tests.config_test.OnlineTest"}},
}

var (
	ranTime    = regexp.MustCompile(`(Ran \d+ tests? in )\d+\.\d{3}s`)
	pythonExec = regexp.MustCompile(`(?m)^/\S*python3(\.\d+)?: `)
)

// normaliseRun takes out of a run's output what differs between runs
// and machines.
func normaliseRun(s, dir string) string {
	s = ranTime.ReplaceAllString(s, "${1}T.TTTs")
	s = pythonExec.ReplaceAllString(s, "spindle: ")
	return strings.ReplaceAll(s, dir, "PROJECT")
}

func TestProjects(t *testing.T) {
	for _, r := range projectRuns {
		t.Run(r.project+"/"+r.name, func(t *testing.T) {
			dir, err := filepath.Abs(filepath.Join("testdata/projects", r.project))
			if err != nil {
				t.Fatal(err)
			}
			base, _ := filepath.Abs(filepath.Join("testdata/projects/_golden", r.project+"-"+r.name))
			if flag.Lookup("update").Value.String() == "true" {
				interptest.WriteGoldens(t, base, python3(t, dir, r.args))
			}
			want := interptest.ReadGoldens(t, base)
			t.Chdir(dir)
			t.Setenv("PYTHONPATH", "")
			out, errOut, code := runCLI(t, "", r.args...)
			if got := normaliseRun(out, dir); got != want.Stdout {
				t.Errorf("spindle %s: stdout:\n%s\nwant:\n%s", strings.Join(r.args, " "), got, want.Stdout)
			}
			if got := normaliseRun(errOut, dir); got != want.Stderr {
				t.Errorf("spindle %s: stderr:\n%s\nwant:\n%s", strings.Join(r.args, " "), got, want.Stderr)
			}
			if code != want.Code {
				t.Errorf("spindle %s: exit status %d, want %d", strings.Join(r.args, " "), code, want.Code)
			}
		})
	}
}

// python3 runs python3 with args in dir, writing no bytecode there.
func python3(t *testing.T, dir string, args []string) interptest.Result {
	t.Helper()
	cmd := exec.Command("python3", args...)
	cmd.Dir = dir
	cmd.Env = append(interptest.PythonEnv(), "PYTHONDONTWRITEBYTECODE=1", "PYTHONPATH=")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	code := 0
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("python3: %v", err)
		}
		code = ee.ExitCode()
	}
	return interptest.Result{Stdout: normaliseRun(stdout.String(), dir), Stderr: normaliseRun(stderr.String(), dir), Code: code}
}
