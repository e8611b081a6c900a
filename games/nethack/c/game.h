/* The C interface of the NetHack game module, called by the Rust side (src/ffi.rs).
 * Apache-2.0, automem authors. */
#ifndef AUTOMEM_GAME_H
#define AUTOMEM_GAME_H
#include <stdint.h>

#define NH_ROWS 24
#define NH_COLS 80
#define NH_BLSTATS 27
#define NH_MESSAGE 256
#define NH_INV 55
#define NH_INV_STR 80
#define NH_MAP_ROWS 21
#define NH_MAP_COLS 79

/* Everything one observation holds, filled by NLE's window port on every yield (not NLE's
 * tty_colors, which nothing here reads). */
struct nh_obs {
    int32_t done;
    int32_t how_done;
    int32_t in_normal_game;
    unsigned char tty_chars[NH_ROWS * NH_COLS];
    unsigned char tty_cursor[2];
    int64_t blstats[NH_BLSTATS];
    unsigned char message[NH_MESSAGE];
    unsigned char inv_strs[NH_INV * NH_INV_STR];
    unsigned char inv_letters[NH_INV];
    unsigned char inv_oclasses[NH_INV];
    int16_t glyphs[NH_MAP_ROWS * NH_MAP_COLS];
    unsigned char chars[NH_MAP_ROWS * NH_MAP_COLS];
    int32_t program_state[6];
    int32_t internal[9];
    int32_t misc[3];
};

/* Once per instance, before anything else: run the C constructors, empty the file system. */
void nh_init(void);
/* Put a file in the game directory; `data` must live as long as the instance. */
int nh_add_file(const char *name, const unsigned char *data, uint32_t len);
/* The same, with the bytes copied (a file made at reset, such as a compiled level). */
int nh_add_file_copy(const char *name, const unsigned char *data, uint32_t len);
/* Start the game with NLE's seeding (set_initial_seeds), options and spawn_monsters; plays to
 * the first input. Returns 0, or -1 when called twice. */
int nh_start(uint64_t core, uint64_t disp, int reseed, uint64_t lgen, int use_lgen,
             const char *options, int spawn_monsters);
/* Compile a des file's text with lev_comp into the game directory (levcomp.c); 0 or the
 * number of errors, with lev_comp's messages in `errors`. */
int nh_compile_level(const char *des, char *errors, int cap);
/* Send one key; returns 1 while the game goes on, 0 once it is over. */
int nh_step(int key);
/* The current observation. */
const struct nh_obs *nh_obs(void);
/* NLE's tty_colors of the current screen (0-15, reverse video dropped), row-major into
 * `colors` (NH_ROWS * NH_COLS bytes), worked out from the terminal emulator only when called. */
void nh_tty_colors(unsigned char *colors);
/* NLE's language observation of it (language.c), NUL-terminated in `out`; returns its length. */
int nh_text_glyphs(char *out, int cap);
/* The wrapper's cursor line, e.g. "Yourself a monk". */
int nh_text_cursor(char *out, int cap);
/* Test hook of the `fault` setting: calls a function through a pointer of the wrong type (traps). */
int nh_fault_indirect_call(void);
#endif
