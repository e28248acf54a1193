// Package csv is spindle's csv module, written in Python (csv.py):
// CPython's csv together with its C part _csv — reader and writer
// (the parser is _csv.c's state machine, with a fast path for lines
// holding no quote, escape or inner line break), DictReader,
// DictWriter, the dialects and the QUOTE_* constants, with CPython
// 3.11's error texts — and Sniffer (sniffer.py, appended to csv.py's
// source).
package csv

// This file embeds the source.

import (
	_ "embed"

	"github.com/spindle-lang/spindle/interp/core"
)

var (
	//go:embed csv.py
	csvSource string
	//go:embed sniffer.py
	snifferSource string
)

// Module is the csv module. Members:
//
//	reader(iterable, dialect='excel', **fmtparams), writer(fileobj, dialect='excel', **fmtparams)
//	DictReader(f, fieldnames=None, restkey=None, restval=None, dialect='excel', ...)
//	DictWriter(f, fieldnames, restval='', extrasaction='raise', dialect='excel', ...)
//	Dialect, excel, excel_tab, unix_dialect
//	register_dialect(name, dialect=None, **fmtparams), unregister_dialect(name),
//	get_dialect(name), list_dialects(), field_size_limit([limit])
//	Sniffer(): sniff(sample, delimiters=None), has_header(sample)
//	QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, Error, __version__
var Module = &core.Module{Name: "csv", Source: csvSource + snifferSource}
