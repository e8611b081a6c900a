/* step.h for native builds (the RNG trace of scripts/nethack-rngtrace.sh): a ucontext coroutine,
 * as NLE's fcontext would. Copyright the automem authors; Apache-2.0. */
#include <stdlib.h>
#include <ucontext.h>

#include "step.h"

static ucontext_t host, game;
static void (*game_entry)(void);
static int finished, yielded;
static char *stack;

static void
trampoline(void)
{
    game_entry();
    finished = 1;
}

static int
run(void)
{
    yielded = 0;
    swapcontext(&host, &game);
    return yielded && !finished;
}

int
step_start(void (*entry)(void))
{
    game_entry = entry;
    stack = malloc(1 << 20);
    getcontext(&game);
    game.uc_stack.ss_sp = stack;
    game.uc_stack.ss_size = 1 << 20;
    game.uc_link = &host;
    makecontext(&game, trampoline, 0);
    return run();
}

int
step_resume(void)
{
    return finished ? 0 : run();
}

/* With NH_YIELD_STACKS=FILE, every distinct return address on the stack at a yield is written to
 * FILE at exit (scripts/nethack-asyncify-list.sh turns them into the functions asyncify must
 * instrument: exactly those that can be on the stack when the game yields). */
#ifdef NH_YIELD_STACKS
#include <execinfo.h>
#include <stdint.h>
#include <stdio.h>
#define SEEN_SLOTS (1 << 16)
static uintptr_t seen[SEEN_SLOTS];

static void
write_seen(void)
{
    FILE *f = fopen(getenv("NH_YIELD_STACKS"), "a");
    if (!f)
        return;
    for (int i = 0; i < SEEN_SLOTS; i++)
        if (seen[i])
            fprintf(f, "%#lx\n", (unsigned long) seen[i]);
    fclose(f);
}

static void
record_stack(void)
{
    static int registered;
    if (!getenv("NH_YIELD_STACKS"))
        return;
    if (!registered) {
        registered = 1;
        atexit(write_seen);
    }
    void *frames[256];
    int n = backtrace(frames, 256);
    for (int i = 0; i < n; i++) {
        uintptr_t a = (uintptr_t) frames[i];
        unsigned h = (unsigned) ((a * 0x9e3779b97f4a7c15ull) >> 48) & (SEEN_SLOTS - 1);
        while (seen[h] && seen[h] != a)
            h = (h + 1) & (SEEN_SLOTS - 1);
        seen[h] = a;
    }
}
#else
static void
record_stack(void)
{
}
#endif

void
step_yield(int again)
{
    record_stack();
    if (!again)
        finished = 1;
    yielded = 1;
    swapcontext(&game, &host);
}

unsigned
step_buffer_high_water(void)
{
    return 0;
}
