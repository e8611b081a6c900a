"""Compare our MiniHack component with the real MiniHack 1.0.2 on the `nle` 1.3.0 wheel
(scripts/minihack-parity.sh).

frames FILE   replays each recorded episode (tests/all/minihack.rs, minihack_frames_dump) on the
              gym env MiniHack registers, as BALROG makes it (character "@", 100 steps,
              penalty_step -0.01, autopickup off; fix_moon_phase, as ours), seeded with
              seed(seed, seed, reseed=False), a fresh env per episode,
              and compares the 24x80 tty frame after reset and after every step, and the rewards.
stats FILE N  plays N random episodes per task on MiniHack (uniform over the task's actions as
              BALROG names them) and prints, beside ours (FILE, minihack_random_stats), the
              success rate and the episode length with their standard errors, whether they agree
              within sampling error (|z| < 3), and reset latency and steps/s.
"""
import json
import math
import random
import sys
import time
import warnings

warnings.filterwarnings("ignore")

import gymnasium as gym  # noqa: E402
import minihack  # noqa: E402,F401

# BALROG's action names (the component's names) and their keys, from the dump's first line.
KEYS = {
    "north": 107, "east": 108, "south": 106, "west": 104, "northeast": 117, "southeast": 110,
    "southwest": 98, "northwest": 121, "far north": 75, "far east": 76, "far south": 74,
    "far west": 72, "far northeast": 85, "far southeast": 78, "far southwest": 66,
    "far northwest": 89, "up": 60, "down": 62, "wait": 46, "more": 13, "apply": 97, "close": 99,
    "open": 111, "eat": 101, "force": 230, "kick": 4, "loot": 236, "pickup": 44, "pray": 240,
    "puton": 80, "quaff": 113, "search": 115, "zap": 122,
}


def make(task):
    """The task's env as BALROG makes it, unwrapped: gym's TimeLimit (BALROG's 100 steps) is
    applied by `play` (MiniHack 1.0.2's BoxoHack.reset takes no `seed`, which gymnasium's
    wrappers pass, so Boxoban cannot be reset through them)."""
    return gym.make(
        task,
        observation_keys=("tty_chars", "chars", "blstats", "message"),
        character="@",
        max_episode_steps=100,
        penalty_step=-0.01,
        penalty_time=0.0,
        penalty_mode="constant",
        autopickup=False,
        # NLE's gym env reads the real clock unless told otherwise (the moon phase, Friday 13th
        # and night change the game); ours is deterministic as NLE's fix_moon_phase makes it.
        fix_moon_phase=True,
    ).unwrapped


LIMIT = 100


def step(env, action, steps):
    """One env step under BALROG's TimeLimit: (obs, reward, over)."""
    obs, reward, term, trunc, _ = env.step(action)
    return obs, reward, term or trunc or steps + 1 >= LIMIT


def reset(env):
    """env.reset(), past MiniHack 1.0.2's Boxoban on nle 1.3.0: NLE's reset asks for the end
    status, which BoxoHack answers from goal cells it sets only after that reset returns."""
    if not hasattr(env, "_goal_pos_set") and hasattr(env, "_levels"):
        env._goal_pos_set = set()
    return env.reset()


def index_of(env):
    """Action name -> index in the env's action space (BALROG's intersection)."""
    keys = [int(a) for a in env.actions]
    return {name: keys.index(key) for name, key in KEYS.items() if key in keys}


def lines(tty):
    return [bytes(tty[r]).decode("latin1") for r in range(24)]


def frames(path):
    failures = episodes = checked = 0
    for line in open(path):
        rec = json.loads(line)
        task, seed = rec["task"], rec["seed"]
        # A fresh env per episode: NLE keeps its top-ten file across resets, and the end screen
        # lists earlier games (ours starts every episode with empty files).
        env = make(task)
        idx = index_of(env)
        env.seed(seed, seed, reseed=False)
        obs, _ = reset(env)
        got = [lines(obs["tty_chars"])]
        rewards = []
        done = False
        for i, action in enumerate(rec["actions"]):
            obs, reward, over = step(env, idx[action], i)
            got.append(lines(obs["tty_chars"]))
            rewards.append(reward)
            if over:
                done = True
                break
        env.close()
        episodes += 1
        ours = rec["frames"]
        bad = None
        for i, (a, b) in enumerate(zip(ours, got)):
            checked += 1
            if a != b:
                bad = i
                break
        if bad is not None:
            failures += 1
            print(f"{task} seed {seed}: frame {bad} differs (after {rec['actions'][bad - 1] if bad else 'reset'!r})")
            for r, (x, y) in enumerate(zip(ours[bad], got[bad])):
                if x != y:
                    print(f"  row {r:2} ours    : {x!r}\n         minihack: {y!r}")
        elif len(ours) != len(got) or not done:
            failures += 1
            print(f"{task} seed {seed}: ours ended after {len(ours) - 1} steps, MiniHack after {len(got) - 1} (done={done})")
        elif any(abs(a - b) > 1e-9 for a, b in zip(rec["rewards"], rewards)):
            failures += 1
            print(f"{task} seed {seed}: rewards differ\n  ours    : {rec['rewards']}\n  minihack: {rewards}")
    print(f"minihack frame parity: {episodes - failures}/{episodes} episodes identical, {checked} frames compared")
    return failures == 0


def mean_se(xs):
    n = len(xs)
    m = sum(xs) / n
    var = sum((x - m) ** 2 for x in xs) / (n - 1) if n > 1 else 0.0
    return m, math.sqrt(var / n)


def stats(path, n):
    ours = {json.loads(l)["task"]: json.loads(l) for l in open(path)}
    ok = True
    print("| task | ours: success | MiniHack: success | z | ours: length | MiniHack: length | z | reset ms ours / MiniHack | steps/s ours / MiniHack |")
    print("|---|---|---|---|---|---|---|---|---|")
    rng = random.Random(0)
    for task, o in ours.items():
        env = make(task)
        idx = list(index_of(env).values())
        succ, lengths, resets, steps, step_time = 0, [], [], 0, 0.0
        for e in range(n):
            env.seed(20_000 + e, 20_000 + e, reseed=False)
            t = time.perf_counter()
            reset(env)
            resets.append((time.perf_counter() - t) * 1e3)
            t = time.perf_counter()
            k = 0
            while True:
                _, reward, over = step(env, rng.choice(idx), k)
                k += 1
                if reward >= 1.0:
                    succ += 1
                if over:
                    break
            step_time += time.perf_counter() - t
            steps += k
            lengths.append(k)
        env.close()
        p1, p2 = o["successes"] / o["episodes"], succ / n
        pooled = (o["successes"] + succ) / (o["episodes"] + n)
        se = math.sqrt(pooled * (1 - pooled) * (1 / o["episodes"] + 1 / n)) or 1e-9
        z_s = (p1 - p2) / se
        m1, s1 = mean_se(o["lengths"])
        m2, s2 = mean_se(lengths)
        z_l = (m1 - m2) / (math.sqrt(s1 ** 2 + s2 ** 2) or 1e-9)
        agree = abs(z_s) < 3 and abs(z_l) < 3
        ok &= agree
        resets.sort()
        print(
            f"| {task} | {p1:.3f} | {p2:.3f} | {z_s:+.2f} | {m1:.1f} ± {s1:.1f} | {m2:.1f} ± {s2:.1f} | {z_l:+.2f} "
            f"| {o['reset_ms_median']:.2f} / {resets[len(resets) // 2]:.2f} | {o['steps_per_s']:.0f} / {steps / step_time:.0f} |"
            + ("" if agree else " DIFFERS")
        )
    return ok


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "frames":
        sys.exit(0 if frames(sys.argv[2]) else 1)
    if mode == "stats":
        sys.exit(0 if stats(sys.argv[2], int(sys.argv[3])) else 1)
    sys.exit(f"unknown mode {mode}; use frames or stats")
