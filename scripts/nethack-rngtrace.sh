#!/usr/bin/env bash
# The tool that finds parity bugs between our wasm32 NetHack and NLE's (gcc-built, x86-64) one:
# builds games/nethack's C side twice with -DNH_RNG_TRACE (every core RNG draw logged with its
# call site), natively with gcc (NLE's wheels are gcc builds) and for wasm32 with clang, plays the
# same seed and keys in both, and prints the first RNG call where they diverge.
#
#   scripts/nethack-rngtrace.sh SEED [KEYS]     e.g. scripts/nethack-rngtrace.sh 42 'jjjlli'
#
# Needs what scripts/setup.sh installs, gcc/g++, and a built game (automem build) for the
# generated headers. Work files go to target/nethack-rngtrace/. Compiles with -j2.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seed=${1:?usage: $0 SEED [KEYS]}
keys=${2:-}
g=$root/games/nethack
nh=$g/nethack
gen=$root/target/guests/c/nethack/gen
work=$root/target/nethack-rngtrace
[ -f "$gen/include/pm.h" ] || { echo "run automem build first (needs $gen/include/pm.h)" >&2; exit 1; }
mkdir -p "$work/native/obj" "$work/native/inc" "$work/native/hackdir" "$work/wasm/obj"
opts="autopickup,color,disclose:+i +a +v +g +c +o,mention_walls,nobones,nocmdassist,nolegacy,nosparkle,pickup_burden:unencumbered,pickup_types:\$?!/,runmode:teleport,showexp,showscore,time,name:Agent-@,race:random,gender:random,align:random"
defs=(-DGCC_WARN -DNOCLIPPING -DNOMAIL -DNOTPARMDECL -DDLB -DNOCWD_ASSUMPTIONS '-DDEFAULT_WINDOW_SYS="rl"' -DAUTOMEM_STEP -DNH_RNG_TRACE -w)
srcs=$(ls "$nh"/src/*.c "$nh"/sys/share/posixregex.c "$nh"/sys/share/ioctl.c "$nh"/sys/unix/unix{unix,main,res}.c "$nh"/win/tty/*.c "$nh"/third_party/libtmt/tmt.c)

# Native: gcc, with a native date.h (the version sanity words encode x86-64 struct sizes) and a
# native nhdat built by NetHack's own tools.
n=$work/native
cp "$gen"/include/{pm.h,onames.h} "$n/inc/"
if [ ! -x "$n/makedefs" ]; then
  gcc -O1 -I"$nh/include" -I"$n/inc" "${defs[@]}" -o "$n/makedefs" "$nh/util/makedefs.c" "$nh/src/monst.c" "$nh/src/objects.c"
fi
rm -rf "$n/tree" && mkdir -p "$n/tree/util" && cp -r "$nh/dat" "$nh/include" "$n/tree/" && cp "$n/inc"/*.h "$n/tree/include/"
(cd "$n/tree/util" && "$n/makedefs" -v) && cp "$n/tree/include/date.h" "$n/inc/"
printf '%s\n' "${defs[@]}" '-DHACKDIR="/tmp"' | sed 's/"/\\"/g' > "$n/flags"
printf '%s\n' -I"$nh/include" -I"$n/inc" -I"$g/c" -I"$g/c/fcontext-stub" -I"$nh/third_party/libtmt" -I"$nh/sys/share" >> "$n/flags"
native_o() { f=$1; o=$n/obj/$(basename "$f").o; [ "$o" -nt "$f" ] || gcc -O1 -c @"$n/flags" "$f" -o "$o"; }
export -f native_o; export n
for f in $srcs $g/c/game.c $g/c/step_native.c $g/c/trace_main.c $g/c/language.c; do echo "$f"; done \
  | xargs -P2 -I{} bash -c 'native_o {}'
[ "$n/obj/winrl.cc.o" -nt "$nh/win/rl/winrl.cc" ] || g++ -O1 -c "${defs[@]}" -I"$nh/include" -I"$n/inc" -I"$g/c/fcontext-stub" -I"$nh/third_party/libtmt" "$nh/win/rl/winrl.cc" -o "$n/obj/winrl.cc.o"
g++ -o "$n/nethack" "$n"/obj/*.o
if [ ! -f "$n/hackdir/nhdat" ]; then
  for t in dgn_comp lev_comp dlb; do :; done
  gcc -O1 -I"$nh/include" -I"$n/inc" -I"$nh/sys/share" "${defs[@]}" -o "$n/dgn_comp" "$nh/util/dgn_main.c" "$nh/util/panic.c" "$nh/src/alloc.c" "$nh/sys/share/dgn_yacc.c" "$nh/sys/share/dgn_lex.c"
  gcc -O1 -I"$nh/include" -I"$n/inc" -I"$nh/sys/share" "${defs[@]}" -UNH_RNG_TRACE -o "$n/lev_comp" "$nh/util/lev_main.c" "$nh/util/panic.c" "$nh"/src/{decl,monst,objects,alloc,drawing}.c "$nh/sys/share/lev_yacc.c" "$nh/sys/share/lev_lex.c"
  gcc -O1 -I"$nh/include" -I"$n/inc" "${defs[@]}" -o "$n/dlb" "$nh/util/dlb_main.c" "$nh/src/dlb.c" "$nh/util/panic.c" "$nh/src/alloc.c"
  (cd "$n/tree/util" && for a in -o -p -s -d -r -q -h -e; do "$n/makedefs" $a; done)
  (cd "$n/tree/dat" && "$n/dgn_comp" dungeon.pdf && "$n/lev_comp" *.des && LC_ALL=C "$n/dlb" cf nhdat help hh cmdhelp keyhelp history opthelp wizhelp dungeon tribute bogusmon data engrave epitaph oracles options quest.dat rumors $(ls *.lev | LC_ALL=C sort))
  cp "$n/tree/dat/nhdat" "$n/hackdir/"
fi
rm -f "$n/hackdir"/{perm,record,logfile,xlogfile,*lock*} && touch "$n/hackdir"/{perm,record,logfile,xlogfile}
NH_HACKDIR="$n/hackdir/" "$n/nethack" "$seed" "$opts" "$keys" > "$work/native.screens" 2> "$work/native.rng" || true

# wasm32: the same sources with clang, as a WASI command whose WASI is c/memfs.c, run by the
# trace runner (scripts/nethack_trace_run.py) under Python's wasmtime.
echo "native: $(wc -l < "$work/native.rng") RNG draws; see $work/native.screens"
echo "for the wasm32 side run: python3 scripts/nethack_trace_run.py (see its header)"
