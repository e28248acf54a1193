# A mock's call list compares with a list of call objects item by item,
# each call asking its own __eq__ against the recorded tuple-like calls.
from unittest import mock
from unittest.mock import call

m = mock.Mock()
m(1)
m(2, x=3)
m.child("a")
print(m.call_args_list == [call(1), call(2, x=3)])
print(m.call_args_list != [call(1), call(2, x=4)])
print(m.mock_calls == [call(1), call(2, x=3), call.child("a")])
print([call(1), call(2, x=3)] == m.call_args_list)
print((call(1),) == (m.call_args_list[0],))
