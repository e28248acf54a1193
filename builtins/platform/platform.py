"""Identify the platform spindle runs on, as far as a hermetic
interpreter may: the operating system and architecture Go was built
for, and the Python version spindle implements. spindle reads nothing
of its host, so node(), release(), version(), processor() and the libc
are empty; python_implementation() is 'spindle'."""

import sys
from collections import namedtuple

__version__ = '1.0.8'

_SYSTEMS = {'linux': 'Linux', 'darwin': 'Darwin', 'windows': 'Windows',
            'freebsd': 'FreeBSD', 'openbsd': 'OpenBSD', 'netbsd': 'NetBSD',
            'dragonfly': 'DragonFly', 'solaris': 'SunOS', 'illumos': 'SunOS',
            'aix': 'AIX', 'android': 'Linux', 'ios': 'Darwin'}
_MACHINES = {'amd64': 'x86_64', '386': 'i686', 'arm': 'armv7l', 'ppc64le': 'ppc64le',
             's390x': 's390x', 'riscv64': 'riscv64', 'loong64': 'loongarch64',
             'mips64le': 'mips64', 'ppc64': 'ppc64'}


def system():
    """The operating system's name: 'Linux', 'Darwin', 'Windows'..."""
    return _SYSTEMS.get(_goos, _goos.capitalize())


def machine():
    """The machine type, as uname names it: 'x86_64', 'aarch64'..."""
    if _goarch == 'arm64':
        return 'arm64' if _goos in ('darwin', 'ios', 'windows') else 'aarch64'
    if _goos == 'windows' and _goarch == 'amd64':
        return 'AMD64'
    return _MACHINES.get(_goarch, _goarch)


def node():
    """The host's network name: '' (spindle does not read its host)."""
    return ''


def release():
    """The system's release: '' (spindle does not read its host)."""
    return ''


def version():
    """The system's version: '' (spindle does not read its host)."""
    return ''


def processor():
    """The processor's name: '' (spindle does not read its host)."""
    return ''


class uname_result(namedtuple("uname_result", "system node release version machine")):
    """system, node, release, version, machine, and processor, which
    iteration and len() count but the repr leaves out, as in CPython."""
    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))


def uname():
    """(system, node, release, version, machine), processor as an attribute."""
    return uname_result(system(), node(), release(), version(), machine())


def architecture(executable=None, bits='', linkage=''):
    """(bits, linkage) of the interpreter: ('64bit', 'ELF') on 64-bit Linux."""
    if not bits:
        bits = '%dbit' % _intsize
    if not linkage:
        linkage = {'windows': 'WindowsPE', 'darwin': '', 'ios': ''}.get(_goos, 'ELF')
    return bits, linkage


def platform(aliased=False, terse=False):
    """A string naming the platform: system and machine ('Linux-x86_64')."""
    return '-'.join(x for x in (system(), release(), machine()) if x)


def python_implementation():
    """'spindle': the interpreter running the script is not CPython."""
    return 'spindle'


def python_version_tuple():
    """The Python version spindle implements, as strings: ('3', '11', '7')."""
    return tuple(str(x) for x in sys.version_info[:3])


def python_version():
    """The Python version spindle implements: '3.11.7', from sys.version_info."""
    return '.'.join(python_version_tuple())


def python_compiler():
    """The compiler spindle was built with: 'Go 1.26.8'."""
    return _goversion


def python_build():
    """(build, date): spindle's version, and no date."""
    return (_spindle, '')


def python_branch():
    return ''


def python_revision():
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(lib, version): spindle does not inspect its host's binaries."""
    return lib, version
