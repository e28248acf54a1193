# An uncaught exception raised while handling another prints the
# context's traceback first, then "During handling of the above
# exception, another exception occurred:", and its notes after it.
import sys
import traceback


def load(d):
    try:
        return d["ключ"]
    except KeyError as e:
        e.add_note("нет ключа")
        err = RuntimeError("загрузка не удалась")
        err.add_note("последняя заметка")
        raise err


try:
    load({})
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
load({})
