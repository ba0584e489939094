// How long an open notice has left, said in the browser from its deadline's instant
// (`data-deadline` on its badge), so that a page says the truth on the day it is read, and the
// pages need not be rewritten every night for it. Without this script, a badge says "Ouvert"
// and the date beside it says the rest. The words are the site's (`data-badge-*` on <body>).
(function () {
  "use strict";
  // The day of an instant in Paris, as a count of days (the build counts days the same way).
  function parisDay(d) {
    var s = d.toLocaleDateString("en-CA", { timeZone: "Europe/Paris" });
    return Math.round(Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 864e5);
  }
  // A notice's documents button: its main action while it is open, not once it has closed.
  function documents(closed) {
    Array.prototype.forEach.call(document.querySelectorAll(".actions .documents"), function (b) { b.classList.toggle("button-light", closed); });
  }
  function badges(now) {
    var words = document.body.dataset;
    var all = document.querySelectorAll(".badge[data-deadline]");
    for (var i = 0; i < all.length; i++) {
      var el = all[i], deadline = new Date(el.getAttribute("data-deadline"));
      if (isNaN(deadline.getTime())) continue;
      el.classList.remove("badge-soon", "badge-closed");
      if (deadline <= now) {
        el.textContent = words.badgeClosed;
        el.classList.add("badge-closed");
        // A notice closed since its page was made: its documents are no longer the action.
        if (el.closest(".status")) documents(true);
        continue;
      }
      if (el.closest(".status")) documents(false);
      var n = parisDay(deadline) - parisDay(now);
      el.textContent = n === 0 ? words.badgeToday : n === 1 ? words.badgeTomorrow : words.badgeDays.replace("{n}", String(n));
      if (n <= 7) el.classList.add("badge-soon");
    }
  }
  window.scopeBadges = badges;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { badges(new Date()); });
  else badges(new Date());
})();
