/* A command-line driver of the game's C side for comparing builds: plays `seed` with the keys
 * given (bytes, as decimal numbers or a string), printing each requested screen to stdout; a
 * build with -DNH_RNG_TRACE also logs every RNG draw to stderr. Used by
 * scripts/nethack-rngtrace.sh (native gcc vs wasm32). Copyright the automem authors; Apache-2.0. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game.h"

static void
dump(void)
{
    const struct nh_obs *o = nh_obs();
    for (int r = 0; r < NH_ROWS; r++)
        printf("%.*s\n", NH_COLS, (const char *) o->tty_chars + r * NH_COLS);
    printf("--\n");
}

/* Whether the screen shows --More--. */
static int
has_more(void)
{
    const unsigned char *t = nh_obs()->tty_chars;
    for (int i = 0; i + 8 <= NH_ROWS * NH_COLS; i++)
        if (memcmp(t + i, "--More--", 8) == 0)
            return 1;
    return 0;
}

int
main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s SEED OPTIONS [KEYS]\n", argv[0]);
        return 2;
    }
    unsigned long long seed = strtoull(argv[1], 0, 10);
    nh_init();
    nh_start(seed, seed, 0, 0, 0, argv[2], 1);
    dump();
    /* KEYS "random:N:K1,K2,...": N keys drawn from the decimal key list (seeded by SEED), with
     * --More-- and the end-of-game pages answered as the Rust side does. */
    if (argc > 3 && strncmp(argv[3], "random:", 7) == 0) {
        int n = atoi(argv[3] + 7), keys[512], nk = 0;
        const char *p = strchr(argv[3] + 7, ':');
        while (p && *p && nk < 512) {
            keys[nk++] = atoi(p + 1);
            p = strchr(p + 1, ',');
        }
        unsigned long long state = seed ^ 0x9e3779b9ull;
        for (int i = 0; i < n && nk > 0; i++) {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            if (!nh_step(keys[(state >> 33) % nk]))
                break;
            if (has_more() && !nh_step('\r'))
                break;
        }
        dump();
        return 0;
    }
    if (argc > 3)
        for (const char *k = argv[3]; *k; k++)
            if (!nh_step((unsigned char) *k))
                break;
    dump();
    return 0;
}
