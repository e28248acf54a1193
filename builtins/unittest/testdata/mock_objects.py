# unittest.mock: Mock and MagicMock records and assert messages, call,
# ANY, sentinel, side_effect forms, spec, wraps, patch as a context
# manager, decorator (stacked: the bottom patch's mock comes first) and
# with start/stop, patch.object, patch.dict, and mocks used from threads.
from unittest import mock
import time
m = mock.Mock()
def show(f):
    try:
        f()
    except AssertionError as e:
        print(repr(str(e)))
    except AttributeError as e:
        print("AttributeError", e)
show(m.assert_called)
show(lambda: m.assert_called_with(1))
show(lambda: m.assert_called_once_with(1))
m(1, x=2); m(2)
show(m.assert_not_called)
show(m.assert_called_once)
show(lambda: m.assert_called_with(3))
show(lambda: m.assert_called_once_with(2))
show(lambda: m.assert_any_call(5))
show(lambda: m.assert_has_calls([mock.call(2), mock.call(1, x=2)]))
show(lambda: m.assert_has_calls([mock.call(2), mock.call(1, x=2)], any_order=True))
show(lambda: m.assert_has_calls([mock.call(7)], any_order=True))
show(lambda: m.assert_foo())
with mock.patch("time.sleep") as s:
    time.sleep(1)
    show(lambda: s.assert_called_with(2))
    show(lambda: s.assert_called_once_with(2))
    print(s.call_args, s.call_args_list, repr(s)[:25], s.mock_calls)
n = mock.Mock(name="svc")
n.get(1).json()
print(n.mock_calls, n.method_calls)
print(n.get.call_args, n.get.call_args.args, n.get.call_args.kwargs, n.get.call_args[0])
print(mock.call.foo(1), mock.call().bar(2), mock.ANY, mock.sentinel.token)
show(lambda: n.get.assert_called_with(2))
mm = mock.MagicMock()
print(len(mm), 3 in mm, bool(mm), int(mm), float(mm), list(mm))
mm.__len__.return_value = 4
mm.__getitem__.side_effect = lambda k: k * 2
print(len(mm), mm[21], list(mm.mock_calls)[-2:])
with mm as x:
    print(x is mm.__enter__.return_value)
p = mock.Mock(side_effect=[1, 2])
print(p(), p())
try:
    p()
except StopIteration as e:
    print("StopIteration", repr(e))
q = mock.Mock(return_value=5, side_effect=lambda: mock.DEFAULT)
print(q())
r = mock.Mock(spec=["a", "b"])
print(repr(r.a).startswith("<Mock name='mock.a' id="))
try:
    r.c
except AttributeError as e:
    print(e)
w = mock.Mock(wraps=lambda x: x + 1)
print(w(1), w.call_count)
d = {"a": 1}
with mock.patch.dict(d, {"b": 2}, clear=True):
    print(d)
print(d)
class C:
    attr = 1
with mock.patch.object(C, "attr", 5):
    print(C.attr)
print(C.attr)
pt = mock.patch("time.time", return_value=42.0)
fake = pt.start()
print(time.time(), fake.called)
pt.stop()
print(time.time() != 42.0)
m.reset_mock()
print(m.call_count, m.mock_calls)
m.configure_mock(**{"method.return_value": 3, "attr": 9})
print(m.method(), m.attr)

import string


@mock.patch("time.monotonic", return_value=1.0)
@mock.patch("string.digits", "patched")
@mock.patch("time.sleep")
def stacked(fake_sleep, fake_monotonic):
    time.sleep(3)
    print("stacked:", string.digits, time.monotonic(), fake_sleep.call_args_list)
    return "ret"


print(stacked(), string.digits)


@mock.patch.object(C, "attr", 7)
class Patched:
    def test_one(self):
        return C.attr

    def helper(self):
        return C.attr


print(Patched().test_one(), Patched().helper())
import threading
worker = mock.Mock(side_effect=lambda n: n * n)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(worker.call_count, sorted(c.args[0] for c in worker.call_args_list))
worker.assert_any_call(4)
print(mock.call.a.b(1), mock.call(), m.method.call_count, mm.__enter__.called)
svc = mock.Mock()
svc.connect.return_value.query.return_value = ["row"]
print(svc.connect("db").query("q"), svc.mock_calls)
svc.connect.assert_called_once_with("db")
