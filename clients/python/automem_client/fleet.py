"""Many `automem serve` replicas behind one client: least-loaded placement, ids that name their
replica, schema versions pinned by hash, and a lost replica failing only its own sessions."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, List, Optional, Set, Tuple, TypeVar

from ._client import AutomemError, Client, Message, Result, Session, TooManySessions, Turn

T = TypeVar("T")


class ReplicaDown(AutomemError):
    """A replica stopped answering. `sessions` are the fleet ids of the sessions it held (they
    are lost; start new ones); sessions on other replicas go on."""

    def __init__(self, replica: int, url: str, reason: str, sessions: List[str]) -> None:
        lost = ", ".join(sessions) if sessions else "none"
        super().__init__(0, "replica-down", f"replica {replica} ({url}) is unreachable ({reason}); "
                                            f"its sessions are lost: {lost}")
        self.replica, self.url, self.reason, self.sessions = replica, url, reason, sessions


class VersionMissing(AutomemError):
    """No reachable replica has the pinned schema version (or some replicas lack it)."""


class FleetFull(TooManySessions):
    """Every reachable replica answered 429: retry later, close sessions, or add replicas."""


def parse_metrics(text: str) -> Dict[str, float]:
    """The unlabelled samples of a Prometheus text page, e.g. `{"automem_sessions_active": 3.0}`."""
    out: Dict[str, float] = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or "{" in line:
            continue
        parts = line.split()
        if len(parts) == 2:
            try:
                out[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return out


@dataclass
class Replica:
    """One server of the fleet as the client sees it."""

    index: int
    client: Client
    load: float = 0.0  # sessions not over, as last read from /metrics plus those placed since
    load_read: float = float("-inf")  # time.monotonic() of that read
    down_since: Optional[float] = None
    down_reason: str = ""
    lacks: Set[str] = field(default_factory=set)  # pinned versions it answered 404 for

    @property
    def url(self) -> str:
        """The replica's base address."""
        return self.client.base_url


class FleetSession:
    """A session on one replica of a fleet. `id` is `<replica>/<server id>`: it says which
    replica holds it (`Fleet.session(id)` attaches to it again)."""

    def __init__(self, fleet: "Fleet", replica: int, session: Session) -> None:
        self.fleet, self.replica, self.session = fleet, replica, session
        self.lost: Optional[str] = None  # why, once its replica went down

    @property
    def id(self) -> str:
        """`<replica>/<server id>`."""
        return f"{self.replica}/{self.session.id}"

    @property
    def turn(self) -> Optional[Turn]:
        """The turn waiting for a reply (None once over or lost)."""
        return None if self.lost else self.session.turn

    @property
    def result(self) -> Optional[Result]:
        """The episode's result once it ended (None if lost)."""
        return self.session.result

    @property
    def info(self) -> Dict[str, Any]:
        """The server's session object (seed, schema, status, turns, ...)."""
        return self.session.info

    @property
    def status(self) -> str:
        """The server's status, or "lost" once its replica went down."""
        return "lost" if self.lost else self.session.status

    @property
    def done(self) -> bool:
        """Over: finished, failed, closed, or lost with its replica (then `result` is None)."""
        return self.lost is not None or self.session.done

    def reply(self, text: str, prompt_tokens: Optional[int] = None,
              completion_tokens: Optional[int] = None) -> "FleetSession":
        """Answer the current turn (see `Session.reply`); a dead replica raises ReplicaDown."""
        self._call(lambda: self.session.reply(text, prompt_tokens, completion_tokens))
        return self

    def refresh(self) -> "FleetSession":
        """Re-read the session from its replica."""
        self._call(self.session.refresh)
        return self

    def trace(self) -> List[Dict[str, Any]]:
        """The episode's per-step records so far."""
        return self._call(self.session.trace)

    def close(self) -> None:
        """Close it on its replica (a lost session is only forgotten)."""
        if self.lost is None and self.session.status != "closed":
            try:
                self._call(self.session.close)
            except ReplicaDown:
                pass
        self.fleet._forget(self)

    def _call(self, fn: Callable[[], T]) -> T:
        if self.lost is not None:
            raise AutomemError(0, "lost", f"session {self.id} was lost: {self.lost}")
        try:
            out = fn()
        except AutomemError as e:
            if e.kind != "connect":
                raise
            raise self.fleet._replica_down(self.replica, e.message) from None
        if self.session.done:
            self.fleet._forget(self)
        return out

    def __repr__(self) -> str:
        return f"FleetSession({self.id!r}, status={self.status!r})"


@dataclass
class FleetGroup:
    """A group (one seed, one pinned version) on one replica; `id` is `<replica>/<group id>`."""

    id: str
    replica: int
    seed: int
    schema: Dict[str, str]
    sessions: List[FleetSession]

    @property
    def lost(self) -> List[FleetSession]:
        """The sessions lost with the replica (a trainer drops or refills the group)."""
        return [s for s in self.sessions if s.lost is not None]

    def close(self) -> None:
        """Close every session of the group."""
        for s in self.sessions:
            s.close()


class Fleet:
    """Many `automem serve` servers behind one client.

    Sessions and groups are created on the least-loaded replica (sessions not over, read from
    `/metrics` at most every `load_ttl` seconds and counted locally in between); a replica that
    answers 429, is unreachable or lacks the pinned version is skipped for the next one. A
    session stays on its replica. `name` and `name@latest` are resolved once to `name@HASH`
    (`pin`) and only the hash is sent, so replicas that disagree about `latest` for a moment
    still give every session of a run the same version."""

    def __init__(self, urls: Iterable[str], timeout: float = 60.0, admin_token: Optional[str] = None,
                 load_ttl: float = 1.0, retry_down: float = 5.0) -> None:
        """`retry_down`: seconds before a replica found unreachable is tried again."""
        self.timeout, self.admin_token = timeout, admin_token
        self.load_ttl, self.retry_down = load_ttl, retry_down
        self.replicas: List[Replica] = []
        self._lock = threading.Lock()
        self._pins: Dict[str, str] = {}
        self._live: Dict[int, Dict[str, FleetSession]] = {}
        self._turn = 0
        for url in urls:
            self.add_replica(url)
        if not self.replicas:
            raise ValueError("a Fleet needs at least one server address")

    def add_replica(self, url: str) -> int:
        """Add a server (a node that joined); it takes new sessions at once. Returns its index."""
        with self._lock:
            index = len(self.replicas)
            self.replicas.append(Replica(index, Client(url, self.timeout, self.admin_token)))
            self._live[index] = {}
            return index

    # ---- load and placement ---------------------------------------------------------------

    def loads(self, fresh: bool = True) -> List[Optional[float]]:
        """Each replica's sessions not over (None: unreachable)."""
        if fresh:
            for r in self.replicas:
                self._read_load(r)
        return [None if r.down_since is not None else r.load for r in self.replicas]

    def _read_load(self, r: Replica) -> None:
        try:
            raw = r.client._send("GET", "/metrics")
        except AutomemError as e:
            if e.kind == "connect":
                self._mark_down(r, e.message)
            return
        active = parse_metrics(raw.decode("utf-8", "replace")).get("automem_sessions_active")
        with self._lock:
            r.load = active if active is not None else r.load
            r.load_read = time.monotonic()
            r.down_since, r.down_reason = None, ""

    def _candidates(self) -> List[Replica]:
        """Replicas to try, least loaded first (ties rotate, so equal replicas share the work)."""
        now = time.monotonic()
        for r in self.replicas:
            retry = r.down_since is not None and now - r.down_since >= self.retry_down
            if retry or (r.down_since is None and now - r.load_read >= self.load_ttl):
                self._read_load(r)
        with self._lock:
            self._turn += 1
            n, turn = len(self.replicas), self._turn
            up = [r for r in self.replicas if r.down_since is None]
            return sorted(up, key=lambda r: (r.load, (r.index - turn) % n))

    def _place(self, size: int, pinned: Optional[str], create: Callable[[Client], T]) -> Tuple[Replica, T]:
        full: List[str] = []
        lacking: List[str] = []
        for r in self._candidates():
            try:
                out = create(r.client)
            except TooManySessions as e:
                full.append(f"replica {r.index} ({r.url}): {e.message}")
                with self._lock:  # full until its load is read again
                    r.load, r.load_read = float("inf"), time.monotonic()
                continue
            except AutomemError as e:
                if e.kind == "connect":
                    self._mark_down(r, e.message)
                    continue
                if e.status == 404 and pinned is not None:
                    with self._lock:
                        r.lacks.add(pinned)
                    lacking.append(f"replica {r.index} ({r.url}): {e.message}")
                    continue
                raise  # a bad request is bad on every replica
            with self._lock:
                r.load += size
                r.lacks.discard(pinned or "")
            return r, out
        down = [f"replica {r.index} ({r.url}): {r.down_reason}" for r in self.replicas if r.down_since is not None]
        if full:
            raise FleetFull(429, "fleet-full", f"no replica has room for {size} session(s): " + "; ".join(full + lacking + down))
        if lacking:
            raise VersionMissing(404, "version-missing", f"no reachable replica has {pinned}: " + "; ".join(lacking + down)
                                 + "; publish it to every replica (Fleet.publish) or pin another version")
        raise AutomemError(0, "no-replica", "no replica is reachable: " + "; ".join(down))

    def _mark_down(self, r: Replica, reason: str) -> None:
        with self._lock:
            if r.down_since is None:
                r.down_since, r.down_reason = time.monotonic(), reason

    def _replica_down(self, index: int, reason: str) -> ReplicaDown:
        """Mark a replica down and every live session on it lost; the error names them."""
        r = self.replicas[index]
        self._mark_down(r, reason)
        with self._lock:
            lost = list(self._live[index].values())
            self._live[index] = {}
        for s in lost:
            s.lost = reason
        return ReplicaDown(index, r.url, reason, sorted(s.id for s in lost))

    def _track(self, s: FleetSession) -> FleetSession:
        if not s.done:
            with self._lock:
                self._live[s.replica][s.session.id] = s
        return s

    def _forget(self, s: FleetSession) -> None:
        with self._lock:
            self._live[s.replica].pop(s.session.id, None)

    def live_sessions(self) -> List[str]:
        """Fleet ids of the sessions this client started that are not over yet."""
        with self._lock:
            return sorted(s.id for sessions in self._live.values() for s in sessions.values())

    # ---- versions -------------------------------------------------------------------------

    def pin(self, schema: str, refresh: bool = False) -> str:
        """`name` or `name@latest` as `name@HASH` (read once from the first reachable replica,
        then kept; `refresh` reads it again); `name@HASH` is returned as given."""
        name, _, which = schema.partition("@")
        if which and which != "latest":
            return schema
        with self._lock:
            known = self._pins.get(name)
        if known and not refresh:
            return known
        tried: List[str] = []
        for r in self.replicas:
            if r.down_since is not None and time.monotonic() - r.down_since < self.retry_down:
                continue
            try:
                listing = r.client.schemas()
            except AutomemError as e:
                if e.kind == "connect":
                    self._mark_down(r, e.message)
                tried.append(f"replica {r.index} ({r.url}): {e.message}")
                continue
            entry = next((s for s in listing if s.get("name") == name), None)
            latest = entry.get("latest") if entry else None
            if not isinstance(latest, str) or not latest:
                tried.append(f"replica {r.index} ({r.url}): no published version of `{name}`")
                continue
            pinned = f"{name}@{latest}"
            with self._lock:
                self._pins[name] = pinned
            return pinned
        raise VersionMissing(404, "version-missing", f"cannot pin `{schema}`: " + "; ".join(tried or ["no replica"]))

    def missing(self, pinned: str) -> List[int]:
        """Reachable replicas that do not have `name@HASH` published."""
        name, _, hash = self.pin(pinned).partition("@")
        lacking = []
        for r in self.replicas:
            if r.down_since is not None:
                continue
            try:
                if r.client.schema_version(name, hash).get("status") != "published":
                    lacking.append(r.index)
            except AutomemError as e:
                if e.kind == "connect":
                    self._mark_down(r, e.message)
                elif e.status == 404:
                    lacking.append(r.index)
                else:
                    raise
        return lacking

    def require(self, pinned: str) -> str:
        """`pin(pinned)`, checked on every reachable replica; VersionMissing names those lacking it."""
        spec = self.pin(pinned)
        lacking = self.missing(spec)
        if lacking:
            where = ", ".join(f"{i} ({self.replicas[i].url})" for i in lacking)
            raise VersionMissing(404, "version-missing", f"replicas {where} do not have {spec}; "
                                                         "publish it to them (Fleet.publish)")
        return spec

    def publish(self, name: str, wasm: bytes, **meta: Optional[str]) -> str:
        """Upload a version to every reachable replica and wait until each published it; then
        pin `name` to it. Returns its hash. If any replica refused it or was unreachable the
        pin does not move and AutomemError ("publish-incomplete") says which."""
        hashes: Dict[int, str] = {}
        failed: List[str] = []
        for r in self.replicas:
            try:
                hashes[r.index] = str(r.client.upload_schema(name, wasm, wait=True, **meta)["hash"])
            except AutomemError as e:
                if e.kind == "connect":
                    self._mark_down(r, e.message)
                failed.append(f"replica {r.index} ({r.url}): {e}")
        distinct = set(hashes.values())
        if failed or len(distinct) != 1:
            done = ", ".join(str(i) for i in sorted(hashes)) or "none"
            raise AutomemError(0, "publish-incomplete", f"`{name}` reached replicas {done} only: "
                                                        + "; ".join(failed or [f"hashes differ: {distinct}"]))
        (hash,) = distinct
        with self._lock:
            self._pins[name] = f"{name}@{hash}"
        return hash

    def set_latest(self, name: str, hash: str) -> None:
        """Point `name@latest` at `hash` on every replica (rollback) and pin `name` to it."""
        for r in self.replicas:
            r.client.set_latest(name, hash)
        with self._lock:
            self._pins[name] = f"{name}@{hash}"

    # ---- sessions ---------------------------------------------------------------------------

    def create_session(self, game: str = "crafter", seed: int = 42, schema: Optional[str] = None,
                       **options: Any) -> FleetSession:
        """Start one episode on the least-loaded replica (options as `Client.create_session`)."""
        pinned = self.pin(schema) if schema else None
        r, s = self._place(1, pinned, lambda c: c.create_session(game=game, seed=seed, schema=pinned, **options))
        return self._track(FleetSession(self, r.index, s))

    def create_group(self, size: int, game: str = "crafter", seed: int = 42, schema: Optional[str] = None,
                     **options: Any) -> FleetGroup:
        """Start a group of `size` sessions, all on one replica and one pinned version."""
        pinned = self.pin(schema) if schema else None
        r, g = self._place(size, pinned,
                           lambda c: c.create_group(size, game=game, seed=seed, schema=pinned, **options))
        sessions = [self._track(FleetSession(self, r.index, s)) for s in g.sessions]
        return FleetGroup(f"{r.index}/{g.id}", r.index, g.seed, g.schema, sessions)

    def session(self, fleet_id: str) -> FleetSession:
        """Attach to a session by its fleet id `<replica>/<server id>`."""
        head, sep, sid = fleet_id.partition("/")
        if not sep or not head.isdigit() or int(head) >= len(self.replicas) or not sid:
            raise AutomemError(0, "bad-id", f"`{fleet_id}` is not a fleet session id: use `<replica>/<id>` "
                                            f"with a replica index below {len(self.replicas)}")
        index = int(head)
        try:
            s = self.replicas[index].client.session(sid)
        except AutomemError as e:
            if e.kind != "connect":
                raise
            raise self._replica_down(index, e.message) from None
        return self._track(FleetSession(self, index, s))

    def play(self, session: FleetSession, generate: Callable[[List[Message]], str]) -> Result:
        """Answer every turn with `generate(messages)` until the end; ReplicaDown if it is lost."""
        while not session.done:
            turn = session.turn or session.refresh().turn
            if turn is None and not session.done:
                raise AutomemError(0, "no-turn", f"session {session.id} is {session.status!r} with no turn")
            if turn is not None:
                session.reply(generate(turn.messages))
        if session.result is None:
            raise AutomemError(0, "no-result", f"session {session.id} ended ({session.status}) without a result")
        return session.result
