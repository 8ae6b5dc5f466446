// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  document.addEventListener("click", function (ev) {
    var target = ev.target;
    if (!(target instanceof Element)) return;
    var expand = target.closest("[data-expand]");
    if (expand) {
      // Open the tree down to a depth: every <details> of a shallower depth is open, deeper ones closed.
      var depth = parseInt(expand.getAttribute("data-expand"), 10);
      document.querySelectorAll("details[data-depth]").forEach(function (d) {
        d.open = parseInt(d.getAttribute("data-depth"), 10) < depth;
      });
      return;
    }
    if (target.closest("[data-print]")) {
      window.print();
    }
  });
  // "/" puts the cursor in the search box, as on many sites.
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "/" && !(ev.target instanceof HTMLInputElement || ev.target instanceof HTMLTextAreaElement)) {
      var q = document.getElementById("q");
      if (q) { ev.preventDefault(); q.focus(); }
    }
  });
})();
