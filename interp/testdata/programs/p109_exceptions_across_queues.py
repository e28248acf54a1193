"""Custom exceptions that cross threads through queues: chaining, re-raising, args and attributes kept."""
import queue
import sys
import threading


class PipelineError(Exception):
    """Base for everything a stage can raise."""


class ValidationError(PipelineError):
    def __init__(self, field, value):
        super().__init__(f'invalid {field}: {value!r}')
        self.field = field
        self.value = value


class StageFailed(PipelineError):
    def __init__(self, stage, item):
        super().__init__(stage, item)
        self.stage = stage
        self.item = item

    def __str__(self):
        return f'stage {self.stage} failed on {self.item!r}'


errors = queue.Queue()
results = queue.Queue()


def validate(record):
    if not isinstance(record.get('age'), int):
        raise ValidationError('age', record.get('age'))
    if record['age'] < 0:
        raise ValueError('negative age')
    return record['name'].title()


def stage(name, records):
    for rec in records:
        try:
            results.put((name, validate(rec)))
        except ValidationError as exc:
            errors.put(exc)
        except ValueError as exc:
            try:
                raise StageFailed(name, rec['name']) from exc
            except StageFailed as wrapped:
                errors.put(wrapped)
        except Exception:
            errors.put(sys.exc_info()[1])


batches = {
    'a': [{'name': 'иван', 'age': 30}, {'name': 'ольга', 'age': 'тридцать'}],
    'b': [{'name': 'пётр', 'age': -1}, {'name': 'мария', 'age': 41}],
    'c': [{'name': None, 'age': 5}],
}
threads = [threading.Thread(target=stage, args=item) for item in batches.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()

ok = sorted(results.get() for _ in range(results.qsize()))
print('ok:', ok)
errs = []
while True:
    try:
        errs.append(errors.get_nowait())
    except queue.Empty:
        break
errs.sort(key=lambda e: (type(e).__name__, str(e)))
for e in errs:
    print(f'{type(e).__name__}: {e}')
    print('   is PipelineError:', isinstance(e, PipelineError), '| args:', e.args)
    if isinstance(e, ValidationError):
        print('   field/value:', e.field, repr(e.value))
    if e.__cause__ is not None:
        print('   cause:', repr(e.__cause__), '| suppress context:', e.__suppress_context__)
    if isinstance(e, AttributeError):
        print('   name attr:', e.name, '| obj is None:', e.obj is None)
    print('   has traceback:', e.__traceback__ is not None)

# re-raise in the main thread, preserving the object
for e in errs:
    if isinstance(e, StageFailed):
        try:
            raise e
        except PipelineError as again:
            print('re-raised same object:', again is e, again.stage, again.item)

try:
    try:
        raise ValidationError('email', '')
    except PipelineError as exc:
        raise RuntimeError('wrapped') from None
except RuntimeError as exc:
    print('from None:', exc.__cause__, exc.__suppress_context__, type(exc.__context__).__name__)
print('mro:', [c.__name__ for c in ValidationError.__mro__])
print('doc:', PipelineError.__doc__)
