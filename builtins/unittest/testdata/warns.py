# assertWarns/assertWarnsRegex catch the DeprecationWarnings of the
# deprecated threading names; failures when none or no match.
import threading, unittest
class T(unittest.TestCase):
    def test_warns(self):
        t = threading.Thread()
        with self.assertWarnsRegex(DeprecationWarning, r'get the daemon attribute'):
            t.isDaemon()
        with self.assertWarns(DeprecationWarning):
            threading.activeCount()
    def test_not_triggered(self):
        with self.assertWarns(DeprecationWarning):
            pass
    def test_regex(self):
        with self.assertWarnsRegex(DeprecationWarning, "nomatch"):
            threading.Event().isSet()
unittest.main()
