/* memcpy, memmove and memset as WebAssembly's bulk-memory instructions (memory.copy, memory.fill).
 * Debian's wasi-libc is built without bulk memory, so its versions are loops, and they were the
 * hottest code of a NetHack step. The Rust side of the component already requires bulk memory.
 * Compiled with -mbulk-memory (cbuild.toml), clang lowers each builtin to the one instruction.
 *
 * Copyright the automem authors. Licensed under the Apache License, Version 2.0.
 */
#include <stddef.h>

#if !defined(__wasm_bulk_memory__)
#error "bulkmem.c must be compiled with -mbulk-memory"
#endif

void *memcpy(void *restrict dst, const void *restrict src, size_t n) { return __builtin_memcpy(dst, src, n); }
void *memmove(void *dst, const void *src, size_t n) { return __builtin_memmove(dst, src, n); }
void *memset(void *dst, int c, size_t n) { return __builtin_memset(dst, c, n); }
