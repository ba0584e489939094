// The alert picker: choose a sector and a department, see that pair's feeds.
// The page lists every feed without JavaScript; this only finds the right line.
(function () {
  "use strict";
  var form = document.getElementById("alert-picker");
  if (!form) return;
  var sector = document.getElementById("picker-sector");
  var department = document.getElementById("picker-department");
  var result = document.getElementById("picker-result");
  form.hidden = false;

  function lineFor(s, d) {
    var items = document.querySelectorAll("li[data-sector][data-department]");
    for (var i = 0; i < items.length; i++) {
      if (items[i].getAttribute("data-sector") === s && items[i].getAttribute("data-department") === d) return items[i];
    }
    return null;
  }

  function show() {
    var s = sector.value, d = department.value;
    while (result.firstChild) result.removeChild(result.firstChild);
    var line = lineFor(s, d);
    if (!line) {
      result.appendChild(document.createTextNode(result.getAttribute("data-none")));
      return;
    }
    var label = [sector.options[sector.selectedIndex].text, department.options[department.selectedIndex].text].join(" — ");
    var strong = document.createElement("strong");
    strong.textContent = label + " ";
    result.appendChild(strong);
    var links = line.querySelectorAll("a");
    for (var i = 0; i < links.length; i++) {
      if (i > 0) result.appendChild(document.createTextNode(" · "));
      var a = document.createElement("a");
      a.href = links[i].href;
      a.type = links[i].type;
      a.textContent = links[i].textContent;
      result.appendChild(a);
    }
  }

  sector.addEventListener("change", show);
  department.addEventListener("change", show);
  form.addEventListener("submit", function (e) { e.preventDefault(); show(); });
  show();
})();
