// Read aloud: the article (or project) text, spoken by the browser's speech synthesis in the
// page's language. The control stays hidden unless a fitting voice exists; nothing is spoken
// until the reader asks. One utterance per block (heading, paragraph, list item, table cell),
// so the block being read can be marked: boundary events are not reliable across browsers.
(function () {
  var synth = window.speechSynthesis;
  var control = document.querySelector("[data-read-aloud]");
  if (!control || !synth || !window.SpeechSynthesisUtterance) return;
  var toggle = control.querySelector(".read-aloud-toggle");
  var stopButton = control.querySelector(".read-aloud-stop");
  var status = control.querySelector(".read-aloud-status");
  var BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, figcaption, pre, blockquote";
  var SKIP = "[data-read-aloud], [aria-hidden='true'], .footnote-ref, .footnote-backref, [data-footnote-backref], script, style";
  var lang = (document.documentElement.lang || "en").toLowerCase();
  var prefixes = lang.split("-")[0] === "zh" ? ["zh", "cmn"] : [lang.split("-")[0]];
  var voice = null, blocks = [], index = 0, state = "idle", run = 0, current = null;

  function findVoice() {
    var voices = synth.getVoices() || [], best = null;
    for (var i = 0; i < voices.length; i++) {
      var code = (voices[i].lang || "").toLowerCase().replace("_", "-");
      var fits = prefixes.some(function (p) { return code === p || code.indexOf(p + "-") === 0; });
      if (fits && (!best || code === lang)) best = voices[i];
      if (fits && code === lang) break;
    }
    return best;
  }
  function offer() {
    voice = findVoice();
    control.hidden = !voice;
    if (!voice && state !== "idle") stop();
  }

  // The blocks to read, in document order; a block's own text leaves out the blocks inside it.
  function collect() {
    var found = [];
    document.querySelectorAll("[data-read-aloud-text]").forEach(function (source) {
      var list = source.matches(BLOCKS) ? [source] : Array.prototype.slice.call(source.querySelectorAll(BLOCKS));
      list.forEach(function (el) {
        if (el.closest(SKIP)) return;
        var copy = el.cloneNode(true);
        copy.querySelectorAll(BLOCKS + ", " + SKIP).forEach(function (inner) { inner.remove(); });
        var text = copy.textContent.replace(/\s+/g, " ").trim();
        if (text) found.push({ el: el, text: text });
      });
    });
    return found;
  }

  function mark(el) {
    if (current) current.classList.remove("read-aloud-current");
    current = el;
    if (!el) return;
    el.classList.add("read-aloud-current");
    var still = window.matchMedia && matchMedia("(prefers-reduced-motion: reduce)").matches;
    el.scrollIntoView({ block: "nearest", behavior: still ? "auto" : "smooth" });
  }
  function show(next) {
    state = next;
    control.setAttribute("data-state", next);
    toggle.textContent = control.getAttribute(next === "speaking" ? "data-t-pause" : next === "paused" ? "data-t-resume" : "data-t-start");
    stopButton.hidden = !(next === "speaking" || next === "paused");
    var said = { speaking: "data-t-reading", paused: "data-t-paused", stopped: "data-t-stopped" }[next];
    status.textContent = said ? control.getAttribute(said) : "";
  }
  function speakFrom(i) {
    var mine = run;
    if (i >= blocks.length) { mark(null); show("stopped"); return; }
    index = i;
    mark(blocks[i].el);
    var utterance = new SpeechSynthesisUtterance(blocks[i].text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;  // a little slower than usual, for older listeners
    utterance.onend = function () { if (mine === run && state !== "stopped") speakFrom(i + 1); };
    utterance.onerror = utterance.onend;
    synth.speak(utterance);
  }
  function start() {
    blocks = collect();
    run++;
    synth.cancel();
    synth.resume();  // a queue cancelled while paused stays paused in some browsers
    show("speaking");
    speakFrom(0);
  }
  function stop() {
    run++;
    synth.cancel();
    mark(null);
    if (document.activeElement === stopButton) toggle.focus();
    show("stopped");
  }

  toggle.addEventListener("click", function () {
    if (state === "speaking") { synth.pause(); show("paused"); }
    else if (state === "paused") { synth.resume(); show("speaking"); }
    else start();
  });
  stopButton.addEventListener("click", stop);
  // Keys on the control itself (it can take focus) act as on its first button: Enter or Space
  // starts, pauses and resumes; Escape stops (below). Keys on the buttons are theirs.
  control.addEventListener("keydown", function (event) {
    if (event.target !== control || (event.key !== "Enter" && event.key !== " " && event.key !== "Spacebar")) return;
    event.preventDefault();  // Space would scroll the page
    toggle.click();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && (state === "speaking" || state === "paused")) stop();
  });
  window.addEventListener("pagehide", function () { if (state === "speaking" || state === "paused") synth.cancel(); });
  if (synth.addEventListener) synth.addEventListener("voiceschanged", offer); else synth.onvoiceschanged = offer;
  show("idle");
  offer();
})();
