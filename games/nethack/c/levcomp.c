/* NetHack's level compiler (util/lev_main.c with the parser in sys/share/lev_yacc.c and
 * lev_lex.c) linked into the game module, so a component can compile a level at reset (MiniHack's
 * Boxoban makes a new one every episode) with nothing imported: the des text and the .lev it
 * writes live in memfs, beside the game's other files.
 *
 * lev_main.c is included rather than compiled on its own so that its main() and its static
 * helpers are reachable from here; its main is renamed and never called (it ends in exit()).
 *
 * Copyright the automem authors. Licensed under the Apache License, Version 2.0. */
#include <stdio.h>
#include <string.h>

#include "memfs.h"

#define main lev_comp_main
#include "../nethack/util/lev_main.c"
#undef main

extern void FDECL(init_yyin, (FILE *));
extern void FDECL(init_yyout, (FILE *));
extern int NDECL(yyparse);

/* Compile `des` (NUL-terminated des-file text). Returns 0, or the number of errors with
 * lev_comp's messages in `errors` (NUL-terminated, at most `cap` bytes). Call once per instance:
 * the parser's state is global. */
int
nh_compile_level(const char *des, char *errors, int cap)
{
    static const char name[] = "/automem-level.des";
    FILE *fin;
    uint32_t len = 0;
    const unsigned char *printed;

    if (memfs_add(name, (const unsigned char *) des, (uint32_t) strlen(des), 0) != 0) {
        snprintf(errors, (size_t) cap, "no room for the level's text in the game's file system");
        return 1;
    }
    /* lev_comp fills the game's own bases[] (decl.c); NetHack reads it before o_init sets it
     * (options.c's fruitadd: with it filled, the fruit is "candied slime mold"), so put back
     * what a game that never ran lev_comp has: MiniHack compiles in another process. */
    int saved_bases[MAXOCLASSES];
    memcpy(saved_bases, bases, sizeof saved_bases);
    init_obj_classes();
    init_yyout(stdout);
    fin = fopen(name, "r");
    if (!fin) {
        snprintf(errors, (size_t) cap, "cannot open the level's text");
        return 1;
    }
    fname = name;
    fname_counter = 1;
    nh_line_number = 1;
    init_yyin(fin);
    (void) yyparse();
    fclose(fin);
    memcpy(bases, saved_bases, sizeof saved_bases);
    printed = memfs_output(2, &len);
    if (fatal_error > 0 || got_errors > 0) {
        int n = (int) len < cap - 1 ? (int) len : cap - 1;
        memcpy(errors, printed, (size_t) (n > 0 ? n : 0));
        errors[n > 0 ? n : 0] = 0;
        return fatal_error + got_errors > 0 ? fatal_error + got_errors : 1;
    }
    errors[0] = 0;
    return 0;
}
