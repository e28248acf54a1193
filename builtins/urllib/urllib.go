// Package urllib is spindle's urllib package, written in Python:
// urllib.parse (parse.py: urlparse, urlsplit, urlunparse, urlunsplit,
// urljoin, urldefrag, urlencode, quote, quote_plus, quote_from_bytes,
// unquote, unquote_plus, unquote_to_bytes, parse_qs, parse_qsl, for str
// URLs and ASCII bytes ones, with bytes results), urllib.error
// (error.py: URLError, HTTPError, ContentTooShortError) and
// urllib.request (request.py). spindle is
// hermetic: urllib.request imports and builds Request objects, but
// urlopen raises urllib.error.URLError instead of opening a connection.
package urllib

// This file embeds the sources.

import (
	_ "embed"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
)

var (
	//go:embed parse.py
	parseSource string
	//go:embed error.py
	errorSource string
	//go:embed request.py
	requestSource string
)

// Module is the urllib package itself; its submodules are attached to
// it as they are imported.
var Module = &core.Module{Name: "urllib", Members: starlark.StringDict{}}

// Parse is urllib.parse. Members:
//
//	urlparse(url, scheme='', allow_fragments=True), urlsplit(...)
//	urlunparse(parts), urlunsplit(parts), urljoin(base, url), urldefrag(url)
//	ParseResult, SplitResult, DefragResult (named tuples: .hostname, .port, .geturl(), .encode())
//	ParseResultBytes, SplitResultBytes, DefragResultBytes (.decode())
//	quote(s, safe='/'), quote_plus(s, safe=''), quote_from_bytes(b, safe='/')
//	unquote(s), unquote_plus(s), unquote_to_bytes(s)
//	urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus)
//	parse_qs(qs, ...), parse_qsl(qs, ...)
var Parse = &core.Module{Name: "urllib.parse", Source: parseSource}

// Error is urllib.error. Members:
//
//	URLError(reason), HTTPError(url, code, msg, hdrs, fp), ContentTooShortError(message, content)
var Error = &core.Module{Name: "urllib.error", Source: errorSource}

// Request is urllib.request. Members:
//
//	Request(url, data=None, headers={}, method=None)
//	urlopen(url, ...), urlretrieve(url, ...), build_opener(...): raise URLError
//	URLError, HTTPError
var Request = &core.Module{Name: "urllib.request", Source: requestSource}
