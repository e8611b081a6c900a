"""The trainer adapters, each driven by a fake trainer loop of its framework's shape, against two
real `automem serve` replicas (skipped without the binary, like test_fleet_serve)."""

import asyncio
import json
import random
import shutil
import tempfile
import unittest
from types import SimpleNamespace

from automem_client import Fleet
from automem_client.adapters.grpo import advantages, close_all, run_groups, single_prompt
from automem_client.adapters.skyrl import define_text_env
from automem_client.adapters.trl import make_rollout_func, reward_automem
from automem_client.adapters.verl import define_agent_loop
from test_fleet_serve import READY, WHY, answer, start


def noisy(messages, rng):
    """A policy that walks east or west at random, so rollouts of a group differ."""
    text = answer(messages)
    return text.replace("east<|END|>", rng.choice(["east", "west"]) + "<|END|>", 1) if "ACTION" in text else text


@unittest.skipUnless(READY, WHY)
class AdapterTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="automem-adapters-")
        self.procs = [start(self.tmp, i, 16) for i in range(2)]
        self.fleet = Fleet([p.url for p in self.procs], timeout=30, load_ttl=0)

    def tearDown(self):
        for p in self.procs:
            p.stop(grace=5)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_advantages_are_group_relative(self):
        self.assertEqual(advantages([1.0, 3.0], scale=False), [-1.0, 1.0])
        a = advantages([1.0, 3.0])
        self.assertAlmostEqual(a[0], -1.0, places=4)
        self.assertEqual(advantages([]), [])

    def test_grpo_groups_batched_each_on_one_replica_and_version(self):
        rng, batches = random.Random(1), []

        def generate(chats):
            batches.append(len(chats))
            return [noisy(c, rng) for c in chats]

        prompts = [single_prompt("corridor", seed, "generic-v0", max_steps=6) for seed in (1, 2, 3)]
        results = run_groups(self.fleet, prompts, 4, generate)
        self.assertEqual(batches[0], 12)  # the first round: every session's turn in one call
        for r, seed in zip(results, (1, 2, 3)):
            self.assertEqual(len(r.rewards), 4)
            self.assertEqual({s.info["seed"] for s in r.sessions}, {seed})
            self.assertEqual({s.replica for s in r.sessions}, {r.sessions[0].replica})
            self.assertEqual({s.info["schema"]["hash"] for s in r.sessions}, {r.schema["hash"]})
            self.assertAlmostEqual(sum(r.advantages), 0.0, places=6)
            self.assertEqual(r.refilled, 0)
        close_all(results)

    def test_grpo_refills_a_group_lost_with_its_replica(self):
        rounds = []

        def generate(chats):
            rounds.append(len(chats))
            if len(rounds) == 3:
                self.procs[0].kill()
            return [answer(c) for c in chats]

        prompts = [single_prompt("corridor", 4, "generic-v0", max_steps=5) for _ in range(2)]
        results = run_groups(self.fleet, prompts, 3, generate)
        self.assertEqual(sorted(r.refilled for r in results), [0, 1])
        for r in results:
            self.assertEqual(len(r.sessions), 3)
            self.assertTrue(all(s.status == "finished" and s.replica == 1 for s in r.sessions))
            self.assertEqual({s.info["schema"]["hash"] for s in r.sessions}, {r.schema["hash"]})
            self.assertEqual({s.info["seed"] for s in r.sessions}, {4})

    def test_trl_rollout_func_in_a_fake_grpo_step(self):
        def generate_tokens(trainer, chats):
            self.assertEqual(trainer.args.num_generations, 2)
            return [{"text": answer(c), "prompt_ids": [len(c)], "completion_ids": [1, 2], "logprobs": [-0.5, -0.5]}
                    for c in chats]

        rollout = make_rollout_func(self.fleet, generate_tokens)
        trainer = SimpleNamespace(args=SimpleNamespace(num_generations=2))
        p = [json.dumps({"game": "corridor", "seed": s, "schema": "generic-v0", "max_steps": 3}) for s in (5, 6)]
        prompts = [p[0], p[0], p[1], p[1]]  # how GRPOTrainer repeats each prompt num_generations times
        out = rollout(prompts, trainer)
        self.assertEqual({k: len(v) for k, v in out.items()},
                         {k: 4 for k in ("prompt_ids", "completion_ids", "logprobs", "automem_reward", "automem_session")})
        # 3 steps: a PLAN turn each, and a LOG turn before each but the first: 5 turns of 2 ids.
        self.assertEqual([len(c) for c in out["completion_ids"]], [10] * 4)
        self.assertEqual(len(out["logprobs"][0]), len(out["completion_ids"][0]))
        replicas = [sid.split("/")[0] for sid in out["automem_session"]]
        self.assertEqual((replicas[0], replicas[2]), (replicas[1], replicas[3]))  # a group stays together
        self.assertEqual(reward_automem(["c"] * 4, automem_reward=out["automem_reward"]), out["automem_reward"])
        with self.assertRaises(Exception):
            rollout(["not json"], trainer)

    def test_verl_agent_loop_in_a_fake_agent_loop_worker(self):
        registry = {}

        class AgentLoopBase:  # verl's constructor takes its config, server manager and tokenizer
            def __init__(self, server_manager, tokenizer):
                self.server_manager, self.tokenizer = server_manager, tokenizer
                self.rollout_config = SimpleNamespace(response_length=4096)

        class AgentLoopOutput:
            def __init__(self, **fields):
                self.__dict__.update(fields)

        def register(name):
            return lambda cls: registry.setdefault(name, cls)

        class Tokenizer:
            def apply_chat_template(self, messages, add_generation_prompt, tokenize):
                return [ord(c) for c in json.dumps(messages)[-50:]]

            def decode(self, ids, skip_special_tokens):
                return "".join(chr(i) for i in ids)

        class ServerManager:  # generates the corridor answer for the chat whose ids it got
            def __init__(self):
                self.chats = []

            async def generate(self, request_id, prompt_ids, sampling_params):
                text = answer(self.chats.pop(0))
                return SimpleNamespace(token_ids=[ord(c) for c in text], log_probs=[0.0] * len(text))

        cls = define_agent_loop(AgentLoopBase, AgentLoopOutput, register, lambda: self.fleet)
        self.assertIs(registry["automem_agent"], cls)
        manager = ServerManager()
        loop = cls(manager, Tokenizer())
        original = loop._prompt_ids

        async def prompt_ids(messages):
            manager.chats.append(messages)
            return await original(messages)

        loop._prompt_ids = prompt_ids
        row = {"extra_info": {"game": "corridor", "seed": 9, "schema": "generic-v0", "max_steps": 4}}
        out = asyncio.run(loop.run({"temperature": 1.0}, **row))
        self.assertEqual(out.num_turns, 2 * 7)  # 4 steps: 4 PLAN turns and 3 LOG turns
        self.assertEqual(len(out.response_ids), len(out.response_mask))
        self.assertEqual("".join(chr(i) for i in out.response_ids), answer([{"content": "Memory is read-only now"}]))
        self.assertEqual(out.extra_fields["automem_end_reason"], "truncated")  # cut by max_steps
        self.assertIsInstance(out.reward_score, float)

    def test_skyrl_env_in_a_fake_generator(self):
        class BaseTextEnv:
            def __init__(self):
                self.turns, self.max_turns = 0, 1

        Env = define_text_env(BaseTextEnv, lambda: self.fleet)
        env = Env(env_config=None, extras={"game": "corridor", "seed": 3, "schema": "generic-v0", "max_steps": 3})
        chat, meta = env.init([{"role": "user", "content": "ignored: the server builds the prompt"}])
        self.assertTrue(meta["automem_session"].split("/")[0].isdigit())
        resets, done, reward = 0, False, None
        while not done:  # SkyRL's generator: generate, step, append the observations
            action = answer(chat)
            out = env.step(action)
            done, reward = out["done"], out["reward"]
            if out["metadata"].get("phase_reset"):
                resets += 1
                chat = list(out["observations"])
            else:
                chat = chat + [{"role": "assistant", "content": action}] + out["observations"]
            if not done:
                self.assertEqual(chat, env.session.turn.messages)  # what the model sees is automem's prompt
        self.assertEqual(resets, 4)  # 5 turns (3 PLAN, 2 LOG), each its own phase; the first came from init
        self.assertEqual(reward, env.session.result.reward)
        env.close()


if __name__ == "__main__":
    unittest.main()
