package datetime

// This file defines the class attributes min, max and resolution of
// date, datetime and time, and timedelta.resolution.

import (
	gotime "time"
)

func init() {
	first := gotime.Date(1, 1, 1, 0, 0, 0, 0, gotime.UTC)
	last := gotime.Date(9999, 12, 31, 23, 59, 59, 999999000, gotime.UTC)
	day := 24 * 3600 * int64(1e6)
	DateClass.Dict["min"], DateClass.Dict["max"] = Date{first}, Date{last.Truncate(24 * gotime.Hour)}
	DateClass.Dict["resolution"] = TimeDelta{day}
	DateTimeClass.Dict["min"], DateTimeClass.Dict["max"] = DateTime{first, nil}, DateTime{last, nil}
	DateTimeClass.Dict["resolution"] = TimeDelta{1}
	clock := func(h, m, s, ns int) TimeOfDay { return TimeOfDay{gotime.Date(1900, 1, 1, h, m, s, ns, gotime.UTC)} }
	TimeClass.Dict["min"], TimeClass.Dict["max"] = clock(0, 0, 0, 0), clock(23, 59, 59, 999999000)
	TimeClass.Dict["resolution"] = TimeDelta{1}
	TimeDeltaClass.Dict["resolution"] = TimeDelta{1}
	// timedelta.min and max (±999999999 days) do not fit the microseconds
	// of a TimeDelta, an int64: they are not provided.
}
