import datetime

d = datetime.datetime(2001, 12, 31, 23, 59, 59, 999999)
print(str(d), repr(d), str(d + datetime.timedelta(microseconds=1)))
print(str(datetime.timedelta(days=-3, seconds=-1)), repr(datetime.timedelta(milliseconds=-1)))
print(str(datetime.date(1, 1, 1)), repr(datetime.date(9999, 12, 31)))
print(datetime.timedelta(weeks=2).total_seconds(), datetime.timedelta(microseconds=-1).total_seconds())
print(d.strftime("%I %p"), datetime.datetime(2020, 1, 1, 0, 30).strftime("%I:%M %p"))
