/* wasi-libc has no user database; compat.c answers that there are no users.
 * Apache-2.0, automem authors. */
#ifndef AUTOMEM_PWD_H
#define AUTOMEM_PWD_H
#include <sys/types.h>
struct passwd {
    char *pw_name;
    char *pw_passwd;
    uid_t pw_uid;
    gid_t pw_gid;
    char *pw_gecos;
    char *pw_dir;
    char *pw_shell;
};
struct passwd *getpwuid(uid_t);
struct passwd *getpwnam(const char *);
#endif
