"""Compare our NetHack component's frames with the `nle` 1.3.0 wheel's (scripts/nethack-parity.sh).

Reads the JSON lines tests/all/nethack.rs `nethack_frames_dump` wrote (seed, the actions played,
the 24x80 frame after reset and after every step) and replays each seed on the wheel's
nle.nethack.Nethack with NLE's options, playername "Agent-@", fix_moon_phase=True and
set_initial_seeds(seed, seed, False), stepping as the component does: NLE's reset (space until
the move loop), the action's keys, NLE's known steps once the game is over, BALROG's AutoMore.
"""
import json
import sys

import nle.nethack as nh

NAMED = {}


def load_actions():
    # The component's action table is the source of truth; keep this in sync with actions.rs.
    import re
    src = open(sys.argv[2]).read()
    for name, key in re.findall(r'\("([^"]+)", (\d+)\)', src):
        NAMED[name] = int(key)


def keys(action):
    if action in NAMED:
        return [NAMED[action]]
    if len(action) == 1:
        return [ord(action)]
    return [ord(c) for c in action]


def trim(b):
    ws = b" \x1a"
    start = next((i for i, c in enumerate(b) if c not in ws), None)
    if start is None or start == len(b) - 1:
        return b""
    end = max(i for i, c in enumerate(b) if c not in ws)
    return b[start:end + 1]


def multipage(row):
    p = row.find(b" of ")
    page = p >= 2 and row[p - 2:p - 1] == b"(" and row[p + 5:p + 6] == b")"
    return page or b"--More--" in row or b"(end)" in row


def message(tty):
    first = bytes(tty[0])
    indent = next((i for i, c in enumerate(first) if c != 32), None)
    if indent is None or not trim(first):
        return ""
    out = b""
    for r in range(24):
        row = trim(bytes(tty[r])[indent:])
        out += row
        if multipage(row):
            return out.decode("latin1")
        out += b"\n"
    return trim(first).decode("latin1")


def colours(colors):
    return ["".join("0123456789abcdef"[c & 15] for c in colors[r]) for r in range(24)]


def lines(tty):
    return [bytes(tty[r]).decode("latin1") for r in range(24)]


def main():
    load_actions()
    keys_obs = ("tty_chars", "program_state", "internal", "tty_colors")
    failures = 0
    episodes = 0
    frames_checked = 0
    colour_cells = [0, 0]  # agreeing, compared
    for line in open(sys.argv[1]):
        rec = json.loads(line)
        seed = rec["seed"]
        # A fresh game directory per episode: NLE keeps its top-ten file across resets, and the
        # end screen lists earlier games (ours starts every episode with empty files).
        env = nh.Nethack(observation_keys=keys_obs, playername="Agent-@", fix_moon_phase=True)
        env.set_initial_seeds(seed, seed, False)
        (tty, ps, internal, colors) = env.reset()
        done = False
        for _ in range(1000):
            if ps[3]:
                break
            (tty, ps, internal, colors), done = env.step(32)
            if done:
                break
        got = [lines(tty)]
        got_colours = [colours(colors)]
        for action in rec["actions"]:
            for k in keys(action):
                (tty, ps, internal, colors), done = env.step(k)
                if done:
                    break
            if not done and ps[0]:
                for _ in range(1000):
                    if done:
                        break
                    if internal[3]:
                        (tty, ps, internal, colors), done = env.step(32)
                    elif internal[2]:
                        (tty, ps, internal, colors), done = env.step(27)
                    else:
                        break
            msg = message(tty)
            while not done and "--More--" in msg:
                msg = msg.replace("--More--", "\n")
                (tty, ps, internal, colors), done = env.step(13)
                msg += message(tty)
            got.append(lines(tty))
            got_colours.append(colours(colors))
            if done:
                break
        env.close()
        episodes += 1
        ours = rec["frames"]
        for a, b in zip(rec.get("colours", []), got_colours):
            colour_cells[1] += 24 * 80
            colour_cells[0] += sum(x == y for ra, rb in zip(a, b) for x, y in zip(ra, rb))
        for i, (a, b) in enumerate(zip(ours, got)):
            frames_checked += 1
            if a != b:
                failures += 1
                print(f"seed {seed}: frame {i} differs (after {rec['actions'][i - 1] if i else 'reset'!r})")
                for r, (x, y) in enumerate(zip(a, b)):
                    if x != y:
                        print(f"  row {r:2} ours: {x!r}\n         nle : {y!r}")
                break
        else:
            if len(ours) != len(got) or rec["done"] != done:
                failures += 1
                print(f"seed {seed}: ours ended after {len(ours) - 1} steps (done={rec['done']}), nle after {len(got) - 1} (done={done})")
    print(f"parity: {episodes - failures}/{episodes} seeds identical, {frames_checked} frames compared")
    if colour_cells[1]:
        # Our pictures' colours (the component's draw) against the wheel's tty_colors (reverse
        # video, NLE's +16, dropped as the picture drops it).
        print(f"colours: {colour_cells[0]}/{colour_cells[1]} cells agree with NLE's tty_colors")
        if colour_cells[0] != colour_cells[1]:
            failures += 1
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
