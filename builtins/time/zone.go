package time

// This file defines timezone, altzone, daylight and tzname, computed
// from Go's time.Local as CPython's init_timezone computes them from
// localtime: the zones of January 1 and July 1 of this year, the one
// further west being standard time.

import (
	gotime "time"

	"go.starlark.net/starlark"
)

// addZone adds the zone members to m.
func addZone(m starlark.StringDict) {
	year := gotime.Now().Year()
	janName, janOff := gotime.Date(year, gotime.January, 1, 0, 0, 0, 0, gotime.Local).Zone()
	julName, julOff := gotime.Date(year, gotime.July, 1, 0, 0, 0, 0, gotime.Local).Zone()
	janZone, julZone := -janOff, -julOff // seconds west of UTC
	std, alt, stdName, altName := janZone, julZone, janName, julName
	if janZone < julZone { // DST is reversed in the southern hemisphere
		std, alt, stdName, altName = julZone, janZone, julName, janName
	}
	m["timezone"] = starlark.MakeInt(std)
	m["altzone"] = starlark.MakeInt(alt)
	m["daylight"] = starlark.MakeInt(boolInt(janZone != julZone))
	m["tzname"] = starlark.Tuple{starlark.String(stdName), starlark.String(altName)}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func init() { addZone(Module.Members) }
