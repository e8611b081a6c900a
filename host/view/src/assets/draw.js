// Drawing helpers for automem view: elements built from text (never from HTML strings: run
// folders may hold hostile text), inline SVG plots, and a game's picture.

const SVG_NS = "http://www.w3.org/2000/svg";

// el("div", {class: "x", title: "..."}, "text", child, ...): an element; strings become text nodes.
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "style" && typeof value === "object") Object.assign(node.style, value);
    else node.setAttribute(key, String(value));
  }
}

// An SVG element.
export function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export const PALETTE = ["#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#65a30d",
  "#475569", "#ea580c", "#0d9488", "#9333ea"];

function fmt(v) {
  if (Math.abs(v) >= 1e6) return (v / 1e6).toFixed(1) + "M";
  if (Math.abs(v) >= 1e4) return (v / 1e3).toFixed(0) + "k";
  if (Number.isInteger(v)) return String(v);
  return v.toFixed(2);
}

// A line plot: series [{name, points: [[x, y], ...]}], vertical marks [{x, label}], a cursor at
// `now`; clicking it calls onPick(x). Returns a div with the title, the legend and the SVG.
export function linePlot({ title, series, marks = [], now = null, xmax = null, onPick = null, step = false }) {
  const W = 420, H = 150, L = 44, R = 8, T = 8, B = 20;
  let maxX = xmax ?? 1, maxY = 0;
  for (const s of series) for (const [x, y] of s.points) { if (x > maxX) maxX = x; if (y > maxY) maxY = y; }
  if (maxY <= 0) maxY = 1;
  const sx = (x) => L + (x / Math.max(maxX, 1)) * (W - L - R);
  const sy = (y) => T + (1 - y / maxY) * (H - T - B);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img" });
  root.append(svg("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: "#999" }));
  root.append(svg("line", { x1: L, y1: T, x2: L, y2: H - B, stroke: "#999" }));
  root.append(svg("text", { x: L - 4, y: T + 8, "text-anchor": "end", "font-size": 10, fill: "#666" }, fmt(maxY)));
  root.append(svg("text", { x: L - 4, y: H - B, "text-anchor": "end", "font-size": 10, fill: "#666" }, "0"));
  root.append(svg("text", { x: W - R, y: H - 6, "text-anchor": "end", "font-size": 10, fill: "#666" }, fmt(maxX)));
  for (const m of marks) {
    const line = svg("line", { x1: sx(m.x), y1: T, x2: sx(m.x), y2: H - B, stroke: "#f59e0b", "stroke-dasharray": "2,2" });
    line.append(svg("title", {}, `step ${m.x}: ${m.label}`));
    root.append(line);
  }
  series.forEach((s, i) => {
    if (!s.points.length) return;
    let d = "";
    s.points.forEach(([x, y], j) => {
      if (j === 0) d += `M${sx(x).toFixed(1)},${sy(y).toFixed(1)}`;
      else if (step) d += `H${sx(x).toFixed(1)}V${sy(y).toFixed(1)}`;
      else d += `L${sx(x).toFixed(1)},${sy(y).toFixed(1)}`;
    });
    const path = svg("path", { d, fill: "none", stroke: s.colour || PALETTE[i % PALETTE.length], "stroke-width": 1.5 });
    path.append(svg("title", {}, s.name));
    root.append(path);
  });
  if (now !== null) root.append(svg("line", { x1: sx(now), y1: T, x2: sx(now), y2: H - B, stroke: "#111", "stroke-width": 1 }));
  if (onPick) {
    const hit = svg("rect", { x: L, y: T, width: W - L - R, height: H - T - B, fill: "transparent", cursor: "pointer" });
    hit.addEventListener("click", (ev) => {
      const box = root.getBoundingClientRect();
      const x = ((ev.clientX - box.left) / box.width) * W;
      onPick(Math.max(0, Math.round(((x - L) / (W - L - R)) * maxX)));
    });
    root.append(hit);
  }
  const legend = el("div", { class: "legend" }, series.map((s, i) =>
    el("span", {}, el("i", { style: { background: s.colour || PALETTE[i % PALETTE.length] } }), s.name)));
  return el("div", { class: "plot" }, el("h3", {}, title), root, legend);
}

// Grouped bars: groups [{label, values: [a, b]}], names of the bars.
export function barPlot({ title, groups, names }) {
  const W = 420, H = 170, L = 40, R = 8, T = 8, B = 28;
  let maxY = 0;
  for (const g of groups) for (const v of g.values) if (v > maxY) maxY = v;
  if (maxY <= 0) maxY = 1;
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img" });
  const gw = (W - L - R) / Math.max(groups.length, 1);
  const bw = Math.min(24, (gw - 4) / Math.max(names.length, 1));
  root.append(svg("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: "#999" }));
  root.append(svg("text", { x: L - 4, y: T + 8, "text-anchor": "end", "font-size": 10, fill: "#666" }, fmt(maxY)));
  groups.forEach((g, i) => {
    const x0 = L + i * gw + (gw - bw * names.length) / 2;
    g.values.forEach((v, j) => {
      const h = (v / maxY) * (H - T - B);
      const bar = svg("rect", { x: x0 + j * bw, y: H - B - h, width: bw - 1, height: Math.max(h, 0.5), fill: PALETTE[j % PALETTE.length] });
      bar.append(svg("title", {}, `${g.label} ${names[j]}: ${fmt(v)}`));
      root.append(bar);
    });
    root.append(svg("text", { x: L + i * gw + gw / 2, y: H - B + 12, "text-anchor": "middle", "font-size": 10, fill: "#444" }, g.label));
  });
  const legend = el("div", { class: "legend" }, names.map((n, i) =>
    el("span", {}, el("i", { style: { background: PALETTE[i % PALETTE.length] } }), n)));
  return el("div", { class: "plot" }, el("h3", {}, title), root, legend);
}

// Colours of Crafter's tiles (by name; an unknown name gets a grey).
const TILE_COLOURS = {
  grass: "#7cc26b", sand: "#e8d9a0", water: "#4a90d9", tree: "#2f7d32", stone: "#9e9e9e", path: "#c8b99a",
  coal: "#424242", iron: "#c9a27e", diamond: "#a7f3f0", lava: "#f4511e", table: "#8d6e63", furnace: "#5d4037",
  plant: "#aed581", "plant-ripe": "#d4e157", cow: "#f5f5f5", zombie: "#558b2f", skeleton: "#eeeeee",
  arrow: "#ffcc80", darkness: "#111111", unknown: "#777777",
};

function tileColour(name) {
  if (name.startsWith("player")) return "#fdd835";
  return TILE_COLOURS[name] || TILE_COLOURS[name.split("-")[0]] || "#bdbdbd";
}

// A game's picture: {kind: "tiles", width, height, cells} or {kind: "terminal", lines, colours, cursor}.
export function picture(p) {
  if (!p || typeof p !== "object") return null;
  if (p.kind === "tiles") {
    const width = Math.max(1, Math.min(64, Number(p.width) || 1));
    const cells = Array.isArray(p.cells) ? p.cells.slice(0, 64 * 64) : [];
    const grid = el("div", { class: "tiles", style: { gridTemplateColumns: `repeat(${width}, 30px)` }, "data-kind": "tiles" });
    for (const cell of cells) {
      const name = String(cell);
      const short = name.startsWith("player") ? "@" : name.slice(0, 2);
      grid.append(el("div", { class: "tile", title: name, style: { background: tileColour(name) } }, short));
    }
    return grid;
  }
  if (p.kind === "terminal") {
    const lines = Array.isArray(p.lines) ? p.lines.slice(0, 100) : [];
    const colours = Array.isArray(p.colours) ? p.colours : [];
    const cursor = Array.isArray(p.cursor) ? p.cursor : null;
    const pre = el("pre", { class: "term", "data-kind": "terminal" });
    lines.forEach((raw, y) => {
      const line = Array.from(String(raw).slice(0, 400));
      const cols = String(colours[y] || "");
      let run = "", runColour = null;
      const flush = () => { if (run) pre.append(el("span", { class: "c" + (runColour || "7") }, run)); run = ""; };
      line.forEach((ch, x) => {
        const c = /^[0-9a-f]$/i.test(cols[x] || "") ? cols[x].toLowerCase() : "7";
        if (cursor && cursor[0] === x && cursor[1] === y) {
          flush();
          pre.append(el("span", { class: "c" + c + " cursor" }, ch));
          return;
        }
        if (c !== runColour) { flush(); runColour = c; }
        run += ch;
      });
      flush();
      pre.append("\n");
    });
    return pre;
  }
  return null;
}
