/* The NetHack game module's C side: NLE's settings and observation buffers, around nle_start
 * and nle_step (src/nle.c), with the game directory in memfs.
 *
 * Copyright the automem authors. Licensed under the Apache License, Version 2.0.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <tmt.h>

#include "game.h"
#include "memfs.h"
#include "nletypes.h"

/* From src/nle.c (nle.h also defines a global, so it is included there only). */
nle_ctx_t *nle_start(nle_obs *, FILE *, nle_settings *);
nle_ctx_t *nle_step(nle_ctx_t *, nle_obs *);

#ifdef __wasm__
extern void __wasm_call_ctors(void);
#endif

static struct nh_obs out;
static long blstats_native[NH_BLSTATS];
static nle_obs obs;
static nle_settings nle_cfg;
static nle_ctx_t *ctx;
static int initialized, started;

void
nh_init(void)
{
    if (initialized)
        return;
    initialized = 1;
#ifdef __wasm__
    __wasm_call_ctors();
    memfs_reset();
    /* The clock reads one fixed time: the `nle` 1.3.0 wheel's build date (Sat Apr 25 17:40:20
     * 2026 UTC). NLE reads the real clock (the tombstone shows the year); the moon phase and the
     * like come from the seed (fix_moon_phase), as in NLE. */
    memfs_set_time(1777138820ull * 1000000000ull);
    static const char *const argv[] = { "nethack" };
    memfs_set_args(1, argv);
    static const unsigned char empty[1];
    memfs_add("perm", empty, 0, 0);
    memfs_add("record", empty, 0, 0);
    memfs_add("logfile", empty, 0, 0);
    memfs_add("xlogfile", empty, 0, 0);
#endif
}

int
nh_add_file(const char *name, const unsigned char *data, uint32_t len)
{
#ifdef __wasm__
    return memfs_add(name, data, len, 1);
#else
    return 0; /* native trace builds read a real game directory */
#endif
}

static void
copy_out(void)
{
    out.done = obs.done;
    out.how_done = obs.how_done;
    out.in_normal_game = obs.in_normal_game;
    for (int i = 0; i < NH_BLSTATS; i++)
        out.blstats[i] = blstats_native[i];
}

int
nh_add_file_copy(const char *name, const unsigned char *data, uint32_t len)
{
#ifdef __wasm__
    return memfs_add(name, data, len, 0);
#else
    return 0;
#endif
}

int
nh_start(uint64_t core, uint64_t disp, int reseed, uint64_t lgen, int use_lgen,
         const char *options, int spawn_monsters)
{
    if (started)
        return -1;
    started = 1;
    memset(&obs, 0, sizeof obs);
    obs.tty_chars = out.tty_chars;
    /* No tty_colors: nothing reads them, and NLE's tty capture (nle_vt_callback) then skips
     * working out a color for every cell it copies. */
    obs.tty_cursor = out.tty_cursor;
    obs.blstats = blstats_native;
    obs.message = out.message;
    obs.inv_strs = out.inv_strs;
    obs.inv_letters = out.inv_letters;
    obs.inv_oclasses = out.inv_oclasses;
    obs.glyphs = out.glyphs;
    obs.chars = out.chars;
    obs.program_state = out.program_state;
    obs.internal = out.internal;
    obs.misc = out.misc;

    memset(&nle_cfg, 0, sizeof nle_cfg);
    strcpy(nle_cfg.hackdir, "/");
#ifndef __wasm__
    /* Native trace builds (scripts/nethack-rngtrace.sh) play from a real game directory. */
    if (getenv("NH_HACKDIR"))
        strncpy(nle_cfg.hackdir, getenv("NH_HACKDIR"), sizeof nle_cfg.hackdir - 2);
#endif
    strncpy(nle_cfg.options, options, sizeof nle_cfg.options - 1);
    nle_cfg.spawn_monsters = spawn_monsters != 0;
    nle_cfg.initial_seeds.seeds[0] = core;
    nle_cfg.initial_seeds.seeds[1] = disp;
    nle_cfg.initial_seeds.reseed = reseed != 0;
    nle_cfg.initial_seeds.use_init_seeds = 1;
    nle_cfg.initial_seeds.lgen_seed = use_lgen ? lgen : 0;
    nle_cfg.initial_seeds.use_lgen_seed = use_lgen != 0;
    /* NLE's fix_moon_phase=True: the time comes from the core seed plus one. */
    nle_cfg.fix_moon_phase = 1;
    nle_cfg.time_seed = core + 1;
    nle_cfg.time_seed_is_set = 1;

    ctx = nle_start(&obs, NULL, &nle_cfg);
    copy_out();
    return 0;
}

int
nh_step(int key)
{
    if (!ctx || obs.done)
        return 0;
    obs.action = key;
    nle_step(ctx, &obs);
    copy_out();
    return !obs.done;
}

const struct nh_obs *
nh_obs(void)
{
    return &out;
}

/* From src/nle.c: a cell's colour as NLE's tty_colors hold it (0-15, plus 16 in reverse video). */
signed char vt_char_color_extract(TMTCHAR *c);

void
nh_tty_colors(unsigned char *colors)
{
    memset(colors, 0, NH_ROWS * NH_COLS); /* black */
    if (!ctx || !ctx->vterminal)
        return;
    /* The terminal emulator's screen holds every cell's attributes whether or not tty_colors
     * are captured, so the colours cost something only when asked for. */
    const TMTSCREEN *s = tmt_screen(ctx->vterminal);
    for (size_t r = 0; r < s->nline && r < NH_ROWS; r++)
        for (size_t c = 0; c < s->ncol && c < NH_COLS; c++)
            colors[r * NH_COLS + c] = (unsigned char) (vt_char_color_extract(&s->lines[r]->chars[c]) & 15);
}

/* The `fault` setting's test hook: a call through a function pointer of the wrong type, as a
 * signature bug in C would make one (WebAssembly traps on it: "indirect call type mismatch").
 * The volatile pointer keeps clang from turning it into a direct call. */
static int
fault_target(int a)
{
    return a + 1;
}

int
nh_fault_indirect_call(void)
{
    int (*volatile wrong)(int, int, int) = (int (*)(int, int, int)) (void (*)(void)) fault_target;
    return wrong(1, 2, 3);
}

#ifdef NH_STANDALONE
/* Exports for trying the module without the Rust side. */
__attribute__((export_name("sa_init"))) void sa_init(void) { nh_init(); }
__attribute__((export_name("sa_add"))) int sa_add(const char *n, const unsigned char *d, uint32_t l) { return nh_add_file(n, d, l); }
__attribute__((export_name("sa_start"))) int sa_start(uint64_t seed, const char *o) { return nh_start(seed, seed, 0, 0, 0, o, 1); }
__attribute__((export_name("sa_step"))) int sa_step(int k) { return nh_step(k); }
__attribute__((export_name("sa_obs"))) const struct nh_obs *sa_obs(void) { return nh_obs(); }
__attribute__((export_name("sa_alloc"))) void *sa_alloc(uint32_t n) { return malloc(n); }
static uint32_t sa_len;
__attribute__((export_name("sa_stderr"))) const unsigned char *sa_stderr(void) { return memfs_output(2, &sa_len); }
__attribute__((export_name("sa_len"))) uint32_t sa_length(void) { return sa_len; }
#endif
