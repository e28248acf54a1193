import threading
import unittest
from unittest import mock

from weather import Config, Reading, Station, Summary


class StationTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cfg = Config("Тест", sensors=3)

    def test_collect_order(self):
        sensor = mock.Mock(side_effect=lambda s, i: s * 10 + i)
        summary = Station(self.cfg, sensor).collect(rounds=2)
        self.assertEqual(summary.values, [0, 1, 10, 11, 20, 21])
        self.assertEqual(sensor.call_count, 6)
        self.assertCountEqual(sensor.call_args_list, [mock.call(s, i) for s in range(3) for i in range(2)])

    def test_threads_named(self):
        names = []
        lock = threading.Lock()

        def sensor(s, i):
            with lock:
                names.append(threading.current_thread().name)
            return 0.0

        Station(self.cfg, sensor).collect(rounds=1)
        self.assertEqual(sorted(names), ["sensor-0", "sensor-1", "sensor-2"])

    def test_side_effect_sequence(self):
        sensor = mock.Mock(side_effect=[1.5, -2.5, 4.0])
        st = Station(Config("x", sensors=1), sensor)
        self.assertEqual(st.collect(3).stats(), {"min": -2.5, "max": 4.0, "mean": 1.0, "n": 3})

    def test_sensor_error(self):
        sensor = mock.Mock(side_effect=OSError("датчик не отвечает"))
        st = Station(Config("x", sensors=1), sensor)
        with mock.patch("threading.excepthook") as hook:
            t = threading.Thread(target=st._poll, args=(0, 1), name="bad")
            t.start()
            t.join()
        args = hook.call_args.args[0]
        self.assertIs(args.exc_type, OSError)
        self.assertEqual(str(args.exc_value), "датчик не отвечает")
        self.assertEqual(args.thread.name, "bad")
        self.assertEqual(st.done, 0)

    def test_report(self):
        summary = Summary([Reading(0, -1.25), Reading(1, 2.0)])
        text = Station(Config("Сочи", sensors=2), None).report(summary)
        self.assertEqual(text.splitlines(), [
            "Сочи: 2 sensors, °C",
            "  #0: -1.2°C",
            "  #1: +2.0°C",
            "  min -1.2 max +2.0 mean +0.38 (2 readings)",
        ])

    def test_frozen(self):
        r = Reading(1, 2.0)
        with self.assertRaises(AttributeError):
            r.value = 3.0
        self.assertEqual(len({r, Reading(1, 2.0)}), 1)


class BrokenClassTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("нет конфигурации")

    def test_never(self):
        pass
