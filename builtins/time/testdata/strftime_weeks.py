import datetime as dt, time
for d in [dt.datetime(2024, 1, 1, 5, 6, 7), dt.datetime(2023, 1, 1), dt.datetime(2024, 12, 31, 23, 59), dt.datetime(2021, 1, 3), dt.datetime(2020, 2, 29, 12), dt.datetime(2027, 1, 1)]:
    print(d.strftime("%U %W %u %V %G %C %e %F %T %R %D %j %w %a"))
print(time.strftime("%U|%W|%V|%F %T", (2024, 3, 5, 1, 2, 3, 1, 65, 0)))
