package examples

import "embed"

// Scripts holds the example scripts (*.py and *.star), embedded so that
// the browser playground (cmd/spindle-web) can offer them.
//
//go:embed *.py *.star
var Scripts embed.FS
