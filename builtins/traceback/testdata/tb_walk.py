# Walking a traceback by hand, as error reports in worker threads do:
# tb_next leads frame by frame, tb_frame.f_code names each function and
# its file, tb_lineno (and a returned frame's f_lineno) the line, f_back
# the caller; format_tb and
# extract_tb of tb.tb_next start at the second frame.
import os
import threading
import traceback


def parse(text):
    return int(text)


def load(rows):
    out = []
    for r in rows:
        out.append(parse(r))
    return out


def job(rows):
    return sum(load(rows))


reports = []


def worker(rows):
    try:
        job(rows)
    except ValueError as e:
        tb = e.__traceback__
        frames = []
        while tb is not None:
            code = tb.tb_frame.f_code
            frames.append((code.co_name, os.path.basename(code.co_filename), tb.tb_lineno))
            tb = tb.tb_next
        reports.append(frames)
        second = e.__traceback__.tb_next
        reports.append([f.name for f in traceback.extract_tb(second)])
        reports.append(len(traceback.format_tb(second)) == len(traceback.format_tb(e.__traceback__)) - 1)
        f = e.__traceback__.tb_next.tb_next.tb_frame
        reports.append((f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, f.f_back.f_lineno))


t = threading.Thread(target=worker, args=(["1", "два"],))
t.start()
t.join()
for r in reports:
    print(r)
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_next, tb.tb_frame.f_code.co_name, tb == e.__traceback__, tb.tb_next == tb)
