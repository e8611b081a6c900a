/* The in-module file system (memfs.c). Copyright the automem authors; Apache-2.0. */
#ifndef AUTOMEM_MEMFS_H
#define AUTOMEM_MEMFS_H
#include <stdint.h>

/* Forget every file, descriptor and captured output. */
void memfs_reset(void);
/* Add (or replace) a file; with `borrow`, `data` must outlive it and is copied on first write. */
int memfs_add(const char *name, const unsigned char *data, uint32_t len, int borrow);
/* Slots to enumerate with memfs_name/memfs_data. */
int memfs_count(void);
/* The name of slot i, or NULL when it is free. */
const char *memfs_name(int i);
/* The contents of slot i. */
const unsigned char *memfs_data(int i, uint32_t *len);
/* What was written to stdout (1) or stderr (2). */
const unsigned char *memfs_output(int which, uint32_t *len);
/* The status passed to exit(), or -1 when the program has not exited. */
int memfs_exit_status(void);
/* The arguments main() will see. */
void memfs_set_args(int argc, const char *const *argv);
/* The folder relative paths start from (default the root). */
void memfs_set_cwd(const char *dir);
/* The one time every clock reads, in nanoseconds since 1970. */
void memfs_set_time(uint64_t ns);
#endif
