# An index past 32 bits: the sequence's IndexError, past 64 bits "cannot fit".
for s in [(1, 2), [1, 2], "ab", b"ab", range(3)]:
    try:
        s[2 ** 70]
    except Exception as exc:
        print(type(exc).__name__, exc)
    try:
        s[-2 ** 70]
    except Exception as exc:
        print(type(exc).__name__, exc)
for s in [(1, 2), [1, 2], "ab", range(3)]:
    for k in (2 ** 40, -2 ** 40, 2 ** 63 - 1, 2 ** 63, -2 ** 63, -2**63-1):
        try:
            s[k]
        except Exception as exc:
            print(type(exc).__name__, exc)
