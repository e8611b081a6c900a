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
    if (argc > 3)
        for (const char *k = argv[3]; *k; k++)
            if (!nh_step((unsigned char) *k))
                break;
    dump();
    return 0;
}
