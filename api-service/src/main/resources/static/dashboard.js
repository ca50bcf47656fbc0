// The revnas dashboard: a read-mostly view of the REST API (jobs with progress, loss curves,
// softmax(α) per edge, models, datasets), polled every few seconds. Plain DOM, no framework and no
// CDN, so that it works on a machine without internet; every value from the API is set as text.
"use strict";

const API = "api/v1";
const POLL_MS = 5000;
const KEY_STORE = "revnas.apiKey";
let selected = null; // {kind: "search" | "training", id}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === "onclick") node.addEventListener("click", value);
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : String(child ?? ""));
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

async function call(path, options = {}) {
  const headers = { "X-API-Key": localStorage.getItem(KEY_STORE) || "", ...(options.headers || {}) };
  const response = await fetch(`${API}/${path}`, { ...options, headers });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (e) { /* not a problem detail */ }
    throw new Error(`${response.status} ${detail}`);
  }
  return response;
}

const getJson = async (path) => (await call(path)).json();

function fixed(value, digits) {
  return value === null || value === undefined ? "" : Number(value).toFixed(digits);
}

function duration(seconds) {
  if (seconds === null || seconds === undefined) return "";
  const h = Math.floor(seconds / 3600), m = Math.floor((seconds % 3600) / 60), s = seconds % 60;
  return h > 0 ? `${h}h ${m}m` : m > 0 ? `${m}m ${s}s` : `${s}s`;
}

function progressBar(percent) {
  const bar = el("span", { class: "bar", title: `${fixed(percent, 1)} %` }, el("span"));
  bar.firstChild.style.width = `${Math.max(0, Math.min(100, percent))}%`;
  return bar;
}

function table(node, headings, rows) {
  node.replaceChildren(el("tr", {}, ...headings.map((h) => el("th", {}, h))), ...rows);
  if (rows.length === 0) node.append(el("tr", {}, el("td", { colspan: headings.length }, "none yet")));
}

function cell(value, numeric = false) {
  return el("td", numeric ? { class: "num" } : {}, value);
}

function jobRow(kind, job) {
  const m = job.metrics || {};
  const steps = m.totalSteps > 0 ? `${m.step ?? 0} / ${m.totalSteps}` : (m.step ?? "");
  const row = el("tr", { class: "job" + (selected && selected.id === job.id ? " selected" : "") },
    cell(job.id.slice(0, 8)), el("td", { class: `status-${job.status}` }, job.status),
    el("td", {}, progressBar(job.progress), ` ${fixed(job.progress, 0)} %`), cell(duration(job.etaSeconds), true),
    cell(steps, true), cell(fixed(m.trainLoss, 3), true), cell(fixed(m.validLoss, 3), true),
    cell(kind === "training" ? fixed(m.validBleu, 2) : fixed(m.tokensPerSecond, 0), true),
    cell(new Date(job.createdAt).toLocaleString()));
  row.addEventListener("click", () => { selected = { kind, id: job.id }; refresh(); });
  return row;
}

async function renderJobs(kind) {
  const page = await getJson(`${kind}-jobs?size=20`);
  const last = kind === "training" ? "valid BLEU" : "tokens/s";
  table(document.getElementById(`${kind}-jobs`),
    ["job", "status", "progress", "ETA", "step", "train loss", "valid loss", last, "created"],
    page.content.map((job) => jobRow(kind, job)));
}

async function download(model) {
  const blob = await (await call(`models/${model.id}/artifact`)).blob();
  const link = el("a", { href: URL.createObjectURL(blob), download: `${model.name}.zip` });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60000); // the browser may still be reading it
}

async function renderModels() {
  const page = await getJson("models?size=20");
  table(document.getElementById("models"),
    ["name", "pair", "architecture", "BLEU", "chrF", "parameters", "served", ""],
    page.content.map((model) => el("tr", {}, cell(model.name), cell(model.pair), cell(model.architecture),
      cell(fixed(model.bleu, 2), true), cell(fixed(model.chrf, 2), true), cell(model.parameters.toLocaleString(), true),
      cell(model.deployed ? "yes" : ""),
      el("td", {}, el("button", { onclick: () => download(model).catch(show) }, "download"),
        model.deployed ? "" : el("button", { onclick: () => act(`models/${model.id}/deploy`) }, "deploy")))));
}

async function renderDatasets() {
  const page = await getJson("datasets?size=20");
  table(document.getElementById("datasets"), ["name", "pair", "train", "valid", "test", "fingerprint"],
    page.content.map((d) => el("tr", {}, cell(d.name), cell(d.pair), cell(d.counts?.train, true),
      cell(d.counts?.valid, true), cell(d.counts?.test, true), cell((d.fingerprint || "").slice(0, 16)))));
}

// Train (blue) and validation (red) loss against the step.
function lossChart(points) {
  const width = 640, height = 200, pad = 30;
  const chart = svg("svg", { class: "chart", width, height, viewBox: `0 0 ${width} ${height}` });
  const losses = points.flatMap((p) => [p.trainLoss, p.validLoss]).filter((v) => v !== null && v !== undefined);
  if (losses.length === 0) return el("p", {}, "no loss reported yet");
  const lastStep = Math.max(1, ...points.map((p) => p.step));
  const lo = Math.min(...losses), hi = Math.max(...losses), span = hi - lo || 1;
  const x = (step) => pad + (step / lastStep) * (width - 2 * pad);
  const y = (loss) => height - pad - ((loss - lo) / span) * (height - 2 * pad);
  for (const [field, css] of [["trainLoss", "train"], ["validLoss", "valid"]]) {
    const xy = points.filter((p) => p[field] !== null && p[field] !== undefined).map((p) => `${x(p.step)},${y(p[field])}`);
    chart.append(svg("polyline", { class: css, fill: "none", "stroke-width": 1.5, points: xy.join(" ") }));
  }
  const label = (text, attrs) => { const t = svg("text", { "font-size": 11, ...attrs }); t.textContent = text; chart.append(t); };
  label(hi.toFixed(2), { x: 2, y: pad });
  label(lo.toFixed(2), { x: 2, y: height - pad });
  label(`step ${lastStep}`, { x: width - pad - 50, y: height - 8 });
  label("train loss", { x: pad + 10, y: 14, fill: "#1e88e5" });
  label("valid loss", { x: pad + 90, y: 14, fill: "#e53935" });
  return chart;
}

// The latest softmax(α) of every edge, its strongest op in bold.
function alphaBars(candidates, latest) {
  if (!latest) return el("p", {}, "no α reported yet");
  const edges = Object.entries(latest.alphas).map(([edge, weights]) => {
    const ops = candidates[edge.startsWith("alpha.decoder") ? "decoder" : "encoder"];
    const best = weights.indexOf(Math.max(...weights));
    return el("div", { class: "edge" }, el("h3", {}, edge.replace(/^alpha\./, "")),
      ...weights.map((w, i) => el("div", { class: "op" + (i === best ? " best" : "") },
        el("span", { class: "name" }, ops[i] ?? `op ${i}`), progressBar(100 * w), fixed(w, 3))));
  });
  return el("div", {}, el("p", {}, `softmax(α) at step ${latest.step}`), el("div", { class: "edges" }, ...edges));
}

// The selected job's time series, fetched with ?after= so that each poll reads only the new points.
let series = null;

async function seriesOf(kind, id) {
  if (!series || series.kind !== kind || series.id !== id) {
    series = { kind, id, metrics: [], candidates: null, alpha: null };
  }
  const s = series;
  const lastStep = s.metrics.length ? s.metrics[s.metrics.length - 1].step : -1;
  s.metrics.push(...(await getJson(`${kind}-jobs/${id}/metrics?after=${lastStep}`)).points);
  if (kind === "search") {
    const alphas = await getJson(`search-jobs/${id}/alphas?after=${s.alpha ? s.alpha.step : -1}`);
    s.candidates = alphas.candidates;
    s.alpha = alphas.points[alphas.points.length - 1] || s.alpha;
  }
  return s;
}

async function renderDetail() {
  const section = document.getElementById("detail");
  if (!selected) { section.hidden = true; return; }
  const { kind, id } = selected;
  const [job, s] = await Promise.all([getJson(`${kind}-jobs/${id}`), seriesOf(kind, id)]);
  const parts = [el("p", {}, `${job.status} · attempt ${job.attempts} of ${job.maxAttempts}`,
    job.model ? ` · model ${job.model}` : "", job.error ? ` · ${job.error}` : "")];
  if (job.status === "QUEUED" || job.status === "RUNNING") {
    parts.push(el("button", { onclick: () => act(`${kind}-jobs/${id}/cancel`) }, "cancel"));
  }
  parts.push(lossChart(s.metrics));
  if (kind === "search") parts.push(alphaBars(s.candidates, s.alpha));
  if (job.genotype) parts.push(el("details", {}, el("summary", {}, "genotype"), el("pre", {}, JSON.stringify(job.genotype, null, 2))));
  parts.push(el("details", {}, el("summary", {}, "config"), el("pre", {}, JSON.stringify(job.config, null, 2))));
  document.getElementById("detail-title").textContent = `${kind} job ${id}`;
  document.getElementById("detail-body").replaceChildren(...parts);
  section.hidden = false;
}

async function act(path) {
  try {
    await call(path, { method: "POST" });
    await refresh();
  } catch (e) {
    show(e);
  }
}

function show(error) {
  document.getElementById("message").textContent = error ? `${error.message}` : "";
}

// One poll at a time: a refresh asked for while one runs (a click, a slow API) runs once after it.
let polling = null;
let pollAgain = false;

function refresh() {
  if (polling) {
    pollAgain = true;
    return polling;
  }
  polling = poll().finally(() => {
    polling = null;
    if (pollAgain) {
      pollAgain = false;
      refresh();
    }
  });
  return polling;
}

async function poll() {
  if (!localStorage.getItem(KEY_STORE)) {
    show(new Error("enter an API key (the admin key bin/revnas up printed, or one with read scope)"));
    return;
  }
  try {
    await Promise.all([renderJobs("search"), renderJobs("training"), renderModels(), renderDatasets(), renderDetail()]);
    show(null);
    document.body.dataset.refreshed = new Date().toISOString(); // when the whole page last showed the API
  } catch (e) {
    show(e);
  }
}

document.getElementById("key").value = localStorage.getItem(KEY_STORE) || "";
document.getElementById("key-form").addEventListener("submit", (event) => {
  event.preventDefault();
  localStorage.setItem(KEY_STORE, document.getElementById("key").value.trim());
  refresh();
});
refresh();
setInterval(refresh, POLL_MS);
