# Generated: every nesting of one or two of for, while, with, try/except/else,
# try/finally and if/else (and 60 nestings of three) around break, continue,
# return, raise and a plain statement, each block logging where control
# goes; the lowering moves try and with bodies into functions, and the
# jumps must land where Python's do.


class Rec:
    def __init__(self, log, d):
        self.log, self.d = log, d

    def __enter__(self):
        self.log.append(f"enter{self.d}")
        return self

    def __exit__(self, *exc):
        self.log.append(f"exit{self.d}:{exc[0].__name__ if exc[0] else None}")
        return False


def case0(log, flag):  # for: break
    for i0 in range(3):
        log.append('b0')
        break
    log.append('after0')
    return 'end'

def case1(log, flag):  # for: continue
    for i0 in range(3):
        log.append('b0')
        continue
    log.append('after0')
    return 'end'

def case2(log, flag):  # for: return 'r'
    for i0 in range(3):
        log.append('b0')
        return 'r'
    log.append('after0')
    return 'end'

def case3(log, flag):  # for: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        raise ValueError('v')
    log.append('after0')
    return 'end'

def case4(log, flag):  # for: log.append('x')
    for i0 in range(3):
        log.append('b0')
        log.append('x')
    log.append('after0')
    return 'end'

def case5(log, flag):  # while: break
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        break
    return 'end'

def case6(log, flag):  # while: continue
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        continue
    return 'end'

def case7(log, flag):  # while: return 'r'
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        return 'r'
    return 'end'

def case8(log, flag):  # while: raise ValueError('v')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        raise ValueError('v')
    return 'end'

def case9(log, flag):  # while: log.append('x')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        log.append('x')
    return 'end'

def case10(log, flag):  # with: return 'r'
    with Rec(log, 0):
        log.append('b0')
        return 'r'
    log.append('after0')
    return 'end'

def case11(log, flag):  # with: raise ValueError('v')
    with Rec(log, 0):
        log.append('b0')
        raise ValueError('v')
    log.append('after0')
    return 'end'

def case12(log, flag):  # with: log.append('x')
    with Rec(log, 0):
        log.append('b0')
        log.append('x')
    log.append('after0')
    return 'end'

def case13(log, flag):  # tryexc: return 'r'
    try:
        log.append('b0')
        return 'r'
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case14(log, flag):  # tryexc: raise ValueError('v')
    try:
        log.append('b0')
        raise ValueError('v')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case15(log, flag):  # tryexc: log.append('x')
    try:
        log.append('b0')
        log.append('x')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case16(log, flag):  # tryfin: return 'r'
    try:
        log.append('b0')
        return 'r'
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case17(log, flag):  # tryfin: raise ValueError('v')
    try:
        log.append('b0')
        raise ValueError('v')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case18(log, flag):  # tryfin: log.append('x')
    try:
        log.append('b0')
        log.append('x')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case19(log, flag):  # if: return 'r'
    if flag:
        log.append('b0')
        return 'r'
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case20(log, flag):  # if: raise ValueError('v')
    if flag:
        log.append('b0')
        raise ValueError('v')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case21(log, flag):  # if: log.append('x')
    if flag:
        log.append('b0')
        log.append('x')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case22(log, flag):  # for > for: break
    for i0 in range(3):
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            break
        log.append('after1')
    log.append('after0')
    return 'end'

def case23(log, flag):  # for > for: continue
    for i0 in range(3):
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            continue
        log.append('after1')
    log.append('after0')
    return 'end'

def case24(log, flag):  # for > for: return 'r'
    for i0 in range(3):
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            return 'r'
        log.append('after1')
    log.append('after0')
    return 'end'

def case25(log, flag):  # for > for: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            raise ValueError('v')
        log.append('after1')
    log.append('after0')
    return 'end'

def case26(log, flag):  # for > for: log.append('x')
    for i0 in range(3):
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            log.append('x')
        log.append('after1')
    log.append('after0')
    return 'end'

def case27(log, flag):  # for > while: break
    for i0 in range(3):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            break
    log.append('after0')
    return 'end'

def case28(log, flag):  # for > while: continue
    for i0 in range(3):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            continue
    log.append('after0')
    return 'end'

def case29(log, flag):  # for > while: return 'r'
    for i0 in range(3):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            return 'r'
    log.append('after0')
    return 'end'

def case30(log, flag):  # for > while: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            raise ValueError('v')
    log.append('after0')
    return 'end'

def case31(log, flag):  # for > while: log.append('x')
    for i0 in range(3):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            log.append('x')
    log.append('after0')
    return 'end'

def case32(log, flag):  # for > with: break
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            break
        log.append('after1')
    log.append('after0')
    return 'end'

def case33(log, flag):  # for > with: continue
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            continue
        log.append('after1')
    log.append('after0')
    return 'end'

def case34(log, flag):  # for > with: return 'r'
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            return 'r'
        log.append('after1')
    log.append('after0')
    return 'end'

def case35(log, flag):  # for > with: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            raise ValueError('v')
        log.append('after1')
    log.append('after0')
    return 'end'

def case36(log, flag):  # for > with: log.append('x')
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            log.append('x')
        log.append('after1')
    log.append('after0')
    return 'end'

def case37(log, flag):  # for > tryexc: break
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            break
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case38(log, flag):  # for > tryexc: continue
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            continue
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case39(log, flag):  # for > tryexc: return 'r'
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            return 'r'
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case40(log, flag):  # for > tryexc: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            raise ValueError('v')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case41(log, flag):  # for > tryexc: log.append('x')
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            log.append('x')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case42(log, flag):  # for > tryfin: break
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            break
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case43(log, flag):  # for > tryfin: continue
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            continue
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case44(log, flag):  # for > tryfin: return 'r'
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            return 'r'
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case45(log, flag):  # for > tryfin: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            raise ValueError('v')
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case46(log, flag):  # for > tryfin: log.append('x')
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            log.append('x')
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case47(log, flag):  # for > if: break
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            break
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case48(log, flag):  # for > if: continue
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            continue
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case49(log, flag):  # for > if: return 'r'
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            return 'r'
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case50(log, flag):  # for > if: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            raise ValueError('v')
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case51(log, flag):  # for > if: log.append('x')
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            log.append('x')
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case52(log, flag):  # while > for: break
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            break
        log.append('after1')
    return 'end'

def case53(log, flag):  # while > for: continue
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            continue
        log.append('after1')
    return 'end'

def case54(log, flag):  # while > for: return 'r'
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            return 'r'
        log.append('after1')
    return 'end'

def case55(log, flag):  # while > for: raise ValueError('v')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            raise ValueError('v')
        log.append('after1')
    return 'end'

def case56(log, flag):  # while > for: log.append('x')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            log.append('x')
        log.append('after1')
    return 'end'

def case57(log, flag):  # while > while: break
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            break
    return 'end'

def case58(log, flag):  # while > while: continue
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            continue
    return 'end'

def case59(log, flag):  # while > while: return 'r'
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            return 'r'
    return 'end'

def case60(log, flag):  # while > while: raise ValueError('v')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            raise ValueError('v')
    return 'end'

def case61(log, flag):  # while > while: log.append('x')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            log.append('x')
    return 'end'

def case62(log, flag):  # while > with: break
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            break
        log.append('after1')
    return 'end'

def case63(log, flag):  # while > with: continue
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            continue
        log.append('after1')
    return 'end'

def case64(log, flag):  # while > with: return 'r'
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            return 'r'
        log.append('after1')
    return 'end'

def case65(log, flag):  # while > with: raise ValueError('v')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            raise ValueError('v')
        log.append('after1')
    return 'end'

def case66(log, flag):  # while > with: log.append('x')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            log.append('x')
        log.append('after1')
    return 'end'

def case67(log, flag):  # while > tryexc: break
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            break
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case68(log, flag):  # while > tryexc: continue
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            continue
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case69(log, flag):  # while > tryexc: return 'r'
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            return 'r'
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case70(log, flag):  # while > tryexc: raise ValueError('v')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            raise ValueError('v')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case71(log, flag):  # while > tryexc: log.append('x')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            log.append('x')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case72(log, flag):  # while > tryfin: break
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            break
        finally:
            log.append('fin1')
        log.append('after1')
    return 'end'

def case73(log, flag):  # while > tryfin: continue
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            continue
        finally:
            log.append('fin1')
        log.append('after1')
    return 'end'

def case74(log, flag):  # while > tryfin: return 'r'
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            return 'r'
        finally:
            log.append('fin1')
        log.append('after1')
    return 'end'

def case75(log, flag):  # while > tryfin: raise ValueError('v')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            raise ValueError('v')
        finally:
            log.append('fin1')
        log.append('after1')
    return 'end'

def case76(log, flag):  # while > tryfin: log.append('x')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            log.append('x')
        finally:
            log.append('fin1')
        log.append('after1')
    return 'end'

def case77(log, flag):  # while > if: break
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        if flag:
            log.append('b1')
            break
        else:
            log.append('no1')
        log.append('after1')
    return 'end'

def case78(log, flag):  # while > if: continue
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        if flag:
            log.append('b1')
            continue
        else:
            log.append('no1')
        log.append('after1')
    return 'end'

def case79(log, flag):  # while > if: return 'r'
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        if flag:
            log.append('b1')
            return 'r'
        else:
            log.append('no1')
        log.append('after1')
    return 'end'

def case80(log, flag):  # while > if: raise ValueError('v')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        if flag:
            log.append('b1')
            raise ValueError('v')
        else:
            log.append('no1')
        log.append('after1')
    return 'end'

def case81(log, flag):  # while > if: log.append('x')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        if flag:
            log.append('b1')
            log.append('x')
        else:
            log.append('no1')
        log.append('after1')
    return 'end'

def case82(log, flag):  # with > for: break
    with Rec(log, 0):
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            break
        log.append('after1')
    log.append('after0')
    return 'end'

def case83(log, flag):  # with > for: continue
    with Rec(log, 0):
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            continue
        log.append('after1')
    log.append('after0')
    return 'end'

def case84(log, flag):  # with > for: return 'r'
    with Rec(log, 0):
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            return 'r'
        log.append('after1')
    log.append('after0')
    return 'end'

def case85(log, flag):  # with > for: raise ValueError('v')
    with Rec(log, 0):
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            raise ValueError('v')
        log.append('after1')
    log.append('after0')
    return 'end'

def case86(log, flag):  # with > for: log.append('x')
    with Rec(log, 0):
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            log.append('x')
        log.append('after1')
    log.append('after0')
    return 'end'

def case87(log, flag):  # with > while: break
    with Rec(log, 0):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            break
    log.append('after0')
    return 'end'

def case88(log, flag):  # with > while: continue
    with Rec(log, 0):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            continue
    log.append('after0')
    return 'end'

def case89(log, flag):  # with > while: return 'r'
    with Rec(log, 0):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            return 'r'
    log.append('after0')
    return 'end'

def case90(log, flag):  # with > while: raise ValueError('v')
    with Rec(log, 0):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            raise ValueError('v')
    log.append('after0')
    return 'end'

def case91(log, flag):  # with > while: log.append('x')
    with Rec(log, 0):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            log.append('x')
    log.append('after0')
    return 'end'

def case92(log, flag):  # with > with: return 'r'
    with Rec(log, 0):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            return 'r'
        log.append('after1')
    log.append('after0')
    return 'end'

def case93(log, flag):  # with > with: raise ValueError('v')
    with Rec(log, 0):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            raise ValueError('v')
        log.append('after1')
    log.append('after0')
    return 'end'

def case94(log, flag):  # with > with: log.append('x')
    with Rec(log, 0):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            log.append('x')
        log.append('after1')
    log.append('after0')
    return 'end'

def case95(log, flag):  # with > tryexc: return 'r'
    with Rec(log, 0):
        log.append('b0')
        try:
            log.append('b1')
            return 'r'
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case96(log, flag):  # with > tryexc: raise ValueError('v')
    with Rec(log, 0):
        log.append('b0')
        try:
            log.append('b1')
            raise ValueError('v')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case97(log, flag):  # with > tryexc: log.append('x')
    with Rec(log, 0):
        log.append('b0')
        try:
            log.append('b1')
            log.append('x')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case98(log, flag):  # with > tryfin: return 'r'
    with Rec(log, 0):
        log.append('b0')
        try:
            log.append('b1')
            return 'r'
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case99(log, flag):  # with > tryfin: raise ValueError('v')
    with Rec(log, 0):
        log.append('b0')
        try:
            log.append('b1')
            raise ValueError('v')
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case100(log, flag):  # with > tryfin: log.append('x')
    with Rec(log, 0):
        log.append('b0')
        try:
            log.append('b1')
            log.append('x')
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case101(log, flag):  # with > if: return 'r'
    with Rec(log, 0):
        log.append('b0')
        if flag:
            log.append('b1')
            return 'r'
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case102(log, flag):  # with > if: raise ValueError('v')
    with Rec(log, 0):
        log.append('b0')
        if flag:
            log.append('b1')
            raise ValueError('v')
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case103(log, flag):  # with > if: log.append('x')
    with Rec(log, 0):
        log.append('b0')
        if flag:
            log.append('b1')
            log.append('x')
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case104(log, flag):  # tryexc > for: break
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            break
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case105(log, flag):  # tryexc > for: continue
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            continue
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case106(log, flag):  # tryexc > for: return 'r'
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            return 'r'
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case107(log, flag):  # tryexc > for: raise ValueError('v')
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            raise ValueError('v')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case108(log, flag):  # tryexc > for: log.append('x')
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            log.append('x')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case109(log, flag):  # tryexc > while: break
    try:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            break
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case110(log, flag):  # tryexc > while: continue
    try:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            continue
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case111(log, flag):  # tryexc > while: return 'r'
    try:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            return 'r'
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case112(log, flag):  # tryexc > while: raise ValueError('v')
    try:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            raise ValueError('v')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case113(log, flag):  # tryexc > while: log.append('x')
    try:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            log.append('x')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case114(log, flag):  # tryexc > with: return 'r'
    try:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            return 'r'
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case115(log, flag):  # tryexc > with: raise ValueError('v')
    try:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            raise ValueError('v')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case116(log, flag):  # tryexc > with: log.append('x')
    try:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            log.append('x')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case117(log, flag):  # tryexc > tryexc: return 'r'
    try:
        log.append('b0')
        try:
            log.append('b1')
            return 'r'
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case118(log, flag):  # tryexc > tryexc: raise ValueError('v')
    try:
        log.append('b0')
        try:
            log.append('b1')
            raise ValueError('v')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case119(log, flag):  # tryexc > tryexc: log.append('x')
    try:
        log.append('b0')
        try:
            log.append('b1')
            log.append('x')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case120(log, flag):  # tryexc > tryfin: return 'r'
    try:
        log.append('b0')
        try:
            log.append('b1')
            return 'r'
        finally:
            log.append('fin1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case121(log, flag):  # tryexc > tryfin: raise ValueError('v')
    try:
        log.append('b0')
        try:
            log.append('b1')
            raise ValueError('v')
        finally:
            log.append('fin1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case122(log, flag):  # tryexc > tryfin: log.append('x')
    try:
        log.append('b0')
        try:
            log.append('b1')
            log.append('x')
        finally:
            log.append('fin1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case123(log, flag):  # tryexc > if: return 'r'
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            return 'r'
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case124(log, flag):  # tryexc > if: raise ValueError('v')
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            raise ValueError('v')
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case125(log, flag):  # tryexc > if: log.append('x')
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            log.append('x')
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case126(log, flag):  # tryfin > for: break
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            break
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case127(log, flag):  # tryfin > for: continue
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            continue
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case128(log, flag):  # tryfin > for: return 'r'
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            return 'r'
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case129(log, flag):  # tryfin > for: raise ValueError('v')
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            raise ValueError('v')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case130(log, flag):  # tryfin > for: log.append('x')
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            log.append('x')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case131(log, flag):  # tryfin > while: break
    try:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            break
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case132(log, flag):  # tryfin > while: continue
    try:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            continue
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case133(log, flag):  # tryfin > while: return 'r'
    try:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            return 'r'
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case134(log, flag):  # tryfin > while: raise ValueError('v')
    try:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            raise ValueError('v')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case135(log, flag):  # tryfin > while: log.append('x')
    try:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            log.append('x')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case136(log, flag):  # tryfin > with: return 'r'
    try:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            return 'r'
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case137(log, flag):  # tryfin > with: raise ValueError('v')
    try:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            raise ValueError('v')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case138(log, flag):  # tryfin > with: log.append('x')
    try:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            log.append('x')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case139(log, flag):  # tryfin > tryexc: return 'r'
    try:
        log.append('b0')
        try:
            log.append('b1')
            return 'r'
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case140(log, flag):  # tryfin > tryexc: raise ValueError('v')
    try:
        log.append('b0')
        try:
            log.append('b1')
            raise ValueError('v')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case141(log, flag):  # tryfin > tryexc: log.append('x')
    try:
        log.append('b0')
        try:
            log.append('b1')
            log.append('x')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case142(log, flag):  # tryfin > tryfin: return 'r'
    try:
        log.append('b0')
        try:
            log.append('b1')
            return 'r'
        finally:
            log.append('fin1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case143(log, flag):  # tryfin > tryfin: raise ValueError('v')
    try:
        log.append('b0')
        try:
            log.append('b1')
            raise ValueError('v')
        finally:
            log.append('fin1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case144(log, flag):  # tryfin > tryfin: log.append('x')
    try:
        log.append('b0')
        try:
            log.append('b1')
            log.append('x')
        finally:
            log.append('fin1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case145(log, flag):  # tryfin > if: return 'r'
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            return 'r'
        else:
            log.append('no1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case146(log, flag):  # tryfin > if: raise ValueError('v')
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            raise ValueError('v')
        else:
            log.append('no1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case147(log, flag):  # tryfin > if: log.append('x')
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            log.append('x')
        else:
            log.append('no1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case148(log, flag):  # if > for: break
    if flag:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            break
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case149(log, flag):  # if > for: continue
    if flag:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            continue
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case150(log, flag):  # if > for: return 'r'
    if flag:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            return 'r'
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case151(log, flag):  # if > for: raise ValueError('v')
    if flag:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            raise ValueError('v')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case152(log, flag):  # if > for: log.append('x')
    if flag:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            log.append('x')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case153(log, flag):  # if > while: break
    if flag:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            break
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case154(log, flag):  # if > while: continue
    if flag:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            continue
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case155(log, flag):  # if > while: return 'r'
    if flag:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            return 'r'
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case156(log, flag):  # if > while: raise ValueError('v')
    if flag:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            raise ValueError('v')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case157(log, flag):  # if > while: log.append('x')
    if flag:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            log.append('x')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case158(log, flag):  # if > with: return 'r'
    if flag:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            return 'r'
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case159(log, flag):  # if > with: raise ValueError('v')
    if flag:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            raise ValueError('v')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case160(log, flag):  # if > with: log.append('x')
    if flag:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            log.append('x')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case161(log, flag):  # if > tryexc: return 'r'
    if flag:
        log.append('b0')
        try:
            log.append('b1')
            return 'r'
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case162(log, flag):  # if > tryexc: raise ValueError('v')
    if flag:
        log.append('b0')
        try:
            log.append('b1')
            raise ValueError('v')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case163(log, flag):  # if > tryexc: log.append('x')
    if flag:
        log.append('b0')
        try:
            log.append('b1')
            log.append('x')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case164(log, flag):  # if > tryfin: return 'r'
    if flag:
        log.append('b0')
        try:
            log.append('b1')
            return 'r'
        finally:
            log.append('fin1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case165(log, flag):  # if > tryfin: raise ValueError('v')
    if flag:
        log.append('b0')
        try:
            log.append('b1')
            raise ValueError('v')
        finally:
            log.append('fin1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case166(log, flag):  # if > tryfin: log.append('x')
    if flag:
        log.append('b0')
        try:
            log.append('b1')
            log.append('x')
        finally:
            log.append('fin1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case167(log, flag):  # if > if: return 'r'
    if flag:
        log.append('b0')
        if flag:
            log.append('b1')
            return 'r'
        else:
            log.append('no1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case168(log, flag):  # if > if: raise ValueError('v')
    if flag:
        log.append('b0')
        if flag:
            log.append('b1')
            raise ValueError('v')
        else:
            log.append('no1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case169(log, flag):  # if > if: log.append('x')
    if flag:
        log.append('b0')
        if flag:
            log.append('b1')
            log.append('x')
        else:
            log.append('no1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case170(log, flag):  # with > while > tryfin: break
    with Rec(log, 0):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            try:
                log.append('b2')
                break
            finally:
                log.append('fin2')
            log.append('after2')
    log.append('after0')
    return 'end'

def case171(log, flag):  # with > while > tryfin: continue
    with Rec(log, 0):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            try:
                log.append('b2')
                continue
            finally:
                log.append('fin2')
            log.append('after2')
    log.append('after0')
    return 'end'

def case172(log, flag):  # with > while > tryfin: return 'r'
    with Rec(log, 0):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            finally:
                log.append('fin2')
            log.append('after2')
    log.append('after0')
    return 'end'

def case173(log, flag):  # with > while > tryfin: raise ValueError('v')
    with Rec(log, 0):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            finally:
                log.append('fin2')
            log.append('after2')
    log.append('after0')
    return 'end'

def case174(log, flag):  # with > while > tryfin: log.append('x')
    with Rec(log, 0):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            finally:
                log.append('fin2')
            log.append('after2')
    log.append('after0')
    return 'end'

def case175(log, flag):  # while > for > with: break
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                break
            log.append('after2')
        log.append('after1')
    return 'end'

def case176(log, flag):  # while > for > with: continue
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                continue
            log.append('after2')
        log.append('after1')
    return 'end'

def case177(log, flag):  # while > for > with: return 'r'
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                return 'r'
            log.append('after2')
        log.append('after1')
    return 'end'

def case178(log, flag):  # while > for > with: raise ValueError('v')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
        log.append('after1')
    return 'end'

def case179(log, flag):  # while > for > with: log.append('x')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                log.append('x')
            log.append('after2')
        log.append('after1')
    return 'end'

def case180(log, flag):  # with > tryfin > if: return 'r'
    with Rec(log, 0):
        log.append('b0')
        try:
            log.append('b1')
            if flag:
                log.append('b2')
                return 'r'
            else:
                log.append('no2')
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case181(log, flag):  # with > tryfin > if: raise ValueError('v')
    with Rec(log, 0):
        log.append('b0')
        try:
            log.append('b1')
            if flag:
                log.append('b2')
                raise ValueError('v')
            else:
                log.append('no2')
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case182(log, flag):  # with > tryfin > if: log.append('x')
    with Rec(log, 0):
        log.append('b0')
        try:
            log.append('b1')
            if flag:
                log.append('b2')
                log.append('x')
            else:
                log.append('no2')
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case183(log, flag):  # tryfin > tryexc > tryfin: return 'r'
    try:
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            finally:
                log.append('fin2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case184(log, flag):  # tryfin > tryexc > tryfin: raise ValueError('v')
    try:
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            finally:
                log.append('fin2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case185(log, flag):  # tryfin > tryexc > tryfin: log.append('x')
    try:
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            finally:
                log.append('fin2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case186(log, flag):  # for > with > for: break
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                break
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case187(log, flag):  # for > with > for: continue
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                continue
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case188(log, flag):  # for > with > for: return 'r'
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                return 'r'
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case189(log, flag):  # for > with > for: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case190(log, flag):  # for > with > for: log.append('x')
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                log.append('x')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case191(log, flag):  # for > tryexc > for: break
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                break
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case192(log, flag):  # for > tryexc > for: continue
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                continue
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case193(log, flag):  # for > tryexc > for: return 'r'
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                return 'r'
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case194(log, flag):  # for > tryexc > for: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case195(log, flag):  # for > tryexc > for: log.append('x')
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                log.append('x')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case196(log, flag):  # tryexc > tryfin > if: return 'r'
    try:
        log.append('b0')
        try:
            log.append('b1')
            if flag:
                log.append('b2')
                return 'r'
            else:
                log.append('no2')
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case197(log, flag):  # tryexc > tryfin > if: raise ValueError('v')
    try:
        log.append('b0')
        try:
            log.append('b1')
            if flag:
                log.append('b2')
                raise ValueError('v')
            else:
                log.append('no2')
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case198(log, flag):  # tryexc > tryfin > if: log.append('x')
    try:
        log.append('b0')
        try:
            log.append('b1')
            if flag:
                log.append('b2')
                log.append('x')
            else:
                log.append('no2')
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case199(log, flag):  # for > tryfin > for: break
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                break
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case200(log, flag):  # for > tryfin > for: continue
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                continue
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case201(log, flag):  # for > tryfin > for: return 'r'
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                return 'r'
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case202(log, flag):  # for > tryfin > for: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case203(log, flag):  # for > tryfin > for: log.append('x')
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                log.append('x')
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case204(log, flag):  # with > tryexc > tryexc: return 'r'
    with Rec(log, 0):
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case205(log, flag):  # with > tryexc > tryexc: raise ValueError('v')
    with Rec(log, 0):
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case206(log, flag):  # with > tryexc > tryexc: log.append('x')
    with Rec(log, 0):
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case207(log, flag):  # tryfin > for > if: break
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            if flag:
                log.append('b2')
                break
            else:
                log.append('no2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case208(log, flag):  # tryfin > for > if: continue
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            if flag:
                log.append('b2')
                continue
            else:
                log.append('no2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case209(log, flag):  # tryfin > for > if: return 'r'
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            if flag:
                log.append('b2')
                return 'r'
            else:
                log.append('no2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case210(log, flag):  # tryfin > for > if: raise ValueError('v')
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            if flag:
                log.append('b2')
                raise ValueError('v')
            else:
                log.append('no2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case211(log, flag):  # tryfin > for > if: log.append('x')
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            if flag:
                log.append('b2')
                log.append('x')
            else:
                log.append('no2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case212(log, flag):  # for > with > with: break
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                break
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case213(log, flag):  # for > with > with: continue
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                continue
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case214(log, flag):  # for > with > with: return 'r'
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                return 'r'
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case215(log, flag):  # for > with > with: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case216(log, flag):  # for > with > with: log.append('x')
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                log.append('x')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case217(log, flag):  # tryexc > tryexc > tryexc: return 'r'
    try:
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case218(log, flag):  # tryexc > tryexc > tryexc: raise ValueError('v')
    try:
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case219(log, flag):  # tryexc > tryexc > tryexc: log.append('x')
    try:
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case220(log, flag):  # while > tryexc > for: break
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                break
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case221(log, flag):  # while > tryexc > for: continue
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                continue
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case222(log, flag):  # while > tryexc > for: return 'r'
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                return 'r'
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case223(log, flag):  # while > tryexc > for: raise ValueError('v')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case224(log, flag):  # while > tryexc > for: log.append('x')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                log.append('x')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case225(log, flag):  # for > while > tryexc: break
    for i0 in range(3):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            try:
                log.append('b2')
                break
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
    log.append('after0')
    return 'end'

def case226(log, flag):  # for > while > tryexc: continue
    for i0 in range(3):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            try:
                log.append('b2')
                continue
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
    log.append('after0')
    return 'end'

def case227(log, flag):  # for > while > tryexc: return 'r'
    for i0 in range(3):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
    log.append('after0')
    return 'end'

def case228(log, flag):  # for > while > tryexc: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
    log.append('after0')
    return 'end'

def case229(log, flag):  # for > while > tryexc: log.append('x')
    for i0 in range(3):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
    log.append('after0')
    return 'end'

def case230(log, flag):  # for > tryexc > tryfin: break
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                break
            finally:
                log.append('fin2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case231(log, flag):  # for > tryexc > tryfin: continue
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                continue
            finally:
                log.append('fin2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case232(log, flag):  # for > tryexc > tryfin: return 'r'
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            finally:
                log.append('fin2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case233(log, flag):  # for > tryexc > tryfin: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            finally:
                log.append('fin2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case234(log, flag):  # for > tryexc > tryfin: log.append('x')
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            finally:
                log.append('fin2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case235(log, flag):  # tryexc > for > tryexc: break
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            try:
                log.append('b2')
                break
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case236(log, flag):  # tryexc > for > tryexc: continue
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            try:
                log.append('b2')
                continue
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case237(log, flag):  # tryexc > for > tryexc: return 'r'
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case238(log, flag):  # tryexc > for > tryexc: raise ValueError('v')
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case239(log, flag):  # tryexc > for > tryexc: log.append('x')
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case240(log, flag):  # with > if > if: return 'r'
    with Rec(log, 0):
        log.append('b0')
        if flag:
            log.append('b1')
            if flag:
                log.append('b2')
                return 'r'
            else:
                log.append('no2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case241(log, flag):  # with > if > if: raise ValueError('v')
    with Rec(log, 0):
        log.append('b0')
        if flag:
            log.append('b1')
            if flag:
                log.append('b2')
                raise ValueError('v')
            else:
                log.append('no2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case242(log, flag):  # with > if > if: log.append('x')
    with Rec(log, 0):
        log.append('b0')
        if flag:
            log.append('b1')
            if flag:
                log.append('b2')
                log.append('x')
            else:
                log.append('no2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case243(log, flag):  # for > with > if: break
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            if flag:
                log.append('b2')
                break
            else:
                log.append('no2')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case244(log, flag):  # for > with > if: continue
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            if flag:
                log.append('b2')
                continue
            else:
                log.append('no2')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case245(log, flag):  # for > with > if: return 'r'
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            if flag:
                log.append('b2')
                return 'r'
            else:
                log.append('no2')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case246(log, flag):  # for > with > if: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            if flag:
                log.append('b2')
                raise ValueError('v')
            else:
                log.append('no2')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case247(log, flag):  # for > with > if: log.append('x')
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            if flag:
                log.append('b2')
                log.append('x')
            else:
                log.append('no2')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case248(log, flag):  # while > tryfin > while: break
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                break
        finally:
            log.append('fin1')
        log.append('after1')
    return 'end'

def case249(log, flag):  # while > tryfin > while: continue
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                continue
        finally:
            log.append('fin1')
        log.append('after1')
    return 'end'

def case250(log, flag):  # while > tryfin > while: return 'r'
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                return 'r'
        finally:
            log.append('fin1')
        log.append('after1')
    return 'end'

def case251(log, flag):  # while > tryfin > while: raise ValueError('v')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                raise ValueError('v')
        finally:
            log.append('fin1')
        log.append('after1')
    return 'end'

def case252(log, flag):  # while > tryfin > while: log.append('x')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                log.append('x')
        finally:
            log.append('fin1')
        log.append('after1')
    return 'end'

def case253(log, flag):  # for > tryexc > if: break
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            if flag:
                log.append('b2')
                break
            else:
                log.append('no2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case254(log, flag):  # for > tryexc > if: continue
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            if flag:
                log.append('b2')
                continue
            else:
                log.append('no2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case255(log, flag):  # for > tryexc > if: return 'r'
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            if flag:
                log.append('b2')
                return 'r'
            else:
                log.append('no2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case256(log, flag):  # for > tryexc > if: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            if flag:
                log.append('b2')
                raise ValueError('v')
            else:
                log.append('no2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case257(log, flag):  # for > tryexc > if: log.append('x')
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            if flag:
                log.append('b2')
                log.append('x')
            else:
                log.append('no2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case258(log, flag):  # tryexc > if > tryexc: return 'r'
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case259(log, flag):  # tryexc > if > tryexc: raise ValueError('v')
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case260(log, flag):  # tryexc > if > tryexc: log.append('x')
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case261(log, flag):  # tryexc > for > for: break
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                break
            log.append('after2')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case262(log, flag):  # tryexc > for > for: continue
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                continue
            log.append('after2')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case263(log, flag):  # tryexc > for > for: return 'r'
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                return 'r'
            log.append('after2')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case264(log, flag):  # tryexc > for > for: raise ValueError('v')
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case265(log, flag):  # tryexc > for > for: log.append('x')
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                log.append('x')
            log.append('after2')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case266(log, flag):  # for > with > tryexc: break
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            try:
                log.append('b2')
                break
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case267(log, flag):  # for > with > tryexc: continue
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            try:
                log.append('b2')
                continue
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case268(log, flag):  # for > with > tryexc: return 'r'
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case269(log, flag):  # for > with > tryexc: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case270(log, flag):  # for > with > tryexc: log.append('x')
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case271(log, flag):  # tryfin > for > for: break
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                break
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case272(log, flag):  # tryfin > for > for: continue
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                continue
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case273(log, flag):  # tryfin > for > for: return 'r'
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                return 'r'
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case274(log, flag):  # tryfin > for > for: raise ValueError('v')
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case275(log, flag):  # tryfin > for > for: log.append('x')
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                log.append('x')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case276(log, flag):  # for > if > while: break
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                break
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case277(log, flag):  # for > if > while: continue
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                continue
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case278(log, flag):  # for > if > while: return 'r'
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                return 'r'
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case279(log, flag):  # for > if > while: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                raise ValueError('v')
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case280(log, flag):  # for > if > while: log.append('x')
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                log.append('x')
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case281(log, flag):  # while > tryexc > tryexc: break
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                break
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case282(log, flag):  # while > tryexc > tryexc: continue
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                continue
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case283(log, flag):  # while > tryexc > tryexc: return 'r'
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case284(log, flag):  # while > tryexc > tryexc: raise ValueError('v')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case285(log, flag):  # while > tryexc > tryexc: log.append('x')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case286(log, flag):  # tryfin > with > if: return 'r'
    try:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            if flag:
                log.append('b2')
                return 'r'
            else:
                log.append('no2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case287(log, flag):  # tryfin > with > if: raise ValueError('v')
    try:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            if flag:
                log.append('b2')
                raise ValueError('v')
            else:
                log.append('no2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case288(log, flag):  # tryfin > with > if: log.append('x')
    try:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            if flag:
                log.append('b2')
                log.append('x')
            else:
                log.append('no2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case289(log, flag):  # tryfin > with > tryfin: return 'r'
    try:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            finally:
                log.append('fin2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case290(log, flag):  # tryfin > with > tryfin: raise ValueError('v')
    try:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            finally:
                log.append('fin2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case291(log, flag):  # tryfin > with > tryfin: log.append('x')
    try:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            finally:
                log.append('fin2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case292(log, flag):  # if > tryfin > with: return 'r'
    if flag:
        log.append('b0')
        try:
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                return 'r'
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case293(log, flag):  # if > tryfin > with: raise ValueError('v')
    if flag:
        log.append('b0')
        try:
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case294(log, flag):  # if > tryfin > with: log.append('x')
    if flag:
        log.append('b0')
        try:
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                log.append('x')
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case295(log, flag):  # if > with > while: break
    if flag:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                break
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case296(log, flag):  # if > with > while: continue
    if flag:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                continue
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case297(log, flag):  # if > with > while: return 'r'
    if flag:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                return 'r'
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case298(log, flag):  # if > with > while: raise ValueError('v')
    if flag:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                raise ValueError('v')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case299(log, flag):  # if > with > while: log.append('x')
    if flag:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                log.append('x')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case300(log, flag):  # tryfin > for > tryexc: break
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            try:
                log.append('b2')
                break
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case301(log, flag):  # tryfin > for > tryexc: continue
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            try:
                log.append('b2')
                continue
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case302(log, flag):  # tryfin > for > tryexc: return 'r'
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case303(log, flag):  # tryfin > for > tryexc: raise ValueError('v')
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case304(log, flag):  # tryfin > for > tryexc: log.append('x')
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case305(log, flag):  # if > while > while: break
    if flag:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                break
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case306(log, flag):  # if > while > while: continue
    if flag:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                continue
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case307(log, flag):  # if > while > while: return 'r'
    if flag:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                return 'r'
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case308(log, flag):  # if > while > while: raise ValueError('v')
    if flag:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                raise ValueError('v')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case309(log, flag):  # if > while > while: log.append('x')
    if flag:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                log.append('x')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case310(log, flag):  # if > if > tryexc: return 'r'
    if flag:
        log.append('b0')
        if flag:
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case311(log, flag):  # if > if > tryexc: raise ValueError('v')
    if flag:
        log.append('b0')
        if flag:
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case312(log, flag):  # if > if > tryexc: log.append('x')
    if flag:
        log.append('b0')
        if flag:
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            except ValueError as e2:
                log.append('exc2')
            else:
                log.append('else2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case313(log, flag):  # if > if > while: break
    if flag:
        log.append('b0')
        if flag:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                break
        else:
            log.append('no1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case314(log, flag):  # if > if > while: continue
    if flag:
        log.append('b0')
        if flag:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                continue
        else:
            log.append('no1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case315(log, flag):  # if > if > while: return 'r'
    if flag:
        log.append('b0')
        if flag:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                return 'r'
        else:
            log.append('no1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case316(log, flag):  # if > if > while: raise ValueError('v')
    if flag:
        log.append('b0')
        if flag:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                raise ValueError('v')
        else:
            log.append('no1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case317(log, flag):  # if > if > while: log.append('x')
    if flag:
        log.append('b0')
        if flag:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                log.append('x')
        else:
            log.append('no1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case318(log, flag):  # while > tryexc > with: break
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                break
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case319(log, flag):  # while > tryexc > with: continue
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                continue
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case320(log, flag):  # while > tryexc > with: return 'r'
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                return 'r'
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case321(log, flag):  # while > tryexc > with: raise ValueError('v')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case322(log, flag):  # while > tryexc > with: log.append('x')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        try:
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                log.append('x')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    return 'end'

def case323(log, flag):  # for > while > if: break
    for i0 in range(3):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            if flag:
                log.append('b2')
                break
            else:
                log.append('no2')
            log.append('after2')
    log.append('after0')
    return 'end'

def case324(log, flag):  # for > while > if: continue
    for i0 in range(3):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            if flag:
                log.append('b2')
                continue
            else:
                log.append('no2')
            log.append('after2')
    log.append('after0')
    return 'end'

def case325(log, flag):  # for > while > if: return 'r'
    for i0 in range(3):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            if flag:
                log.append('b2')
                return 'r'
            else:
                log.append('no2')
            log.append('after2')
    log.append('after0')
    return 'end'

def case326(log, flag):  # for > while > if: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            if flag:
                log.append('b2')
                raise ValueError('v')
            else:
                log.append('no2')
            log.append('after2')
    log.append('after0')
    return 'end'

def case327(log, flag):  # for > while > if: log.append('x')
    for i0 in range(3):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            if flag:
                log.append('b2')
                log.append('x')
            else:
                log.append('no2')
            log.append('after2')
    log.append('after0')
    return 'end'

def case328(log, flag):  # tryexc > if > tryfin: return 'r'
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            finally:
                log.append('fin2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case329(log, flag):  # tryexc > if > tryfin: raise ValueError('v')
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            finally:
                log.append('fin2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case330(log, flag):  # tryexc > if > tryfin: log.append('x')
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            finally:
                log.append('fin2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case331(log, flag):  # for > if > tryfin: break
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            try:
                log.append('b2')
                break
            finally:
                log.append('fin2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case332(log, flag):  # for > if > tryfin: continue
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            try:
                log.append('b2')
                continue
            finally:
                log.append('fin2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case333(log, flag):  # for > if > tryfin: return 'r'
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            finally:
                log.append('fin2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case334(log, flag):  # for > if > tryfin: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            finally:
                log.append('fin2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case335(log, flag):  # for > if > tryfin: log.append('x')
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            finally:
                log.append('fin2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case336(log, flag):  # with > for > with: break
    with Rec(log, 0):
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                break
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case337(log, flag):  # with > for > with: continue
    with Rec(log, 0):
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                continue
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case338(log, flag):  # with > for > with: return 'r'
    with Rec(log, 0):
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                return 'r'
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case339(log, flag):  # with > for > with: raise ValueError('v')
    with Rec(log, 0):
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case340(log, flag):  # with > for > with: log.append('x')
    with Rec(log, 0):
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                log.append('x')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case341(log, flag):  # if > tryexc > while: break
    if flag:
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                break
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case342(log, flag):  # if > tryexc > while: continue
    if flag:
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                continue
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case343(log, flag):  # if > tryexc > while: return 'r'
    if flag:
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                return 'r'
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case344(log, flag):  # if > tryexc > while: raise ValueError('v')
    if flag:
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                raise ValueError('v')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case345(log, flag):  # if > tryexc > while: log.append('x')
    if flag:
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                log.append('x')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case346(log, flag):  # while > for > for: break
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                break
            log.append('after2')
        log.append('after1')
    return 'end'

def case347(log, flag):  # while > for > for: continue
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                continue
            log.append('after2')
        log.append('after1')
    return 'end'

def case348(log, flag):  # while > for > for: return 'r'
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                return 'r'
            log.append('after2')
        log.append('after1')
    return 'end'

def case349(log, flag):  # while > for > for: raise ValueError('v')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
        log.append('after1')
    return 'end'

def case350(log, flag):  # while > for > for: log.append('x')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                log.append('x')
            log.append('after2')
        log.append('after1')
    return 'end'

def case351(log, flag):  # tryexc > if > for: break
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                break
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case352(log, flag):  # tryexc > if > for: continue
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                continue
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case353(log, flag):  # tryexc > if > for: return 'r'
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                return 'r'
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case354(log, flag):  # tryexc > if > for: raise ValueError('v')
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case355(log, flag):  # tryexc > if > for: log.append('x')
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                log.append('x')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case356(log, flag):  # for > if > for: break
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                break
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case357(log, flag):  # for > if > for: continue
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                continue
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case358(log, flag):  # for > if > for: return 'r'
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                return 'r'
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case359(log, flag):  # for > if > for: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case360(log, flag):  # for > if > for: log.append('x')
    for i0 in range(3):
        log.append('b0')
        if flag:
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                log.append('x')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case361(log, flag):  # tryfin > for > with: break
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                break
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case362(log, flag):  # tryfin > for > with: continue
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                continue
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case363(log, flag):  # tryfin > for > with: return 'r'
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                return 'r'
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case364(log, flag):  # tryfin > for > with: raise ValueError('v')
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case365(log, flag):  # tryfin > for > with: log.append('x')
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                log.append('x')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case366(log, flag):  # with > while > for: break
    with Rec(log, 0):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                break
            log.append('after2')
    log.append('after0')
    return 'end'

def case367(log, flag):  # with > while > for: continue
    with Rec(log, 0):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                continue
            log.append('after2')
    log.append('after0')
    return 'end'

def case368(log, flag):  # with > while > for: return 'r'
    with Rec(log, 0):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                return 'r'
            log.append('after2')
    log.append('after0')
    return 'end'

def case369(log, flag):  # with > while > for: raise ValueError('v')
    with Rec(log, 0):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
    log.append('after0')
    return 'end'

def case370(log, flag):  # with > while > for: log.append('x')
    with Rec(log, 0):
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                log.append('x')
            log.append('after2')
    log.append('after0')
    return 'end'

def case371(log, flag):  # tryexc > if > if: return 'r'
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            if flag:
                log.append('b2')
                return 'r'
            else:
                log.append('no2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case372(log, flag):  # tryexc > if > if: raise ValueError('v')
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            if flag:
                log.append('b2')
                raise ValueError('v')
            else:
                log.append('no2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case373(log, flag):  # tryexc > if > if: log.append('x')
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            if flag:
                log.append('b2')
                log.append('x')
            else:
                log.append('no2')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case374(log, flag):  # while > while > tryfin: break
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            try:
                log.append('b2')
                break
            finally:
                log.append('fin2')
            log.append('after2')
    return 'end'

def case375(log, flag):  # while > while > tryfin: continue
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            try:
                log.append('b2')
                continue
            finally:
                log.append('fin2')
            log.append('after2')
    return 'end'

def case376(log, flag):  # while > while > tryfin: return 'r'
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            finally:
                log.append('fin2')
            log.append('after2')
    return 'end'

def case377(log, flag):  # while > while > tryfin: raise ValueError('v')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            finally:
                log.append('fin2')
            log.append('after2')
    return 'end'

def case378(log, flag):  # while > while > tryfin: log.append('x')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            finally:
                log.append('fin2')
            log.append('after2')
    return 'end'

def case379(log, flag):  # for > tryfin > with: break
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                break
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case380(log, flag):  # for > tryfin > with: continue
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                continue
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case381(log, flag):  # for > tryfin > with: return 'r'
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                return 'r'
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case382(log, flag):  # for > tryfin > with: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case383(log, flag):  # for > tryfin > with: log.append('x')
    for i0 in range(3):
        log.append('b0')
        try:
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                log.append('x')
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case384(log, flag):  # tryfin > for > tryfin: break
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            try:
                log.append('b2')
                break
            finally:
                log.append('fin2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case385(log, flag):  # tryfin > for > tryfin: continue
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            try:
                log.append('b2')
                continue
            finally:
                log.append('fin2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case386(log, flag):  # tryfin > for > tryfin: return 'r'
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            finally:
                log.append('fin2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case387(log, flag):  # tryfin > for > tryfin: raise ValueError('v')
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            finally:
                log.append('fin2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case388(log, flag):  # tryfin > for > tryfin: log.append('x')
    try:
        log.append('b0')
        for i1 in range(3):
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            finally:
                log.append('fin2')
            log.append('after2')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case389(log, flag):  # tryfin > tryfin > tryfin: return 'r'
    try:
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            finally:
                log.append('fin2')
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case390(log, flag):  # tryfin > tryfin > tryfin: raise ValueError('v')
    try:
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            finally:
                log.append('fin2')
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case391(log, flag):  # tryfin > tryfin > tryfin: log.append('x')
    try:
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            finally:
                log.append('fin2')
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case392(log, flag):  # tryfin > tryexc > while: break
    try:
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                break
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case393(log, flag):  # tryfin > tryexc > while: continue
    try:
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                continue
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case394(log, flag):  # tryfin > tryexc > while: return 'r'
    try:
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                return 'r'
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case395(log, flag):  # tryfin > tryexc > while: raise ValueError('v')
    try:
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                raise ValueError('v')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case396(log, flag):  # tryfin > tryexc > while: log.append('x')
    try:
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                log.append('x')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    finally:
        log.append('fin0')
    log.append('after0')
    return 'end'

def case397(log, flag):  # while > with > for: break
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                break
            log.append('after2')
        log.append('after1')
    return 'end'

def case398(log, flag):  # while > with > for: continue
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                continue
            log.append('after2')
        log.append('after1')
    return 'end'

def case399(log, flag):  # while > with > for: return 'r'
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                return 'r'
            log.append('after2')
        log.append('after1')
    return 'end'

def case400(log, flag):  # while > with > for: raise ValueError('v')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
        log.append('after1')
    return 'end'

def case401(log, flag):  # while > with > for: log.append('x')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                log.append('x')
            log.append('after2')
        log.append('after1')
    return 'end'

def case402(log, flag):  # with > tryexc > if: return 'r'
    with Rec(log, 0):
        log.append('b0')
        try:
            log.append('b1')
            if flag:
                log.append('b2')
                return 'r'
            else:
                log.append('no2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case403(log, flag):  # with > tryexc > if: raise ValueError('v')
    with Rec(log, 0):
        log.append('b0')
        try:
            log.append('b1')
            if flag:
                log.append('b2')
                raise ValueError('v')
            else:
                log.append('no2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case404(log, flag):  # with > tryexc > if: log.append('x')
    with Rec(log, 0):
        log.append('b0')
        try:
            log.append('b1')
            if flag:
                log.append('b2')
                log.append('x')
            else:
                log.append('no2')
            log.append('after2')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    log.append('after0')
    return 'end'

def case405(log, flag):  # if > tryfin > tryfin: return 'r'
    if flag:
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            finally:
                log.append('fin2')
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case406(log, flag):  # if > tryfin > tryfin: raise ValueError('v')
    if flag:
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            finally:
                log.append('fin2')
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case407(log, flag):  # if > tryfin > tryfin: log.append('x')
    if flag:
        log.append('b0')
        try:
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            finally:
                log.append('fin2')
            log.append('after2')
        finally:
            log.append('fin1')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case408(log, flag):  # tryexc > if > with: return 'r'
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                return 'r'
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case409(log, flag):  # tryexc > if > with: raise ValueError('v')
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case410(log, flag):  # tryexc > if > with: log.append('x')
    try:
        log.append('b0')
        if flag:
            log.append('b1')
            with Rec(log, 2):
                log.append('b2')
                log.append('x')
            log.append('after2')
        else:
            log.append('no1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case411(log, flag):  # for > with > tryfin: break
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            try:
                log.append('b2')
                break
            finally:
                log.append('fin2')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case412(log, flag):  # for > with > tryfin: continue
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            try:
                log.append('b2')
                continue
            finally:
                log.append('fin2')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case413(log, flag):  # for > with > tryfin: return 'r'
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            finally:
                log.append('fin2')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case414(log, flag):  # for > with > tryfin: raise ValueError('v')
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            finally:
                log.append('fin2')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case415(log, flag):  # for > with > tryfin: log.append('x')
    for i0 in range(3):
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            finally:
                log.append('fin2')
            log.append('after2')
        log.append('after1')
    log.append('after0')
    return 'end'

def case416(log, flag):  # if > with > for: break
    if flag:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                break
            log.append('after2')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case417(log, flag):  # if > with > for: continue
    if flag:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                continue
            log.append('after2')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case418(log, flag):  # if > with > for: return 'r'
    if flag:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                return 'r'
            log.append('after2')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case419(log, flag):  # if > with > for: raise ValueError('v')
    if flag:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case420(log, flag):  # if > with > for: log.append('x')
    if flag:
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                log.append('x')
            log.append('after2')
        log.append('after1')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case421(log, flag):  # if > while > for: break
    if flag:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                break
            log.append('after2')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case422(log, flag):  # if > while > for: continue
    if flag:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                continue
            log.append('after2')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case423(log, flag):  # if > while > for: return 'r'
    if flag:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                return 'r'
            log.append('after2')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case424(log, flag):  # if > while > for: raise ValueError('v')
    if flag:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                raise ValueError('v')
            log.append('after2')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case425(log, flag):  # if > while > for: log.append('x')
    if flag:
        log.append('b0')
        w1 = 0
        while w1 < 3:
            w1 += 1
            log.append('b1')
            for i2 in range(3):
                log.append('b2')
                log.append('x')
            log.append('after2')
    else:
        log.append('no0')
    log.append('after0')
    return 'end'

def case426(log, flag):  # while > with > tryfin: break
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            try:
                log.append('b2')
                break
            finally:
                log.append('fin2')
            log.append('after2')
        log.append('after1')
    return 'end'

def case427(log, flag):  # while > with > tryfin: continue
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            try:
                log.append('b2')
                continue
            finally:
                log.append('fin2')
            log.append('after2')
        log.append('after1')
    return 'end'

def case428(log, flag):  # while > with > tryfin: return 'r'
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            try:
                log.append('b2')
                return 'r'
            finally:
                log.append('fin2')
            log.append('after2')
        log.append('after1')
    return 'end'

def case429(log, flag):  # while > with > tryfin: raise ValueError('v')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            try:
                log.append('b2')
                raise ValueError('v')
            finally:
                log.append('fin2')
            log.append('after2')
        log.append('after1')
    return 'end'

def case430(log, flag):  # while > with > tryfin: log.append('x')
    w0 = 0
    while w0 < 3:
        w0 += 1
        log.append('b0')
        with Rec(log, 1):
            log.append('b1')
            try:
                log.append('b2')
                log.append('x')
            finally:
                log.append('fin2')
            log.append('after2')
        log.append('after1')
    return 'end'

def case431(log, flag):  # tryexc > tryexc > while: break
    try:
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                break
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case432(log, flag):  # tryexc > tryexc > while: continue
    try:
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                continue
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case433(log, flag):  # tryexc > tryexc > while: return 'r'
    try:
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                return 'r'
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case434(log, flag):  # tryexc > tryexc > while: raise ValueError('v')
    try:
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                raise ValueError('v')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'

def case435(log, flag):  # tryexc > tryexc > while: log.append('x')
    try:
        log.append('b0')
        try:
            log.append('b1')
            w2 = 0
            while w2 < 3:
                w2 += 1
                log.append('b2')
                log.append('x')
        except ValueError as e1:
            log.append('exc1')
        else:
            log.append('else1')
        log.append('after1')
    except ValueError as e0:
        log.append('exc0')
    else:
        log.append('else0')
    log.append('after0')
    return 'end'


for n in range(436):
    for flag in (True, False):
        log = []
        try:
            r = globals()[f"case{n}"](log, flag)
        except ValueError as e:
            r = "ValueError"
        print(n, flag, r, " ".join(log))
