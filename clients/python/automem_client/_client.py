"""HTTP client for `automem serve`: the server gives prompts and rewards, the caller's model replies."""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional

Message = Dict[str, str]


class AutomemError(Exception):
    """An error from the server (HTTP status, error kind, message) or a failed connection (kind "connect", status 0)."""

    def __init__(self, status: int, kind: str, message: str) -> None:
        super().__init__(f"{status} {kind}: {message}" if status else f"{kind}: {message}")
        self.status, self.kind, self.message = status, kind, message


class TooManySessions(AutomemError):
    """HTTP 429: the server has no room for another session; close some or retry later."""


@dataclass
class Turn:
    """A model call the server is waiting for: continue `messages` (the full chat of this phase) and reply."""

    phase: str  # "log" or "plan"
    responder: str  # "single", "memory" or "gameplay": which model must answer
    step: int
    call_index: int
    messages: List[Message]
    id: int = 0  # the session's number for this turn; a reply names it (a retry then gets 409)

    @classmethod
    def from_json(cls, d: Dict[str, Any]) -> "Turn":
        return cls(d["phase"], d["responder"], d["step"], d.get("call_index", 0),
                   [{"role": m["role"], "content": m["content"]} for m in d["messages"]], int(d.get("id", 0)))


@dataclass
class Result:
    """The end of an episode: `reward` is what a trainer optimises."""

    reward: float
    progression: float
    steps: int
    end_reason: str  # "done", "truncated", "max-steps", "failed" or "closed"
    achievements: List[str] = field(default_factory=list)
    error: Optional[str] = None

    @classmethod
    def from_json(cls, d: Dict[str, Any]) -> "Result":
        return cls(float(d["reward"]), float(d["progression"]), d["steps"], d["end_reason"],
                   list(d.get("achievements") or []), d.get("error"))


@dataclass
class Session:
    """One episode on the server. `turn` is set while it awaits a reply, `result` once it has ended."""

    client: "Client" = field(repr=False)
    id: str
    info: Dict[str, Any]  # the server's session object (status, step, turns, schema, ...)
    turn: Optional[Turn] = None
    result: Optional[Result] = None

    @property
    def done(self) -> bool:
        return self.result is not None or self.info.get("status") in ("finished", "failed", "closed")

    @property
    def status(self) -> str:
        return str(self.info.get("status", ""))

    def _update(self, d: Dict[str, Any]) -> "Session":
        self.info = d["session"]
        self.id = self.info["id"]
        self.turn = Turn.from_json(d["turn"]) if d.get("turn") else None
        self.result = Result.from_json(d["result"]) if d.get("result") else None
        return self

    @classmethod
    def _from_json(cls, client: "Client", d: Dict[str, Any]) -> "Session":
        return cls(client, d["session"]["id"], {})._update(d)

    def reply(self, text: str, prompt_tokens: Optional[int] = None,
              completion_tokens: Optional[int] = None) -> "Session":
        """Answer the current turn; updates `turn`/`result` in place and returns self.

        The reply names the turn it answers, so a retry of an answered turn gets AutomemError 409
        (kind "conflict") instead of answering the next one."""
        if self.turn is None:
            raise AutomemError(0, "no-turn", f"session {self.id} is {self.status!r} with no turn to answer")
        body: Dict[str, Any] = {"turn": self.turn.id, "text": text}
        if prompt_tokens is not None:
            body["prompt_tokens"] = prompt_tokens
        if completion_tokens is not None:
            body["completion_tokens"] = completion_tokens
        return self._update(self.client._request("POST", f"/v1/sessions/{self._q()}/reply", body))

    def refresh(self) -> "Session":
        """Re-read the session's state from the server."""
        return self._update(self.client._request("GET", f"/v1/sessions/{self._q()}"))

    def trace(self) -> List[Dict[str, Any]]:
        """The per-step records of the episode so far (the server's NDJSON trace).

        On disk a phase's first turn leaves out its `prompt` (it is the phase's `initial_prompt`);
        it is filled back in here, so every turn has its prompt."""
        raw = self.client._send("GET", f"/v1/sessions/{self._q()}/trace")
        steps = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
        for step in steps:
            for phase in (step.get("log_phase"), step.get("plan_phase")):
                turns = phase.get("turns") if isinstance(phase, dict) else None
                if turns and isinstance(turns[0], dict) and "prompt" not in turns[0]:
                    turns[0]["prompt"] = phase.get("initial_prompt", "")
        return steps

    def close(self) -> None:
        """End the session on the server and free its slot."""
        self.client._request("DELETE", f"/v1/sessions/{self._q()}")
        self.info["status"] = "closed"
        self.turn = None

    def _q(self) -> str:
        return urllib.parse.quote(self.id, safe="")


@dataclass
class Group:
    """N sessions sharing one seed and one pinned schema version (a GRPO group)."""

    id: str
    seed: int
    schema: Dict[str, str]  # {"name": ..., "hash": ...}
    sessions: List[Session]

    def close(self) -> None:
        for s in self.sessions:
            if s.status != "closed":
                s.close()


class Client:
    """Client for an `automem serve` server, e.g. `Client("http://127.0.0.1:8080")`."""

    def __init__(self, base_url: str = "http://127.0.0.1:8080", timeout: float = 60.0,
                 admin_token: Optional[str] = None) -> None:
        """`admin_token`: the server's admin token (its --admin-token-env), for uploads and promotions."""
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.admin_token = admin_token

    def _request(self, method: str, path: str, body: Any = None, *, data: Optional[bytes] = None,
                 content_type: str = "application/json", admin: bool = False) -> Dict[str, Any]:
        """Send a request and decode the JSON object it answers."""
        raw = self._send(method, path, body, data=data, content_type=content_type, admin=admin)
        obj = json.loads(raw.decode("utf-8"))
        return obj if isinstance(obj, dict) else {"value": obj}

    def _send(self, method: str, path: str, body: Any = None, *, data: Optional[bytes] = None,
              content_type: str = "application/json", admin: bool = False) -> bytes:
        url = self.base_url + path
        headers = {"Accept": "application/json"}
        if admin and self.admin_token:
            headers["Authorization"] = f"Bearer {self.admin_token}"
        if body is not None:
            data = json.dumps(body).encode("utf-8")
        if data is not None:
            headers["Content-Type"] = content_type
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                payload: bytes = resp.read()
        except urllib.error.HTTPError as e:
            raise _http_error(e) from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as e:
            reason = getattr(e, "reason", e)
            raise AutomemError(0, "connect", f"cannot reach {url}: {reason}") from None
        return payload

    def health(self) -> Dict[str, Any]:
        """`GET /healthz`: `{"status": "ok"}` when the server is up."""
        return self._request("GET", "/healthz")

    def games(self) -> List[Dict[str, Any]]:
        """The games the server can run, with their actions."""
        return list(self._request("GET", "/v1/games")["games"])

    def schemas(self) -> List[Dict[str, Any]]:
        """Memory schemas with their `latest` hash and all versions."""
        return list(self._request("GET", "/v1/schemas")["schemas"])

    def schema_version(self, name: str, hash: str) -> Dict[str, Any]:
        """One schema version object (status "published", "validating" or "refused")."""
        return dict(self._request("GET", f"/v1/schemas/{_q(name)}/versions/{_q(hash)}")["version"])

    def upload_schema(self, name: str, wasm: bytes, parent: Optional[str] = None,
                      created_by: Optional[str] = None, description: Optional[str] = None,
                      wait: bool = True) -> Dict[str, Any]:
        """Upload a schema component; with `wait`, return once published (a refusal raises AutomemError 422)."""
        params = {"parent": parent, "created_by": created_by, "description": description,
                  "wait": "true" if wait else None}
        query = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
        path = f"/v1/schemas/{_q(name)}/versions" + (f"?{query}" if query else "")
        d = self._request("POST", path, data=bytes(wasm), content_type="application/wasm", admin=True)
        return dict(d["version"])

    def set_latest(self, name: str, hash: str) -> Dict[str, Any]:
        """Point `name@latest` at `hash` (promote or roll back); needs the admin token."""
        return self._request("POST", f"/v1/schemas/{_q(name)}/latest", {"hash": hash}, admin=True)

    def create_session(self, game: str = "crafter", seed: int = 42, schema: Optional[str] = None,
                       mode: str = "single", task: str = "", max_steps: Optional[int] = None,
                       schema_settings: Optional[Dict[str, str]] = None) -> Session:
        """Start one episode; `schema` is "name", "name@hash" or "name@latest"."""
        body = _session_body(game, seed, schema, mode, task, max_steps, schema_settings)
        return Session._from_json(self, self._request("POST", "/v1/sessions", body))

    def create_group(self, size: int, game: str = "crafter", seed: int = 42,
                     schema: Optional[str] = None, mode: str = "single", task: str = "",
                     max_steps: Optional[int] = None,
                     schema_settings: Optional[Dict[str, str]] = None) -> Group:
        """Start `size` episodes with the same seed and the same pinned schema version."""
        body = _session_body(game, seed, schema, mode, task, max_steps, schema_settings)
        body["size"] = size
        d = self._request("POST", "/v1/groups", body)
        return Group(d["group_id"], d["seed"], d["schema"],
                     [Session._from_json(self, s) for s in d["sessions"]])

    def session(self, id: str) -> Session:
        """Attach to an existing session by id."""
        return Session._from_json(self, self._request("GET", f"/v1/sessions/{_q(id)}"))

    def play(self, session: Session, generate: Callable[[List[Message]], str]) -> Result:
        """Answer every turn with `generate(turn.messages)` until the episode ends; return its Result."""
        while not session.done:
            if session.turn is None and session.refresh().turn is None and not session.done:
                raise AutomemError(0, "no-turn", f"session {session.id} is {session.status!r} with no turn")
            if session.turn is not None:
                session.reply(generate(session.turn.messages))
        if session.result is None:
            raise AutomemError(0, "no-result", f"session {session.id} ended ({session.status}) without a result")
        return session.result


def _q(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def _session_body(game: str, seed: int, schema: Optional[str], mode: str, task: str,
                  max_steps: Optional[int], schema_settings: Optional[Dict[str, str]]) -> Dict[str, Any]:
    body: Dict[str, Any] = {"game": game, "task": task, "seed": seed, "mode": mode}
    if schema is not None:
        body["schema"] = schema
    if max_steps is not None:
        body["max_steps"] = max_steps
    if schema_settings:
        body["schema_settings"] = dict(schema_settings)
    return body


def _http_error(e: urllib.error.HTTPError) -> AutomemError:
    kind, message = "http", e.reason if isinstance(e.reason, str) else str(e)
    try:
        err = json.loads(e.read().decode("utf-8"))["error"]
        kind, message = err.get("kind", kind), err.get("message", message)
    except Exception:
        pass
    cls = TooManySessions if e.code == 429 else AutomemError
    return cls(e.code, kind, message)
