"""Compare our NetHack component's language observation with nle-language-wrapper 0.2.0's
(scripts/nethack-langwrap-parity.sh).

Reads the JSON lines tests/all/nethack.rs `nethack_frames_dump` wrote with NETHACK_LANGUAGE=1 (seed,
actions, and per frame the tty lines, our `language observation:` text and our cursor text), and
replays each seed on the `nle` 1.3.0 wheel exactly as scripts/nethack_parity.py does. At every
frame, the wrapper's NLELanguageObsv (the C++ module BALROG's NLELanguageWrapper calls) is given
the wheel's glyphs, blstats and tty_cursor, as NLELanguageWrapper.nle_obsv_to_language does, and
its text_glyphs and text_cursor must equal ours. A frame whose tty differs is counted apart (the
frame parity's business) and the episode stops there.

  python nethack_langwrap_parity.py FRAMES.jsonl games/nethack/core/src/actions.rs [--show N]
"""
import contextlib
import difflib
import io
import json
import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# Importing the wrapper imports gym 0.23 (its pin), whose gym_notices prints a notice about NumPy 2
# on stderr: the module used here is the C++ one and needs neither.
with warnings.catch_warnings(), contextlib.redirect_stderr(io.StringIO()):
    warnings.simplefilter("ignore")
    import nle.nethack as nh
    from nle_language_wrapper.nle_language_obsv import NLELanguageObsv

import nethack_parity as frames  # the frame parity's replay helpers (keys, message, AutoMore)


def show_diff(label, ours, theirs):
    print(f"  {label}:")
    for line in difflib.unified_diff(theirs.split("\n"), ours.split("\n"), "wrapper", "ours", lineterm="", n=1):
        print(f"    {line}")


def replay(env, rec, obsv):
    """Yield (tty lines, text_glyphs, text_cursor) for the reset frame and after every action."""
    obs = env.reset()
    done = False

    def texts(obs):
        tty, ps, internal, glyphs, blstats, cursor = obs
        g = obsv.text_glyphs(glyphs, blstats).decode("latin-1")
        c = obsv.text_cursor(glyphs, blstats, cursor).decode("latin-1")
        return frames.lines(tty), g, c

    for _ in range(1000):
        if obs[1][3]:
            break
        obs, done = env.step(32)
        if done:
            break
    yield texts(obs)
    for action in rec["actions"]:
        for k in frames.keys(action):
            obs, done = env.step(k)
            if done:
                break
        if not done and obs[1][0]:
            for _ in range(1000):
                if done:
                    break
                internal = obs[2]
                if internal[3]:
                    obs, done = env.step(32)
                elif internal[2]:
                    obs, done = env.step(27)
                else:
                    break
        msg = frames.message(obs[0])
        while not done and "--More--" in msg:
            msg = msg.replace("--More--", "\n")
            obs, done = env.step(13)
            msg += frames.message(obs[0])
        yield texts(obs)
        if done:
            break


def main():
    show = 5
    if "--show" in sys.argv:
        show = int(sys.argv[sys.argv.index("--show") + 1])
    frames.load_actions()
    obsv = NLELanguageObsv()
    keys_obs = ("tty_chars", "program_state", "internal", "glyphs", "blstats", "tty_cursor")
    compared = glyphs_equal = cursor_equal = desynced = episodes = 0
    shown = 0
    for line in open(sys.argv[1]):
        rec = json.loads(line)
        if "language" not in rec:
            sys.exit("nethack_langwrap_parity: the dump has no language texts (NETHACK_LANGUAGE=1 writes them)")
        seed = rec["seed"]
        env = nh.Nethack(observation_keys=keys_obs, playername="Agent-@", fix_moon_phase=True)
        env.set_initial_seeds(seed, seed, False)
        episodes += 1
        for i, (tty, g, c) in enumerate(replay(env, rec, obsv)):
            if i >= len(rec["frames"]):
                break
            if rec["frames"][i] != tty:
                desynced += 1
                print(f"seed {seed}: frame {i}: the tty differs from the wheel's; language not compared from here")
                break
            compared += 1
            ok_g = rec["language"][i] == g
            ok_c = rec["cursor"][i] == c
            glyphs_equal += ok_g
            cursor_equal += ok_c
            if not (ok_g and ok_c) and shown < show:
                shown += 1
                after = rec["actions"][i - 1] if i else "reset"
                print(f"seed {seed}: frame {i} (after {after!r}) differs")
                if not ok_g:
                    show_diff("language observation", rec["language"][i], g)
                if not ok_c:
                    print(f"  cursor: ours {rec['cursor'][i]!r}, wrapper {c!r}")
        env.close()
    print(
        f"language parity: {episodes} episodes, {compared} frames compared: text_glyphs equal in "
        f"{glyphs_equal}, text_cursor equal in {cursor_equal}"
        + (f"; {desynced} episodes stopped at a tty difference" if desynced else "")
    )
    sys.exit(0 if glyphs_equal == compared and cursor_equal == compared and not desynced else 1)


if __name__ == "__main__":
    main()
