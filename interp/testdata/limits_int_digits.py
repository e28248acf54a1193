import sys
print(sys.get_int_max_str_digits())
for v in (5, -1, 640, 'x'):
    try:
        sys.set_int_max_str_digits(v)
        print('ok', v, sys.get_int_max_str_digits())
    except Exception as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(4300)
big = 10**5000
tests = [lambda: str(big), lambda: int('1'*5000), lambda: repr(big), lambda: f'{big}', lambda: '%d' % big,
         lambda: '%s' % big, lambda: '{}'.format(big), lambda: format(big, ','), lambda: hex(big)[:5],
         lambda: int('1'*5000, 16) > 0, lambda: print(-10**4300), lambda: len(str(10**4299)), lambda: print([big])]
for f in tests:
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(big)), sys.get_int_max_str_digits())
