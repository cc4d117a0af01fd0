// Project directory filters: narrow the list at once, show the count, keep the state in the URL.
// Without JavaScript the form stays hidden and the full list, grouped by series, is readable.
(function () {
  "use strict";
  var form = document.getElementById("project-filters");
  var list = document.getElementById("project-list");
  if (!form || !list) return;
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-attribute]"));
  var rows = Array.prototype.slice.call(list.querySelectorAll("[data-project-id]"));
  var sections = Array.prototype.slice.call(list.querySelectorAll("[data-series-section]"));
  var count = document.getElementById("filter-count");
  var total = rows.length;

  function matches(row, select) {
    var wanted = select.value;
    if (!wanted) return true;
    var attribute = select.getAttribute("data-attribute");
    var value = row.dataset[attribute] || "";
    return attribute === "groups" ? value.split(" ").indexOf(wanted) !== -1 : value === wanted;
  }

  function apply(updateURL) {
    var shown = 0;
    rows.forEach(function (row) {
      var visible = selects.every(function (select) { return matches(row, select); });
      row.hidden = !visible;
      if (visible) shown += 1;
    });
    sections.forEach(function (section) {
      section.hidden = !section.querySelector("[data-project-id]:not([hidden])");
    });
    count.textContent = form.getAttribute("data-showing").replace("{count}", shown).replace("{total}", total);
    if (updateURL) {
      var params = new URLSearchParams(window.location.search);
      selects.forEach(function (select) {
        if (select.value) params.set(select.name, select.value); else params.delete(select.name);
      });
      var query = params.toString();
      window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    }
  }

  function readURL() {
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      var value = params.get(select.name) || "";
      var known = Array.prototype.some.call(select.options, function (option) { return option.value === value; });
      select.value = known ? value : "";
    });
  }

  form.hidden = false;
  readURL();
  apply(false);
  selects.forEach(function (select) {
    select.addEventListener("change", function () { apply(true); });
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(true); });
  form.addEventListener("reset", function () {
    window.setTimeout(function () { apply(true); }, 0);
  });
  window.addEventListener("popstate", function () { readURL(); apply(false); });
})();
