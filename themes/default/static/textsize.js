// The "larger text" switch. The choice is kept in localStorage and applied here, in <head>,
// before the page paints, so a reader who chose larger text never sees the small text flash.
// The button stays hidden without JavaScript: browser zoom still works there.
(function () {
  var KEY = "placard-text-size";
  var root = document.documentElement;
  try { if (localStorage.getItem(KEY) === "large") root.classList.add("text-large"); } catch (e) {}
  document.addEventListener("DOMContentLoaded", function () {
    var buttons = document.querySelectorAll(".text-size-toggle");
    function sync() {
      var large = root.classList.contains("text-large");
      for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute("aria-pressed", large ? "true" : "false");
    }
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function () {
        root.classList.toggle("text-large");
        try { localStorage.setItem(KEY, root.classList.contains("text-large") ? "large" : "normal"); } catch (e) {}
        sync();
      });
    }
    sync();
  });
})();
