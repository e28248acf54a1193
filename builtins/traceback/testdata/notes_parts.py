# A worker's exception with notes (add_note) formatted by the main
# thread: each line of each note is its own item of format_exception and
# format_exception_only, after the exception's line; an ExceptionGroup's
# format_exception_only is its own line, not its tree.
import queue
import threading
import traceback

errors = queue.Queue()


def worker(key):
    try:
        try:
            {}[key]
        except KeyError:
            raise ValueError(f"нет ключа {key}\nвторая строка") from None
    except ValueError as e:
        e.add_note(f"поток {threading.current_thread().name}")
        e.add_note("заметка\nв две строки")
        errors.put(e)


t = threading.Thread(target=worker, args=("к",), name="Т1")
t.start()
t.join()
e = errors.get()
print(e.__notes__, e.__cause__, e.__suppress_context__)
print(traceback.format_exception_only(type(e), e))
print(traceback.format_exception(e)[-4:])
plain = KeyError("x")
print(traceback.format_exception_only(plain), traceback.format_exception(plain))
group = ExceptionGroup("группа", [e, TypeError("t")])
group.add_note("у группы тоже заметка")
print(traceback.format_exception_only(group))
print(traceback.format_exception_only(BaseExceptionGroup("bg", [KeyboardInterrupt()])))
