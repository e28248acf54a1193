import os
import unittest
from unittest import mock

from weather import config
from weather.config import Config, load_config

JSON = '{"city": "Казань", "sensors": 4}'


class LoadTest(unittest.TestCase):
    maxDiff = None

    def test_defaults_file(self):
        with mock.patch.dict(os.environ, {}, clear=True):
            cfg = load_config()
        self.assertEqual(cfg, Config("Новосибирск", "C", 3, 0.0))
        self.assertEqual(cfg._asdict(), {"city": "Новосибирск", "units": "C", "sensors": 3, "interval": 0.0})

    def test_env_overrides(self):
        with mock.patch.dict(os.environ, {"WEATHER_CITY": "Тверь", "WEATHER_SENSORS": "5"}):
            cfg = load_config()
        self.assertEqual((cfg.city, cfg.sensors), ("Тверь", 5))
        self.assertNotIn("WEATHER_CITY", os.environ)

    def test_mock_open(self):
        m = mock.mock_open(read_data=JSON)
        with mock.patch("builtins.open", m):
            cfg = load_config("any.json", env={})
        m.assert_called_once_with("any.json", encoding="utf-8")
        self.assertEqual(cfg.describe(), "Казань: 4 sensors, °C")

    def test_unknown_keys(self):
        with mock.patch.object(config.json, "load", return_value={"city": "x", "zzz": 1, "aaa": 2}):
            with self.assertRaisesRegex(KeyError, "unknown settings: aaa, zzz"):
                load_config(env={})

    def test_bad_number(self):
        with self.assertRaises(ValueError) as cm:
            load_config(env={"WEATHER_SENSORS": "много"})
        self.assertEqual(str(cm.exception), "invalid literal for int() with base 10: 'много'")

    def test_dict_diff(self):
        cfg = load_config(env={})
        self.assertDictEqual(cfg._asdict(), {"city": "Новосибирск", "units": "F", "sensors": 3, "interval": 0.0})

    def test_text_diff(self):
        self.assertMultiLineEqual(Config("Омск").describe() + "\nвторая строка\n", "Омск: 2 sensors, °C\nвторая  строка\n")


@unittest.skipUnless(os.environ.get("WEATHER_ONLINE"), "нет сети")
class OnlineTest(unittest.TestCase):
    def test_fetch(self):
        self.fail("never runs offline")
