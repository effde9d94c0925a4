// Client-side search for one edition: loads this edition's index.json into Lunr.
// Without JavaScript the search page explains itself and the site stays navigable by links.
(function () {
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var noScript = document.getElementById("search-no-script");
  if (!form || !window.lunr || !window.fetch) { return; }
  noScript.hidden = true;

  fetch("index.json").then(function (response) { return response.json(); }).then(function (documents) {
    var byUrl = {};
    var index = lunr(function () {
      this.ref("u");
      this.field("t", { boost: 10 });
      this.field("w", { boost: 2 });
      this.field("s", { boost: 3 });
      documents.forEach(function (d) { byUrl[d.u] = d; this.add(d, { boost: d.y === "article" ? 1.5 : 1 }); }, this);
    });

    function search(text) {
      var tokens = lunr.tokenizer(text).map(function (t) { return t.toString(); });
      if (tokens.length === 0) { return []; }
      return index.query(function (q) {
        tokens.forEach(function (token) {
          q.term(token, { boost: 10 });
          q.term(token, { boost: 1, wildcard: lunr.Query.wildcard.TRAILING });
        });
      });
    }

    function show(text) {
      results.textContent = "";
      if (!text.trim()) { status.textContent = ""; return; }
      var found = search(text).slice(0, 30);
      found.forEach(function (hit) {
        var d = byUrl[hit.ref];
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = d.u;
        link.textContent = d.t;
        var summary = document.createElement("p");
        summary.textContent = d.s;
        item.appendChild(link);
        item.appendChild(summary);
        results.appendChild(item);
      });
      // the words come from the edition's interface strings, written into the page by the template
      var lang = document.documentElement.lang;
      status.textContent = found.length === 0
        ? status.getAttribute("data-no-results").replace("{query}", text)
        : status.getAttribute("data-results").replace("{count}", found.length.toLocaleString(lang));
    }

    input.addEventListener("input", function () { show(input.value); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      show(input.value);
      history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    });
    var initial = new URLSearchParams(window.location.search).get("q");
    if (initial) { input.value = initial; show(initial); }
    document.body.setAttribute("data-search-ready", "true");
  });
})();
