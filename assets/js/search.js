// Search for one edition, on its search page. The index is written by the build (org.sitegen.search) and split
// like Pagefind's: a small manifest.json, vocabulary shards v/N.json (every word, folded, with its stem), posting
// shards p/N.json (per stem, the documents and weights) and one fragment f/N.json per page for its snippet. A query
// fetches the manifest, the vocabulary shards of its words' first characters, the posting shards of the stems it
// matched (exact words first, then prefixes and one-letter typos, within the manifest's byte budget) and the
// fragments of the results shown. Words are cut exactly as Tokenizer.java cuts them. Every text from the index is
// put into the page with textContent, never as HTML. Without JavaScript the page explains itself (<noscript>).
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var more = document.getElementById("search-more");
  if (!form || !input || !results || !status || !window.fetch) { return; }
  var text = status.dataset;

  var CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]$/u;
  var PART = /^[\p{L}\p{M}\p{N}]$/u;
  var LAST = "0123456789abcdefghijklmnopqrstuv";
  var MORE = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-";
  var EXACT = 1;
  var PREFIX = 0.5;
  var TYPO = 0.4;

  var cache = {};
  function load(path) {
    if (!cache[path]) {
      cache[path] = fetch(path).then(function (response) {
        if (!response.ok) { throw new Error(path + ": " + response.status); }
        return response.json();
      });
    }
    return cache[path];
  }

  var manifest = null;
  var stop = new Set();

  function fold(word) {
    var lower;
    try { lower = word.toLocaleLowerCase(manifest.lang); } catch (e) { lower = word.toLowerCase(); }
    return manifest.dottedI ? lower : lower.replace(/\u0307/g, "");
  }

  // The terms of a text with their places in it: [{term, start, end}], as Tokenizer.java cuts them.
  function terms(raw) {
    var source = raw.normalize("NFC");
    var out = [];
    var word = -1;
    var cjk = [];
    function flushWord(end) {
      if (word >= 0) {
        var term = fold(source.slice(word, end));
        if (Array.from(term).length >= 2 && !stop.has(term)) { out.push({ term: term, start: word, end: end }); }
      }
      word = -1;
    }
    function flushCjk() {
      if (cjk.length === 1) {
        out.push({ term: fold(cjk[0].c), start: cjk[0].i, end: cjk[0].i + cjk[0].c.length });
      }
      for (var k = 0; k + 1 < cjk.length; k++) {
        out.push({ term: fold(cjk[k].c + cjk[k + 1].c), start: cjk[k].i, end: cjk[k + 1].i + cjk[k + 1].c.length });
      }
      cjk = [];
    }
    var i = 0;
    for (var ch of source) {
      if (CJK.test(ch)) {
        flushWord(i);
        cjk.push({ c: ch, i: i });
      } else if (PART.test(ch)) {
        flushCjk();
        if (word < 0) { word = i; }
      } else {
        flushWord(i);
        flushCjk();
      }
      i += ch.length;
    }
    flushWord(i);
    flushCjk();
    return out;
  }

  function decode(encoded) {
    var docs = new Map();
    var value = 0;
    var previous = -1;
    for (var i = 0; i < encoded.length; i++) {
      var c = encoded.charAt(i);
      var m = MORE.indexOf(c);
      if (m >= 0) { value = value * 32 + m; continue; }
      value = value * 32 + LAST.indexOf(c);
      var doc = previous + Math.floor(value / 16);
      docs.set(doc, value % 16);
      previous = doc;
      value = 0;
    }
    return docs;
  }

  // Optimal string alignment distance, stopping early past 1.
  function withinOneEdit(a, b) {
    if (a === b) { return true; }
    if (Math.abs(a.length - b.length) > 1) { return false; }
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) { i++; }
    if (a.length === b.length) {
      if (a.slice(i + 1) === b.slice(i + 1)) { return true; }
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  function stemOf(word, s) { return typeof s === "number" ? word.slice(0, s) : s; }

  function postingShard(stem) {
    var firsts = manifest.postings;
    var lo = 0;
    var hi = firsts.length - 1;
    var found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (firsts[mid] <= stem) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }

  // Vocabulary shards holding the words that begin with the first character of `term` (shard n holds the words
  // from its first word up to the next shard's first word).
  function vocabularyFor(term) {
    var c = term.charAt(0);
    var after = String.fromCharCode(c.charCodeAt(0) + 1);
    var firsts = manifest.vocabulary;
    var paths = [];
    firsts.forEach(function (first, n) {
      if (first < after && (n + 1 === firsts.length || firsts[n + 1] > c)) { paths.push("v/" + n + ".json"); }
    });
    return Promise.all(paths.map(load));
  }

  // For each query term, the stems it matches with the quality of the match, and the words to highlight.
  function match(queryTerms) {
    return Promise.all(queryTerms.map(vocabularyFor)).then(function (shardsPerTerm) {
      var wanted = [];
      var highlight = new Set(queryTerms);
      queryTerms.forEach(function (q, t) {
        var best = new Map();
        var length = Array.from(q).length;
        var prefix = length >= 3 || CJK.test(q.charAt(0));
        var typo = length >= 5;
        shardsPerTerm[t].forEach(function (shard) {
          shard.t.forEach(function (word, k) {
            var quality = word === q ? EXACT : prefix && word.startsWith(q) ? PREFIX : typo && withinOneEdit(q, word) ? TYPO : 0;
            if (quality > 0) {
              var stem = stemOf(word, shard.s[k]);
              if (!(best.get(stem) >= quality)) { best.set(stem, quality); }
            }
          });
        });
        best.forEach(function (quality, stem) { wanted.push({ term: t, stem: stem, quality: quality }); });
        shardsPerTerm[t].forEach(function (shard) {
          shard.t.forEach(function (word, k) { if (best.has(stemOf(word, shard.s[k]))) { highlight.add(word); } });
        });
      });
      return { wanted: wanted, highlight: highlight };
    });
  }

  // Documents matching every query term, best first: [{doc, score}].
  function rank(queryTerms, matched) {
    var order = matched.wanted.slice().sort(function (a, b) {
      return b.quality - a.quality || a.term - b.term || (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0);
    });
    var shards = new Set();
    var bytes = 0;
    var chosen = order.filter(function (w) {
      var shard = postingShard(w.stem);
      if (shard < 0) { return false; }
      if (shards.has(shard)) { return true; }
      if (w.quality < EXACT && bytes + manifest.postingBytes[shard] > manifest.budget) { return false; }
      shards.add(shard);
      bytes += manifest.postingBytes[shard];
      return true;
    });
    var list = Array.from(shards);
    return Promise.all(list.map(function (n) { return load("p/" + n + ".json"); })).then(function (loaded) {
      var byShard = new Map();
      list.forEach(function (n, k) { byShard.set(n, loaded[k]); });
      var perTerm = queryTerms.map(function () { return new Map(); });
      chosen.forEach(function (w) {
        var encoded = byShard.get(postingShard(w.stem))[w.stem];
        if (!encoded) { return; }
        decode(encoded).forEach(function (weight, doc) {
          var score = weight * w.quality;
          var scores = perTerm[w.term];
          if (!(scores.get(doc) >= score)) { scores.set(doc, score); }
        });
      });
      var found = [];
      perTerm[0].forEach(function (score, doc) {
        var total = score;
        for (var t = 1; t < perTerm.length; t++) {
          var s = perTerm[t].get(doc);
          if (s === undefined) { return; }
          total += s;
        }
        found.push({ doc: doc, score: total });
      });
      found.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      return found;
    });
  }

  // Appends `raw` to `parent`, each highlighted word in a <mark>; all of it as text nodes.
  function marked(parent, raw, highlight) {
    var at = 0;
    terms(raw).forEach(function (t) {
      if (highlight.has(t.term) && t.start >= at) {
        parent.appendChild(document.createTextNode(raw.slice(at, t.start)));
        var mark = document.createElement("mark");
        mark.textContent = raw.slice(t.start, t.end);
        parent.appendChild(mark);
        at = t.end;
      }
    });
    parent.appendChild(document.createTextNode(raw.slice(at)));
  }

  // About 220 characters of the text around its first highlighted word, else the summary.
  function snippet(fragment, highlight) {
    var raw = (fragment.x || "").normalize("NFC");
    var first = terms(raw).find(function (t) { return highlight.has(t.term); });
    if (!first) { return fragment.s || raw.slice(0, 220); }
    var start = Math.max(0, first.start - 80);
    if (start > 0) {
      var space = raw.indexOf(" ", start);
      start = space >= 0 && space < first.start ? space + 1 : start;
    }
    var end = Math.min(raw.length, start + 220);
    if (end < raw.length) {
      var cut = raw.lastIndexOf(" ", end);
      end = cut > first.end ? cut : end;
    }
    return (start > 0 ? "\u2026" : "") + raw.slice(start, end) + (end < raw.length ? "\u2026" : "");
  }

  function item(fragment, highlight) {
    var li = document.createElement("li");
    li.className = "search-result";
    var type = document.createElement("span");
    type.className = "search-type search-type-" + fragment.y;
    type.textContent = text["type" + fragment.y.charAt(0).toUpperCase() + fragment.y.slice(1)] || fragment.y;
    var heading = document.createElement("p");
    heading.className = "search-title";
    var link = document.createElement("a");
    link.href = fragment.u;
    marked(link, fragment.t, highlight);
    heading.appendChild(link);
    var snip = document.createElement("p");
    snip.className = "search-snippet";
    marked(snip, snippet(fragment, highlight), highlight);
    li.appendChild(type);
    li.appendChild(heading);
    li.appendChild(snip);
    return li;
  }

  var current = null;

  function showPage(state) {
    var page = state.found.slice(state.shown, state.shown + manifest.perPage);
    return Promise.all(page.map(function (hit) { return load("f/" + hit.doc + ".json"); })).then(function (fragments) {
      if (state !== current) { return; }
      var items = document.createDocumentFragment();
      fragments.forEach(function (fragment) { items.appendChild(item(fragment, state.highlight)); });
      results.appendChild(items);
      state.shown += page.length;
      if (more) { more.hidden = state.shown >= state.found.length; }
    });
  }

  // The words come from the edition's interface strings, written into the page by the template.
  function say(template, query, count) {
    return (template || "").replace("{count}", count.toLocaleString(document.documentElement.lang || undefined)).replace("{query}", query);
  }

  // Marks the list as showing `query` (tests and assistive tools can tell a finished search from one in flight).
  function done(query) {
    results.setAttribute("data-query", query);
    results.removeAttribute("aria-busy");
  }

  function search(query) {
    var state = { query: query, found: [], shown: 0, highlight: new Set() };
    current = state;
    var queryTerms = Array.from(new Set(terms(query).map(function (t) { return t.term; })));
    if (queryTerms.length === 0) {
      results.textContent = "";
      if (more) { more.hidden = true; }
      status.textContent = query.trim() ? say(text.noResults, query, 0) : "";
      done(query);
      return Promise.resolve();
    }
    results.setAttribute("aria-busy", "true");
    return match(queryTerms).then(function (matched) {
      state.highlight = matched.highlight;
      return rank(queryTerms, matched);
    }).then(function (found) {
      if (state !== current) { return; }
      state.found = found;
      results.textContent = "";
      status.textContent = say(found.length === 0 ? text.noResults : text.results, query, found.length);
      return showPage(state);
    }).then(function () {
      if (state === current) { done(query); }
    }).catch(function () {
      if (state === current) { status.textContent = text.failed || ""; done(query); }
    });
  }

  var timer = 0;
  load("manifest.json").then(function (m) {
    manifest = m;
    stop = new Set(m.stop);
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { search(input.value); }, 120);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      search(input.value);
      history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    });
    if (more) {
      more.addEventListener("click", function () { if (current) { showPage(current); } });
    }
    var initial = new URLSearchParams(window.location.search).get("q");
    var ready = function () { document.body.setAttribute("data-search-ready", "true"); };
    if (initial) {
      input.value = initial;
      search(initial).then(ready);
    } else {
      ready();
    }
  }).catch(function () {
    status.textContent = text.failed || "";
  });
})();
