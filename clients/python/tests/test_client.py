"""Tests against a tiny in-process fake of `automem serve` (standard library only)."""

import json
import threading
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from automem_client import AutomemError, Client, Result, TooManySessions

SYS = {"role": "system", "content": "You play Crafter."}


def turn(phase, step, id=1):
    return {"id": id, "phase": phase, "responder": "single", "step": step, "call_index": 0,
            "messages": [SYS, {"role": "user", "content": f"{phase} at step {step}"}]}


RESULT = {"reward": 3.0, "progression": 0.136, "steps": 1, "end_reason": "done",
          "achievements": ["collect_wood"], "error": None}


class Fake(BaseHTTPRequestHandler):
    """A 3-call episode: log turn, plan turn, then the result. `/v1/groups` of size > 4 answers 429."""

    sessions = {}  # id -> number of replies so far
    replies = []

    def log_message(self, *args):
        pass

    def send(self, status, obj, ctype="application/json"):
        data = obj if isinstance(obj, bytes) else json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def error(self, status, kind, message):
        self.send(status, {"error": {"kind": kind, "message": message}})

    def state(self, sid):
        n = self.sessions[sid]
        done = n >= 2
        session = {"id": sid, "group_id": None, "game": "crafter", "seed": 42,
                   "schema": {"name": "crafter-v0", "hash": "h1"}, "mode": "single",
                   "status": "finished" if done else "awaiting-reply", "step": n // 2, "turns": n}
        return {"session": session, "turn": None if done else turn(["log", "plan"][n], 0, n + 1),
                "result": RESULT if done else None}

    def new(self):
        sid = f"s-{len(self.sessions)}"
        self.sessions[sid] = 0
        return self.state(sid)

    def body(self):
        return self.rfile.read(int(self.headers.get("Content-Length", 0)))

    def do_GET(self):
        parts = self.path.strip("/").split("/")
        if self.path == "/healthz":
            self.send(200, {"status": "ok"})
        elif self.path == "/v1/games":
            self.send(200, {"games": [{"name": "crafter", "hash": "g", "actions": ["noop"],
                                       "default_action": "noop"}]})
        elif parts[:2] == ["v1", "sessions"] and parts[2] in self.sessions:
            if parts[3:] == ["trace"]:
                self.send(200, b'{"step":0}\n{"step":1,"plan_phase":{"initial_prompt":"P","turns":[{"raw_response":"r"}]}}\n',
                          "application/x-ndjson")
            else:
                self.send(200, self.state(parts[2]))
        else:
            self.error(404, "not-found", self.path)

    def do_POST(self):
        body = self.body()
        parts = self.path.split("?")[0].strip("/").split("/")
        if self.path == "/v1/sessions":
            self.send(201, self.new())
        elif self.path == "/v1/groups":
            req = json.loads(body)
            if req["size"] > 4:
                return self.error(429, "too-many-sessions", "limit is 4")
            self.send(201, {"group_id": "g-1", "seed": req["seed"],
                            "schema": {"name": "crafter-v0", "hash": "h1"},
                            "sessions": [self.new() for _ in range(req["size"])]})
        elif parts[:2] == ["v1", "sessions"] and parts[3:] == ["reply"]:
            reply = json.loads(body)
            Fake.replies.append(reply)
            if reply.get("turn") != self.sessions[parts[2]] + 1:
                return self.error(409, "conflict", f"turn {reply.get('turn')} was already answered")
            self.sessions[parts[2]] += 1
            self.send(200, self.state(parts[2]))
        elif parts[:2] == ["v1", "schemas"] and parts[3:] == ["versions"]:
            assert self.headers["Content-Type"] == "application/wasm" and body == b"\0asm"
            if self.headers.get("Authorization") != "Bearer tok":
                return self.error(401, "unauthorized", "this route needs `Authorization: Bearer <admin token>`")
            self.error(422, "refused", "gate failed: prompt too long (query: " + self.path.split("?")[1] + ")")
        else:
            self.error(404, "not-found", self.path)

    def do_DELETE(self):
        self.send(200, {"closed": True})


class ClientTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = ThreadingHTTPServer(("127.0.0.1", 0), Fake)
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()
        cls.client = Client(f"http://127.0.0.1:{cls.server.server_address[1]}", timeout=5)

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()

    def test_metadata(self):
        self.assertEqual(self.client.health(), {"status": "ok"})
        self.assertEqual(self.client.games()[0]["default_action"], "noop")

    def test_episode_step_by_step(self):
        s = self.client.create_session(game="crafter", seed=42, schema="crafter-v0")
        self.assertEqual((s.turn.phase, s.done), ("log", False))
        self.assertEqual(s.turn.messages[0], SYS)
        self.assertIs(s.reply("<|DONE|>", prompt_tokens=10, completion_tokens=2), s)
        self.assertEqual(Fake.replies[-1],
                         {"turn": 1, "text": "<|DONE|>", "prompt_tokens": 10, "completion_tokens": 2})
        self.assertEqual((s.turn.phase, s.turn.id), ("plan", 2))
        s.reply("<|ACTION|>noop<|END|>")
        self.assertEqual(Fake.replies[-1], {"turn": 2, "text": "<|ACTION|>noop<|END|>"})
        self.assertTrue(s.done)
        self.assertIsNone(s.turn)
        self.assertEqual(s.result.achievements, ["collect_wood"])
        self.assertEqual(s.refresh().status, "finished")
        # A phase's first turn gets its prompt back from the phase's initial prompt.
        self.assertEqual(s.trace(), [{"step": 0}, {"step": 1, "plan_phase": {
            "initial_prompt": "P", "turns": [{"raw_response": "r", "prompt": "P"}]}}])
        s.close()
        self.assertEqual(s.status, "closed")

    def test_group_and_play(self):
        g = self.client.create_group(size=3, seed=7, schema="crafter-v0@latest")
        self.assertEqual((g.id, g.seed, len(g.sessions)), ("g-1", 7, 3))
        seen = []
        for s in g.sessions:
            r = self.client.play(s, lambda msgs: seen.append(msgs[-1]["content"]) or "ok")
            self.assertIsInstance(r, Result)
            self.assertEqual(r.reward, 3.0)
        self.assertEqual(seen, ["log at step 0", "plan at step 0"] * 3)
        g.close()

    def test_too_many_sessions(self):
        with self.assertRaises(TooManySessions) as cm:
            self.client.create_group(size=8)
        self.assertEqual((cm.exception.status, cm.exception.kind), (429, "too-many-sessions"))
        self.assertIsInstance(cm.exception, AutomemError)

    def test_a_retried_reply_is_a_conflict(self):
        s = self.client.create_session(game="crafter", seed=42, schema="crafter-v0")
        answered = s.turn
        s.reply("<|DONE|>")
        s.turn = answered  # a client retrying the turn it already answered
        with self.assertRaises(AutomemError) as cm:
            s.reply("<|DONE|>")
        self.assertEqual((cm.exception.status, cm.exception.kind), (409, "conflict"))

    def test_upload_needs_the_token(self):
        with self.assertRaises(AutomemError) as cm:
            self.client.upload_schema("crafter-v0", b"\0asm")
        self.assertEqual(cm.exception.status, 401)

    def test_upload_refused(self):
        admin = Client(self.client.base_url, timeout=5, admin_token="tok")
        with self.assertRaises(AutomemError) as cm:
            admin.upload_schema("crafter-v0", b"\0asm", parent="h1", created_by="reviewer")
        e = cm.exception
        self.assertNotIsInstance(e, TooManySessions)
        self.assertEqual((e.status, e.kind), (422, "refused"))
        self.assertIn("gate failed", e.message)
        self.assertIn("parent=h1&created_by=reviewer&wait=true", e.message)

    def test_connect_error(self):
        probe = ThreadingHTTPServer(("127.0.0.1", 0), Fake)
        url = f"http://127.0.0.1:{probe.server_address[1]}"
        probe.server_close()  # nothing listens there now
        with self.assertRaises(AutomemError) as cm:
            Client(url, timeout=2).health()
        self.assertEqual(cm.exception.kind, "connect")
        self.assertIn(url + "/healthz", cm.exception.message)

    def test_a_reply_cut_mid_body_is_a_connect_error(self):
        class Cut(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):  # promises 100 bytes, sends 5, hangs up (a server killed mid-answer)
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "100")
                self.end_headers()
                self.wfile.write(b'{"sta')
                self.wfile.flush()
                self.close_connection = True

        server = ThreadingHTTPServer(("127.0.0.1", 0), Cut)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with self.assertRaises(AutomemError) as cm:
                Client(f"http://127.0.0.1:{server.server_address[1]}", timeout=5).health()
            self.assertEqual((cm.exception.status, cm.exception.kind), (0, "connect"))
        finally:
            server.shutdown()
            server.server_close()


if __name__ == "__main__":
    unittest.main()
