# Exception groups of many exceptions (width limit), chained and noted
# ones, deep nesting (depth limit), and a subclass's derive.
import traceback
def work(i):
    if i % 3 == 0:
        raise ValueError(f"плохое значение {i}")
    if i % 3 == 1:
        try:
            {}["k"]
        except KeyError as e:
            raise RuntimeError(f"задача {i}") from e
    return i
errors = []
for i in range(20):
    try:
        work(i)
    except Exception as e:
        e.add_note(f"task #{i}")
        errors.append(e)
eg = ExceptionGroup("many", errors)
try:
    raise eg
except ExceptionGroup:
    print(traceback.format_exc())
deep = ValueError("leaf")
for d in range(12):
    deep = ExceptionGroup(f"level {d}", [deep])
try:
    raise deep
except ExceptionGroup as e:
    traceback.print_exc()
print(deep.subgroup(ValueError) is deep, deep.split(TypeError))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
m = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(m.split(ValueError)), type(m.subgroup(TypeError)).__name__)
try:
    ExceptionGroup("x", [ValueError()]).split(5)
except TypeError as e:
    print(e)
print(isinstance(m, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), BaseExceptionGroup.__mro__)
