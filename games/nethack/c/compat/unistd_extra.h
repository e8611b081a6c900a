/* POSIX calls wasi-libc lacks, answered by compat.c as one user in one process would see them.
 * Included on the command line (-include) ahead of every NetHack source. Apache-2.0, automem. */
#ifndef AUTOMEM_UNISTD_EXTRA_H
#define AUTOMEM_UNISTD_EXTRA_H
#include <sys/types.h>
#ifdef __cplusplus
extern "C" {
#endif
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
int setuid(uid_t);
int setgid(gid_t);
char *getlogin(void);
int chmod(const char *, mode_t);
int fchmod(int, mode_t);
int chown(const char *, uid_t, gid_t);
int fork(void);
int execl(const char *, const char *, ...);
int wait(int *);
int kill(pid_t, int);
#ifdef __cplusplus
}
#endif
#endif
