// The reader's display switches in the header: larger text, high contrast, large pointer.
// Each choice is kept in localStorage and applied here, in <head>, before the page paints, so a
// reader who chose larger text never sees the small text flash. High contrast also follows the
// system (prefers-contrast: more, forced colours) until the reader chooses otherwise.
// The buttons stay hidden without JavaScript: browser zoom and system settings still work there.
(function () {
  var root = document.documentElement;
  var switches = [
    { key: "placard-text-size", on: "large", off: "normal", name: "text-large", button: ".text-size-toggle" },
    { key: "placard-contrast", on: "high", off: "normal", name: "contrast-high", button: ".contrast-toggle",
      system: window.matchMedia && matchMedia("(prefers-contrast: more), (forced-colors: active)") },
    { key: "placard-pointer", on: "large", off: "normal", name: "pointer-large", button: ".pointer-toggle" }
  ];
  function stored(s) { try { return localStorage.getItem(s.key); } catch (e) { return null; } }
  function apply(s) {
    var choice = stored(s);
    var on = choice ? choice === s.on : !!(s.system && s.system.matches);
    if (on) root.classList.add(s.name); else root.classList.remove(s.name);
  }
  function sync(s) {
    var buttons = document.querySelectorAll(s.button);
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute("aria-pressed", root.classList.contains(s.name) ? "true" : "false");
  }
  // A table or code block wider than the text column scrolls in its own box: keyboard users must be able to reach it.
  function scrollers() {
    var tables = document.querySelectorAll(".prose table, .prose pre");
    for (var i = 0; i < tables.length; i++) {
      if (tables[i].scrollWidth > tables[i].clientWidth) tables[i].setAttribute("tabindex", "0");
      else tables[i].removeAttribute("tabindex");
    }
  }
  switches.forEach(apply);
  window.addEventListener("resize", scrollers);
  document.addEventListener("DOMContentLoaded", function () {
    scrollers();
    switches.forEach(function (s) {
      var buttons = document.querySelectorAll(s.button);
      for (var i = 0; i < buttons.length; i++) {
        buttons[i].hidden = false;
        buttons[i].addEventListener("click", function () {
          var on = root.classList.toggle(s.name);
          try { localStorage.setItem(s.key, on ? s.on : s.off); } catch (e) {}
          sync(s);
          scrollers();
        });
      }
      if (s.system && s.system.addEventListener) s.system.addEventListener("change", function () { apply(s); sync(s); });
      sync(s);
    });
  });
})();
