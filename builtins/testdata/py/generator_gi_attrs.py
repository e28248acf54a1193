# gi_running, gi_suspended and gi_frame of a generator: the frame while
# the body is suspended (its f_lineno and code), None once it finished.
def g():
    print("  внутри: running", gen.gi_running, "suspended", gen.gi_suspended)
    yield 1
    yield 2


gen = g()
print(gen.gi_running, gen.gi_suspended)
next(gen)
print(gen.gi_frame.f_lineno, gen.gi_frame.f_code.co_name, gen.gi_suspended)
next(gen)
print(gen.gi_frame.f_lineno)
gen.close()
print(gen.gi_frame, gen.gi_suspended, gen.gi_running)

done = g()
gen = done
print(list(done), done.gi_frame is None)

ge = (i * i for i in range(3))
next(ge)
print(ge.gi_frame.f_code.co_name, ge.gi_suspended, list(ge), ge.gi_frame)
