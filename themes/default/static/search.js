/*
 * Placard search page: /<lang>/search/ (templates/search.mustache). Uses the engine in
 * search-engine.js and its three parts (window.PlacardSearch). Results are inserted as DOM nodes and text only,
 * never as HTML.
 */
(function () {
  'use strict';

  var S = window.PlacardSearch;
  if (!S || !S.answer) return;
  var Index = S.Index, parseQuery = S.parseQuery, matchRanges = S.matchRanges;

  /** Appends `text` to `parent` with the ranges wrapped in <mark>, using text nodes only. */
  function appendMarked(parent, text, ranges, from, to) {
    var at = from;
    ranges.forEach(function (r) {
      var s = Math.max(r[0], at), e = Math.min(r[1], to);
      if (e <= s) return;
      if (s > at) parent.appendChild(document.createTextNode(text.slice(at, s)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(s, e);
      parent.appendChild(mark);
      at = e;
    });
    if (at < to) parent.appendChild(document.createTextNode(text.slice(at, to)));
  }

  function snippet(parent, text, query, width) {
    var ranges = matchRanges(text, query);
    var start = ranges.length ? Math.max(0, ranges[0][0] - Math.floor(width / 4)) : 0;
    // Start Latin text at a word: after the first space before the match, if one is near.
    var space = start > 0 && ranges.length ? text.indexOf(' ', start) : -1;
    if (space >= 0 && space < ranges[0][0] && space - start < 20) start = space + 1;
    var end = Math.min(text.length, start + width);
    if (start > 0) parent.appendChild(document.createTextNode('…'));
    appendMarked(parent, text, ranges, start, end);
    if (end < text.length) parent.appendChild(document.createTextNode('…'));
    return ranges.length > 0;
  }

  // ---- The search page ------------------------------------------------------------------
  var page = document.querySelector('[data-search-page]');
  if (page) window.PlacardSearch.page = startPage(page);

  function startPage(root) {
    var index = new Index(root.getAttribute('data-index'), null, root.getAttribute('data-script-table'));
    var form = root.querySelector('form');
    var inputs = Array.prototype.slice.call(document.querySelectorAll('input[type="search"][name="q"]'));
    var input = root.querySelector('input[name="q"]');
    var FACETS = ['kind', 'series', 'group'];
    var boxes = Array.prototype.slice.call(root.querySelectorAll('[data-filter] input[type="checkbox"]'));
    var panel = root.querySelector('[data-search-filters]');
    var status = root.querySelector('[data-search-status]');
    var list = root.querySelector('[data-search-results]');
    var sentinel = root.querySelector('[data-search-more]');
    var strings = function (name) { return root.getAttribute('data-t-' + name) || ''; };
    var kindLabels = {};
    boxes.forEach(function (b) { if (b.name === 'kind') kindLabels[b.value] = b.parentNode.textContent.trim(); });
    var state = { serial: 0, hits: [], shown: 0, query: null, loading: null };
    var PAGE = 10;

    var params = new URLSearchParams(location.search);
    inputs.forEach(function (i) { i.value = params.get('q') || ''; });
    // ?series=industry,education (and ?series=industry&series=education, what the form
    // sends without JavaScript) choose several values.
    var wanted = {};
    FACETS.forEach(function (f) {
      wanted[f] = params.getAll(f).join(',').split(',').filter(Boolean);
      wanted[f].forEach(function (v) { if (!boxes.some(function (b) { return b.name === f && b.value === v; })) boxes.push(valueBox(f, v)); });
    });
    boxes.forEach(function (b) { b.checked = wanted[b.name].indexOf(b.value) !== -1; });
    if (panel && boxes.some(function (b) { return b.checked; })) panel.open = true;

    /** A checkbox for a value the URL names that the page lists nowhere (a mistyped or retired
     *  key): it still narrows, to nothing, as `placard search --series` does, and the reader
     *  sees it, named as written, and can untick it. */
    function valueBox(facet, value) {
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.name = facet;
      box.value = value;
      var label = document.createElement('label');
      label.setAttribute('data-filter-value', value);
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + value + ' '));
      var count = document.createElement('span');
      count.className = 'filter-value-count';
      label.appendChild(count);
      var options = root.querySelector('[data-filter="' + facet + '"] .filter-options');
      if (options) options.appendChild(document.createElement('li')).appendChild(label);
      return box;
    }

    function filters() {
      var f = {};
      FACETS.forEach(function (k) { f[k] = []; });
      boxes.forEach(function (b) { if (b.checked) f[b.name].push(b.value); });
      return f;
    }

    function updateURL(q) {
      var parts = [];
      if (q) parts.push('q=' + encodeURIComponent(q));
      var f = filters();
      FACETS.forEach(function (k) { if (f[k].length) parts.push(k + '=' + f[k].map(encodeURIComponent).join(',')); });
      history.replaceState(null, '', location.pathname + (parts.length ? '?' + parts.join('&') : ''));
    }

    /** Writes each value's count (the hits if it alone were chosen in its filter) beside it. */
    function showCounts(counts) {
      boxes.forEach(function (b) {
        var label = b.parentNode, out = label.querySelector('.filter-value-count');
        var n = counts && counts[b.name] ? counts[b.name][b.value] || 0 : null;
        if (n === null) { label.removeAttribute('data-count'); if (out) out.textContent = ''; return; }
        label.setAttribute('data-count', String(n));
        if (out) out.textContent = '(' + n + ')';
      });
    }

    function say(text) { status.textContent = text; }

    /** Marks the page as settled for `q` (what tests and tools wait for). */
    function done(q) {
      root.setAttribute('data-search-query', q);
      root.setAttribute('data-search-done', String(state.serial));
    }

    function run() {
      var q = input.value;
      var serial = ++state.serial;
      updateURL(q.trim() ? q : '');
      if (!q.trim()) { list.textContent = ''; say(''); showCounts(null); done(q); return; }
      say(strings('loading'));
      S.answer(index, q, filters(), true).then(function (answer) {
        if (serial !== state.serial) return;
        var hits = answer.hits;
        showCounts(answer.counts);
        state.hits = hits; state.shown = 0; state.query = S.withSynonyms(index, parseQuery(q)); state.loading = null;
        list.textContent = '';
        var n = hits.length;
        say(n === 0 ? strings('none') : n === 1 ? strings('one') : strings('count').replace('{count}', String(n)));
        return more(serial);
      }).then(function () {
        if (serial === state.serial) done(q);
      }, function (error) {
        if (serial !== state.serial) return;
        say(strings('error'));
        done(q);
        if (window.console) console.error(error);
      });
    }

    /** Shows the next page of hits, in rank order; the sentinel shows while more remain. */
    function more(serial) {
      if (state.loading) return state.loading;
      var batch = state.hits.slice(state.shown, state.shown + PAGE);
      state.shown += batch.length;
      if (sentinel) sentinel.hidden = true;
      state.loading = Promise.all(batch.map(function (h) { return render(h, serial); })).then(function (items) {
        state.loading = null;
        if (serial !== state.serial) return;
        items.forEach(function (li) { list.appendChild(li); });
        if (!sentinel || state.shown >= state.hits.length) return;
        sentinel.hidden = false;
        // A tall window may still show the sentinel: the observer only reports changes.
        if (sentinel.getBoundingClientRect().top < window.innerHeight) return more(serial);
      }, function (error) { state.loading = null; throw error; });
      return state.loading;
    }

    function render(hit, serial) {
      return index.meta(hit.doc).then(function (m) {
        var li = document.createElement('li');
        li.className = 'search-result';
        li.setAttribute('data-search-result', '');
        var h = document.createElement('h2');
        var a = document.createElement('a');
        if (/^(\/|https?:)/.test(m.url)) a.href = m.url;
        appendMarked(a, m.title, matchRanges(m.title, state.query), 0, m.title.length);
        h.appendChild(a);
        li.appendChild(h);
        var info = document.createElement('p');
        info.className = 'search-result-info';
        info.textContent = [kindLabels[m.kind] || m.kind, m.date || ''].filter(Boolean).join(' · ');
        li.appendChild(info);
        var p = document.createElement('p');
        p.className = 'search-snippet';
        li.appendChild(p);
        // The summary is the snippet when it or the title shows a match; else the body's
        // shard is fetched once the result comes near the screen. When the body does not show
        // it either, the fields that do (organizer, region, groups, tags) are the snippet.
        var summary = m.summary || '';
        if (summary && (matchRanges(summary, state.query).length || a.querySelector('mark'))) {
          snippet(p, summary, state.query, 160);
        } else {
          var query = state.query;
          var otherwise = function () {
            p.textContent = '';
            if (!fieldSnippet(p, m, query) && summary) snippet(p, summary, query, 160);
          };
          lazily(li, function () {
            index.body(hit.doc).then(function (body) {
              if (serial !== state.serial) return;
              if (!snippet(p, body || '', query, 160)) otherwise();
            }, otherwise);
          });
        }
        return li;
      });
    }

    /** Appends "label: value" (the match marked) for each of the document's other fields
     *  that shows a match, the first matching value of a list; false when none does. */
    function fieldSnippet(parent, m, query) {
      var fields = [
        [m.kind === 'project' ? 'organizer' : 'source', m.organizer ? [m.organizer] : []],
        ['region', m.region ? [m.region] : []],
        ['groups', m.groupNames || []],
        ['tags', m.tags || []]
      ];
      var shown = 0;
      fields.forEach(function (field) {
        for (var i = 0; i < field[1].length; i++) {
          var text = String(field[1][i]), ranges = matchRanges(text, query);
          if (!ranges.length) continue;
          if (shown++) parent.appendChild(document.createTextNode(' · '));
          parent.appendChild(document.createTextNode(strings(field[0]) + strings('colon')));
          appendMarked(parent, text, ranges, 0, text.length);
          return;
        }
      });
      return shown > 0;
    }

    var snippetObserver = 'IntersectionObserver' in window ? new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (!e.isIntersecting || !e.target.placardLoad) return;
        snippetObserver.unobserve(e.target);
        var load = e.target.placardLoad;
        e.target.placardLoad = null;
        load();
      });
    }, { rootMargin: '200px 0px' }) : null;

    function lazily(element, load) {
      if (!snippetObserver) { load(); return; }
      element.placardLoad = load;
      snippetObserver.observe(element);
    }

    var timer = null;
    function soon() { clearTimeout(timer); timer = setTimeout(run, 120); }
    inputs.forEach(function (i) {
      i.addEventListener('input', function () {
        inputs.forEach(function (o) { if (o !== i) o.value = i.value; });
        soon();
      });
      if (i.form) i.form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); run(); });
      i.addEventListener('keydown', function (e) {
        if (e.key === 'ArrowDown' && list.querySelector('a')) { e.preventDefault(); list.querySelector('a').focus(); }
      });
    });
    boxes.forEach(function (b) { b.addEventListener('change', run); });
    list.addEventListener('keydown', function (e) {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      var links = Array.prototype.slice.call(list.querySelectorAll('a'));
      var i = links.indexOf(document.activeElement);
      if (i < 0) return;
      e.preventDefault();
      if (e.key === 'ArrowUp' && i === 0) input.focus(); else if (links[i + (e.key === 'ArrowDown' ? 1 : -1)]) links[i + (e.key === 'ArrowDown' ? 1 : -1)].focus();
    });
    if (sentinel) {
      if ('IntersectionObserver' in window) {
        new IntersectionObserver(function (entries) {
          if (entries[0].isIntersecting && state.shown < state.hits.length) more(state.serial);
        }).observe(sentinel);
      }
    }
    run();
    return { run: run, index: index };
  }
})();
