# LocaleTextCalendar and LocaleHTMLCalendar in the C locale, and the
# locale.Error of a locale no host has.
import calendar

print(calendar.LocaleTextCalendar(locale='C').formatmonth(2024, 1))
print(calendar.LocaleTextCalendar(6, 'C.UTF-8').formatweekheader(3))
print(calendar.LocaleHTMLCalendar(locale='C').formatmonthname(2024, 5))
for loc in ['xx_YY', 'zz_ZZ.UTF-8']:
    try:
        calendar.LocaleTextCalendar(locale=loc).formatmonth(2024, 1)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
print('LocaleTextCalendar' in calendar.__all__)
