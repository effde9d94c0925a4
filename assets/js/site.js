// Optional enhancements for every page; without JavaScript the page works the same, less these.
// - Glossary tooltips: Escape closes an open tooltip (WCAG 1.4.13); a shown tooltip is placed inside the viewport,
//   below its term (above when there is no room), and is never clipped by a table's scrolling box.
// - FAQ: the answer named by the URL's fragment is opened, also when the fragment changes on the same page.
(function () {
  "use strict";
  var MARGIN = 8;

  function place(term) {
    var tip = term.querySelector(".term-tip");
    if (!tip || term.classList.contains("tip-closed")) {
      return;
    }
    tip.classList.remove("tip-placed");
    tip.style.left = "";
    tip.style.top = "";
    var anchor = term.querySelector("a") || term;
    var box = anchor.getBoundingClientRect();
    tip.classList.add("tip-placed");
    var width = tip.offsetWidth;
    var height = tip.offsetHeight;
    var viewportWidth = document.documentElement.clientWidth;
    var left = Math.min(Math.max(MARGIN, box.left), viewportWidth - width - MARGIN);
    var top = box.bottom;
    if (top + height > window.innerHeight - MARGIN && box.top - height > MARGIN) {
      top = box.top - height;
    }
    tip.style.left = Math.max(MARGIN, left) + "px";
    tip.style.top = top + "px";
  }

  function reset(term) {
    term.classList.remove("tip-closed");
    var tip = term.querySelector(".term-tip");
    if (tip) {
      tip.classList.remove("tip-placed");
      tip.style.left = "";
      tip.style.top = "";
    }
  }

  function termOf(node) {
    return node && node.closest ? node.closest(".term") : null;
  }

  document.addEventListener("mouseover", function (event) {
    var term = termOf(event.target);
    if (term && !term.contains(event.relatedTarget)) {
      place(term);
    }
  });
  document.addEventListener("mouseout", function (event) {
    var term = termOf(event.target);
    if (term && !term.contains(event.relatedTarget) && !term.contains(document.activeElement)) {
      reset(term);
    }
  });
  document.addEventListener("focusin", function (event) {
    var term = termOf(event.target);
    if (term) {
      term.classList.remove("tip-closed");
      place(term);
    }
  });
  document.addEventListener("focusout", function (event) {
    var term = termOf(event.target);
    if (term && !term.contains(event.relatedTarget)) {
      reset(term);
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc") {
      document.querySelectorAll(".term").forEach(function (term) {
        if (term.matches(":hover") || term.contains(document.activeElement)) {
          term.classList.add("tip-closed");
        }
      });
    }
  });
  // a placed tooltip is fixed to the viewport: it follows its term when the page or a table scrolls
  function replace() {
    document.querySelectorAll(".term-tip.tip-placed").forEach(function (tip) {
      place(tip.parentNode);
    });
  }
  window.addEventListener("scroll", replace, { passive: true, capture: true });
  window.addEventListener("resize", replace);

  function openFromHash() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    var details = target && target.closest("details");
    if (details && !details.open) {
      details.open = true;
      target.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", openFromHash);
  openFromHash();
})();
