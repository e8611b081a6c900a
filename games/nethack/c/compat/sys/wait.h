/* wasi-libc has no processes; NetHack only needs the macro names. Apache-2.0, automem authors. */
#ifndef AUTOMEM_SYS_WAIT_H
#define AUTOMEM_SYS_WAIT_H
#include <sys/types.h>
#define WIFEXITED(s) 1
#define WEXITSTATUS(s) ((s) & 0xff)
#define WIFSIGNALED(s) 0
#define WTERMSIG(s) 0
#endif
