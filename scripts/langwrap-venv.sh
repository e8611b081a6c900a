#!/usr/bin/env bash
# A venv with the reference language observation: `nle-language-wrapper` 0.2.0 (BALROG's
# NLELanguageWrapper and its C++ NLELanguageObsv: text_glyphs, text_cursor, ...) built from its
# PyPI sdist, beside the `nle` 1.3.0 wheel whose observations it reads. For
# scripts/nethack-langwrap-parity.sh. Kept in ~/.cache/automem/venvs by its pinned requirements,
# so a fresh clone does not rebuild it (about a minute: one C++ file). Prints the venv's folder.
#
# Why the sdist is not installed as it stands: its setup.py first builds a bundled NLE 0.9.0
# (NetHack 3.6.6) from source with `python -m setup build` in its nle/ (a CMake build of the whole
# game, then links its pybind11 module against that libnethack.so), and it pins nle==0.9.0,
# gym<=0.23 and minihack==0.1.4, which would replace the nle 1.3.0 we compare with. The module only
# reads four static NetHack tables (mons, objects, obj_descr, def_warnsyms) and the glyph layout of
# display.h; those sources (src/monst.c, src/objects.c, src/drawing.c, include/display.h,
# include/rm.h, include/monst.h, include/objclass.h, include/permonst.h) are byte-identical in the
# sdist's NLE 0.9.0 and in NLE 1.3.0 (NetHack 3.6.7), so this script, checked at every build:
#  1. downloads both sdists with pip (PyPI only) and checks their SHA-256;
#  2. replaces the wrapper's bundled nle/include with NLE 1.3.0's, plus pm.h and onames.h made by
#     NLE 1.3.0's makedefs (compiled here natively with NLE's defines, as NLE's CMake does);
#  3. patches setup.py's build_ext to skip the NLE 0.9.0 build and to link the module (the sdist's
#     own CMakeLists.txt, src/main.cpp and bundled pybind11, unchanged) against the nle 1.3.0
#     wheel's libnethack.so, copied beside it;
#  4. pip installs that (no dependencies: gym 0.23.1, the newest its pin allows, is installed for
#     its `import gym`), and checks a few names the tables must give.
# Needs g++ and Python's headers (Debian: g++, python3-dev; scripts/setup.sh installs them); CMake
# comes from PyPI's `cmake` wheel.
#   scripts/langwrap-venv.sh
set -euo pipefail
requirements="nle==1.3.0 numpy==2.4.6 gymnasium==1.2.0 gym==0.23.1 cmake==3.31.6 setuptools==80.9.0 wheel==0.45.1 pybind11==2.13.6"
wrapper_sha=e58b0d260ee36d66fac53b62a0faa606f9793f5dd644f2294dc65d6826d165c0
nle_sha=598871072652861541a1c1e56caf51851f311b062d7830d9ebf452119e53205d
# Bump when the steps below change what gets built.
recipe=1
key=$(printf '%s|%s|%s|%s' "$requirements" "$wrapper_sha" "$nle_sha" "$recipe" | sha256sum | cut -c1-16)
venv=${XDG_CACHE_HOME:-$HOME/.cache}/automem/venvs/langwrap-$key
say() { echo "langwrap-venv: $*" >&2; }
if [ -f "$venv/.complete" ]; then
  echo "$venv"
  exit 0
fi
for tool in g++ gcc; do
  command -v "$tool" >/dev/null 2>&1 || {
    say "$tool is missing; install Debian's g++ (scripts/setup.sh does)"
    exit 1
  }
done
rm -rf "$venv"
mkdir -p "$(dirname "$venv")"
python3 -m venv "$venv" >&2 || {
  say "python3 -m venv failed; install Debian's python3-venv (scripts/setup.sh does)"
  exit 1
}
py=$venv/bin/python
"$py" -c 'import sysconfig, os, sys; h = os.path.join(sysconfig.get_paths()["include"], "Python.h"); sys.exit(0 if os.path.exists(h) else 1)' || {
  say "Python.h is missing for $("$py" -c 'import sys; print(sys.executable)'); install Debian's python3-dev (scripts/setup.sh does)"
  exit 1
}
# shellcheck disable=SC2086
"$venv/bin/pip" install -q --disable-pip-version-check $requirements >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$venv/bin/pip" download -q --disable-pip-version-check --no-deps --no-binary nle-language-wrapper,nle \
  -d "$work" nle-language-wrapper==0.2.0 nle==1.3.0 >&2
echo "$wrapper_sha  $work/nle-language-wrapper-0.2.0.tar.gz" | sha256sum -c --quiet - >&2
echo "$nle_sha  $work/nle-1.3.0.tar.gz" | sha256sum -c --quiet - >&2
tar -xzf "$work/nle-language-wrapper-0.2.0.tar.gz" -C "$work"
tar -xzf "$work/nle-1.3.0.tar.gz" -C "$work"
src=$work/nle-language-wrapper-0.2.0
nle=$work/nle-1.3.0
# The tables the module reads must be the same in both NetHacks (see the header).
for f in src/monst.c src/objects.c src/drawing.c include/display.h include/rm.h include/monst.h \
  include/objclass.h include/permonst.h include/monsym.h; do
  cmp -s "$src/nle/$f" "$nle/$f" || {
    say "$f differs between the wrapper's NLE 0.9.0 and NLE 1.3.0: building against 1.3.0 is not sound"
    exit 1
  }
done
# 2. NLE 1.3.0's headers, with the two makedefs generates (pm.h: monster numbers, onames.h: objects).
gcc -O1 -w -DGCC_WARN -DNOCLIPPING -DNOMAIL -DNOTPARMDECL -DDLB -DNOCWD_ASSUMPTIONS \
  '-DDEFAULT_WINDOW_SYS="rl"' -I"$nle/include" "$nle/util/makedefs.c" "$nle/src/monst.c" \
  "$nle/src/objects.c" -o "$work/makedefs" >&2
(cd "$nle/util" && "$work/makedefs" -o && "$work/makedefs" -p) >&2
rm -rf "$src/nle/include"
cp -r "$nle/include" "$src/nle/include"
# 3. The wheel's libnethack.so beside the module (its rpath is $ORIGIN), and no NLE 0.9.0 build.
libnethack=$("$py" -c 'import nle, os; print(os.path.join(os.path.dirname(nle.__file__), "libnethack.so"))')
cp "$libnethack" "$src/nle_language_wrapper/libnethack.so"
"$py" - "$src/setup.py" >&2 <<'PY'
import sys
path = sys.argv[1]
text = open(path).read()
old = '''        subprocess.check_call(
            ["python", "-m", "setup", "build"], cwd=f"{source_path}/nle"
        )
        libnethack_path = list(pathlib.Path("./nle/build").glob("**/libnethack.so"))[0]
        shutil.copy(
            libnethack_path, pathlib.Path("./nle_language_wrapper/libnethack.so")
        )
'''
new = '''        # automem (scripts/langwrap-venv.sh): no NLE 0.9.0 build; libnethack.so is the nle 1.3.0
        # wheel's, already in nle_language_wrapper/, and nle/include is NLE 1.3.0's.
'''
if text.count(old) != 1:
    sys.exit("langwrap-venv: the sdist's setup.py is not the one this script patches")
open(path, "w").write(text.replace(old, new))
PY
# 4. Build and install it (the build runs CMake from the venv's PATH).
PATH=$venv/bin:$PATH "$venv/bin/pip" install -q --disable-pip-version-check --no-deps \
  --no-build-isolation "$src" >&2 || {
  say "building nle-language-wrapper 0.2.0 failed (output above)"
  exit 1
}
"$py" -W ignore - >&2 <<'PY'
import numpy as np
from nle_language_wrapper.nle_language_obsv import NLELanguageObsv
import nle.nethack as nh
obsv = NLELanguageObsv()
glyphs = np.full((21, 79), nh.GLYPH_CMAP_OFF, dtype=np.int16)  # dark area everywhere
blstats = np.zeros(nh.NLE_BLSTATS_SIZE, dtype=np.int64)
blstats[0], blstats[1] = 10, 5
glyphs[5, 12] = nh.GLYPH_MON_OFF  # mons[0], two squares east of the hero
text = obsv.text_glyphs(glyphs, blstats).decode("latin-1")
assert text.startswith("giant ant very near east\n"), text
assert "dark areas adjacent" not in text and "dark area adjacent north, northeast," in text, text
# The linked tables are the wheel's: every monster's name as the wheel's own bindings give it.
cursor = np.array([6, 10], dtype=np.int64)
for mon in range(nh.NUMMONS):
    glyphs[5, 10] = nh.GLYPH_MON_OFF + mon
    got = obsv.text_cursor(glyphs, blstats, cursor).decode("latin-1")
    assert got == "Yourself a " + nh.permonst(mon).mname, (mon, got)
PY
touch "$venv/.complete"
echo "$venv"
