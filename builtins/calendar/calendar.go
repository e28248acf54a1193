// Package calendar is spindle's calendar module, written in Python
// (calendar.py): CPython's calendar with the month and day names of the
// C locale, as spindle has no locales: LocaleTextCalendar and
// LocaleHTMLCalendar format in a C locale and raise locale.Error for
// any other, as CPython does for a locale its host lacks
// (different_locale is not provided).
package calendar

// This file embeds the source.

import (
	_ "embed"

	"github.com/spindle-lang/spindle/interp/core"
)

//go:embed calendar.py
var source string

// Module is the calendar module. Members:
//
//	isleap(year), leapdays(y1, y2), weekday(year, month, day), monthrange(year, month)
//	monthcalendar(year, month), month(year, month, w=0, l=0), prmonth(...)
//	calendar(year, w=2, l=1, c=6, m=3), prcal(...), week(...), weekheader(width)
//	setfirstweekday(weekday), firstweekday(), timegm(tuple)
//	Calendar(firstweekday=0), TextCalendar(...), HTMLCalendar(...),
//	LocaleTextCalendar(firstweekday=0, locale=None), LocaleHTMLCalendar(...)
//	month_name, month_abbr, day_name, day_abbr, MONDAY ... SUNDAY
//	IllegalMonthError, IllegalWeekdayError, error
var Module = &core.Module{Name: "calendar", Source: source}
