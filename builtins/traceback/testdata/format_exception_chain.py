import traceback
try:
    try: 1/0
    except ZeroDivisionError: raise KeyError("k")
except KeyError as e:
    print(traceback.format_exception(e, chain=False))
    print(traceback.format_exception(type(e), e, None, chain=False))
    print(len(traceback.format_exception(e)))
    print(traceback.format_exception(type(e), e, None))
    print(traceback.format_exception_only(e))
    print(traceback.format_exc(chain=False))
