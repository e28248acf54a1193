# assertLogs keeps the LogRecords themselves: their msg, args,
# exc_info, funcName and the formatted output.
import logging
import unittest

log = logging.getLogger("app.db")


def connect(host, port):
    log.info("connecting to %s:%d", host, port)
    try:
        raise ConnectionError("нет связи")
    except ConnectionError:
        log.exception("failed %s", host)


class LogsTest(unittest.TestCase):
    def test_records(self):
        with self.assertLogs("app", level="INFO") as cm:
            connect("db.local", 5432)
        first, second = cm.records
        print(first.msg, first.args, first.getMessage(), first.funcName, first.name, first.levelno)
        print(second.levelname, second.args, second.exc_info[0].__name__, str(second.exc_info[1]))
        print(cm.output[0])
        print(cm.output[1].splitlines()[0], cm.output[1].splitlines()[-1])

    def test_mapping_args(self):
        with self.assertLogs(log, logging.DEBUG) as cm:
            log.debug("%(user)s вошёл", {"user": "Аня"})
        self.assertEqual(cm.records[0].args, {"user": "Аня"})
        self.assertEqual(cm.output, ["DEBUG:app.db:Аня вошёл"])

    def test_no_logs(self):
        with self.assertNoLogs("app"):
            log.debug("below the default level")
        with self.assertRaises(AssertionError) as cm:
            with self.assertLogs("app"):
                log.debug("still below INFO")
        print(cm.exception)


if __name__ == "__main__":
    unittest.main(verbosity=2)
