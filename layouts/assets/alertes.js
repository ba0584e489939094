// The alert picker: choose a sector and a department, see that pair's page, feeds and
// calendar. The page lists every feed without JavaScript; this only finds the right line.
// ?sec=ID&dep=CODE in the address chooses them (the search's "no result" help links so).
(function () {
  "use strict";
  var form = document.getElementById("alert-picker");
  if (!form) return;
  var sector = document.getElementById("picker-sector");
  var department = document.getElementById("picker-department");
  var trade = document.getElementById("picker-trade");
  var result = document.getElementById("picker-result");
  form.hidden = false;

  // A trade (sub-sector) has feeds of its own, and per department where it has notices: the
  // line of the trade in the department chosen, else the trade's in all departments.
  function lineFor(s, d, tr) {
    var items = document.querySelectorAll("li[data-sector][data-department]"), whole = null;
    for (var i = 0; i < items.length; i++) {
      var it = items[i];
      if (tr) {
        if (it.getAttribute("data-trade") !== tr) continue;
        if (it.getAttribute("data-department") === d) return it;
        if (it.getAttribute("data-department") === "") whole = it;
        continue;
      }
      if (it.hasAttribute("data-trade")) continue;
      if (it.getAttribute("data-sector") === s && it.getAttribute("data-department") === d) return it;
    }
    return whole;
  }

  // Scope's sign-up service takes the choice with it: its link follows the picker.
  var email = document.getElementById("alerts-email");
  function follow() {
    if (!email || !email.hasAttribute("data-service")) return;
    var q = [], b = found[buyer.value.trim()];
    if (sector.value) q.push("sec=" + encodeURIComponent(sector.value));
    if (trade.value) q.push("sub=" + encodeURIComponent(trade.value));
    if (department.value) q.push("dep=" + encodeURIComponent(department.value));
    if (b) q.push("buyer=" + encodeURIComponent(b[0]));
    email.href = email.getAttribute("data-service") + (q.length ? "?" + q.join("&") : "");
  }

  function show() {
    follow();
    var s = sector.value, d = department.value, tr = trade.value;
    while (result.firstChild) result.removeChild(result.firstChild);
    var line = lineFor(s, d, tr);
    if (!line) {
      result.appendChild(document.createTextNode(result.getAttribute("data-none")));
      return;
    }
    var label = tr ? line.querySelector("span").textContent
      : [sector.options[sector.selectedIndex].text, department.options[department.selectedIndex].text].join(" — ");
    var strong = document.createElement("strong");
    strong.textContent = label + " ";
    result.appendChild(strong);
    var page = document.createElement("a");
    page.href = line.getAttribute("data-page");
    page.textContent = result.getAttribute("data-page");
    result.appendChild(page);
    result.appendChild(document.createTextNode(" · "));
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

  var asked = new URLSearchParams(location.search);
  [[sector, asked.get("sec")], [department, asked.get("dep")]].forEach(function (x) {
    if (x[1] && Array.prototype.some.call(x[0].options, function (o) { return o.value === x[1]; })) x[0].value = x[1];
  });
  // A trade belongs to its sector: choosing one chooses the other, another sector clears it.
  // The department stays: the e-mail alert takes both (the feeds are the trade's).
  trade.addEventListener("change", function () {
    var o = trade.options[trade.selectedIndex];
    if (o && o.getAttribute("data-sector")) sector.value = o.getAttribute("data-sector");
    show();
  });
  sector.addEventListener("change", function () {
    var o = trade.options[trade.selectedIndex];
    if (o && o.getAttribute("data-sector") !== sector.value) trade.value = "";
  });
  // A buyer, found by name in the search's buyer index: its page and feeds.
  var buyer = document.getElementById("picker-buyer");
  var buyerList = document.getElementById("picker-buyers");
  var index = buyer.getAttribute("data-index"), found = {}, shards = {};
  function fold(s) {
    return s.toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function wordsOf(s) { return fold(s).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 1; }); }
  function showBuyer(b) {
    follow();
    while (result.firstChild) result.removeChild(result.firstChild);
    var strong = document.createElement("strong");
    strong.textContent = b[1] + " ";
    result.appendChild(strong);
    // Its feeds through their page (each address to copy, and how), as the lines link them.
    var feeds = b[3] + "abonnement/";
    [[b[3], result.getAttribute("data-page")], [feeds + "#rss", "RSS"], [feeds + "#atom", "Atom"],
     [feeds + "#json", "JSON"], [feeds + "#ics", result.getAttribute("data-calendar")]].forEach(function (l, i) {
      if (i) result.appendChild(document.createTextNode(" · "));
      var a = document.createElement("a"); a.href = l[0]; a.textContent = l[1]; result.appendChild(a);
    });
  }
  buyer.addEventListener("input", function () {
    var text = buyer.value.trim();
    if (found[text]) { showBuyer(found[text]); return; }
    var ws = wordsOf(text);
    if (!ws.length || !/^[a-z0-9]{2}$/.test(ws[0].slice(0, 2))) return;
    var key = ws[0].slice(0, 2);
    if (!shards[key]) shards[key] = fetch(index + "b/" + key + ".json").then(function (r) { return r.ok ? r.json() : []; }, function () { return []; });
    shards[key].then(function (entries) {
      if (buyer.value.trim() !== text) return;
      while (buyerList.firstChild) buyerList.removeChild(buyerList.firstChild);
      entries.filter(function (b) {
        var have = wordsOf(b[1]);
        return ws.every(function (w) { return have.some(function (h) { return h.indexOf(w) === 0; }); });
      }).slice(0, 20).forEach(function (b) {
        found[b[1]] = b;
        var o = document.createElement("option"); o.value = b[1]; buyerList.appendChild(o);
      });
    });
  });
  sector.addEventListener("change", function () { buyer.value = ""; });
  department.addEventListener("change", function () { buyer.value = ""; });
  trade.addEventListener("change", function () { buyer.value = ""; });
  sector.addEventListener("change", show);
  department.addEventListener("change", show);
  form.addEventListener("submit", function (e) { e.preventDefault(); show(); });
  show();
})();
