/* The host side of a build-time tool (makedefs, dgn_comp, lev_comp, dlb) compiled to a module
 * that imports nothing: the build puts the input files in, runs main, and takes the outputs out.
 *
 * Copyright the automem authors. Licensed under the Apache License, Version 2.0.
 */
#include <stdint.h>
#include <stdlib.h>

#include "memfs.h"

extern int main(int, char **);

#define EXPORT(name) __attribute__((export_name(#name)))

EXPORT(tool_alloc) void *
tool_alloc(uint32_t n)
{
    return malloc(n);
}

EXPORT(tool_reset) void
tool_reset(void)
{
    memfs_reset();
}

EXPORT(tool_add) int
tool_add(const char *name, const unsigned char *data, uint32_t len)
{
    return memfs_add(name, data, len, 0);
}

EXPORT(tool_cwd) void
tool_cwd(const char *dir)
{
    memfs_set_cwd(dir);
}

EXPORT(tool_time) void
tool_time(uint64_t seconds)
{
    memfs_set_time(seconds * 1000000000ull);
}

/* Runs main; exit() (and so this call) always ends in a trap after recording the status. */
EXPORT(tool_run) void
tool_run(int argc, char **argv)
{
    memfs_set_args(argc, (const char *const *) argv);
    exit(main(argc, argv));
}

EXPORT(tool_status) int
tool_status(void)
{
    return memfs_exit_status();
}

EXPORT(tool_slots) int
tool_slots(void)
{
    return memfs_count();
}

EXPORT(tool_name) const char *
tool_name(int i)
{
    return memfs_name(i);
}

static uint32_t last_len;

EXPORT(tool_data) const unsigned char *
tool_data(int i)
{
    last_len = 0;
    return memfs_data(i, &last_len);
}

EXPORT(tool_output) const unsigned char *
tool_output(int which)
{
    last_len = 0;
    return memfs_output(which, &last_len);
}

EXPORT(tool_len) uint32_t
tool_len(void)
{
    return last_len;
}
