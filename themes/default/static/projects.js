// Project directory filters: narrow the list at once, show the count, keep the state in the URL.
// Each filter takes several values (a project passes when it has any of them); filters combine
// (a project passes them all). Beside each value: how many projects choosing that value alone
// in its filter would show, the other filters as they are (its label's data-count).
// Without JavaScript the form stays hidden and the full list, grouped by series, is readable.
(function () {
  "use strict";
  var form = document.getElementById("project-filters");
  var list = document.getElementById("project-list");
  if (!form || !list) return;
  var filters = Array.prototype.slice.call(form.querySelectorAll("[data-filter]")).map(function (fieldset) {
    return {
      name: fieldset.getAttribute("data-filter"),
      attribute: fieldset.getAttribute("data-attribute"),
      boxes: Array.prototype.slice.call(fieldset.querySelectorAll("input[type=checkbox]"))
    };
  });
  var rows = Array.prototype.slice.call(list.querySelectorAll("[data-project-id]"));
  var sections = Array.prototype.slice.call(list.querySelectorAll("[data-series-section]"));
  var count = document.getElementById("filter-count");
  var total = rows.length;

  function values(row, filter) {
    var value = row.dataset[filter.attribute] || "";
    return filter.attribute === "groups" ? value.split(" ").filter(Boolean) : [value];
  }

  function chosen(filter) {
    return filter.boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
  }

  function passes(row, filter, wanted) {
    if (!wanted.length) return true;
    return values(row, filter).some(function (v) { return wanted.indexOf(v) !== -1; });
  }

  function apply(updateURL) {
    var wanted = filters.map(chosen);
    var shown = 0;
    rows.forEach(function (row) {
      var visible = filters.every(function (filter, i) { return passes(row, filter, wanted[i]); });
      row.hidden = !visible;
      if (visible) shown += 1;
    });
    filters.forEach(function (filter, i) {
      var others = rows.filter(function (row) {
        return filters.every(function (other, j) { return j === i || passes(row, other, wanted[j]); });
      });
      filter.boxes.forEach(function (box) {
        var n = others.filter(function (row) { return values(row, filter).indexOf(box.value) !== -1; }).length;
        box.parentNode.setAttribute("data-count", String(n));
        box.parentNode.querySelector(".filter-value-count").textContent = "(" + n + ")";
      });
    });
    sections.forEach(function (section) {
      section.hidden = !section.querySelector("[data-project-id]:not([hidden])");
    });
    count.textContent = form.getAttribute("data-showing").replace("{count}", shown).replace("{total}", total);
    if (updateURL) {
      var params = new URLSearchParams(window.location.search);
      filters.forEach(function (filter) { params.delete(filter.name); });
      var query = params.toString();
      filters.forEach(function (filter, i) {
        if (wanted[i].length) query += (query ? "&" : "") + filter.name + "=" + wanted[i].map(encodeURIComponent).join(",");
      });
      window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    }
  }

  // ?series=industry,education, and ?series=industry&series=education (what the form sends).
  // No value holds a comma: region keys turn theirs into "-", like spaces.
  function readURL() {
    var params = new URLSearchParams(window.location.search);
    filters.forEach(function (filter) {
      var wanted = params.getAll(filter.name).join(",").split(",").filter(Boolean);
      wanted.forEach(function (value) {
        if (!filter.boxes.some(function (box) { return box.value === value; })) addBox(filter, value);
      });
      filter.boxes.forEach(function (box) { box.checked = wanted.indexOf(box.value) !== -1; });
    });
  }

  // A value the URL names that no checkbox has (a mistyped or retired key) still narrows, to
  // nothing, as on the search page: it gets a checkbox, named as written, that can be unticked.
  function addBox(filter, value) {
    var box = document.createElement("input");
    box.type = "checkbox";
    box.name = filter.name;
    box.value = value;
    var label = document.createElement("label");
    label.setAttribute("data-filter-value", value);
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + value + " "));
    var count = document.createElement("span");
    count.className = "filter-value-count";
    label.appendChild(count);
    var options = form.querySelector('[data-filter="' + filter.name + '"] .filter-options');
    if (options) options.appendChild(document.createElement("li")).appendChild(label);
    filter.boxes.push(box);
  }

  form.hidden = false;
  readURL();
  apply(false);
  form.addEventListener("change", function () { apply(true); });
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(true); });
  form.addEventListener("reset", function () {
    window.setTimeout(function () { apply(true); }, 0);
  });
  window.addEventListener("popstate", function () { readURL(); apply(false); });
})();
