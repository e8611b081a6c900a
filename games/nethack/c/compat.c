/* POSIX pieces wasi-libc lacks, answered as for one user in one process with no terminal, and
 * NetHack's terminal ioctls (sys/share/ioctl.c), which have no terminal to talk to.
 *
 * Copyright the automem authors. Licensed under the Apache License, Version 2.0.
 */
#include <errno.h>
#include <stddef.h>
#include <sys/types.h>

#include "pwd.h"

struct passwd *getpwuid(uid_t uid) { (void) uid; return NULL; }
struct passwd *getpwnam(const char *name) { (void) name; return NULL; }
uid_t getuid(void) { return 0; }
uid_t geteuid(void) { return 0; }
gid_t getgid(void) { return 0; }
gid_t getegid(void) { return 0; }
int setuid(uid_t uid) { (void) uid; return 0; }
int setgid(gid_t gid) { (void) gid; return 0; }
char *getlogin(void) { return NULL; }
int chmod(const char *path, mode_t mode) { (void) path; (void) mode; return 0; }
int fchmod(int fd, mode_t mode) { (void) fd; (void) mode; return 0; }
int chown(const char *path, uid_t u, gid_t g) { (void) path; (void) u; (void) g; return 0; }
int fork(void) { errno = ENOSYS; return -1; }
int execl(const char *path, const char *arg, ...) { (void) path; (void) arg; errno = ENOSYS; return -1; }
int wait(int *status) { (void) status; errno = ECHILD; return -1; }
int kill(pid_t pid, int sig) { (void) pid; (void) sig; errno = ENOSYS; return -1; }

/* sys/share/ioctl.c */
void getwindowsz(void) {}
void getioctls(void) {}
void setioctls(void) {}
int dosuspend(void) { return 0; }

/* qsort as glibc's (which NLE's wheels run with): a stable top-down merge sort splitting at n/2.
 * NetHack's comparators are not all total (sort_rooms() in mklev.c compares only lx), so the
 * order of equal keys decides which level is built; musl's qsort orders them differently. */
#include <stdlib.h>
#include <string.h>

static void
msort(char *b, size_t n, size_t s, int (*cmp)(const void *, const void *), char *t)
{
    if (n <= 1)
        return;
    size_t n1 = n / 2, n2 = n - n1;
    char *b1 = b, *b2 = b + n1 * s, *out = t;
    msort(b1, n1, s, cmp, t);
    msort(b2, n2, s, cmp, t);
    while (n1 > 0 && n2 > 0) {
        if (cmp(b1, b2) <= 0) {
            memcpy(out, b1, s);
            b1 += s;
            n1--;
        } else {
            memcpy(out, b2, s);
            b2 += s;
            n2--;
        }
        out += s;
    }
    if (n1 > 0)
        memcpy(out, b1, n1 * s);
    memcpy(b, t, (n - n2) * s);
}

void
qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    if (n <= 1 || size == 0)
        return;
    char *tmp = malloc(n * size);
    if (!tmp)
        abort();
    msort(base, n, size, cmp, tmp);
    free(tmp);
}
