# An exception whose str() raises shows "<exception str() failed>" in
# every report of it (the uncaught report, format_exc, logging.exception,
# a chained context), while str(e) in the script still raises.
import logging
import sys
import traceback


class E(Exception):
    def __str__(self):
        raise ValueError("no str")


class R(Exception):
    def __repr__(self):
        raise ValueError("no repr")


class K:
    def __repr__(self):
        raise ValueError("no key repr")


try:
    raise E("a")
except E as e:
    print(traceback.format_exc().splitlines()[-1])
    print(traceback.format_exception_only(type(e), e))
    try:
        str(e)
    except ValueError as err:
        print("str(e) raised", err)

try:
    raise R("b")
except R:
    print(traceback.format_exc().splitlines()[-1])

try:
    raise KeyError(K())
except KeyError as e:
    print(traceback.format_exc().splitlines()[-1])
    try:
        str(e)
    except ValueError as err:
        print("str(KeyError) raised", err)

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")
try:
    raise E("c")
except E:
    logging.exception("boom")

try:
    try:
        raise E("inner")
    except E:
        raise KeyError(K())
except KeyError:
    print(traceback.format_exc())

raise E("final")
