import traceback

print(repr(traceback.format_exc()))
print(traceback.format_exception(None))
print(traceback.format_exception_only(None))
print(traceback.format_exc(limit=2))
print(traceback.format_exc(None, True))
traceback.print_exc()
traceback.print_exception(None)
