// Optional enhancement for the region chooser: remember the reader's choice and offer it next time.
// Without JavaScript the chooser is a plain list of links.
(function () {
  var KEY = "sitegen-region";
  var links = document.querySelectorAll(".region-chooser a[data-region]");
  var saved = null;
  try { saved = window.localStorage.getItem(KEY); } catch (e) { return; }
  links.forEach(function (link) {
    link.addEventListener("click", function () {
      try { window.localStorage.setItem(KEY, link.getAttribute("data-region")); } catch (e) { /* storage disabled */ }
    });
    if (link.getAttribute("data-region") === saved) {
      var note = document.createElement("span");
      note.className = "kind";
      note.textContent = " (your last choice)";
      link.parentNode.appendChild(note);
    }
  });
})();
