// Optional enhancement for the region chooser: remember the reader's choice and offer it next time.
// Without JavaScript the chooser is a plain list of links.
(function () {
  var KEY = "sitegen-region";
  var chooser = document.querySelector(".region-chooser");
  if (!chooser) { return; }
  var links = chooser.querySelectorAll("a[data-region]");
  // the words come from the page (the message file of the chooser's language), never from this script
  var lastChoice = chooser.getAttribute("data-last-choice") || "";
  var saved = null;
  try { saved = window.localStorage.getItem(KEY); } catch (e) { return; }
  links.forEach(function (link) {
    link.addEventListener("click", function () {
      try { window.localStorage.setItem(KEY, link.getAttribute("data-region")); } catch (e) { /* storage disabled */ }
    });
    if (link.getAttribute("data-region") === saved && lastChoice) {
      var note = document.createElement("span");
      note.className = "kind";
      note.textContent = " " + lastChoice;
      link.parentNode.appendChild(note);
    }
  });
})();
