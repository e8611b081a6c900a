#ifndef NLE_H
#define NLE_H

#if !defined(__wasi__) && !defined(AUTOMEM_STEP) /* automem: no ttyrecs in our builds */
#define NLE_BZ2_TTYRECS
#endif

#include <stdio.h>

#include <fcontext/fcontext.h>

#include "nletypes.h"

/* TODO: Fix this. */
#undef SIG_RET_TYPE
#define SIG_RET_TYPE void (*)(int)

/*
 * Would like to annotate this with __thread, but that causes
 * the MacOS dynamic linker to not unload the library on dlclose().
 */
nle_ctx_t *current_nle_ctx;

nle_ctx_t *nle_start(nle_obs *, FILE *, nle_settings *);
nle_ctx_t *nle_step(nle_ctx_t *, nle_obs *);
void nle_end(nle_ctx_t *);

#endif /* NLE_H */
