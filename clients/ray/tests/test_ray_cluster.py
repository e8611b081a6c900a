"""automem-ray on a local 3-node Ray cluster (`ray.cluster_utils.Cluster`), run by
scripts/ray-test.sh: replicas one per node behind a Fleet, a publish reaching every replica,
a replica whose server dies restarted by Ray (and a server dying with its actor), a node
joining later taking work, and a sharded run (with a lost shard) byte-identical to one run."""

import filecmp
import os
import shutil
import signal
import subprocess
import tempfile
import time
import unittest

import ray
from ray.cluster_utils import Cluster

from automem_client import Client
from automem_ray import ReplicaSet, sharded_run

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
BIN = os.environ.get("AUTOMEM_BIN", os.path.join(ROOT, "target", "debug", "automem"))
C = os.path.join(ROOT, "target", "components")
GAME, SCHEMA, POLICY = (os.path.join(C, f"{n}.wasm") for n in ("corridor", "generic-v0", "random"))
TOKEN = "ray-test-admin-token-0123"


def answer(messages):
    if "Memory is read-only now" in messages[0]["content"]:
        return "<|SEARCH|>notes.txt|east<|END|>\n<|ACTION|>east<|END|>"
    return "<|APPEND|>notes.txt|walking east works<|END|>\n<|DONE|>"


def tagged(wasm, tag):
    name, payload = b"automem-test-tag", tag.encode()
    return wasm + bytes([0, 1 + len(name) + len(payload), len(name)]) + name + payload


def pid_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (dead, not yet reaped by its dead parent) is gone for our purposes.
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def wait_for(cond, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


class RayClusterTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        for p in (BIN, GAME, SCHEMA, POLICY):
            if not os.path.isfile(p):
                raise RuntimeError(f"missing {p}: cargo build -p automem && ./target/debug/automem build")
        t = time.monotonic()
        cls.cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 1})
        for _ in range(2):
            cls.cluster.add_node(num_cpus=1)
        ray.init(address=cls.cluster.address, logging_level="ERROR", log_to_driver=False)
        cls.cluster.wait_for_nodes()
        cls.startup = time.monotonic() - t
        print(f"\n3-node cluster up in {cls.startup:.1f} s", flush=True)
        cls.tmp = tempfile.mkdtemp(prefix="automem-ray-test-")
        cls.replicas = ReplicaSet(BIN, [GAME], [SCHEMA], data_root=os.path.join(cls.tmp, "replicas"),
                                  extra_args=["--max-sessions", "8", "--random-validation-seeds", "0",
                                              "--admin-token-env", "AUTOMEM_RAY_TOKEN"],
                                  env={"AUTOMEM_RAY_TOKEN": TOKEN})
        cls.replicas.start_per_node()

    @classmethod
    def tearDownClass(cls):
        cls.replicas.stop()
        ray.shutdown()
        cls.cluster.shutdown()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_1_one_replica_per_node_a_fleet_over_them_and_a_publish_to_all(self):
        infos = self.replicas.infos()
        self.assertEqual(len({i["node"] for i in infos}), 3)
        fleet = self.replicas.fleet(admin_token=TOKEN, load_ttl=0)
        groups = [fleet.create_group(2, game="corridor", seed=7, schema="generic-v0", max_steps=4) for _ in range(3)]
        self.assertEqual(sorted(g.replica for g in groups), [0, 1, 2])
        for g in groups:  # server ids name their replica too (--instance-id)
            self.assertTrue(all(s.session.id.startswith(f"replica-{g.replica}-s-") for s in g.sessions), g.id)
        live = [s for g in groups for s in g.sessions]
        while not all(s.done for s in live):
            for s in live:
                if not s.done:
                    s.reply(answer(s.turn.messages))
        self.assertTrue(all(s.status == "finished" for s in live))
        with open(SCHEMA, "rb") as f:
            new = fleet.publish("generic-v0", tagged(f.read(), "ray"))
        for url in self.replicas.urls():
            latest = {s["name"]: s["latest"] for s in Client(url).schemas()}
            self.assertEqual(latest["generic-v0"], new)
        self.assertEqual(fleet.missing("generic-v0"), [])

    def test_2_a_dead_server_restarts_its_actor_and_a_killed_actor_takes_its_server(self):
        index = self.replicas.start_on(ray.nodes()[0]["NodeID"], name="drill")
        before = ray.get(self.replicas.actors[index].info.remote(), timeout=120)
        os.kill(before["pid"], signal.SIGKILL)  # the server crashes: the actor exits, Ray restarts it

        def restarted():
            try:
                return ray.get(self.replicas.actors[index].info.remote(), timeout=5)["pid"] != before["pid"]
            except (ray.exceptions.RayActorError, ray.exceptions.GetTimeoutError):
                return False
        wait_for(restarted, 120, "Ray to restart the replica with a new server")
        after = ray.get(self.replicas.actors[index].info.remote(), timeout=30)
        self.assertEqual(Client(after["url"]).health(), {"status": "ok"})
        # The registry is durable: the restarted server found its versions again.
        self.assertTrue(Client(after["url"]).schemas())
        ray.kill(self.replicas.actors[index], no_restart=True)  # the actor dies: its server too
        wait_for(lambda: not pid_alive(after["pid"]), 30, "the server to die with its actor")
        self.replicas.actors.pop(index)
        self.replicas.names.pop(index)

    def test_3_a_node_joining_later_takes_work(self):
        fleet = self.replicas.fleet(admin_token=TOKEN, load_ttl=0)
        for _ in range(3):
            fleet.create_group(4, game="corridor", seed=1, schema="generic-v0")
        node = self.cluster.add_node(num_cpus=1)
        self.cluster.wait_for_nodes()
        started = self.replicas.start_per_node()
        self.assertEqual(len(started), 1)
        self.assertEqual(self.replicas.refresh(fleet), [3])
        self.assertEqual(self.replicas.infos()[3]["node"], node.node_id)
        # The new replica lacks the version published in test 1: it is skipped, not used with another.
        pinned = fleet.pin("generic-v0")
        self.assertEqual(fleet.missing(pinned), [3])
        self.assertNotEqual(fleet.create_session(game="corridor", seed=1, schema="generic-v0").replica, 3)
        self.assertIn(pinned, fleet.replicas[3].lacks)
        # Publishing again (the same bytes: the others already have it) brings it in; then it takes work.
        with open(SCHEMA, "rb") as f:
            self.assertEqual(fleet.publish("generic-v0", tagged(f.read(), "ray")), pinned.split("@")[1])
        g = fleet.create_group(2, game="corridor", seed=1, schema="generic-v0")
        self.assertEqual(g.replica, 3, f"loads {fleet.loads()}")
        loads = fleet.loads()
        self.assertEqual((sorted(loads[:3]), loads[3]), ([4.0, 4.0, 5.0], 2.0))

    def test_4_a_sharded_run_with_a_lost_shard_equals_one_run(self):
        args = ["--game", GAME, "--schema", SCHEMA, "--policy", POLICY, "--max-steps", "20"]
        one = os.path.join(self.tmp, "one")
        subprocess.run([BIN, "run", *args, "--seeds", "1..9", "--out", one], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        merged = os.path.join(self.tmp, "merged")
        t = time.monotonic()
        summary = sharded_run(BIN, merged, args, list(range(1, 10)), shards=3,
                              die_once=os.path.join(self.tmp, "die-once"))
        print(f"sharded run of 9 seeds over 3 nodes (one shard lost and redone): {time.monotonic() - t:.1f} s",
              flush=True)
        self.assertTrue(os.path.exists(os.path.join(self.tmp, "die-once")), "the drill killed a worker")
        self.assertEqual(summary["episodes_played"], 9)
        cmp = filecmp.dircmp(one, merged)
        self.assertEqual(_diffs(cmp), [])
        # Re-running into it plays nothing and changes nothing.
        sharded_run(BIN, merged, args, list(range(1, 10)), shards=3)
        self.assertEqual(_diffs(filecmp.dircmp(one, merged)), [])


class UnpackTest(unittest.TestCase):
    """A shard's archive may hold only its own seeds' episode files and memory, as plain files."""

    def archive(self, entries):
        import io
        import tarfile
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w:gz") as tar:
            for name, kind in entries:
                info = tarfile.TarInfo(name)
                if kind == "link":
                    info.type, info.linkname = tarfile.SYMTYPE, "/etc/passwd"
                    tar.addfile(info)
                else:
                    info.size = 2
                    tar.addfile(info, io.BytesIO(b"{}"))
        return buf.getvalue()

    def test_only_own_plain_episode_files(self):
        from automem_ray.sharded import ShardError, _unpack, split
        with tempfile.TemporaryDirectory() as out:
            _unpack(self.archive([("episode-3.json", "file"), ("memory-3/notes.txt", "file")]), [3], out)
            self.assertTrue(os.path.isfile(os.path.join(out, "memory-3", "notes.txt")))
            for bad in ([("episode-4.json", "file")], [("../episode-3.json", "file")],
                        [("memory-3/../../x", "file")], [("episode-3.json", "link")], [("summary.json", "file")]):
                with self.assertRaises(ShardError, msg=str(bad)):
                    _unpack(self.archive(bad), [3], out)
        self.assertEqual(split(list(range(7)), 3), [[0, 1, 2], [3, 4], [5, 6]])
        self.assertEqual(split([1], 4), [[1]])


def _diffs(cmp):
    """Every file that differs or is only on one side, recursively (byte comparison)."""
    out = [f"only in {cmp.left}: {n}" for n in cmp.left_only] + [f"only in {cmp.right}: {n}" for n in cmp.right_only]
    _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
    out += [f"differs: {n}" for n in mismatch + errors]
    for sub in cmp.subdirs.values():
        out += _diffs(sub)
    return out


if __name__ == "__main__":
    unittest.main()
