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

void
step_yield(int again)
{
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
