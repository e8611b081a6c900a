/* Stepping a blocking C program from inside its own module with binaryen's asyncify.
 *
 * NetHack's main loop blocks on input. NLE runs it on a second stack and switches with fcontext;
 * WebAssembly cannot switch stacks, so the module is transformed by `wasm-opt --asyncify`: a
 * yield unwinds every frame of the game into a buffer and returns to step_start/step_resume; the
 * next resume rewinds them and continues after the yield. The asyncify.* functions are
 * implemented by that pass inside the module, so nothing is imported.
 *
 * Asyncify does not save the shadow stack pointer (__stack_pointer), and the game's frames in
 * linear memory must survive between steps, so the game runs on a stack of its own: the caller's
 * stack pointer is saved around every slice and the game's is restored before a rewind.
 *
 * Copyright the automem authors. Licensed under the Apache License, Version 2.0.
 */
#include <stdint.h>
#include <string.h>

#include "step.h"

#define ASYNCIFY(name) __attribute__((import_module("asyncify"), import_name(#name)))
ASYNCIFY(start_unwind) void asyncify_start_unwind(void *data);
ASYNCIFY(stop_unwind) void asyncify_stop_unwind(void);
ASYNCIFY(start_rewind) void asyncify_start_rewind(void *data);
ASYNCIFY(stop_rewind) void asyncify_stop_rewind(void);

#define GAME_STACK_BYTES (1u << 20)
#define UNWIND_BYTES (64u << 10)

struct unwind_data {
    void *start, *end;
};

static unsigned char game_stack[GAME_STACK_BYTES] __attribute__((aligned(16)));
static unsigned char unwind_buffer[UNWIND_BYTES] __attribute__((aligned(16)));
static struct unwind_data unwind_data;
static void (*game_entry)(void);
static void *game_sp;
static enum { RUNNING, UNWINDING, REWINDING } state;
static int finished;
static unsigned high_water;

__asm__(".globaltype __stack_pointer, i32");

static inline void *
get_sp(void)
{
    void *sp;
    __asm__ volatile("global.get __stack_pointer\n\tlocal.set %0" : "=r"(sp));
    return sp;
}

static inline void
set_sp(void *sp)
{
    __asm__ volatile("local.get %0\n\tglobal.set __stack_pointer" : : "r"(sp));
}

/* One slice of the game; the caller's stack pointer is kept in a wasm local. Not instrumented:
 * it calls stop_unwind/start_rewind, which makes it the bottom of asyncify's world. */
static __attribute__((noinline)) int
run_slice(int rewind)
{
    void *host_sp = get_sp();
    if (rewind) {
        /* The unwind left `start` at the end of what it saved; the rewind pops from there. */
        state = REWINDING;
        set_sp(game_sp);
        asyncify_start_rewind(&unwind_data);
    } else {
        set_sp(game_stack + GAME_STACK_BYTES);
    }
    game_entry();
    set_sp(host_sp);
    if (state == UNWINDING) {
        asyncify_stop_unwind();
        unsigned used = (unsigned) ((unsigned char *) unwind_data.start - unwind_buffer);
        if (used > high_water)
            high_water = used;
        state = RUNNING;
        return !finished;
    }
    finished = 1;
    return 0;
}

int
step_start(void (*entry)(void))
{
    game_entry = entry;
    finished = 0;
    state = RUNNING;
    return run_slice(0);
}

int
step_resume(void)
{
    if (finished || !game_entry)
        return 0;
    return run_slice(1);
}

void
step_yield(int again)
{
    if (state == REWINDING) {
        asyncify_stop_rewind();
        state = RUNNING;
        return;
    }
    if (!again)
        finished = 1;
    unwind_data.start = unwind_buffer;
    unwind_data.end = unwind_buffer + UNWIND_BYTES;
    game_sp = get_sp();
    state = UNWINDING;
    asyncify_start_unwind(&unwind_data);
}

unsigned
step_buffer_high_water(void)
{
    return high_water;
}
