"""The fleet against real `automem serve` replicas started here on free ports.

Needs the built binary and components (`cargo build -p automem && ./target/debug/automem build`);
`AUTOMEM_BIN` names the binary (default: the checkout's target/debug/automem). Without them the
tests are skipped, unless `AUTOMEM_REQUIRE_SERVE=1` (scripts/test.sh sets it) makes that a failure."""

import os
import shutil
import tempfile
import time
import unittest

from automem_client import AutomemError, Client, Fleet, FleetFull, ReplicaDown, VersionMissing
from automem_client.replicas import ServeProcess

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
BIN = os.environ.get("AUTOMEM_BIN", os.path.join(ROOT, "target", "debug", "automem"))
COMPONENTS = os.path.join(ROOT, "target", "components")
GAME, SCHEMA = os.path.join(COMPONENTS, "corridor.wasm"), os.path.join(COMPONENTS, "generic-v0.wasm")
TOKEN = "fleet-test-token-0123456789"
READY = all(os.path.isfile(p) for p in (BIN, GAME, SCHEMA))
WHY = f"needs {BIN} and {GAME}, {SCHEMA} (cargo build -p automem && ./target/debug/automem build)"

if not READY and os.environ.get("AUTOMEM_REQUIRE_SERVE") == "1":
    raise RuntimeError(WHY)


def answer(messages):
    """A corridor player: note something in LOG, walk east in PLAN."""
    if "Memory is read-only now" in messages[0]["content"]:
        return "<|SEARCH|>notes.txt|east<|END|>\n<|ACTION|>east<|END|>"
    return "<|APPEND|>notes.txt|walking east works<|END|>\n<|DONE|>"


def tagged(wasm, tag):
    """The same component with a custom section, so it hashes as a new version."""
    name, payload = b"automem-test-tag", tag.encode()
    return wasm + bytes([0, 1 + len(name) + len(payload), len(name)]) + name + payload


def step_all(sessions):
    for s in sessions:
        if not s.done:
            s.reply(answer(s.turn.messages))


def start(tmp, i, max_sessions, extra=()):
    env = dict(os.environ, AUTOMEM_FLEET_TOKEN=TOKEN)
    return ServeProcess(BIN, os.path.join(tmp, f"r{i}"), [GAME], [SCHEMA],
                        ["--max-sessions", str(max_sessions), "--random-validation-seeds", "0",
                         "--admin-token-env", "AUTOMEM_FLEET_TOKEN", "--shutdown-grace", "1", *extra],
                        env=env).start()


@unittest.skipUnless(READY, WHY)
class RealFleetTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="automem-fleet-")
        self.procs = [start(self.tmp, i, 4) for i in range(3)]
        self.fleet = Fleet([p.url for p in self.procs], timeout=30, admin_token=TOKEN, load_ttl=0)

    def tearDown(self):
        for p in self.procs:
            p.stop(grace=5)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_groups_spread_stay_on_one_replica_and_play_to_the_end(self):
        groups = [self.fleet.create_group(2, game="corridor", seed=10 + i, schema="generic-v0", max_steps=6)
                  for i in range(3)]
        self.assertEqual(sorted(g.replica for g in groups), [0, 1, 2])
        pinned = self.fleet.pin("generic-v0")
        for g in groups:
            self.assertTrue(g.id.startswith(f"{g.replica}/g-"))
            self.assertEqual({s.replica for s in g.sessions}, {g.replica})
            self.assertEqual({s.info["schema"]["hash"] for s in g.sessions}, {pinned.split("@")[1]})
            self.assertEqual({s.info["seed"] for s in g.sessions}, {g.seed})
        sessions = [s for g in groups for s in g.sessions]
        while not all(s.done for s in sessions):
            step_all(sessions)
        self.assertTrue(all(s.result is not None and s.result.steps == 6 for s in sessions))
        # Same seed, same replies: the two rollouts of a group agree; the trace is on its replica.
        for g in groups:
            self.assertEqual(g.sessions[0].result, g.sessions[1].result)
        again = self.fleet.session(sessions[0].id)
        steps = again.trace()
        self.assertEqual(len(steps), 6)
        # Each step carries the game's picture of the state it acted on (corridor: one tile row).
        for step in steps:
            self.assertEqual(step["picture"]["kind"], "tiles")
            self.assertEqual(step["picture"]["height"], 1)
            self.assertIn("player", step["picture"]["cells"])
        self.assertEqual(self.fleet.loads(), [0.0, 0.0, 0.0])

    def test_full_replicas_are_skipped_then_the_fleet_says_it_is_full(self):
        groups = [self.fleet.create_group(4, game="corridor", seed=1, schema="generic-v0") for _ in range(3)]
        placed = [g.replica for g in groups]
        self.assertEqual(sorted(placed), [0, 1, 2])
        with self.assertRaises(FleetFull) as cm:
            self.fleet.create_session(game="corridor", seed=1, schema="generic-v0")
        for p in self.procs:
            self.assertIn(p.url, cm.exception.message)
        # Closing a group frees its replica, and the next create goes there.
        groups[0].close()
        self.assertEqual(self.fleet.create_session(game="corridor", seed=1, schema="generic-v0").replica, placed[0])

    def test_versions_are_pinned_by_hash_and_a_swap_under_load_keeps_groups_whole(self):
        old = self.fleet.pin("generic-v0@latest")
        before = [self.fleet.create_group(2, game="corridor", seed=3, schema="generic-v0", max_steps=8)
                  for _ in range(3)]
        step_all([s for g in before for s in g.sessions])
        with open(SCHEMA, "rb") as f:
            wasm = f.read()
        # One replica gets a new version first: the fleet's pin does not move with its latest.
        new_hash = Client(self.procs[0].url, admin_token=TOKEN).upload_schema("generic-v0", tagged(wasm, "v2"))["hash"]
        self.assertEqual(self.fleet.pin("generic-v0"), old)
        # Pinned to the new hash, replicas 1 and 2 lack it: only replica 0 is used, and require names them.
        spec = f"generic-v0@{new_hash}"
        self.assertEqual(sorted(self.fleet.missing(spec)), [1, 2])
        with self.assertRaises(VersionMissing) as cm:
            self.fleet.require(spec)
        self.assertIn(self.procs[1].url, cm.exception.message)
        on_new = self.fleet.create_session(game="corridor", seed=1, schema=spec, max_steps=2)
        self.assertEqual((on_new.replica, on_new.info["schema"]["hash"]), (0, new_hash))
        on_new.close()
        # Publish to all while the first groups keep playing; then new groups get the new version.
        self.assertEqual(self.fleet.publish("generic-v0", tagged(wasm, "v2")), new_hash)
        self.assertEqual(self.fleet.require("generic-v0"), spec)
        after = [self.fleet.create_group(2, game="corridor", seed=3, schema="generic-v0", max_steps=8)
                 for _ in range(3)]
        live = [s for g in before + after for s in g.sessions]
        while not all(s.done for s in live):
            step_all(live)
        for g, want in [(g, old) for g in before] + [(g, spec) for g in after]:
            self.assertEqual({s.info["schema"]["hash"] for s in g.sessions}, {want.split("@")[1]}, g.id)
            self.assertTrue(all(s.status == "finished" for s in g.sessions))

    def test_a_replica_killed_mid_episode_fails_only_its_sessions(self):
        groups = [self.fleet.create_group(2, game="corridor", seed=5, schema="generic-v0", max_steps=8)
                  for _ in range(3)]
        step_all([s for g in groups for s in g.sessions])
        victim = groups[1].replica
        self.procs[victim].kill()
        lost = []
        live = [s for g in groups for s in g.sessions]
        while not all(s.done for s in live):
            for s in live:
                if s.done:
                    continue
                try:
                    s.reply(answer(s.turn.messages))
                except ReplicaDown as e:
                    self.assertEqual(e.replica, victim)
                    lost.append(e.sessions)
        self.assertEqual(lost, [sorted(s.id for s in groups[1].sessions)])  # said once, naming both
        self.assertEqual(groups[1].lost, groups[1].sessions)
        for g in (groups[0], groups[2]):
            self.assertEqual(g.lost, [])
            self.assertTrue(all(s.status == "finished" for s in g.sessions))
        # The trainer refills the group elsewhere.
        refill = self.fleet.create_group(2, game="corridor", seed=5, schema="generic-v0", max_steps=8)
        self.assertNotEqual(refill.replica, victim)
        refill.close()

    def test_one_shared_watch_folder_publishes_to_every_replica(self):
        watch = os.path.join(self.tmp, "watch")
        os.makedirs(watch)
        extra = ["--watch", watch]
        procs = [start(self.tmp, 10 + i, 4, extra) for i in range(2)]
        self.procs += procs
        fleet = Fleet([p.url for p in procs], timeout=30)
        old = fleet.pin("generic-v0")
        with open(SCHEMA, "rb") as f:
            wasm = tagged(f.read(), "watched")
        tmp = os.path.join(watch, "generic-v0@watched.part")
        with open(tmp, "wb") as f:
            f.write(wasm)
        os.rename(tmp, os.path.join(watch, "generic-v0@watched.wasm"))  # dropped in whole
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and fleet.pin("generic-v0", refresh=True) == old:
            time.sleep(0.2)
        spec = fleet.pin("generic-v0")
        self.assertNotEqual(spec, old)
        while time.monotonic() < deadline and fleet.missing(spec):
            time.sleep(0.2)
        self.assertEqual(fleet.require(spec), spec)

    def test_instance_ids_make_server_ids_unique_and_routable(self):
        a = start(self.tmp, 20, 4, ["--instance-id", "rack1-a"])
        self.procs.append(a)
        fleet = Fleet([a.url], timeout=30, load_ttl=0)
        g = fleet.create_group(2, game="corridor", seed=1, schema="generic-v0")
        self.assertEqual(g.replica, 0)
        self.assertEqual(g.id, "0/rack1-a-g-1")
        self.assertEqual([s.session.id for s in g.sessions], ["rack1-a-s-2", "rack1-a-s-3"])
        self.assertTrue(os.path.isdir(os.path.join(self.tmp, "r20", "sessions", "rack1-a-s-2")))
        # A restart on the same folder goes on numbering after the ids it finds there.
        a.stop(grace=5)
        again = start(self.tmp, 20, 4, ["--instance-id", "rack1-a"])
        self.procs.append(again)
        s = Client(again.url).create_session(game="corridor", seed=1, schema="generic-v0")
        self.assertEqual(s.id, "rack1-a-s-4")
        with self.assertRaises(RuntimeError) as cm:  # a name that cannot be part of a path or URL
            start(self.tmp, 21, 4, ["--instance-id", "../x"])
        self.assertIn("--instance-id", str(cm.exception))

    def test_a_replica_joining_later_takes_work(self):
        for _ in range(3):
            self.fleet.create_group(3, game="corridor", seed=1, schema="generic-v0")
        self.procs.append(start(self.tmp, 3, 4))
        index = self.fleet.add_replica(self.procs[3].url)
        self.assertEqual(self.fleet.create_group(2, game="corridor", seed=1, schema="generic-v0").replica, index)
        t = time.monotonic()
        with self.assertRaises(AutomemError):  # bad input is refused once, not tried on every replica
            self.fleet.create_session(game="nope", seed=1, schema="generic-v0")
        self.assertLess(time.monotonic() - t, 10)


if __name__ == "__main__":
    unittest.main()
