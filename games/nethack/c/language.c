/* NLE's language observation (the `text_glyphs` and `text_cursor` of nle-language-wrapper 0.2.0,
 * which BALROG shows as "language observation:" and "cursor:"), computed inside the game module
 * from NetHack's own monster, object and map-symbol tables.
 *
 * The semantics follow the wrapper: everything notable on the map (monsters, objects, doors,
 * stairs, fountains, ...) plus, along the eight rays from the hero, the first walls and other
 * features seen; each with a Chebyshev distance word (adjacent 1, very near 2, near 3-5, far 6-19,
 * very far 20+) and one of 16 bearings; sorted by distance then bearing; and the same thing at the
 * same distance in several bearings grouped, pluralized when it appears more than once in one.
 *
 * Copyright the automem authors. Licensed under the Apache License, Version 2.0.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "hack.h"

#include "game.h"

#define W NH_MAP_COLS
#define H NH_MAP_ROWS

static const char *const cmap_names[] = {
    "dark area", "vertical wall", "horizontal wall", "northwest room corner",
    "northeast room corner", "southwest corner", "southeast corner", "cross wall", "t up wall",
    "t down wall", "t west wall", "t east wall", "doorway", "vertical open door",
    "horizontal open door", "vertical closed door", "horizontal closed door", "bars", "tree",
    "room floor", "dark room floor", "corridor floor", "lit corridor floor", "stairs up",
    "stairs down", "ladder up", "ladder down", "alter", "grave", "throne", "sink", "fountain",
    "pool", "ice", "lava", "vertical lowered drawbridge", "horizontal lowered drawbridge",
    "vertical raised drawbridge", "horizontal raised drawbridge", "air floor", "cloud floor",
    "water floor", "arrow trap", "dart trap", "falling rock trap", "squeaky board", "bear trap",
    "land mine", "rolling boulder trap", "sleeping gas trap", "rust trap", "fire trap", "pit",
    "spiked pit", "hole", "trap door", "teleportation trap", "level teleporter", "magic portal",
    "web", "statue trap", "magic trap", "anti magic trap", "polymorph trap", "vibrating square",
    "vertical beam", "horizontal beam", "left slant beam", "right slant beam", "dig beam",
    "flash beam", "boom left", "boom right", "shield 1", "shield 2", "shield 3", "shield 4",
    "poison cloud", "valid position", "swallow top left", "swallow top center",
    "swallow top right", "swallow middle left", "swallow middle right", "swallow bottom left",
    "swallow bottom center", "swallow bottom right", "explosion top left",
    "explosion top center", "explosion top right", "explosion middle left",
    "explosion middle center", "explosion middle right", "explosion bottom left",
    "explosion bottom center", "explosion bottom right", "MAXPCHARS",
};

static const char *const floors[] = { "room floor", "dark room floor", "corridor floor",
                                      "lit corridor floor", 0 };
static const char *const blocking[] = {
    "dark area", "vertical wall", "horizontal wall", "northwest room corner",
    "northeast room corner", "southwest corner", "southeast corner", "cross wall", "t up wall",
    "t down wall", "t west wall", "t east wall", "horizontal closed door",
    "vertical closed door", "horizontal raised drawbridge", "vertical raised drawbridge", 0,
};
static const char *const screen_include[] = {
    "horizontal closed door", "vertical closed door", "bars", "tree", "stairs up", "stairs down",
    "ladder up", "ladder down", "alter", "grave", "throne", "sink", "fountain", "pool", "ice",
    "lava", "vertical raised drawbridge", "horizontal raised drawbridge", 0,
};
static const char *const distances[] = { "very far", "far", "near", "very near", "adjacent" };
static const char *const bearings[] = {
    "north", "northnortheast", "northeast", "eastnortheast", "east", "eastsoutheast",
    "southeast", "southsoutheast", "south", "southsouthwest", "southwest", "westsouthwest",
    "west", "westnorthwest", "northwest", "northnorthwest",
};

static const char *full_map[MAX_GLYPH], *near_map[MAX_GLYPH];
static const char *full_plural[MAX_GLYPH], *near_plural[MAX_GLYPH];
static int built;

static int
in(const char *s, const char *const *set)
{
    for (; *set; set++)
        if (strcmp(s, *set) == 0)
            return 1;
    return 0;
}

static char *
cat(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    char *s = malloc(la + lb + 1);
    if (!s)
        return (char *) "";
    memcpy(s, a, la);
    memcpy(s + la, b, lb + 1);
    return s;
}

static int
ends(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

static int
starts(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The wrapper's pluralization rules, exceptions first. */
static const char *
pluralize(const char *noun)
{
    static const struct {
        const char *prefix, *plural;
    } prefixes[] = { { "boom ", "booms " },           { "shield ", "shields " },
                     { "swallow ", "swallows " },     { "scroll ", "scrolls " },
                     { "worthless piece ", "worthless pieces " },
                     { "unknown creature ", "unknown creatures " } };
    size_t n = strlen(noun);
    if (ends(noun, "boots") || ends(noun, "shoes") || ends(noun, "scales") || ends(noun, "lenses")
        || ends(noun, "bars"))
        return noun;
    if (!strcmp(noun, "can of grease"))
        return "cans of grease";
    if (!strcmp(noun, "Master of Thieves"))
        return "Masters of Thieves";
    if (!strcmp(noun, "ice"))
        return "area of ice";
    if (!strcmp(noun, "lava"))
        return "area of lava";
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
        if (starts(noun, prefixes[i].prefix))
            return cat(prefixes[i].plural, noun + strlen(prefixes[i].prefix));
    if (n == 0)
        return "s";
    char last = noun[n - 1], prev = n >= 2 ? noun[n - 2] : '\0';
    if (last == 'y' && !strchr("aeiou", prev) && prev) {
        char *s = cat(noun, "ies");
        memmove(s + n - 1, s + n, 4);
        return s;
    }
    if (last == 'z' || last == 'x' || (prev == 's' && last == 'h') || (prev == 's' && last == 's'))
        return cat(noun, "es");
    if (last == 'f') {
        char *s = malloc(n + 3);
        if (!s)
            return noun;
        size_t keep = prev == 'f' ? n - 2 : n - 1;
        memcpy(s, noun, keep);
        strcpy(s + keep, "ves");
        return s;
    }
    if (last == 's')
        return cat(noun, "es");
    return cat(noun, "s");
}

static const char *
object_name(int glyph)
{
    int otyp = glyph_to_obj(glyph);
    const char *name = obj_descr[otyp].oc_name ? obj_descr[otyp].oc_name : "";
    /* The game renames it "fruit" when it reads its options (options.c); the wrapper's tables are
     * a copy of libnethack's that no game runs in, so they keep objects.c's name. */
    if (otyp == SLIME_MOLD)
        name = "slime mold";
    const char *descr = obj_descr[otyp].oc_descr ? obj_descr[otyp].oc_descr : "";
    switch (objects[otyp].oc_class) {
    case ILLOBJ_CLASS:
    case WEAPON_CLASS:
    case COIN_CLASS:
    case ROCK_CLASS:
    case BALL_CLASS:
    case CHAIN_CLASS:
        return name;
    case ARMOR_CLASS:
    case TOOL_CLASS:
        return *descr ? descr : name;
    case RING_CLASS:
        return cat(descr, " ring");
    case AMULET_CLASS:
        return strstr(descr, "Amulet") ? descr : cat(descr, " amulet");
    case FOOD_CLASS:
        return cat(name, descr);
    case POTION_CLASS:
        return cat(descr, " potion");
    case SCROLL_CLASS:
        return cat("scroll labeled ", descr);
    case SPBOOK_CLASS:
        return cat(descr, " spellbook");
    case WAND_CLASS:
        return cat(descr, " wand");
    case GEM_CLASS:
        return strstr(name, descr) ? name : cat(cat(descr, " "), name);
    case VENOM_CLASS:
        return cat("splash of ", name);
    default:
        return "";
    }
}

static void
build(void)
{
    static const char *const swallow[] = { "swallow top left",      "swallow top center",
                                           "swallow top right",     "swallow middle left",
                                           "swallow middle right",  "swallow bottom left",
                                           "swallow bottom center", "swallow bottom right" };
    static const char *const zap[] = { "horizontal zap beam", "vertical zap beam",
                                       "left slant zap beam", "right slant zap beam" };
    static const char *const explosion[] = {
        "explosion top left",    "explosion top center",    "explosion top right",
        "explosion middle left", "explosion middle center", "explosion middle right",
        "explosion bottom left", "explosion bottom center", "explosion bottom right",
    };
    for (int g = 0; g < MAX_GLYPH; g++) {
        const char *s;
        if (g >= GLYPH_STATUE_OFF)
            s = cat(mons[glyph_to_mon(g)].mname, " statue");
        else if (g >= GLYPH_WARNING_OFF)
            s = def_warnsyms[g - GLYPH_WARNING_OFF].explanation; /* glyph_to_warning ends in a ; */
        else if (g >= GLYPH_SWALLOW_OFF)
            s = swallow[(g - GLYPH_SWALLOW_OFF) % 8];
        else if (g >= GLYPH_ZAP_OFF)
            s = zap[(g - GLYPH_ZAP_OFF) % 4];
        else if (g >= GLYPH_EXPLODE_OFF)
            s = explosion[(g - GLYPH_EXPLODE_OFF) % MAXEXPCHARS];
        else if (g >= GLYPH_CMAP_OFF) {
            const char *c = cmap_names[glyph_to_cmap(g)];
            s = (!in(c, floors) && in(c, screen_include)) ? c : "";
        } else if (g >= GLYPH_OBJ_OFF)
            s = object_name(g);
        else if (g >= GLYPH_RIDDEN_OFF)
            s = cat("ridden ", mons[glyph_to_mon(g)].mname);
        else if (g >= GLYPH_BODY_OFF)
            s = cat(mons[g - GLYPH_BODY_OFF].mname, " corpse");
        else if (g >= GLYPH_DETECT_OFF)
            s = cat("detected ", mons[glyph_to_mon(g)].mname);
        else if (g >= GLYPH_INVIS_OFF)
            s = "invisible creature";
        else if (g >= GLYPH_PET_OFF)
            s = cat("tame ", mons[glyph_to_mon(g)].mname);
        else
            s = mons[glyph_to_mon(g)].mname;
        full_map[g] = s;
        near_map[g] = "";
        if (g >= GLYPH_CMAP_OFF && g < GLYPH_EXPLODE_OFF) {
            const char *c = cmap_names[glyph_to_cmap(g)];
            if (!in(c, floors) && !in(c, screen_include))
                near_map[g] = c;
        }
        full_plural[g] = *full_map[g] ? pluralize(full_map[g]) : "";
        near_plural[g] = *near_map[g] ? pluralize(near_map[g]) : "";
    }
    built = 1;
}

/* The wrapper's distance word and bearing of an offset (x east, y north). */
static int
distance_index(int x, int y)
{
    int d = abs(x) > abs(y) ? abs(x) : abs(y);
    return d == 1 ? 4 : d == 2 ? 3 : d < 6 ? 2 : d < 20 ? 1 : 0;
}

static int
bearing_index(int x, int y, char *name)
{
    int diag = abs(x) < abs(y) ? abs(x) : abs(y);
    const char *d = "";
    if (diag > 0)
        d = (y < 0 && x < 0) ? "southwest" : (y < 0 && x > 0) ? "southeast"
                                         : (y > 0 && x < 0) ? "northwest" : "northeast";
    int yo = y > 0 ? y - diag : y + diag, xo = x > 0 ? x - diag : x + diag;
    strcpy(name, yo < 0 ? "south" : yo > 0 ? "north" : "");
    strcat(name, xo < 0 ? "west" : xo > 0 ? "east" : "");
    strcat(name, d);
    for (int i = 0; i < 16; i++)
        if (!strcmp(name, bearings[i]))
            return i;
    return -1;
}

struct item {
    int glyph, near, dist, bear;
};

static struct item items[2 * W * H];
static int nitems;

static void
add(int glyph, int near, int x, int y)
{
    char name[64];
    int b = bearing_index(x, y, name);
    if (nitems < (int) (sizeof items / sizeof items[0]))
        items[nitems++] = (struct item){ glyph, near, distance_index(x, y), b };
}

struct buf {
    char *p;
    int n, cap;
};

static void
put(struct buf *b, const char *s)
{
    while (*s && b->n + 1 < b->cap)
        b->p[b->n++] = *s++;
    b->p[b->n] = '\0';
}

static const char *
noun(const struct item *it, int plural)
{
    if (plural)
        return it->near ? near_plural[it->glyph] : full_plural[it->glyph];
    return it->near ? near_map[it->glyph] : full_map[it->glyph];
}

/* One (thing, distance) group: the bearings seen once, then (pluralized) those seen more often. */
struct group {
    const char *name;
    int dist;
    int bears[16];
    int nb;
};

static struct group groups[2 * W * H];

static void
emit(struct buf *b, const struct group *g, int *first)
{
    if (!*first)
        put(b, "\n");
    *first = 0;
    put(b, g->name);
    put(b, " ");
    put(b, distances[g->dist]);
    put(b, " ");
    for (int i = 0; i < g->nb; i++) {
        if (i > 0)
            put(b, g->nb == 2 ? " and " : (i == g->nb - 1 ? ", and " : ", "));
        put(b, bearings[g->bears[i]]);
    }
}

int
nh_text_glyphs(char *out, int cap)
{
    const struct nh_obs *o = nh_obs();
    struct buf b = { out, 0, cap };
    if (cap <= 0)
        return 0;
    out[0] = '\0';
    if (!built)
        build();
    int px = (int) o->blstats[0], py = (int) o->blstats[1];
    nitems = 0;
    for (int i = 0; i < W * H; i++) {
        int g = o->glyphs[i];
        if (g < 0 || g >= MAX_GLYPH || !*full_map[g])
            continue;
        int x = i % W - px, y = -(i / W) + py;
        if (x == 0 && y == 0)
            continue;
        add(g, 0, x, y);
    }
    static const int dx[] = { 1, 1, 0, -1, -1, -1, 0, 1 }, dy[] = { 0, 1, 1, 1, 0, -1, -1, -1 };
    for (int d = 0; d < 8; d++)
        for (int k = 1; k < 10; k++) {
            int gx = px + dx[d] * k, gy = py + dy[d] * k;
            if (gx < 0 || gx >= W || gy < 0 || gy >= H)
                break;
            int g = o->glyphs[gx + gy * W];
            if (g < 0 || g >= MAX_GLYPH)
                break;
            if (!*full_map[g] && *near_map[g]) {
                add(g, 1, gx - px, -gy + py);
                if (in(near_map[g], blocking))
                    break;
            }
        }
    /* Sort by distance (farthest first), then bearing; stable (a counting sort on the 80 keys;
     * an item without a bearing has no key and is left out). */
    static struct item sorted[2 * W * H];
    int start[5 * 16 + 1] = { 0 };
    for (int i = 0; i < nitems; i++)
        if (items[i].bear >= 0)
            start[items[i].dist * 16 + items[i].bear + 1]++;
    for (int k = 0; k < 5 * 16; k++)
        start[k + 1] += start[k];
    int ns = start[5 * 16];
    for (int i = 0; i < nitems; i++)
        if (items[i].bear >= 0)
            sorted[start[items[i].dist * 16 + items[i].bear]++] = items[i];
    /* Group by (name, distance) in order of first appearance. */
    int ng = 0;
    static int members[2 * W * H];
    int first = 1;
    static char done[2 * W * H];
    memset(done, 0, (size_t) ns);
    for (int i = 0; i < ns; i++) {
        if (done[i])
            continue;
        const char *name = noun(&sorted[i], 0);
        int nm = 0;
        for (int j = i; j < ns; j++)
            if (!done[j] && sorted[j].dist == sorted[i].dist && !strcmp(noun(&sorted[j], 0), name)) {
                done[j] = 1;
                members[nm++] = j;
            }
        /* Bearings in order of first appearance, with their counts. */
        int order[16], count[16] = { 0 }, no = 0;
        for (int m = 0; m < nm; m++) {
            int br = sorted[members[m]].bear;
            if (count[br]++ == 0)
                order[no++] = br;
        }
        struct group single = { name, sorted[i].dist, { 0 }, 0 };
        struct group multi = { noun(&sorted[i], 1), sorted[i].dist, { 0 }, 0 };
        for (int k = 0; k < no; k++) {
            if (count[order[k]] == 1)
                single.bears[single.nb++] = order[k];
            else
                multi.bears[multi.nb++] = order[k];
        }
        if (single.nb && ng < (int) (sizeof groups / sizeof groups[0]))
            groups[ng++] = single;
        if (multi.nb && ng < (int) (sizeof groups / sizeof groups[0]))
            groups[ng++] = multi;
    }
    for (int i = 0; i < ng; i++)
        emit(&b, &groups[i], &first);
    return b.n;
}

int
nh_text_cursor(char *out, int cap)
{
    const struct nh_obs *o = nh_obs();
    struct buf b = { out, 0, cap };
    if (cap <= 0)
        return 0;
    out[0] = '\0';
    if (!built)
        build();
    int px = (int) o->blstats[0], py = (int) o->blstats[1];
    int cx = o->tty_cursor[1], cy = (int) o->tty_cursor[0] - 1;
    int rx = cx - px, ry = -cy + py;
    int idx = cx + cy * W;
    if (rx + W >= 0 && rx + W < 2 * W && ry + H >= 0 && ry + H < 2 * H && idx > 0 && idx < W * H) {
        int g = o->glyphs[idx];
        const char *name = (g >= 0 && g < MAX_GLYPH) ? full_map[g] : "";
        if (rx == 0 && ry == 0) {
            put(&b, "Yourself a ");
            put(&b, name);
        } else {
            char bearing[64];
            bearing_index(rx, ry, bearing);
            put(&b, distances[distance_index(rx, ry)]);
            put(&b, " ");
            put(&b, bearing);
            put(&b, " ");
            put(&b, name);
        }
    }
    return b.n;
}
