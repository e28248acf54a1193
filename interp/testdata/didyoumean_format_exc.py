# traceback.format_exc, format_exception, print_exc and
# logging.exception never add the suggestion in CPython 3.11.
import io
import logging
import sys
import traceback

log = io.StringIO()
logging.basicConfig(stream=log, format="%(levelname)s %(message)s")


class Point:
    def __init__(self):
        self.x_coord = 0


def last(text):
    return text.rstrip("\n").splitlines()[-1]


try:
    Point().x_cord
except AttributeError as e:
    print(last(traceback.format_exc()))
    print(last("".join(traceback.format_exception(e))))
    print(last("".join(traceback.format_exception_only(type(e), e))))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(last(buf.getvalue()))
    logging.exception("failed")
    print(last(log.getvalue()))
    print(str(e), repr(e))

try:
    lenn = len
    print(lnn([]))
except NameError as e:
    print(last(traceback.format_exc()))
    print(str(e), repr(e))
