// The "larger text" switch: remembered in localStorage, applied before the page paints.
(function () {
  var KEY = "placard-text-size";
  var root = document.documentElement;
  try { if (localStorage.getItem(KEY) === "large") root.classList.add("text-large"); } catch (e) {}
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector(".text-size-toggle");
    if (!button) return;
    function sync() {
      var large = root.classList.contains("text-large");
      button.setAttribute("aria-pressed", large ? "true" : "false");
      button.textContent = large ? button.getAttribute("data-label-normal") : button.getAttribute("data-label-larger");
    }
    button.hidden = false;
    sync();
    button.addEventListener("click", function () {
      root.classList.toggle("text-large");
      try { localStorage.setItem(KEY, root.classList.contains("text-large") ? "large" : "normal"); } catch (e) {}
      sync();
    });
  });
})();
