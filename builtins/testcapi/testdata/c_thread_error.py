# An exception in the callback is printed to stderr; the caller goes on.
import _testcapi


def boom():
    raise ValueError("from the C thread")


_testcapi.call_in_temporary_c_thread(boom)
print("still here")

# Not callable: the thread reports it; call_in_temporary_c_thread does not.
_testcapi.call_in_temporary_c_thread(42)
print("and here")
