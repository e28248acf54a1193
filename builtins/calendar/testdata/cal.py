# calendar: month arithmetic, names in the C locale, text and HTML
# calendars, the module-level interface.
import calendar
import datetime

print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2023))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 2024), calendar.leapdays(2000, 2001))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1970, 1, 1), calendar.weekday(10000, 1, 1))
for y, m in [(2024, 2), (2023, 2), (2026, 12), (2000, 1), (1900, 2)]:
    print(y, m, calendar.monthrange(y, m))
for bad in [0, 13]:
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, isinstance(e, ValueError), e.month)
try:
    calendar.setfirstweekday(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    calendar.weekday(2023, 2, 29)
except ValueError as e:
    print(type(e).__name__, e)

print(list(calendar.month_name), len(calendar.month_name))
print(list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr))
print(calendar.month_name[1:4], calendar.day_abbr[-1], calendar.month_abbr[12])
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February)

print(calendar.monthcalendar(2026, 12))
print(calendar.month(2026, 12))
print(calendar.month(2024, 2, w=3, l=2))
calendar.prmonth(2025, 6)
print(repr(calendar.weekheader(2)), repr(calendar.weekheader(9)), repr(calendar.weekheader(1)))
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2026, 12))
print(calendar.monthcalendar(2026, 12))
calendar.setfirstweekday(calendar.MONDAY)

tc = calendar.TextCalendar(firstweekday=6)
print(tc.formatmonth(2026, 1))
print(tc.firstweekday, list(tc.iterweekdays()))
print(calendar.TextCalendar().formatyear(2026))
print(calendar.calendar(2024, w=2, l=1, c=4, m=4))

cal = calendar.Calendar()
dates = list(cal.itermonthdates(2026, 12))
print(len(dates), dates[0], dates[-1], type(dates[0]).__name__)
print([d.day for d in dates if d.month == 12][-3:])
print(list(cal.itermonthdays(2026, 2))[:10])
print(list(cal.itermonthdays2(2026, 2))[:3])
print(list(cal.itermonthdays3(2026, 3))[:2], list(cal.itermonthdays4(2026, 3))[-1])
print(cal.monthdatescalendar(2026, 2)[0])
print(cal.monthdays2calendar(2026, 2)[-1])
print(len(cal.yeardayscalendar(2026)), len(cal.yeardayscalendar(2026, 4)), cal.yeardays2calendar(2026)[0][0][0])
print(len(cal.yeardatescalendar(2026, 2)))
print(calendar.Calendar(firstweekday=10).firstweekday)

h = calendar.HTMLCalendar()
print(h.formatmonth(2026, 12))
print(h.formatyear(2026)[:300])
print(calendar.timegm((2026, 12, 6, 11, 0, 0)), calendar.timegm((1970, 1, 2, 0, 0, 1, 4, 2, 0)), calendar.timegm((1969, 12, 31, 23, 0, 0)))
print(calendar.formatstring(['a', 'b'], 5, 2) + '|')
