// The playground page: an editor, Run/Stop, and the output and thread
// timeline of the run, polled from the wasm side (window.spindle).
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const code = $("code"), gutter = $("gutter"), output = $("output"), timeline = $("timeline");
  const runBtn = $("run"), stopBtn = $("stop"), status = $("status"), pick = $("examples");
  let examples = [], running = false, lastDraw = 0, drawCost = 0, runStart = 0, stopAt = 0;

  // The page's measurements, read by the browser test and for the README.
  // Times are in ms from the navigation's start: fetchStart and fetched
  // are when the wasm file's download began and ended, loaded when the
  // module is compiled, ready when its Go side is up; goFirst is the time
  // from the run's start in Go to its first output.
  window.spindlePage = { fetchStart: 0, fetched: 0, loaded: 0, ready: 0, firstOutput: 0, goFirst: 0, ended: false, status: null, stopLatency: 0, runs: 0 };

  // The editor: line numbers and Tab indentation.
  function numberLines() {
    const n = code.value.split("\n").length;
    let s = "";
    for (let i = 1; i <= n; i++) s += i + "\n";
    gutter.textContent = s;
    gutter.scrollTop = code.scrollTop;
  }
  code.addEventListener("input", numberLines);
  code.addEventListener("scroll", () => { gutter.scrollTop = code.scrollTop; });
  code.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); return; }
    if (e.key !== "Tab") return;
    e.preventDefault();
    const v = code.value, a = code.selectionStart, b = code.selectionEnd;
    const lineStart = v.lastIndexOf("\n", a - 1) + 1;
    if (a === b && !e.shiftKey) {
      code.setRangeText("    ", a, b, "end");
    } else {
      // Indent or dedent every selected line.
      const block = v.slice(lineStart, b);
      const lines = block.split("\n").map((l) => e.shiftKey ? l.replace(/^ {1,4}/, "") : "    " + l);
      code.setRangeText(lines.join("\n"), lineStart, b, "select");
    }
    numberLines();
  });

  function setExample(name) {
    const ex = examples.find((x) => x.name === name);
    if (!ex) return;
    pick.value = name;
    code.value = ex.src;
    numberLines();
  }
  pick.addEventListener("change", () => setExample(pick.value));

  // append adds output. The scroll to its end waits for the next frame:
  // reading scrollHeight forces a layout, so once a frame, not once a
  // chunk.
  let scrollPending = false;
  function append(stream, text) {
    const span = document.createElement("span");
    span.className = stream;
    span.textContent = text;
    output.appendChild(span);
    if (scrollPending) return;
    scrollPending = true;
    requestAnimationFrame(() => {
      scrollPending = false;
      output.scrollTop = output.scrollHeight;
    });
  }

  // Drawing the timeline costs more as it grows: redraw at most every
  // 10 times what the last drawing took, and at least 200 ms apart.
  function drawTimeline(force) {
    const now = performance.now();
    if (!force && now - lastDraw < Math.max(200, 10 * drawCost)) return;
    timeline.innerHTML = spindle.timeline();
    lastDraw = performance.now();
    drawCost = lastDraw - now;
  }

  function poll() {
    const p = spindle.poll();
    for (const c of p.chunks || []) {
      if (!window.spindlePage.firstOutput && c.stream !== "info") window.spindlePage.firstOutput = performance.now();
      append(c.stream, c.text);
    }
    if (p.first && !window.spindlePage.goFirst) window.spindlePage.goFirst = p.first;
    drawTimeline(p.ended);
    if (p.ended) {
      finish(p.status);
      return;
    }
    setTimeout(poll, 30);
  }

  function finish(code) {
    running = false;
    const ms = performance.now() - runStart;
    if (stopAt) window.spindlePage.stopLatency = performance.now() - stopAt;
    append("end", `\n[exit status ${code}, ${ms.toFixed(0)} ms]\n`);
    status.textContent = code === 0 ? "done" : code === 130 ? "stopped" : "exit status " + code;
    runBtn.disabled = false;
    stopBtn.disabled = true;
    Object.assign(window.spindlePage, { ended: true, status: code, runMs: ms });
  }

  function run() {
    if (running) return;
    running = true;
    output.textContent = "";
    timeline.textContent = "";
    lastDraw = 0; stopAt = 0;
    Object.assign(window.spindlePage, { ended: false, status: null, stopLatency: 0, goFirst: 0, runs: window.spindlePage.runs + 1 });
    runBtn.disabled = true;
    stopBtn.disabled = false;
    status.textContent = "running";
    runStart = performance.now();
    const name = pick.value && examples.find((x) => x.name === pick.value && x.src === code.value) ? pick.value : "main.py";
    spindle.run(name, code.value, Number($("seed").value) || 0, Number($("stress").value) || 0);
    poll();
  }
  runBtn.addEventListener("click", run);
  stopBtn.addEventListener("click", () => {
    if (!running) return;
    stopAt = performance.now();
    status.textContent = "stopping";
    spindle.stop();
  });

  // checkpoint (see wasm/main.go) asks for a message event to resume
  // a computing script once the browser has handled what waits.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => spindle.resume();
  window.spindleYield = () => channel.port2.postMessage(0);

  window.spindleReady = () => {
    window.spindlePage.ready = performance.now();
    examples = spindle.examples();
    for (const ex of examples) {
      const o = document.createElement("option");
      o.value = o.textContent = ex.name;
      pick.appendChild(o);
    }
    const params = new URLSearchParams(location.search);
    setExample(params.get("example") || params.get("run") || "notes.star");
    runBtn.disabled = false;
    status.textContent = "ready";
    if (params.get("run")) run();
  };

  const go = new Go();
  // index.html started compiling the module (compileStreaming).
  window.spindleModule
    .then((module) => {
      window.spindlePage.loaded = performance.now();
      const res = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/spindle.wasm"));
      if (res) Object.assign(window.spindlePage, { fetchStart: res.fetchStart, fetched: res.responseEnd });
      return WebAssembly.instantiate(module, go.importObject);
    })
    .then((instance) => go.run(instance))
    .catch((e) => { status.textContent = "failed to load: " + e; });
})();
