# platform: what holds on any host, under CPython and spindle alike
# (spindle's own answers are pinned by platform_test.go).
import platform
import sys

print(platform.python_version() == '.'.join(map(str, sys.version_info[:3])))
print(platform.python_version().startswith('3.11.'))
print(platform.python_version_tuple() == tuple(platform.python_version().split('.')))
print(platform.python_version_tuple()[:2])
print(platform.system() in ('Linux', 'Darwin', 'Windows', 'FreeBSD'))
print(platform.system().lower() == sys.platform or sys.platform.startswith(platform.system().lower()[:3]))
u = platform.uname()
print(type(u).__name__, u._fields, len(u), u[-1] == u.processor, list(u)[:1] == [u.system])
print(u.system == u[0] == platform.system(), u.machine == u[4] == platform.machine())
print(isinstance(u.processor, str), isinstance(platform.node(), str))
bits, linkage = platform.architecture()
print(bits == ('64bit' if sys.maxsize > 2**32 else '32bit'), isinstance(linkage, str))
print(platform.machine() in ('x86_64', 'aarch64', 'arm64', 'AMD64', 'i686', 'armv7l', 'ppc64le', 's390x', 'riscv64'))
print(platform.platform().startswith(platform.system()))
print(platform.python_implementation() in ('CPython', 'spindle'))
print(all(isinstance(x, str) for x in (platform.release(), platform.version(),
                                       platform.python_compiler(), platform.python_branch())))
print(len(platform.python_build()), len(platform.libc_ver()))
