# patch.multiple: several attributes of one target (an object or a dotted
# name), DEFAULT ones made MagicMocks that the context manager returns
# and a decorated test receives by keyword; undone on errors and stop().
import unittest
from unittest import mock
from unittest.mock import patch, DEFAULT, sentinel
import types
svc = types.ModuleType("svc")
svc.stamp = lambda: 0.0
svc.fetch_all = lambda paths: [p for p in paths]
import sys
sys.modules["pkg"] = types.ModuleType("pkg")
sys.modules["pkg"].svc = svc
sys.modules["pkg.svc"] = svc

@patch.multiple(svc, stamp=DEFAULT)
class D(unittest.TestCase):
    def test_kw(self, stamp):
        stamp.return_value = 7
        self.assertEqual(svc.stamp(), 7)

class M(unittest.TestCase):
    def test_ctx(self):
        with patch.multiple("pkg.svc", stamp=DEFAULT, fetch_all=DEFAULT) as ms:
            ms["stamp"].return_value = sentinel.t
            self.assertIs(svc.stamp(), sentinel.t)
            self.assertEqual(sorted(ms), ["fetch_all", "stamp"])
        self.assertNotIsInstance(svc.stamp, mock.Mock)
    def test_values(self):
        with patch.multiple(svc, stamp=lambda: 1) as ms:
            self.assertEqual((svc.stamp(), ms), (1, {}))
    @patch.multiple("pkg.svc", fetch_all=DEFAULT)
    def test_deco(self, fetch_all):
        svc.fetch_all([1])
        fetch_all.assert_called_once_with([1])
    def test_errors(self):
        with self.assertRaisesRegex(ValueError, "at least one keyword"):
            patch.multiple(svc)
        with self.assertRaises(AttributeError):
            with patch.multiple(svc, stamp=DEFAULT, nope=DEFAULT):
                pass
        self.assertFalse(isinstance(svc.stamp, mock.Mock))
    def test_start_stop(self):
        p = patch.multiple(svc, stamp=DEFAULT)
        made = p.start()
        made["stamp"].return_value = 3
        self.assertEqual(svc.stamp(), 3)
        p.stop()
        self.assertFalse(isinstance(svc.stamp, mock.Mock))

unittest.main(verbosity=2)
