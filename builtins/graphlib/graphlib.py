# The graphlib module: a topological sorter whose nodes are handed out
# in ready groups (get_ready) and marked done as workers finish them.
# Each node's state is its count of predecessors not yet done, or one
# of the two states below once get_ready has handed it out.

_OUT = -1  # handed out by get_ready, not yet done
_DONE = -2


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists its nodes, the first repeated last."""


class _Node:
    __slots__ = ("node", "pending", "successors")

    def __init__(self, node):
        self.node = node
        self.pending = 0
        self.successors = []


class TopologicalSorter:
    """Hands out the nodes of a graph of dependencies in topological order."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._passed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = _Node(node)
            self._nodes[node] = info
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.pending += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.pending == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].pending = _OUT
        self._ready.clear()
        self._passed_out += len(result)
        return result

    def is_active(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.pending != _OUT:
                if info.pending >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.pending = _DONE
            for successor in info.successors:
                succ = self._nodes[successor]
                succ.pending -= 1
                if succ.pending == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _find_cycle(self):
        # A depth-first walk along successors, from each node in the
        # order added; the path is the stack, with the index of each
        # node's next successor to follow.
        seen = set()
        for start in self._nodes:
            if start in seen:
                continue
            path, nexts, where = [start], [0], {start: 0}
            seen.add(start)
            while path:
                succs = self._nodes[path[-1]].successors
                if nexts[-1] == len(succs):
                    where.pop(path.pop())
                    nexts.pop()
                    continue
                node = succs[nexts[-1]]
                nexts[-1] += 1
                if node in where:
                    return path[where[node]:] + [node]
                if node not in seen:
                    seen.add(node)
                    where[node] = len(path)
                    path.append(node)
                    nexts.append(0)
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)
