# Pattern.groupindex: each named group's number, for the RE2 and the
# backtracking engines (printed through dict(): CPython's is a
# mappingproxy).
import re

for p in [r'(?P<year>\d{4})-(?P<month>\d\d)', r'(a)(?P<x>b)(c)(?P<y>d)', r'plain(\d)',
          r'(?P<q>["\']).*?(?P=q)', r'(?P<w>\w+)(?=!)']:
    r = re.compile(p)
    print(dict(r.groupindex), r.groups, sorted(r.groupindex))
