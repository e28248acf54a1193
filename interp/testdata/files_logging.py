# logging to files: basicConfig(filename=...) and FileHandler (delay, mode,
# baseFilename, close).
import logging, os, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, "app.log")
logging.basicConfig(filename=path, level=logging.INFO, format="%(levelname)s %(name)s %(message)s")
logging.info("first")
logging.getLogger("x").warning("second %d", 2)
log = logging.getLogger("filed")
h = logging.FileHandler(os.path.join(d, "other.log"), mode="w", delay=True)
print(h.stream, os.path.exists(h.baseFilename), repr(h) == "<FileHandler %s (NOTSET)>" % h.baseFilename)
h.setFormatter(logging.Formatter("[%(message)s]"))
log.addHandler(h)
log.error("héllo")
h.close()
print(open(path).read(), end="")
print(open(os.path.join(d, "other.log"), encoding="utf-8").read(), end="")
print(isinstance(h, logging.StreamHandler))
for root in logging.getLogger().handlers:
    root.close()
for f in os.listdir(d):
    os.remove(os.path.join(d, f))
os.rmdir(d)
