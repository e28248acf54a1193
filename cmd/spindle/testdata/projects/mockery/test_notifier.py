import unittest
from unittest import mock
from unittest.mock import patch, Mock, MagicMock, call

from notify import Notifier
from notify import transport


class NotifierTest(unittest.TestCase):
    def setUp(self):
        self.clock = Mock()
        self.clock.now.return_value = "12:00"
        self.n = Notifier(self.clock)

    @patch("notify.transport.send_email")
    @patch("notify.transport.send_sms")
    def test_sms_and_email(self, sms, email):
        ok = self.n.notify({"name": "Аня", "phone": "+7900", "email": "a@x.ru"}, "привет")
        self.assertTrue(ok)
        sms.assert_called_once_with("+7900", "привет")
        email.assert_called_once_with("a@x.ru", "Уведомление", body="привет")
        self.assertEqual(self.n.sent, [("Аня", "12:00")])
        self.clock.now.assert_called_once()

    def test_retries(self):
        with patch.object(transport, "send_sms", side_effect=[ConnectionError, ConnectionError, None]) as sms:
            self.assertTrue(self.n.notify({"name": "b", "phone": "1"}, "x"))
        self.assertEqual(sms.call_count, 3)
        self.assertEqual(list(sms.call_args_list), [call("1", "x")] * 3)
        self.assertEqual(sms.call_args, call("1", "x"))

    def test_gives_up(self):
        with patch("notify.transport.send_sms", side_effect=ConnectionError("down")) as sms:
            self.assertFalse(self.n.notify({"name": "c", "phone": "2"}, "y"))
        self.assertEqual(sms.call_count, transport.RETRIES)
        self.assertEqual(self.n.sent, [])

    def test_error_propagates(self):
        with patch("notify.transport.send_sms", side_effect=ValueError("bad number")):
            with self.assertRaises(ValueError) as cm:
                self.n.notify({"name": "d", "phone": "?"}, "z")
        self.assertEqual(str(cm.exception), "bad number")

    def test_magic(self):
        m = MagicMock()
        m.__len__.return_value = 3
        m.items.return_value = [("a", 1)]
        self.assertEqual(len(m), 3)
        self.assertEqual(list(m.items()), [("a", 1)])
        m.items.assert_called_once_with()
        self.assertIsInstance(m.anything, MagicMock)

    def test_wrong_call_fails(self):
        m = Mock()
        m("a", 1)
        with self.assertRaises(AssertionError) as cm:
            m.assert_called_once_with("a", 2)
        self.assertIn("expected call not found", str(cm.exception))
        self.assertEqual(m.call_args, call("a", 1))

    def test_side_effect_function(self):
        m = Mock(side_effect=lambda x: x * 2)
        self.assertEqual([m(1), m(2)], [2, 4])
        self.assertEqual(m.call_count, 2)
        self.assertEqual(list(m.call_args_list), [call(1), call(2)])
        self.assertEqual(m.call_args_list[1], call(2))

    def test_mock_calls(self):
        m = Mock()
        m.first(1)
        m.second(k="v")
        self.assertEqual(list(m.mock_calls), [call.first(1), call.second(k="v")])
        m.first.assert_called_with(1)
        self.assertFalse(m.third.called)

    @patch.object(transport, "RETRIES", 1)
    def test_patched_constant(self):
        with patch("notify.transport.send_sms", side_effect=ConnectionError) as sms:
            self.assertFalse(self.n.notify({"name": "e", "phone": "3"}, "w"))
        sms.assert_called_once()

    def test_original_restored(self):
        self.assertEqual(transport.send_sms.__name__, "send_sms")
        self.assertIs(mock.patch, patch)


if __name__ == "__main__":
    unittest.main()
