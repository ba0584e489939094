// The copy buttons of a feed's page: each copies the address in its field. Without script
// the buttons stay hidden and the addresses are there to select.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      field.focus();
      field.select();
      // Said beside the button (and read out): only the last copy's.
      function done() {
        Array.prototype.forEach.call(document.querySelectorAll(".copy-status"), function (s) { s.textContent = ""; });
        var status = document.getElementById(field.id.replace(/-url$/, "-done"));
        if (status) status.textContent = button.getAttribute("data-done");
      }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(field.value).then(done, function () { if (document.execCommand("copy")) done(); });
      } else if (document.execCommand("copy")) {
        done();
      }
    });
  });
})();
