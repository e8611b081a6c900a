"""Fleet placement, pinning and failure handling against small in-process fakes of `automem serve`."""

import json
import threading
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from automem_client import AutomemError, Fleet, FleetFull, ReplicaDown, TooManySessions, VersionMissing, parse_metrics


def make_replica(name, capacity=8, hashes=("h1",), latest="h1", extra_active=0):
    """A fake replica: 2-turn episodes, `capacity` sessions, schema `s` with `hashes` published."""

    class Replica(BaseHTTPRequestHandler):
        state = {"sessions": {}, "next": 1, "created": [], "uploads": 0, "latest": latest,
                 "hashes": set(hashes), "extra": extra_active}

        def log_message(self, *args):
            pass

        def send(self, status, obj, ctype="application/json"):
            data = obj if isinstance(obj, bytes) else json.dumps(obj).encode()
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def err(self, status, kind, message):
            self.send(status, {"error": {"kind": kind, "message": message}})

        def active(self):
            return self.state["extra"] + sum(1 for n in self.state["sessions"].values() if n < 2)

        def view(self, sid, hash="h1"):
            n = self.state["sessions"][sid]
            done = n >= 2
            turn = None if done else {"id": n + 1, "phase": "log", "responder": "single", "step": 0,
                                      "call_index": 0, "messages": [{"role": "user", "content": name}]}
            result = {"reward": 1.0, "progression": 0.5, "steps": 1, "end_reason": "done"} if done else None
            return {"session": {"id": sid, "status": "finished" if done else "awaiting-reply",
                                "schema": {"name": "s", "hash": hash}},
                    "turn": turn, "result": result}

        def new(self):
            sid = f"s-{self.state['next']}"
            self.state["next"] += 1
            self.state["sessions"][sid] = 0
            return sid

        def do_GET(self):
            parts = self.path.strip("/").split("/")
            if self.path == "/metrics":
                text = f"# HELP x\nautomem_sessions_active {self.active()}\nautomem_errors_total{{kind=\"a\"}} 3\n"
                self.send(200, text.encode(), "text/plain")
            elif self.path == "/v1/schemas":
                self.send(200, {"schemas": [{"name": "s", "latest": self.state["latest"], "versions": []}]})
            elif parts[:2] == ["v1", "schemas"] and len(parts) == 5:
                if parts[4] in self.state["hashes"]:
                    self.send(200, {"version": {"hash": parts[4], "status": "published"}})
                else:
                    self.err(404, "not-found", f"no version {parts[4]}")
            elif parts[:2] == ["v1", "sessions"] and parts[2] in self.state["sessions"]:
                self.send(200, self.view(parts[2]))
            else:
                self.err(404, "not-found", self.path)

        def do_POST(self):
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            body = json.loads(raw) if self.headers.get("Content-Type") == "application/json" else {}
            parts = self.path.split("?")[0].strip("/").split("/")
            if self.path in ("/v1/sessions", "/v1/groups"):
                size = body.get("size", 1)
                schema = body.get("schema", "")
                self.state["created"].append(schema)
                if "@" not in schema or schema.split("@")[1] == "latest":
                    return self.err(400, "bad-request", "the fleet must send a pinned hash")
                if schema.split("@")[1] not in self.state["hashes"]:
                    return self.err(404, "not-found", f"schema `s` has no version {schema.split('@')[1]}")
                if self.active() + size > capacity:
                    return self.err(429, "too-many-sessions", f"{name} is full")
                if body.get("game") == "nope":
                    return self.err(400, "bad-request", "no game `nope`")
                sids = [self.new() for _ in range(size)]
                h = schema.split("@")[1]
                if self.path == "/v1/sessions":
                    return self.send(201, self.view(sids[0], h))
                self.send(201, {"group_id": f"g-{self.state['next']}", "seed": body["seed"],
                                "schema": {"name": "s", "hash": h}, "sessions": [self.view(s, h) for s in sids]})
            elif parts[:2] == ["v1", "sessions"] and parts[3:] == ["reply"]:
                self.state["sessions"][parts[2]] += 1
                self.send(200, self.view(parts[2]))
            elif parts[:2] == ["v1", "schemas"] and parts[3:] == ["versions"]:
                self.state["uploads"] += 1
                self.state["hashes"].add("h2")
                self.state["latest"] = "h2"
                self.send(201, {"version": {"hash": "h2", "status": "published"}})
            else:
                self.err(404, "not-found", self.path)

        def do_DELETE(self):
            self.send(200, {"closed": True})

    server = ThreadingHTTPServer(("127.0.0.1", 0), Replica)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    server.state = Replica.state
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    return server


def dead_url():
    probe = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    url = f"http://127.0.0.1:{probe.server_address[1]}"
    probe.server_close()
    return url


class FleetTest(unittest.TestCase):
    def setUp(self):
        self.servers = []

    def tearDown(self):
        for s in self.servers:
            s.shutdown()
            s.server_close()

    def replicas(self, *specs):
        for spec in specs:
            self.servers.append(make_replica(f"r{len(self.servers)}", **spec))
        return self.servers

    def test_metrics_are_parsed_without_labels(self):
        m = parse_metrics("# HELP a b\nautomem_sessions_active 4\nx{kind=\"y\"} 2\nbad line here\nz nan-ish\n")
        self.assertEqual(m, {"automem_sessions_active": 4.0})

    def test_least_loaded_first_and_ids_name_the_replica(self):
        a, b = self.replicas({"extra_active": 3}, {})
        fleet = Fleet([a.url, b.url], timeout=5, load_ttl=0)
        s = fleet.create_session(game="g", seed=1, schema="s")
        self.assertEqual((s.replica, s.id), (1, "1/s-1"))
        self.assertEqual(fleet.loads(), [3.0, 1.0])
        # Placements spread: b has 1 active, a 3; the next two go to b, then they tie.
        placed = [fleet.create_session(game="g", seed=1, schema="s").replica for _ in range(4)]
        self.assertEqual(placed[:2], [1, 1])
        self.assertEqual(sorted(placed[2:]), [0, 1])
        # The id attaches again, on the right replica.
        again = fleet.session(s.id)
        self.assertEqual((again.replica, again.turn.messages[0]["content"]), (1, "r1"))
        with self.assertRaises(AutomemError) as cm:
            fleet.session("s-1")
        self.assertEqual(cm.exception.kind, "bad-id")

    def test_local_counts_between_metric_reads(self):
        a, b = self.replicas({}, {})
        fleet = Fleet([a.url, b.url], timeout=5, load_ttl=3600)
        placed = [fleet.create_session(game="g", seed=1, schema="s").replica for _ in range(6)]
        self.assertEqual(sorted(placed), [0, 0, 0, 1, 1, 1])

    def test_moves_on_at_429_and_says_when_all_are_full(self):
        a, b = self.replicas({"capacity": 2}, {"capacity": 2, "extra_active": 1})
        fleet = Fleet([a.url, b.url], timeout=5, load_ttl=0)
        g = fleet.create_group(2, game="g", seed=9, schema="s")
        self.assertEqual((g.replica, g.id, g.seed), (0, "0/g-3", 9))
        self.assertTrue(all(s.replica == 0 for s in g.sessions))
        s = fleet.create_session(game="g", seed=1, schema="s")  # a is full, b has one place
        self.assertEqual(s.replica, 1)
        with self.assertRaises(FleetFull) as cm:
            fleet.create_group(2, game="g", seed=9, schema="s")
        self.assertIsInstance(cm.exception, TooManySessions)
        self.assertIn("r0 is full", cm.exception.message)
        self.assertIn("r1 is full", cm.exception.message)

    def test_a_bad_request_is_not_retried_elsewhere(self):
        a, b = self.replicas({}, {})
        fleet = Fleet([a.url, b.url], timeout=5)
        with self.assertRaises(AutomemError) as cm:
            fleet.create_session(game="nope", seed=1, schema="s")
        self.assertEqual(cm.exception.status, 400)
        self.assertEqual(len(a.state["created"]) + len(b.state["created"]), 1)

    def test_latest_is_pinned_once_and_a_replica_without_the_hash_is_skipped(self):
        a, b = self.replicas({"hashes": ("h1",)}, {"hashes": ("h0",), "latest": "h0"})
        fleet = Fleet([a.url, b.url], timeout=5, load_ttl=0)
        self.assertEqual(fleet.pin("s@latest"), "s@h1")
        a.state["latest"] = "h9"  # latest moves on a replica: the fleet keeps its pin
        for _ in range(3):
            self.assertEqual(fleet.create_session(game="g", seed=1, schema="s").replica, 0)
        self.assertEqual(set(a.state["created"] + b.state["created"]), {"s@h1"})
        self.assertIn("s@h1", fleet.replicas[1].lacks)
        self.assertEqual(fleet.missing("s"), [1])
        with self.assertRaises(VersionMissing) as cm:
            fleet.require("s")
        self.assertIn(b.url, cm.exception.message)
        with self.assertRaises(VersionMissing) as cm:
            fleet.create_session(game="g", seed=1, schema="s@h7")
        self.assertIn("no reachable replica has s@h7", cm.exception.message)
        self.assertEqual(fleet.pin("s", refresh=True), "s@h9")

    def test_publish_reaches_every_replica_and_moves_the_pin(self):
        a, b = self.replicas({}, {})
        fleet = Fleet([a.url, b.url], timeout=5, admin_token="t" * 16)
        self.assertEqual(fleet.pin("s"), "s@h1")
        self.assertEqual(fleet.publish("s", b"\0asm"), "h2")
        self.assertEqual((a.state["uploads"], b.state["uploads"]), (1, 1))
        self.assertEqual(fleet.pin("s"), "s@h2")
        self.assertEqual(fleet.require("s"), "s@h2")

    def test_publish_with_a_replica_down_does_not_move_the_pin(self):
        (a,) = self.replicas({})
        fleet = Fleet([a.url, dead_url()], timeout=5)
        fleet.pin("s")
        with self.assertRaises(AutomemError) as cm:
            fleet.publish("s", b"\0asm")
        self.assertEqual(cm.exception.kind, "publish-incomplete")
        self.assertIn("reached replicas 0 only", cm.exception.message)
        self.assertEqual(fleet.pin("s"), "s@h1")

    def test_a_dead_replica_fails_only_its_sessions(self):
        a, b = self.replicas({}, {})
        fleet = Fleet([a.url, b.url], timeout=5, load_ttl=3600, retry_down=3600)
        on_a = [fleet.create_session(game="g", seed=1, schema="s") for _ in range(4)]
        by = {i: [s for s in on_a if s.replica == i] for i in (0, 1)}
        self.assertEqual([len(by[0]), len(by[1])], [2, 2])
        b.shutdown()
        b.server_close()
        self.servers.remove(b)
        with self.assertRaises(ReplicaDown) as cm:
            by[1][0].reply("x")
        e = cm.exception
        self.assertEqual((e.replica, e.url), (1, b.url))
        self.assertEqual(sorted(e.sessions), sorted(s.id for s in by[1]))
        self.assertTrue(all(s.done and s.status == "lost" and s.result is None for s in by[1]))
        with self.assertRaises(AutomemError) as cm:
            by[1][1].reply("x")
        self.assertEqual(cm.exception.kind, "lost")
        for s in by[0]:  # the other replica's sessions go on
            self.assertEqual(fleet.play(s, lambda m: "ok").reward, 1.0)
        self.assertEqual(fleet.live_sessions(), [])
        # New sessions avoid the dead replica.
        self.assertEqual(fleet.create_session(game="g", seed=1, schema="s").replica, 0)

    def test_a_joining_replica_takes_work_and_no_replica_is_an_error(self):
        (a,) = self.replicas({"extra_active": 5})
        fleet = Fleet([a.url], timeout=5, load_ttl=0)
        fleet.create_session(game="g", seed=1, schema="s")
        (_, b) = self.replicas({})
        self.assertEqual(fleet.add_replica(b.url), 1)
        self.assertEqual(fleet.create_session(game="g", seed=1, schema="s").replica, 1)
        with self.assertRaises(AutomemError) as cm:
            Fleet([dead_url()], timeout=2).create_session(game="g", seed=1, schema="s@h1")
        self.assertEqual(cm.exception.kind, "no-replica")
        with self.assertRaises(ValueError):
            Fleet([])


if __name__ == "__main__":
    unittest.main()
