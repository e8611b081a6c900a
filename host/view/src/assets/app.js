import { el, linePlot, barPlot, picture, PALETTE } from "./draw.js";
// automem view's front end: the runs page, a comparison of two runs and the episode page. Every
// string from a run folder is put on the page as text (el() never parses HTML).

const main = document.getElementById("main");
const crumbs = document.getElementById("crumbs");
const statusLine = document.getElementById("status");
const embedded = document.getElementById("automem-data");
// An exported episode carries its data; otherwise everything comes from the server's API.
const EXPORT = embedded ? JSON.parse(embedded.textContent) : null;
let timer = null; // the page's live poll
let keyHandler = null;

// Replace a node's children with these (arrays flattened, nulls left out, strings as text).
function put(node, ...kids) {
  node.replaceChildren(...kids.flat(Infinity).filter((k) => k !== null && k !== undefined && k !== false)
    .map((k) => (k instanceof Node ? k : document.createTextNode(String(k)))));
}

async function api(path) {
  const response = await fetch(path, { cache: "no-store" });
  let body;
  try { body = await response.json(); } catch { throw new Error(`${path}: ${response.status} (not JSON)`); }
  if (!response.ok) throw new Error(body && body.error ? body.error : `${path}: ${response.status}`);
  return body;
}

function setCrumbs(...links) {
  put(crumbs, ...links.map(([text, href]) => href ? el("a", { href }, text) : el("span", {}, text)));
}

function showError(e) {
  put(main, el("div", { class: "card bad", id: "error" }, String(e.message || e)));
}

function pct(v) { return v === null || v === undefined ? "–" : (v * 100).toFixed(1) + "%"; }
function num(v, digits = 1) { return v === null || v === undefined ? "–" : Number(v).toFixed(digits); }
function opsTotal(ops) { return Object.values(ops || {}).reduce((a, b) => a + b, 0); }
function memoryChanges(ops) { const o = ops || {}; return (o.write || 0) + (o.append || 0) + (o.create || 0) + (o.remove || 0) + (o.rename || 0); }

// ---------- routing ----------

function route() {
  if (timer) { clearInterval(timer); timer = null; }
  if (keyHandler) { document.removeEventListener("keydown", keyHandler); keyHandler = null; }
  if (EXPORT && EXPORT.compare) return comparePage(EXPORT.compare.a.id, EXPORT.compare.b.id);
  if (EXPORT) return episodePage(EXPORT.overview.run.id, EXPORT.overview.seed, 0);
  const parts = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  if (parts[0] === "episode" && parts.length >= 3) return episodePage(parts[1], Number(parts[2]), Number(parts[3] || 0));
  if (parts[0] === "compare" && parts.length >= 3) return comparePage(parts[1], parts[2]);
  return runsPage();
}
window.addEventListener("hashchange", route);

// ---------- runs page ----------

const selected = new Set();
const sortState = {}; // run id -> {key, asc}

function summaryLine(run) {
  const s = run.summary;
  if (!s) return el("p", { class: "muted" }, run.summary_error ? run.summary_error : "no summary.json yet (a run being written, or a session)");
  const failed = (s.failed_seeds || []).length ? el("span", { class: "bad" }, ` · failed seeds ${s.failed_seeds.join(", ")}`) : null;
  return el("div", {},
    el("p", {}, `${s.environment}: progression ${num(s.progression_percentage, 2)}% ± ${num(s.standard_error, 2)} over ${s.episodes_played} episode(s), average steps ${num(s.average_steps)}, average achievements ${num(s.average_achievements, 2)}`, failed),
    el("div", { class: "chips" }, Object.entries(s.achievement_counts || {}).map(([a, n]) => el("span", { title: `${n} episode(s) unlocked ${a}` }, `${a} ×${n}`))));
}

const COLUMNS = [
  ["seed", "seed", (e) => e.seed],
  ["progression", "progression", (e) => e.progression ?? -1],
  ["steps", "steps", (e) => e.steps ?? -1],
  ["reward", "reward", (e) => e.reward ?? -1],
  ["memory changes", "changes", (e) => memoryChanges(e.memory_ops)],
  ["memory ops", "ops", (e) => opsTotal(e.memory_ops)],
];

function episodesTable(run) {
  const state = sortState[run.id] || { key: "seed", asc: true };
  const col = COLUMNS.find((c) => c[1] === state.key) || COLUMNS[0];
  const rows = [...run.episodes].sort((a, b) => (col[2](a) - col[2](b)) * (state.asc ? 1 : -1));
  const head = el("tr", {}, COLUMNS.map(([label, key]) => el("th", {
    class: "sortable num" + (key === state.key ? " sorted" + (state.asc ? " asc" : "") : ""),
    onclick: () => { sortState[run.id] = { key, asc: key === state.key ? !state.asc : key === "seed" }; runsPage(); },
  }, label)), el("th", {}, "end"), el("th", {}, "achievements"));
  const body = rows.map((e) => el("tr", { "data-seed": e.seed },
    el("td", { class: "num" }, el("a", { href: `#/episode/${run.id}/${e.seed}` }, String(e.seed))),
    el("td", { class: "num" }, pct(e.progression)),
    el("td", { class: "num" }, e.steps ?? "–"),
    el("td", { class: "num" }, num(e.reward)),
    el("td", { class: "num", title: JSON.stringify(e.memory_ops) }, memoryChanges(e.memory_ops)),
    el("td", { class: "num", title: JSON.stringify(e.memory_ops) }, opsTotal(e.memory_ops)),
    el("td", {}, e.error ? el("span", { class: "bad", title: e.error }, "failed") : (e.finished ? e.end_reason : el("span", { class: "muted" }, "playing…"))),
    el("td", {}, e.achievements.join(", "))));
  return el("table", { class: "episodes" }, el("thead", {}, head), el("tbody", {}, body));
}

async function runsPage() {
  setCrumbs(["runs", null]);
  let lastText = "";
  const draw = async () => {
    let runs;
    try { runs = await api("/api/runs"); } catch (e) { return showError(e); }
    const text = JSON.stringify(runs) + JSON.stringify(sortState) + [...selected].join();
    statusLine.textContent = `${runs.length} run(s) · updated ${new Date().toLocaleTimeString()}`;
    if (text === lastText) return;
    lastText = text;
    const compare = el("button", {
      id: "compare", disabled: selected.size === 2 ? null : "disabled",
      onclick: () => { const [a, b] = [...selected]; location.hash = `#/compare/${a}/${b}`; },
    }, "Compare the two selected runs");
    const cards = runs.map((run) => {
      const meta = run.episodes.find((e) => e.game);
      const what = meta ? `${meta.game} · schema ${meta.schema || "none"} · policy ${meta.policy}` : "";
      return el("section", { class: "card run", "data-run": run.id, "data-label": run.label },
        el("h2", {}, el("label", {}, el("input", {
          type: "checkbox", class: "pick", checked: selected.has(run.id) ? "checked" : null,
          onchange: (ev) => { if (ev.target.checked) selected.add(run.id); else selected.delete(run.id); lastText = ""; draw(); },
        }), " ", run.label)),
        el("p", { class: "muted mono" }, run.path, what ? ` · ${what}` : ""),
        summaryLine(run), episodesTable(run));
    });
    put(main, 
      el("h1", {}, "Runs"),
      el("p", { class: "muted" }, "Every run folder under the folders given to automem view (new ones appear as they are written). Tick two runs to compare them; click a seed to open its episode."),
      el("p", {}, compare),
      runs.length ? cards : el("p", {}, "No run folders here yet (a run folder holds summary.json or episode-<seed> files)."));
  };
  await draw();
  timer = setInterval(draw, 2000);
}

// ---------- comparison ----------

async function comparePage(a, b) {
  let runA, runB;
  if (EXPORT) {
    [runA, runB] = [EXPORT.compare.a, EXPORT.compare.b];
  } else {
    try { [runA, runB] = await Promise.all([api(`/api/runs/${a}`), api(`/api/runs/${b}`)]); } catch (e) { return showError(e); }
  }
  setCrumbs(...(EXPORT ? [["exported comparison", null]] : [["runs", "#/"], ["compare", null]]));
  // In an export the episodes are not inside: seeds are plain numbers there.
  const episodeLink = (run, s, text) => (EXPORT ? text : el("a", { href: `#/episode/${run}/${s}` }, text));
  const bySeed = new Map();
  for (const e of runA.episodes) bySeed.set(e.seed, [e, null]);
  for (const e of runB.episodes) bySeed.set(e.seed, [(bySeed.get(e.seed) || [null])[0], e]);
  const seeds = [...bySeed.keys()].sort((x, y) => x - y);
  const val = (e, f) => (e ? f(e) : null);
  const diffCell = (x, y, digits, scale = 1) => {
    if (x === null || y === null || x === undefined || y === undefined) return el("td", { class: "num" }, "–");
    const d = (y - x) * scale;
    return el("td", { class: "num " + (d > 0 ? "pos" : d < 0 ? "neg" : "") }, (d > 0 ? "+" : "") + d.toFixed(digits));
  };
  const rows = seeds.map((s) => {
    const [ea, eb] = bySeed.get(s);
    return el("tr", { "data-seed": s },
      el("td", { class: "num" }, String(s)),
      el("td", { class: "num" }, ea ? episodeLink(a, s, pct(ea.progression)) : "–"),
      el("td", { class: "num" }, eb ? episodeLink(b, s, pct(eb.progression)) : "–"),
      diffCell(val(ea, (e) => e.progression), val(eb, (e) => e.progression), 1, 100),
      el("td", { class: "num" }, val(ea, (e) => e.steps) ?? "–"), el("td", { class: "num" }, val(eb, (e) => e.steps) ?? "–"),
      el("td", { class: "num" }, val(ea, (e) => memoryChanges(e.memory_ops)) ?? "–"), el("td", { class: "num" }, val(eb, (e) => memoryChanges(e.memory_ops)) ?? "–"),
      el("td", {}, val(ea, (e) => e.achievements.length) ?? "–", " / ", val(eb, (e) => e.achievements.length) ?? "–"));
  });
  const mean = (run, f) => { const v = run.episodes.filter((e) => e.finished && !e.error).map(f); return v.length ? v.reduce((x, y) => x + y, 0) / v.length : null; };
  const pa = mean(runA, (e) => e.progression), pb = mean(runB, (e) => e.progression);
  const total = el("tr", { class: "total" }, el("th", {}, "mean"),
    el("th", { class: "num" }, pct(pa)), el("th", { class: "num" }, pct(pb)), diffCell(pa, pb, 1, 100),
    el("th", { class: "num" }, num(mean(runA, (e) => e.steps))), el("th", { class: "num" }, num(mean(runB, (e) => e.steps))),
    el("th", { class: "num" }, num(mean(runA, (e) => memoryChanges(e.memory_ops)))), el("th", { class: "num" }, num(mean(runB, (e) => memoryChanges(e.memory_ops)))),
    el("th", {}, num(mean(runA, (e) => e.achievements.length), 2), " / ", num(mean(runB, (e) => e.achievements.length), 2)));
  const names = [`A ${runA.label}`, `B ${runB.label}`];
  const groups = seeds.map((s) => ({ label: String(s), values: bySeed.get(s).map((e) => (e && e.progression ? e.progression * 100 : 0)) }));
  put(main, 
    el("h1", {}, "Compare two runs"),
    EXPORT ? el("p", { class: "muted" }, "exported comparison")
      : el("p", {}, el("a", { href: `/api/compare/${a}/${b}/export.html`, id: "export-compare", download: "automem-compare.html" }, "Export as one HTML file")),
    el("p", {}, el("b", {}, "A: "), runA.label, el("span", { class: "muted mono" }, " ", runA.path)),
    el("p", {}, el("b", {}, "B: "), runB.label, el("span", { class: "muted mono" }, " ", runB.path)),
    el("div", { class: "grid", style: { gridTemplateColumns: "1fr 1fr" } }, el("div", { class: "card" }, summaryLine(runA)), el("div", { class: "card" }, summaryLine(runB))),
    el("table", { id: "comparison" },
      el("thead", {}, el("tr", {}, ["seed", "A progression", "B progression", "B − A (points)", "A steps", "B steps", "A memory changes", "B memory changes", "achievements A / B"].map((h) => el("th", {}, h)))),
      el("tbody", {}, rows, total)),
    el("div", { class: "plots", style: { marginTop: "1em" } },
      barPlot({ title: "Progression per seed (%)", groups: [...groups, { label: "mean", values: [(pa || 0) * 100, (pb || 0) * 100] }], names }),
      barPlot({ title: "Steps per seed", groups: seeds.map((s) => ({ label: String(s), values: bySeed.get(s).map((e) => (e && e.steps) || 0) })), names })));
  statusLine.textContent = "";
}

// ---------- episode page ----------

function turnView(turn, i, phaseName, phase) {
  const prompt = turn.prompt || (i === 0 ? phase.initial_prompt : "");
  const parts = [el("h3", {}, `${phaseName} call ${i + 1} (${turn.responder})`, turn.prompt_tokens || turn.completion_tokens ? el("span", { class: "muted" }, ` · ${turn.prompt_tokens} in / ${turn.completion_tokens} out tokens`) : null)];
  parts.push(el("details", { class: "prompt" }, el("summary", {}, `prompt (${prompt.length} characters)`), el("pre", {}, prompt)));
  if (turn.error) parts.push(el("div", { class: "flag" }, "model call failed, phase fell back: ", turn.error));
  parts.push(el("pre", { class: "reply" }, turn.raw_response));
  for (const r of turn.tool_results) {
    const body = r.body.length > 300
      ? el("details", {}, el("summary", {}, `result (${r.body.length} characters)`), el("pre", {}, r.body))
      : el("pre", {}, r.body);
    parts.push(el("div", { class: "op" + (r.ok ? "" : " failed") }, el("div", { class: "mono" }, r.ok ? "" : "✗ ", r.header), body));
  }
  return el("div", { class: "turn" }, parts);
}

function phaseView(name, phase, plan) {
  if (!phase) return el("p", { class: "muted" }, `no ${name} phase at this step`);
  const items = [el("h2", {}, `${name}`, el("span", { class: "muted" }, ` · ended: ${phase.ended}`))];
  if (phase.system_prompt) items.push(el("details", {}, el("summary", {}, "system prompt"), el("pre", {}, phase.system_prompt)));
  if (!phase.turns.length) items.push(el("details", {}, el("summary", {}, "prompt"), el("pre", {}, phase.initial_prompt)));
  phase.turns.forEach((t, i) => items.push(turnView(t, i, name, phase)));
  if (plan) {
    for (const r of plan.gate_rejections || []) items.push(el("div", { class: "flag" }, "gate rejected: ", r));
    const fellBack = !plan.committed_action || plan.committed_action !== plan.final_action;
    items.push(el("p", {}, "committed ", el("b", {}, plan.committed_action ?? "nothing"), " → played ", el("b", {}, plan.final_action),
      fellBack ? el("span", { class: "flag" }, "fallback action") : null));
  }
  return el("div", {}, items);
}

function memoryView(view, goTo) {
  const m = view.memory;
  const files = Object.keys(m.files);
  const out = [el("h2", {}, `Memory after step ${m.step}`, el("span", { class: "muted" }, ` · ${files.length} file(s)`))];
  if (m.removed.length) out.push(el("div", { class: "flag" }, "removed at this step: ", m.removed.join(", ")));
  for (const path of files) {
    const text = m.files[path];
    const lines = text.split("\n");
    if (lines.length && lines[lines.length - 1] === "") lines.pop();
    const changed = new Set(m.changed[path] || []);
    const reads = (view.read_later || {})[path] || {};
    const box = el("div", { class: "mlines" }, lines.map((line, i) => {
      const n = i + 1, later = reads[n];
      return el("div", { class: "mline" + (changed.has(n) ? " changed" : ""), "data-line": n },
        el("span", { class: "ln" }, String(n)), el("span", { class: "mtext" }, line),
        later ? el("span", { class: "reads", title: "later steps whose READ or SEARCH returned this line" }, "read later at",
          later.slice(0, 8).map((s) => el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); goTo(s); } }, String(s))),
          later.length > 8 ? ` +${later.length - 8}` : "") : null);
    }));
    out.push(el("details", { class: "mfile" + (path in m.changed ? " changed" : ""), open: "open", "data-path": path },
      el("summary", {}, path, ` (${lines.length} line(s), ${new TextEncoder().encode(text).length} bytes)`, path in m.changed ? " · changed at this step" : ""), box));
  }
  if (m.entries.length) out.push(el("details", {}, el("summary", {}, `journal entries of this step (${m.entries.length})`), el("pre", {}, m.entries.join("\n"))));
  return el("div", { id: "memory" }, out);
}

function plotsView(ov, now, goTo) {
  const steps = ov.steps;
  const marks = [];
  for (const s of steps) for (const e of s.events) if (e.startsWith("achievement")) marks.push({ x: s.step, label: e.replace(/^achievement /, "") });
  let reward = 0, tin = 0, tout = 0;
  const prog = [], rew = [], tokIn = [], tokOut = [], unchanged = [], noProgress = [];
  let lastProg = 0, streak = 0;
  const opKinds = new Map();
  for (const s of steps) {
    reward += s.reward; tin += s.input_tokens; tout += s.output_tokens;
    prog.push([s.step, s.progression * 100]); rew.push([s.step, reward]);
    tokIn.push([s.step, tin]); tokOut.push([s.step, tout]);
    unchanged.push([s.step, s.unchanged]);
    streak = s.progression > lastProg ? 0 : streak + 1; lastProg = Math.max(lastProg, s.progression);
    noProgress.push([s.step, streak]);
    for (const [k, n] of Object.entries(s.ops)) { if (!opKinds.has(k)) opKinds.set(k, { n: 0, points: [] }); const o = opKinds.get(k); o.n += n; }
    for (const [, o] of opKinds) o.points.push([s.step, o.n]);
  }
  const xmax = steps.length ? steps[steps.length - 1].step : 1;
  const sizes = ov.memory_files.map((name, i) => ({ name, points: ov.memory_sizes.map(([st, b]) => [st, b[i] || 0]) }));
  const common = { marks, now, xmax, onPick: goTo };
  return el("div", { class: "plots", id: "plots" },
    linePlot({ title: "Progression (%) and cumulative reward", series: [{ name: "progression %", points: prog }, { name: "reward", points: rew }], step: true, ...common }),
    linePlot({ title: "Memory bytes by file", series: sizes, step: true, ...common }),
    linePlot({ title: "Memory operations by kind (cumulative)", series: [...opKinds].map(([name, o]) => ({ name, points: o.points })), ...common }),
    linePlot({ title: "Tokens (cumulative)", series: [{ name: "read", points: tokIn }, { name: "written", points: tokOut }], ...common }),
    linePlot({ title: "Steps without progress; unchanged observation streak", series: [{ name: "steps since progress", points: noProgress }, { name: "unchanged streak", points: unchanged }], ...common }));
}

function writesView(ov, goTo) {
  const read = ov.writes.filter((w) => w.read_at.length);
  const rows = ov.writes.slice(0, 400).map((w) => {
    const ach = w.next_achievement;
    const readBefore = ach && w.read_at.some((s) => s <= ach[0]);
    return el("tr", { class: w.read_at.length ? "read" : "" },
      el("td", { class: "num" }, el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); goTo(w.step); } }, String(w.step))),
      el("td", {}, `${w.phase} ${w.actor}`), el("td", { class: "mono" }, w.path), el("td", { class: "text" }, w.text),
      el("td", {}, w.read_at.length ? w.read_at.slice(0, 10).map((s) => el("a", { href: "#", style: { marginRight: ".3em" }, onclick: (ev) => { ev.preventDefault(); goTo(s); } }, String(s))) : el("span", { class: "muted" }, "never")),
      el("td", {}, ach ? `${ach[1].replace(/^achievement /, "")} at ${ach[0]}` : el("span", { class: "muted" }, "none after"), readBefore ? el("span", { class: "pos", title: "the line was read before that achievement" }, " ✓ read before") : ""));
  });
  return el("section", { class: "card", id: "writes" },
    el("h2", {}, "Memory writes and whether they were read later"),
    el("p", {}, `${ov.writes_total} line(s) written; ${read.length} of those listed were returned by a later READ or SEARCH. Read-later writes first. `,
      el("span", { class: "muted" }, "“next achievement” is the first achievement at or after the write; ✓ when a look-up returned the line before it.")),
    el("table", { class: "writes" }, el("thead", {}, el("tr", {}, ["step", "by", "file", "line", "read later at steps", "next achievement"].map((h) => el("th", {}, h)))), el("tbody", {}, rows)));
}

async function episodePage(runId, seed, startStep) {
  let ov;
  const base = `/api/runs/${runId}/episodes/${seed}`;
  const getOverview = () => (EXPORT ? Promise.resolve(EXPORT.overview) : api(base));
  try { ov = await getOverview(); } catch (e) { return showError(e); }
  setCrumbs(["runs", EXPORT ? null : "#/"], [ov.run.label, null], [`seed ${seed}`, null]);
  const cache = new Map();
  const getStep = async (n) => {
    if (EXPORT) {
      const s = EXPORT.steps[n];
      if (!s) throw new Error(`this export holds steps 0 to ${EXPORT.steps.length - 1} of ${EXPORT.total_steps} (at most ${EXPORT.limit_bytes >> 20} MiB of steps); open the run with automem view for the rest`);
      return s;
    }
    if (cache.has(n)) return cache.get(n);
    const s = await api(`${base}/steps/${n}`);
    cache.set(n, s);
    if (cache.size > 64) cache.delete(cache.keys().next().value);
    return s;
  };
  let current = Math.max(0, Math.min(startStep || 0, ov.steps.length - 1));
  let wanted = current;
  const range = el("input", { type: "range", min: 0, max: Math.max(0, ov.steps.length - 1), value: current, id: "scrub", "aria-label": "step" });
  const stepLabel = el("span", { id: "steplabel", class: "mono" });
  const follow = el("input", { type: "checkbox", id: "follow" });
  const marks = el("div", { id: "marks" });
  const pictureBox = el("div", { id: "picture" });
  const obsBox = el("div", { id: "observation" });
  const turnsBox = el("div", { id: "turns" });
  const memoryBox = el("div", { id: "memorybox" });
  const plotsBox = el("div", {});
  const writesBox = el("div", {});
  const rec = ov.record;
  const headline = el("p", { id: "headline" });
  const drawHeadline = () => {
    const r = ov.record;
    put(headline, r
      ? `${r.game.name}${r.task ? " / " + r.task : ""} · schema ${r.schema ? r.schema.name : "none"} · policy ${r.policy.name} · ${r.steps} steps · progression ${pct(r.progression)} · ${r.end_reason}${r.error ? " · FAILED: " + r.error : ""}`
      : el("span", {}, el("b", {}, "live: "), `${ov.steps.length} step(s) so far (the episode is still being played)`));
  };
  drawHeadline();
  const drawMarks = () => {
    const n = Math.max(1, ov.steps.length - 1);
    const items = [];
    for (const s of ov.steps) for (const e of s.events) {
      if (!e.startsWith("achievement")) continue;
      items.push(el("button", { class: "mark", title: `step ${s.step}: ${e.replace(/^achievement /, "")}`, style: { left: (s.step / n) * 100 + "%" }, onclick: () => goTo(s.step) }));
    }
    items.push(el("span", { class: "mark now", style: { left: (current / n) * 100 + "%" } }));
    put(marks, ...items);
  };
  const drawBottom = () => {
    put(plotsBox, el("h2", {}, "Over the episode"), plotsView(ov, current, goTo));
    put(writesBox, writesView(ov, goTo));
  };
  let loading = false;
  async function show() {
    if (loading) return;
    loading = true;
    try {
      while (wanted !== current || !memoryBox.firstChild) {
        const n = wanted;
        let view;
        try { view = await getStep(n); } catch (e) { put(memoryBox, el("p", { class: "bad" }, String(e.message || e))); current = n; break; }
        current = n;
        const r = view.record;
        const summary = ov.steps[n] || {};
        stepLabel.textContent = `step ${r.step} / ${ov.steps.length - 1}`;
        const pic = picture(r.picture);
        put(pictureBox, el("h2", {}, "The game"), pic || el("p", { class: "muted" }, "No picture at this step (the game offered none); its observation text:"));
        put(obsBox, 
          el("pre", { class: "obs" }, r.obs_long_term_context), el("pre", { class: "obs" }, r.obs_short_term_context),
          el("p", {}, "action ", el("b", {}, r.validated_action), r.action_valid ? "" : el("span", { class: "flag" }, "invalid action"),
            ` · reward ${r.reward} · progression ${pct(r.progression)}`, r.unchanged_count ? ` · unchanged ${r.unchanged_count}` : ""),
          (summary.events || []).length ? el("div", { class: "chips" }, summary.events.map((e) => el("span", {}, e))) : null,
          r.after_step_notes && r.after_step_notes.length ? el("details", {}, el("summary", {}, "after-step notes"), el("pre", {}, r.after_step_notes.join("\n"))) : null);
        put(turnsBox, phaseView("LOG", r.log_phase, null), phaseView("PLAN", r.plan_phase, r.plan_phase));
        put(memoryBox, memoryView(view, goTo));
        range.value = n;
        drawMarks();
        plotsBox.querySelectorAll("svg").length && drawBottomCursor();
        if (!EXPORT) history.replaceState(null, "", `#/episode/${runId}/${seed}/${n}`);
        main.dataset.step = String(n);
      }
    } catch (e) {
      put(memoryBox, el("p", { class: "bad" }, `cannot show step ${wanted}: ${e.message || e}`));
    } finally { loading = false; }
  }
  let cursorTimer = null;
  function drawBottomCursor() { clearTimeout(cursorTimer); cursorTimer = setTimeout(() => put(plotsBox, el("h2", {}, "Over the episode"), plotsView(ov, current, goTo)), 150); }
  function goTo(n) {
    wanted = Math.max(0, Math.min(Number(n) || 0, ov.steps.length - 1));
    show();
  }
  range.addEventListener("input", () => goTo(Number(range.value)));
  keyHandler = (ev) => {
    if (ev.target && (ev.target.tagName === "INPUT" && ev.target.type !== "range" || ev.target.tagName === "TEXTAREA")) return;
    const moves = { ArrowLeft: -1, ArrowRight: 1, PageUp: -10, PageDown: 10 };
    if (ev.key in moves) { ev.preventDefault(); goTo(wanted + moves[ev.key]); }
    else if (ev.key === "Home") { ev.preventDefault(); goTo(0); }
    else if (ev.key === "End") { ev.preventDefault(); goTo(ov.steps.length - 1); }
  };
  document.addEventListener("keydown", keyHandler);
  const exportLink = EXPORT
    ? el("span", { class: "muted" }, `exported episode (${EXPORT.steps.length} of ${EXPORT.total_steps} steps inside)`)
    : el("a", { href: `${base}/export.html`, id: "export", download: `automem-episode-${seed}.html` }, "Export as one HTML file");
  put(main, 
    el("h1", {}, `Episode ${seed}`, el("span", { class: "muted" }, ` · ${ov.run.label}`)),
    headline,
    ov.errors.length ? el("div", { class: "banner" }, "Problems reading this episode: ", ov.errors.join("; ")) : null,
    ov.steps.length ? null : el("p", {}, "No steps yet."),
    el("div", { id: "timeline" },
      el("button", { onclick: () => goTo(wanted - 1), title: "previous step (←)" }, "◀"), range,
      el("button", { onclick: () => goTo(wanted + 1), title: "next step (→)" }, "▶"), stepLabel,
      rec ? null : el("label", {}, follow, " follow"), exportLink),
    marks,
    el("p", { class: "muted" }, el("kbd", {}, "←"), " ", el("kbd", {}, "→"), " step · ", el("kbd", {}, "PgUp"), " ", el("kbd", {}, "PgDn"), " ten · ", el("kbd", {}, "Home"), " ", el("kbd", {}, "End"), " · orange marks are achievements; yellow lines in memory changed at this step."),
    el("div", { class: "grid" }, el("div", {}, pictureBox, obsBox), el("div", {}, turnsBox), el("div", {}, memoryBox)),
    plotsBox, writesBox);
  drawBottom();
  drawMarks();
  if (ov.steps.length) { wanted = current; current = -1; show(); }
  if (!EXPORT && !rec) {
    timer = setInterval(async () => {
      let next;
      try { next = await getOverview(); } catch { return; }
      const grew = next.steps.length !== ov.steps.length || (!ov.record && next.record);
      if (!grew) return;
      const atEnd = wanted >= ov.steps.length - 1;
      ov = next;
      range.max = Math.max(0, ov.steps.length - 1);
      drawHeadline(); drawBottom(); drawMarks();
      statusLine.textContent = `live · ${ov.steps.length} step(s) · ${new Date().toLocaleTimeString()}`;
      if (follow.checked && atEnd) goTo(ov.steps.length - 1);
      else if (!memoryBox.firstChild && ov.steps.length) { current = -1; show(); }
      if (ov.record) { clearInterval(timer); timer = null; }
    }, 1500);
  }
}

route();
