#!/usr/bin/env bash
# Writes games/nethack/asyncify-onlylist.txt: the functions seen on the stack when the game yields
# for a key, which `asyncify_onlylist` in cbuild.toml would make the only ones binaryen's asyncify
# instruments (c.rs passes the list to `wasm-opt --asyncify`). By default asyncify instruments
# nearly all of NetHack (the window port is called through pointers), which costs every step.
# NOT ENABLED: random play does not reach every path to a yield (200 seeds missed a fire trap
# burning items, which then trapped the game), and a function missing from the list breaks the
# game whenever it is on the stack; measured with the list, random movement ran 40% faster.
#
# How: the game's C side is built natively with gcc -O0 (no inlining, so every C function keeps
# its frame) and -DNH_YIELD_STACKS (c/step_native.c records every return address on the stack at
# each yield); it plays random keys from BALROG's whole action space on many seeds (c/trace_main.c
# "random:" mode), and the addresses become function names (addr2line). Functions of the
# instrumented path that play never reached are added by hand in the list's header section
# (kept when regenerating).
#
#   scripts/nethack-asyncify-list.sh [SEEDS] [KEYS_PER_SEED]    defaults: 400 seeds, 3000 keys
#
# Needs gcc/g++ and a built game (automem build) for the generated headers. Compiles with -j2.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seeds=${1:-400}
per=${2:-3000}
g=$root/games/nethack
nh=$g/nethack
gen=$root/target/guests/c/nethack/gen
n=$root/target/nethack-yieldstacks
list=$g/asyncify-onlylist.txt
[ -f "$gen/include/pm.h" ] || { echo "run automem build first (needs $gen/include/pm.h)" >&2; exit 1; }
mkdir -p "$n/obj" "$n/inc" "$n/hackdir"
opts="autopickup,color,disclose:+i +a +v +g +c +o,mention_walls,nobones,nocmdassist,nolegacy,nosparkle,pickup_burden:unencumbered,pickup_types:\$?!/,runmode:teleport,showexp,showscore,time,name:Agent-@,race:random,gender:random,align:random"
defs=(-DGCC_WARN -DNOCLIPPING -DNOMAIL -DNOTPARMDECL -DDLB -DNOCWD_ASSUMPTIONS '-DDEFAULT_WINDOW_SYS="rl"' -DAUTOMEM_STEP -DNH_YIELD_STACKS -w)
srcs=$(ls "$nh"/src/*.c "$nh"/sys/share/posixregex.c "$nh"/sys/share/ioctl.c "$nh"/sys/unix/unix{unix,main,res}.c "$nh"/win/tty/*.c "$nh"/third_party/libtmt/tmt.c)
cflags=(-O0 -g -fno-inline -fno-omit-frame-pointer -fno-pie)

# A native date.h and nhdat (the version words encode x86-64 struct sizes), from NetHack's tools.
cp "$gen"/include/{pm.h,onames.h} "$n/inc/"
[ -x "$n/makedefs" ] || gcc -O1 -I"$nh/include" -I"$n/inc" "${defs[@]}" -o "$n/makedefs" "$nh/util/makedefs.c" "$nh/src/monst.c" "$nh/src/objects.c"
rm -rf "$n/tree" && mkdir -p "$n/tree/util" && cp -r "$nh/dat" "$nh/include" "$n/tree/" && cp "$n/inc"/*.h "$n/tree/include/"
(cd "$n/tree/util" && "$n/makedefs" -v) && cp "$n/tree/include/date.h" "$n/inc/"
printf '%s\n' "${defs[@]}" '-DHACKDIR="/tmp"' | sed 's/"/\\"/g' > "$n/flags"
printf '%s\n' "${cflags[@]}" -I"$nh/include" -I"$n/inc" -I"$g/c" -I"$g/c/fcontext-stub" -I"$nh/third_party/libtmt" -I"$nh/sys/share" >> "$n/flags"
native_o() { f=$1; o=$n/obj/$(basename "$f").o; [ "$o" -nt "$f" ] || gcc -c @"$n/flags" "$f" -o "$o"; }
export -f native_o; export n
for f in $srcs $g/c/game.c $g/c/step_native.c $g/c/trace_main.c $g/c/language.c; do echo "$f"; done \
  | xargs -P2 -I{} bash -c 'native_o {}'
[ "$n/obj/winrl.cc.o" -nt "$nh/win/rl/winrl.cc" ] || g++ "${cflags[@]}" -c "${defs[@]}" -I"$nh/include" -I"$n/inc" -I"$g/c/fcontext-stub" -I"$nh/third_party/libtmt" "$nh/win/rl/winrl.cc" -o "$n/obj/winrl.cc.o"
g++ -no-pie -o "$n/nethack" "$n"/obj/*.o
if [ ! -f "$n/hackdir/nhdat" ]; then
  gcc -O1 -I"$nh/include" -I"$n/inc" -I"$nh/sys/share" "${defs[@]}" -o "$n/dgn_comp" "$nh/util/dgn_main.c" "$nh/util/panic.c" "$nh/src/alloc.c" "$nh/sys/share/dgn_yacc.c" "$nh/sys/share/dgn_lex.c"
  gcc -O1 -I"$nh/include" -I"$n/inc" -I"$nh/sys/share" "${defs[@]}" -o "$n/lev_comp" "$nh/util/lev_main.c" "$nh/util/panic.c" "$nh"/src/{decl,monst,objects,alloc,drawing}.c "$nh/sys/share/lev_yacc.c" "$nh/sys/share/lev_lex.c"
  gcc -O1 -I"$nh/include" -I"$n/inc" "${defs[@]}" -o "$n/dlb" "$nh/util/dlb_main.c" "$nh/src/dlb.c" "$nh/util/panic.c" "$nh/src/alloc.c"
  (cd "$n/tree/util" && for a in -o -p -s -d -r -q -h -e; do "$n/makedefs" $a; done)
  (cd "$n/tree/dat" && "$n/dgn_comp" dungeon.pdf && "$n/lev_comp" *.des && LC_ALL=C "$n/dlb" cf nhdat help hh cmdhelp keyhelp history opthelp wizhelp dungeon tribute bogusmon data engrave epitaph oracles options quest.dat rumors $(ls *.lev | LC_ALL=C sort))
  cp "$n/tree/dat/nhdat" "$n/hackdir/"
fi

# Every key of BALROG's actions (games/nethack/src/actions.rs): the named ones, letters, digits.
keys=$(grep -o '("[a-z0-9 ]*", [0-9]*)' "$g/src/actions.rs" | grep -o '[0-9]*)$' | tr -d ')' | tr '\n' ',')
keys="$keys$(for c in {a..z} {A..Z} {0..9}; do printf '%d,' "'$c"; done)"
rm -f "$n/addresses"
play() {
  local dir; dir=$(mktemp -d "$n/game.XXXXXX")
  cp "$n/hackdir/nhdat" "$dir/" && touch "$dir"/{perm,record,logfile,xlogfile}
  NH_HACKDIR="$dir/" NH_YIELD_STACKS="$n/addresses.$1" "$n/nethack" "$1" "$opts" "random:$per:${keys%,}" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
export -f play; export opts per keys
seq 0 $((seeds - 1)) | xargs -P2 -I{} bash -c 'play {}'
cat "$n"/addresses.* | sort -u > "$n/addresses" && rm -f "$n"/addresses.*
# Keep the hand-written header (lines up to the marker), then the names found.
marker='# --- found by scripts/nethack-asyncify-list.sh ---'
{ [ -f "$list" ] && awk -v m="$marker" '$0 == m { exit } { print }' "$list" || true
  echo "$marker"
  addr2line -f -e "$n/nethack" < "$n/addresses" | awk 'NR % 2 == 1' | grep -v '^??$\|^record_stack$' | sort -u
} > "$list.new"
mv "$list.new" "$list"
echo "$(grep -vc '^#' "$list") functions in $list ($(wc -l < "$n/addresses") return addresses, $seeds seeds of $per keys)"
