/* NLE's coroutine types, which the WebAssembly build does not use (it steps the game with
 * asyncify instead; see step.c). Only the names nletypes.h needs. Apache-2.0, automem authors. */
#ifndef AUTOMEM_FCONTEXT_H
#define AUTOMEM_FCONTEXT_H
#include <stddef.h>
typedef void *fcontext_t;
typedef struct {
    void *sptr;
    size_t ssize;
} fcontext_stack_t;
#endif
