/* An in-module file system and the rest of WASI preview 1, so that a C program linked against
 * wasi-libc imports nothing at all.
 *
 * wasi-libc calls the host through functions named `__imported_wasi_snapshot_preview1_*`, which
 * it declares as imports. Defining them here makes the linker resolve them inside the module:
 * files live in linear memory (one flat directory tree, preopened as "/"), the clock is fixed,
 * the environment is empty, stdin is empty, stdout and stderr are kept in memory, and
 * `proc_exit` records the status and traps.
 *
 * Copyright the automem authors. Licensed under the Apache License, Version 2.0.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wasi/api.h>

#include "memfs.h"

#define MAX_FILES 512
#define MAX_FDS 64
#define ROOT_FD 3
#define MAX_PATH 256
/* A cap on any one file, so a runaway writer fails with ENOSPC instead of eating memory. */
#define MAX_FILE_BYTES (64u << 20)

struct mfile {
    char name[MAX_PATH];
    unsigned char *data;
    uint32_t len, cap;
    int used;
    /* Points into read-only memory the module was given; copied on first write. */
    int borrowed;
};

struct mfd {
    int used;
    int file; /* index into files, or -1 for stdio */
    uint64_t pos;
    int append;
};

static struct mfile files[MAX_FILES];
static struct mfd fds[MAX_FDS];
static struct mfile std_out, std_err;
static int exit_status = -1;
static const char *const *args_v;
static int args_c;
static uint64_t fixed_time_ns;

/* ---- names ---- */

/* Normalize a path relative to the root: drop "", "." and leading "/", resolve "..". */
static int
normalize(const char *in, size_t len, char *out)
{
    size_t o = 0, i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && in[j] != '/')
            j++;
        size_t n = j - i;
        if (n == 0 || (n == 1 && in[i] == '.')) {
            /* skip */
        } else if (n == 2 && in[i] == '.' && in[i + 1] == '.') {
            while (o > 0 && out[o - 1] != '/')
                o--;
            if (o > 0)
                o--;
        } else {
            if (o + n + 2 >= MAX_PATH)
                return -1;
            if (o > 0)
                out[o++] = '/';
            memcpy(out + o, in + i, n);
            o += n;
        }
        i = j + 1;
    }
    out[o] = '\0';
    return 0;
}

static char cwd[MAX_PATH];

/* A path the program named, relative to its working folder, as a name from the root. */
static int
resolve(const char *in, size_t len, char *out)
{
    char joined[2 * MAX_PATH];
    size_t c = strlen(cwd);
    if (len >= MAX_PATH)
        return -1;
    memcpy(joined, cwd, c);
    joined[c] = '/';
    memcpy(joined + c + 1, in, len);
    return normalize(joined, c + 1 + len, out);
}

static int
find(const char *name)
{
    for (int i = 0; i < MAX_FILES; i++)
        if (files[i].used && strcmp(files[i].name, name) == 0)
            return i;
    return -1;
}

static int
create(const char *name)
{
    for (int i = 0; i < MAX_FILES; i++)
        if (!files[i].used) {
            memset(&files[i], 0, sizeof files[i]);
            strcpy(files[i].name, name);
            files[i].used = 1;
            return i;
        }
    return -1;
}

static void
drop(int i)
{
    if (!files[i].borrowed)
        free(files[i].data);
    memset(&files[i], 0, sizeof files[i]);
}

/* ---- the module's own interface ---- */

void
memfs_reset(void)
{
    for (int i = 0; i < MAX_FILES; i++)
        if (files[i].used)
            drop(i);
    memset(fds, 0, sizeof fds);
    for (int i = 0; i < 3; i++) {
        fds[i].used = 1;
        fds[i].file = -1;
    }
    fds[ROOT_FD].used = 1;
    fds[ROOT_FD].file = -2;
    free(std_out.data);
    free(std_err.data);
    memset(&std_out, 0, sizeof std_out);
    memset(&std_err, 0, sizeof std_err);
    exit_status = -1;
}

int
memfs_add(const char *name, const unsigned char *data, uint32_t len, int borrow)
{
    char norm[MAX_PATH];
    if (normalize(name, strlen(name), norm) < 0)
        return -1;
    int i = find(norm);
    if (i >= 0)
        drop(i);
    i = create(norm);
    if (i < 0)
        return -1;
    if (borrow) {
        files[i].data = (unsigned char *) data;
        files[i].borrowed = 1;
    } else if (len) {
        files[i].data = malloc(len);
        if (!files[i].data) {
            drop(i);
            return -1;
        }
        memcpy(files[i].data, data, len);
    }
    files[i].len = files[i].cap = len;
    return 0;
}

int
memfs_count(void)
{
    return MAX_FILES;
}

const char *
memfs_name(int i)
{
    return (i >= 0 && i < MAX_FILES && files[i].used) ? files[i].name : 0;
}

const unsigned char *
memfs_data(int i, uint32_t *len)
{
    if (i < 0 || i >= MAX_FILES || !files[i].used)
        return 0;
    *len = files[i].len;
    return files[i].data;
}

const unsigned char *
memfs_output(int which, uint32_t *len)
{
    struct mfile *f = which == 2 ? &std_err : &std_out;
    *len = f->len;
    return f->data;
}

int
memfs_exit_status(void)
{
    return exit_status;
}

void
memfs_set_args(int argc, const char *const *argv)
{
    args_c = argc;
    args_v = argv;
}

void
memfs_set_cwd(const char *dir)
{
    if (normalize(dir, strlen(dir), cwd) < 0)
        cwd[0] = '\0';
}

void
memfs_set_time(uint64_t ns)
{
    fixed_time_ns = ns;
}

/* ---- file contents ---- */

static int
reserve(struct mfile *f, uint64_t need)
{
    if (need > MAX_FILE_BYTES)
        return __WASI_ERRNO_NOSPC;
    if (f->borrowed) {
        unsigned char *copy = malloc(f->len ? f->len : 1);
        if (!copy)
            return __WASI_ERRNO_NOMEM;
        memcpy(copy, f->data, f->len);
        f->data = copy;
        f->cap = f->len;
        f->borrowed = 0;
    }
    if (need <= f->cap)
        return 0;
    uint64_t cap = f->cap ? f->cap : 256;
    while (cap < need)
        cap *= 2;
    if (cap > MAX_FILE_BYTES)
        cap = MAX_FILE_BYTES;
    unsigned char *p = realloc(f->data, cap);
    if (!p)
        return __WASI_ERRNO_NOMEM;
    memset(p + f->cap, 0, cap - f->cap);
    f->data = p;
    f->cap = (uint32_t) cap;
    return 0;
}

static int
write_at(struct mfile *f, uint64_t pos, const unsigned char *buf, uint32_t n)
{
    int e = reserve(f, pos + n);
    if (e)
        return e;
    if (pos > f->len)
        memset(f->data + f->len, 0, pos - f->len);
    memcpy(f->data + pos, buf, n);
    if (pos + n > f->len)
        f->len = (uint32_t) (pos + n);
    return 0;
}

static struct mfd *
getfd(int32_t fd)
{
    if (fd < 0 || fd >= MAX_FDS || !fds[fd].used)
        return 0;
    return &fds[fd];
}

/* ---- WASI preview 1 ---- */

#define WASI(name) __imported_wasi_snapshot_preview1_##name

int32_t
WASI(args_sizes_get)(int32_t argc, int32_t bufsize)
{
    uint32_t size = 0;
    for (int i = 0; i < args_c; i++)
        size += strlen(args_v[i]) + 1;
    *(uint32_t *) argc = args_c;
    *(uint32_t *) bufsize = size;
    return 0;
}

int32_t
WASI(args_get)(int32_t argv, int32_t buf)
{
    char *p = (char *) buf;
    for (int i = 0; i < args_c; i++) {
        ((char **) argv)[i] = p;
        size_t n = strlen(args_v[i]) + 1;
        memcpy(p, args_v[i], n);
        p += n;
    }
    return 0;
}

int32_t
WASI(environ_sizes_get)(int32_t count, int32_t size)
{
    *(uint32_t *) count = 0;
    *(uint32_t *) size = 0;
    return 0;
}

int32_t
WASI(environ_get)(int32_t env, int32_t buf)
{
    return 0;
}

int32_t
WASI(clock_time_get)(int32_t id, int64_t precision, int32_t out)
{
    *(uint64_t *) out = fixed_time_ns;
    return 0;
}

int32_t
WASI(clock_res_get)(int32_t id, int32_t out)
{
    *(uint64_t *) out = 1000;
    return 0;
}

int32_t
WASI(random_get)(int32_t buf, int32_t len)
{
    /* Deterministic: nothing in these programs may depend on entropy. */
    memset((void *) buf, 0, len);
    return 0;
}

int32_t
WASI(sched_yield)(void)
{
    return 0;
}

int32_t
WASI(poll_oneoff)(int32_t in, int32_t out, int32_t n, int32_t nevents)
{
    *(uint32_t *) nevents = 0;
    return __WASI_ERRNO_NOTSUP;
}

_Noreturn void
WASI(proc_exit)(int32_t code)
{
    exit_status = code;
    __builtin_trap();
}

int32_t
WASI(fd_prestat_get)(int32_t fd, int32_t out)
{
    if (fd != ROOT_FD)
        return __WASI_ERRNO_BADF;
    __wasi_prestat_t *p = (__wasi_prestat_t *) out;
    p->tag = __WASI_PREOPENTYPE_DIR;
    p->u.dir.pr_name_len = 1;
    return 0;
}

int32_t
WASI(fd_prestat_dir_name)(int32_t fd, int32_t path, int32_t len)
{
    if (fd != ROOT_FD)
        return __WASI_ERRNO_BADF;
    if (len < 1)
        return __WASI_ERRNO_NAMETOOLONG;
    *(char *) path = '/';
    return 0;
}

int32_t
WASI(fd_fdstat_get)(int32_t fd, int32_t out)
{
    struct mfd *d = getfd(fd);
    if (!d)
        return __WASI_ERRNO_BADF;
    __wasi_fdstat_t *s = (__wasi_fdstat_t *) out;
    memset(s, 0, sizeof *s);
    s->fs_filetype = d->file == -2   ? __WASI_FILETYPE_DIRECTORY
                     : d->file == -1 ? __WASI_FILETYPE_CHARACTER_DEVICE
                                     : __WASI_FILETYPE_REGULAR_FILE;
    s->fs_flags = d->append ? __WASI_FDFLAGS_APPEND : 0;
    s->fs_rights_base = ~(uint64_t) 0;
    s->fs_rights_inheriting = ~(uint64_t) 0;
    return 0;
}

int32_t
WASI(fd_fdstat_set_flags)(int32_t fd, int32_t flags)
{
    struct mfd *d = getfd(fd);
    if (!d)
        return __WASI_ERRNO_BADF;
    d->append = (flags & __WASI_FDFLAGS_APPEND) != 0;
    return 0;
}

static void
fill_filestat(__wasi_filestat_t *s, int file)
{
    memset(s, 0, sizeof *s);
    s->ino = (uint64_t) (file + 10);
    s->nlink = 1;
    if (file == -2) {
        s->filetype = __WASI_FILETYPE_DIRECTORY;
    } else if (file == -1) {
        s->filetype = __WASI_FILETYPE_CHARACTER_DEVICE;
    } else {
        s->filetype = __WASI_FILETYPE_REGULAR_FILE;
        s->size = files[file].len;
    }
    s->atim = s->mtim = s->ctim = fixed_time_ns;
}

int32_t
WASI(fd_filestat_get)(int32_t fd, int32_t out)
{
    struct mfd *d = getfd(fd);
    if (!d)
        return __WASI_ERRNO_BADF;
    fill_filestat((__wasi_filestat_t *) out, d->file);
    return 0;
}

int32_t
WASI(fd_filestat_set_size)(int32_t fd, int64_t size)
{
    struct mfd *d = getfd(fd);
    if (!d || d->file < 0)
        return __WASI_ERRNO_BADF;
    struct mfile *f = &files[d->file];
    if ((uint64_t) size > f->len) {
        int e = reserve(f, size);
        if (e)
            return e;
    } else if (f->borrowed) {
        int e = reserve(f, f->len);
        if (e)
            return e;
    }
    f->len = (uint32_t) size;
    return 0;
}

int32_t
WASI(path_filestat_get)(int32_t fd, int32_t flags, int32_t path, int32_t len, int32_t out)
{
    char norm[MAX_PATH];
    if (fd != ROOT_FD)
        return __WASI_ERRNO_BADF;
    if (resolve((const char *) path, len, norm) < 0)
        return __WASI_ERRNO_NAMETOOLONG;
    if (norm[0] == '\0') {
        fill_filestat((__wasi_filestat_t *) out, -2);
        return 0;
    }
    int i = find(norm);
    if (i < 0)
        return __WASI_ERRNO_NOENT;
    fill_filestat((__wasi_filestat_t *) out, i);
    return 0;
}

int32_t
WASI(path_open)(int32_t dirfd, int32_t dirflags, int32_t path, int32_t len, int32_t oflags,
                int64_t rights, int64_t inherit, int32_t fdflags, int32_t out)
{
    char norm[MAX_PATH];
    if (dirfd != ROOT_FD)
        return __WASI_ERRNO_BADF;
    if (resolve((const char *) path, len, norm) < 0)
        return __WASI_ERRNO_NAMETOOLONG;
    int fd = -1;
    for (int i = ROOT_FD + 1; i < MAX_FDS; i++)
        if (!fds[i].used) {
            fd = i;
            break;
        }
    if (fd < 0)
        return __WASI_ERRNO_MFILE;
    int file;
    if (norm[0] == '\0') {
        if (oflags & (__WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC))
            return __WASI_ERRNO_ISDIR;
        file = -2;
    } else {
        file = find(norm);
        if (file >= 0 && (oflags & __WASI_OFLAGS_CREAT) && (oflags & __WASI_OFLAGS_EXCL))
            return __WASI_ERRNO_EXIST;
        if (file < 0) {
            if (!(oflags & __WASI_OFLAGS_CREAT))
                return __WASI_ERRNO_NOENT;
            file = create(norm);
            if (file < 0)
                return __WASI_ERRNO_NOSPC;
        } else if (oflags & __WASI_OFLAGS_DIRECTORY) {
            return __WASI_ERRNO_NOTDIR;
        }
        if (oflags & __WASI_OFLAGS_TRUNC) {
            if (files[file].borrowed) {
                files[file].data = 0;
                files[file].cap = 0;
                files[file].borrowed = 0;
            }
            files[file].len = 0;
        }
    }
    fds[fd].used = 1;
    fds[fd].file = file;
    fds[fd].pos = 0;
    fds[fd].append = (fdflags & __WASI_FDFLAGS_APPEND) != 0;
    *(int32_t *) out = fd;
    return 0;
}

int32_t
WASI(fd_close)(int32_t fd)
{
    struct mfd *d = getfd(fd);
    if (!d || fd <= ROOT_FD)
        return d ? 0 : __WASI_ERRNO_BADF;
    memset(d, 0, sizeof *d);
    return 0;
}

int32_t
WASI(fd_read)(int32_t fd, int32_t iovs, int32_t n, int32_t nread)
{
    struct mfd *d = getfd(fd);
    if (!d)
        return __WASI_ERRNO_BADF;
    uint32_t total = 0;
    if (d->file >= 0) {
        struct mfile *f = &files[d->file];
        const __wasi_iovec_t *v = (const __wasi_iovec_t *) iovs;
        for (int i = 0; i < n; i++) {
            uint64_t left = d->pos < f->len ? f->len - d->pos : 0;
            uint32_t k = v[i].buf_len < left ? v[i].buf_len : (uint32_t) left;
            memcpy(v[i].buf, f->data + d->pos, k);
            d->pos += k;
            total += k;
            if (k < v[i].buf_len)
                break;
        }
    } else if (d->file == -2) {
        return __WASI_ERRNO_ISDIR;
    }
    *(uint32_t *) nread = total;
    return 0;
}

int32_t
WASI(fd_pread)(int32_t fd, int32_t iovs, int32_t n, int64_t offset, int32_t nread)
{
    struct mfd *d = getfd(fd);
    if (!d || d->file < 0)
        return __WASI_ERRNO_BADF;
    uint64_t pos = d->pos;
    d->pos = offset;
    int32_t e = WASI(fd_read)(fd, iovs, n, nread);
    d->pos = pos;
    return e;
}

int32_t
WASI(fd_write)(int32_t fd, int32_t iovs, int32_t n, int32_t nwritten)
{
    struct mfd *d = getfd(fd);
    if (!d)
        return __WASI_ERRNO_BADF;
    const __wasi_ciovec_t *v = (const __wasi_ciovec_t *) iovs;
    uint32_t total = 0;
    struct mfile *f;
    if (d->file >= 0)
        f = &files[d->file];
    else if (fd == 1)
        f = &std_out;
    else if (fd == 2)
        f = &std_err;
    else
        return __WASI_ERRNO_BADF;
    for (int i = 0; i < n; i++) {
        uint64_t pos = (d->append || d->file < 0) ? f->len : d->pos;
        int e = write_at(f, pos, v[i].buf, v[i].buf_len);
        if (e)
            return e;
        d->pos = pos + v[i].buf_len;
        total += v[i].buf_len;
    }
    *(uint32_t *) nwritten = total;
    return 0;
}

int32_t
WASI(fd_seek)(int32_t fd, int64_t offset, int32_t whence, int32_t out)
{
    struct mfd *d = getfd(fd);
    if (!d)
        return __WASI_ERRNO_BADF;
    if (d->file < 0)
        return __WASI_ERRNO_SPIPE;
    int64_t base = whence == __WASI_WHENCE_SET   ? 0
                   : whence == __WASI_WHENCE_CUR ? (int64_t) d->pos
                                                 : (int64_t) files[d->file].len;
    int64_t pos = base + offset;
    if (pos < 0)
        return __WASI_ERRNO_INVAL;
    d->pos = (uint64_t) pos;
    *(uint64_t *) out = d->pos;
    return 0;
}

int32_t
WASI(fd_tell)(int32_t fd, int32_t out)
{
    struct mfd *d = getfd(fd);
    if (!d || d->file < 0)
        return __WASI_ERRNO_BADF;
    *(uint64_t *) out = d->pos;
    return 0;
}

int32_t
WASI(fd_sync)(int32_t fd)
{
    return getfd(fd) ? 0 : __WASI_ERRNO_BADF;
}

int32_t
WASI(fd_datasync)(int32_t fd)
{
    return getfd(fd) ? 0 : __WASI_ERRNO_BADF;
}

int32_t
WASI(path_unlink_file)(int32_t dirfd, int32_t path, int32_t len)
{
    char norm[MAX_PATH];
    if (dirfd != ROOT_FD)
        return __WASI_ERRNO_BADF;
    if (resolve((const char *) path, len, norm) < 0)
        return __WASI_ERRNO_NAMETOOLONG;
    int i = find(norm);
    if (i < 0)
        return __WASI_ERRNO_NOENT;
    /* Open descriptors keep nothing alive: a program here never reads a file it unlinked. */
    for (int k = 0; k < MAX_FDS; k++)
        if (fds[k].used && fds[k].file == i)
            memset(&fds[k], 0, sizeof fds[k]);
    drop(i);
    return 0;
}

int32_t
WASI(path_rename)(int32_t fd, int32_t old, int32_t oldlen, int32_t newfd, int32_t new,
                  int32_t newlen)
{
    char a[MAX_PATH], b[MAX_PATH];
    if (fd != ROOT_FD || newfd != ROOT_FD)
        return __WASI_ERRNO_BADF;
    if (resolve((const char *) old, oldlen, a) < 0
        || resolve((const char *) new, newlen, b) < 0)
        return __WASI_ERRNO_NAMETOOLONG;
    int i = find(a);
    if (i < 0)
        return __WASI_ERRNO_NOENT;
    int j = find(b);
    if (j >= 0 && j != i)
        drop(j);
    strcpy(files[i].name, b);
    return 0;
}

int32_t
WASI(path_create_directory)(int32_t fd, int32_t path, int32_t len)
{
    /* The tree is flat: directories exist implicitly. */
    return 0;
}

int32_t
WASI(path_remove_directory)(int32_t fd, int32_t path, int32_t len)
{
    return 0;
}

int32_t
WASI(fd_readdir)(int32_t fd, int32_t buf, int32_t len, int64_t cookie, int32_t used)
{
    *(uint32_t *) used = 0;
    return 0;
}

int32_t
WASI(fd_renumber)(int32_t from, int32_t to)
{
    struct mfd *d = getfd(from);
    if (!d || to < 0 || to >= MAX_FDS || to == ROOT_FD || from == ROOT_FD)
        return __WASI_ERRNO_BADF;
    fds[to] = *d;
    if (from != to)
        memset(d, 0, sizeof *d);
    return 0;
}
