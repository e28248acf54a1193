# An error raised while basicConfig iterates its handlers propagates; as
# in CPython, the handlers before it are installed.
import logging


def handlers():
    yield logging.StreamHandler()
    raise ValueError("обработчик")


try:
    logging.basicConfig(handlers=handlers())
except ValueError as e:
    print("ValueError", e)
print(logging.getLogger().handlers)
logging.basicConfig(handlers=iter([logging.NullHandler()]))
print(logging.getLogger().handlers)
try:
    logging.basicConfig(force=True, handlers=5)
except TypeError as e:
    print("TypeError", e)
print(logging.getLogger().handlers)
