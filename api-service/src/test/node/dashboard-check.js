// Opens the dashboard (index.html and dashboard.js as the service serves them) in jsdom, with the
// given API key, against the running api-service, and prints what it rendered as JSON.
//   node dashboard-check.js BASE_URL KEY job       waits for a search job, opens it, reports its detail;
//                                                  then, after a line on stdin, reports the loss curve's
//                                                  train points once two more polls have run
//   node dashboard-check.js BASE_URL KEY message   waits for the status line (no key, a wrong key)
"use strict";
const { JSDOM } = require("jsdom");

const [base, key, mode] = process.argv.slice(2);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what, test) {
  for (let i = 0; i < 600; i++) { // up to a minute: a loaded CI machine is slow
    const value = test();
    if (value) return value;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function main() {
  const dom = await JSDOM.fromURL(`${base}/`, {
    runScripts: "dangerously",
    resources: "usable",
    beforeParse(window) {
      if (key) window.localStorage.setItem("revnas.apiKey", key);
      // jsdom has no fetch: lend it Node's, which makes the same HTTP requests a browser would.
      window.fetch = (url, options) => fetch(new URL(url, window.location.href), options);
    },
  });
  const doc = dom.window.document;
  const text = (selector) => [...doc.querySelectorAll(selector)].map((node) => node.textContent);
  const out = {};
  if (mode === "message") {
    out.message = await until("a status message", () => doc.getElementById("message").textContent);
  } else {
    await until("a complete refresh", () => doc.body.dataset.refreshed);
    const row = doc.querySelector("#search-jobs tr.job");
    out.searchRow = [...row.cells].map((c) => c.textContent);
    out.datasets = text("#datasets td");
    out.models = text("#models td");
    row.dispatchEvent(new dom.window.MouseEvent("click", { bubbles: true }));
    await until("the job's detail", () => doc.querySelector("#detail .edge"));
    out.title = doc.getElementById("detail-title").textContent;
    out.lossLines = doc.querySelectorAll("#detail svg polyline").length;
    out.edges = [...doc.querySelectorAll("#detail .edge")].map((edge) => ({
      edge: edge.querySelector("h3").textContent,
      ops: [...edge.querySelectorAll(".op .name")].map((n) => n.textContent),
      best: edge.querySelector(".op.best .name").textContent,
    }));
    out.message = doc.getElementById("message").textContent;
    console.log(JSON.stringify(out));
    await new Promise((resolve) => process.stdin.once("data", resolve));
    for (let polls = 0; polls < 2; polls++) {
      const seen = doc.body.dataset.refreshed;
      await until("the next poll", () => doc.body.dataset.refreshed !== seen);
    }
    const train = doc.querySelector("#detail svg polyline.train");
    console.log(JSON.stringify({ trainPoints: train.getAttribute("points").trim().split(/\s+/).length }));
    process.stdin.pause();
  }
  if (mode === "message") console.log(JSON.stringify(out));
  dom.window.close();
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
