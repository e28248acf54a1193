from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call
import os, json, threading

def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)

def get_user(uid):
    return {"id": uid, "name": "реальный"}

def greet(uid):
    u = get_user(uid)
    return f"Привет, {u['name']}!"

class Service:
    def fetch(self, x):
        return x * 10
    def run(self, x):
        return self.fetch(x) + 1

@patch("__main__.get_user")
def test_greet(m):
    m.return_value = {"name": "Мок"}
    print(greet(5))
    m.assert_called_once_with(5)
    print(m.call_count, m.call_args, m.called)
test_greet()

@patch("__main__.get_user", return_value={"name": "Декоратор"})
@patch("os.getcwd", return_value="/tmp/fake")
def test_two(cwd, gu):
    print(greet(1), os.getcwd(), cwd.call_count, gu.call_args_list)
test_two()

with patch.object(Service, "fetch", return_value=100) as f:
    s = Service()
    print(s.run(3), f.call_args, f.call_count)
    show("assert wrong", lambda: f.assert_called_once_with(4))
print(Service().run(3))

with patch.object(Service, "fetch", side_effect=ValueError("сбой")):
    show("side exc", lambda: Service().run(1))
with patch.object(Service, "fetch", side_effect=[1, 2, 3]) as f:
    print([Service().run(i) for i in range(3)])
    show("exhausted", lambda: Service().run(9))
with patch.object(Service, "fetch", side_effect=lambda x: -x):
    print(Service().run(7))
with patch.object(Service, "fetch", side_effect=[1, KeyError("k"), 3]):
    s = Service()
    show("mixed1", lambda: s.run(0))
    show("mixed2", lambda: s.run(0))
    show("mixed3", lambda: s.run(0))

m = Mock()
m.method(1, 2, key="знач")
m.method(3)
m.other.nested(x=1)
print(m.method.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(m.method.call_args.args, m.method.call_args.kwargs)
show("assert_called_with", lambda: m.method.assert_called_with(1, 2, key="знач"))
show("assert_called_once", lambda: m.method.assert_called_once())
show("assert_not_called", lambda: m.method.assert_not_called())
show("assert_called_once_with never", lambda: Mock(name="fn").assert_called_once_with(1))
show("assert_any_call", lambda: m.method.assert_any_call(3))
show("assert_has_calls", lambda: m.assert_has_calls([call.method(1, 2, key="знач"), call.method(3)]))
show("call eq", lambda: m.method.call_args == call(3))
show("call list eq", lambda: m.method.call_args_list == [call(1, 2, key="знач"), call(3)])
m.reset_mock()
show("after reset", lambda: (m.method.call_count, m.mock_calls))
mm = MagicMock()
mm.__str__.return_value = "магия"
print(str(mm))
mm.__getitem__.return_value = 42
print(mm["any"], mm[0])
mm.__iter__.return_value = iter([1, 2])
print(list(mm))
show("mm eq", lambda: mm == mm)
show("mm lt", lambda: mm < 1)
spec_m = Mock(spec=Service)
show("spec ok", lambda: spec_m.fetch(1) is not None)
show("spec bad", lambda: spec_m.nope)
cfg = {"a": 1}
with patch.dict(cfg, {"b": 2}, clear=True):
    print(cfg)
print(cfg)
show("patch bad target", lambda: patch("nomodule_xyz.func").start())
show("patch bad attr", lambda: patch.object(Service, "nonexistent_fn").start())
mt = Mock(return_value=0)
def worker(n):
    mt(n)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(mt.call_count, sorted(c.args[0] for c in mt.call_args_list))
show("configure", lambda: (lambda x: (x.configure_mock(**{"a.return_value": 3}), x.a()))(Mock())[1])
m2 = Mock(**{"method.return_value": 3, "other.side_effect": KeyError})
show("kw config", lambda: m2.method())
show("kw config exc", lambda: m2.other())
fn = Mock(name="f")
fn(1, b=2)
show("msg", lambda: fn.assert_called_with(1, b=3))
show("msg count", lambda: fn.assert_called_once_with(1, b=2))
fn(1)
show("msg twice", lambda: fn.assert_called_once())
show("sentinel", lambda: mock.sentinel.x is mock.sentinel.x)
show("ANY", lambda: fn.assert_any_call(1, b=mock.ANY))
from unittest.mock import PropertyMock
with patch.object(Service, "prop", new_callable=PropertyMock, create=True) as pm:
    pm.return_value = "свойство"
    print(Service().prop, pm.call_count)
    Service().prop = 5
    print(pm.mock_calls)
class Cfg:
    @property
    def level(self):
        return 1
with patch.object(Cfg, "level", new_callable=PropertyMock) as lv:
    lv.side_effect = [10, 20]
    c = Cfg()
    print(c.level, c.level)
print(Cfg().level)
mm2 = MagicMock(name="mm2")
print(str(mm2) == repr(mm2), str(mm2).startswith("<MagicMock name='mm2' id="))
