// Scope search: runs in the browser on the index the build writes under recherche/.
// Same term rules as Sources/ScopeRender/Search/Tokenizer.swift (the two change together).
// A one-word query downloads the word's dictionary shard and its own file, nothing else;
// filters and several words add the facet postings and document shards they need.
(function () {
  "use strict";
  var form = document.getElementById("search");
  if (!form || !window.fetch) return;
  var base = form.getAttribute("data-index");
  // The page's words, from the translation file, on the form's data- attributes.
  function T(name) { return form.getAttribute("data-" + name) || ""; }
  var input = document.getElementById("q");
  var heading = document.getElementById("results-heading");
  var list = document.getElementById("results");
  var more = document.getElementById("more");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-facet]"));
  var PAGE = 20;
  var cache = {};
  var meta = null;
  var run = 0;
  var current = null;

  function get(path) {
    if (!cache[path]) {
      cache[path] = fetch(base + path).then(function (r) {
        if (!r.ok) throw new Error(path + ": " + r.status);
        return r.json();
      });
    }
    return cache[path];
  }

  // ---- terms, as Tokenizer.swift makes them
  var STOP = null;
  function fold(s) {
    return s.toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/[’']/g, " ")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function stem(w) {
    if (w.length <= 3 || !/\p{L}$/u.test(w)) return w;
    if (/eaux$/.test(w)) return w.slice(0, -1);
    if (/aux$/.test(w)) return w.slice(0, -3) + "al";
    if (/[eo]ux$/.test(w)) return w.slice(0, -1);
    if (/ss$/.test(w)) return w;
    if (/s$/.test(w)) return w.slice(0, -1);
    return w;
  }
  // Query words: each is {raw, terms: [exact term candidates], id: id term}.
  function words(q) {
    var out = [];
    fold(q).split(/[ \n\t]+/).forEach(function (chunk) {
      var c = chunk.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
      if (!c) return;
      var id = "_" + c;
      if (/^\d{8}(-\d)?$/.test(c)) { out.push({ raw: c, term: c.slice(0, 8), id: null }); return; }
      var parts = c.split(/[^\p{L}\p{N}]+/u).filter(function (w) {
        return w && !STOP[w] && !(w.length === 1 && !/\d/.test(w));
      });
      if (parts.length === 0) return;
      if (parts.length > 1 && /\d/.test(c)) { out.push({ raw: c, term: null, id: id, parts: parts.map(stem) }); return; }
      parts.forEach(function (w, i) { out.push({ raw: w, term: stem(w), id: parts.length === 1 ? id : null }); });
    });
    return out;
  }

  // ---- postings
  var ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var VAL = {};
  for (var i = 0; i < ALPHA.length; i++) VAL[ALPHA[i]] = i;
  function decode(s) {
    var out = [], body = s.slice(2), i, v, bit;
    if (s[0] === "b") {
      for (i = 0; i < body.length; i++) {
        v = VAL[body[i]];
        for (bit = 0; bit < 6; bit++) if (v & (1 << bit)) out.push(i * 6 + bit);
      }
      return out;
    }
    var prev = -1, gap = 0, shift = 0;
    for (i = 0; i < body.length; i++) {
      v = VAL[body[i]];
      gap |= (v & 31) << shift;
      if (v & 32) { shift += 5; continue; }
      prev += gap + 1; out.push(prev); gap = 0; shift = 0;
    }
    return out;
  }
  function shardKey(t) { return t[0] === "_" ? "_" + t.slice(-3) : t.slice(0, 2); }
  function safe(k) {
    if (/^[a-z0-9_-]+$/.test(k)) return bounded(k);
    var bytes = new TextEncoder().encode(k), h = "x";
    for (var i = 0; i < bytes.length; i++) h += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
    return bounded(h);
  }
  // As the build names files (SearchIndex.bounded): past 200 bytes, 180 and an FNV-1a hash.
  function bounded(n) {
    if (n.length <= 200) return n;
    var h = 0x811c9dc5;
    for (var i = 0; i < n.length; i++) { h ^= n.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
    return n.slice(0, 180) + "-" + ("0000000" + h.toString(16)).slice(-8);
  }
  var SHARDS = null;
  function shard(term) {
    var name = safe(shardKey(term));
    return SHARDS[name] ? get("d/" + name + ".json") : Promise.resolve([]);
  }
  function findEntry(entries, term) {
    var lo = 0, hi = entries.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1, t = entries[mid][0];
      if (t === term) return entries[mid];
      if (t < term) lo = mid + 1; else hi = mid - 1;
    }
    return null;
  }
  // A term's postings as {tiers: [[...],[...],[...]], file: term file or null}.
  function load(entry) {
    if (Array.isArray(entry[2])) return Promise.resolve({ tiers: entry[2].map(decode), file: null, df: entry[1] });
    return get("t/" + entry[2] + ".json").then(function (f) { return { tiers: f.p.map(decode), file: f, df: entry[1] }; });
  }
  // The terms a query word stands for: its id, its exact term, or (last word, as one types) the
  // most frequent terms it begins.
  function resolve(word, isLast) {
    var tries = [];
    if (word.id) tries.push(shard(word.id).then(function (e) { var x = findEntry(e, word.id); return x ? [x] : null; }));
    if (word.term) tries.push(shard(word.term).then(function (e) {
      var x = findEntry(e, word.term);
      if (x) return [x];
      if (!isLast || word.term.length < 2) return [];
      var p = word.raw.length >= 2 ? word.raw : word.term;
      return e.filter(function (en) { return en[0].indexOf(p) === 0 || en[0].indexOf(word.term) === 0; })
        .sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); }).slice(0, 8);
    }));
    return Promise.all(tries).then(function (r) {
      if (r[0] && word.id) return r[0];
      if (word.parts) {  // an id-like chunk that is not an id: its words, all required
        return null;
      }
      return r[r.length - 1] || [];
    });
  }

  // ---- the query
  function params() {
    var p = new URLSearchParams(location.search);
    return { q: p.get("q") || "", sec: p.get("sec") || "", dep: p.get("dep") || "", type: p.get("type") || "",
             buyer: p.get("buyer") || "", statut: p.get("statut") || "", within: p.get("within") || "" };
  }
  function fromForm() {
    var s = { q: input.value.trim() };
    selects.forEach(function (el) { s[el.name] = el.value; });
    return s;
  }
  function toURL(s) {
    var p = new URLSearchParams();
    ["q", "sec", "dep", "type", "buyer", "statut", "within"].forEach(function (k) { if (s[k]) p.set(k, s[k]); });
    var qs = p.toString();
    history.replaceState(null, "", location.pathname + (qs ? "?" + qs : ""));
  }

  function search(s) {
    var id = ++run;
    var t0 = performance.now();
    var ws = words(s.q);
    var filtered = s.sec || s.dep || s.type || s.buyer || s.statut || s.within;
    if (ws.length === 0 && !filtered) { show(id, s, null, t0); return; }
    // Expand id-like chunks that are not ids into their words.
    var expanded = Promise.all(ws.map(function (w, i) {
      return resolve(w, i === ws.length - 1).then(function (entries) {
        if (entries !== null) return [{ word: w, entries: entries }];
        return Promise.all(w.parts.map(function (t) {
          return shard(t).then(function (e) { var x = findEntry(e, t); return { word: { raw: t }, entries: x ? [x] : [] }; });
        }));
      });
    })).then(function (groups) { return [].concat.apply([], groups); });
    expanded.then(function (groups) {
      return Promise.all(groups.map(function (g) { return Promise.all(g.entries.map(load)); })).then(function (loaded) {
        // The fast path: one word, one term with its own file, no filter.
        if (loaded.length === 1 && loaded[0].length === 1 && loaded[0][0].file && !filtered) {
          var f = loaded[0][0].file, all = [].concat(f.p.length ? loaded[0][0].tiers[0] : [], loaded[0][0].tiers[1], loaded[0][0].tiers[2]);
          return { ranked: all, counts: f.f, top: f.top, total: all.length };
        }
        // General: score = sum over words of the best tier; every word required.
        var scores = null;
        loaded.forEach(function (terms) {
          var m = new Map();
          terms.forEach(function (t) {
            t.tiers.forEach(function (docs, k) {
              var tier = 3 - k;
              docs.forEach(function (n) { if ((m.get(n) || 0) < tier) m.set(n, tier); });
            });
          });
          if (scores === null) { scores = m; return; }
          var next = new Map();
          m.forEach(function (tier, n) { if (scores.has(n)) next.set(n, scores.get(n) + tier); });
          scores = next;
        });
        if (scores === null) { scores = new Map(); for (var n = 0; n < meta.documents; n++) scores.set(n, 0); }
        return facets().then(function (fs) {
          var keep = function (n) { return true; };
          var checks = [];
          if (s.sec) checks.push(fs.s[s.sec] || new Set());
          if (s.dep) checks.push(fs.d[s.dep] || new Set());
          if (s.type) checks.push(fs.c[s.type] || new Set());
          if (s.buyer) checks.push(fs.b[s.buyer] || new Set());
          var r = s.statut ? rangeOf(s.statut) : null;
          var w = s.within ? withinEnd(s.within) : null;
          var ranked = [];
          scores.forEach(function (score, n) {
            if (r && (n < r[0] || n >= r[1])) return;
            if (w !== null && n >= w) return;
            for (var i = 0; i < checks.length; i++) if (!checks[i].has(n)) return;
            ranked.push(n);
          });
          ranked.sort(function (a, b) { return scores.get(b) - scores.get(a) || a - b; });
          return { ranked: ranked, counts: count(ranked, fs), top: null, total: ranked.length };
        });
      });
    }).then(function (result) { show(id, s, result, t0); })
      .catch(function (e) { if (id === run) heading.textContent = T("failed") + " " + e.message; });
  }

  function rangeOf(k) {
    return { o: meta.ranges.open, p: meta.ranges.programmations, c: meta.ranges.closed }[k];
  }
  function withinEnd(days) {
    var w = meta.within.filter(function (x) { return String(x.days) === days; })[0];
    return w ? w.end : null;
  }
  var facetSets = null;
  function facets() {
    if (facetSets) return facetSets;
    var jobs = [];
    var sets = { s: {}, d: {}, c: {}, b: {} };
    [["s", meta.sectors], ["d", meta.departments], ["c", meta.types], ["b", meta.buyers]].forEach(function (f) {
      f[1].forEach(function (v) {
        jobs.push(get("f/" + safe(f[0] + "-" + v[0]) + ".json").then(function (j) { sets[f[0]][v[0]] = new Set(decode(j.p)); }));
      });
    });
    facetSets = Promise.all(jobs).then(function () { return sets; });
    return facetSets;
  }
  function count(ranked, fs) {
    var out = { s: {}, d: {}, c: {}, b: {}, k: {} };
    ["s", "d", "c", "b"].forEach(function (f) {
      Object.keys(fs[f]).forEach(function (v) {
        var set = fs[f][v], n = 0;
        for (var i = 0; i < ranked.length; i++) if (set.has(ranked[i])) n++;
        if (n) out[f][v] = n;
      });
    });
    ranked.forEach(function (n) {
      var k = n < meta.ranges.open[1] ? "o" : n < meta.ranges.programmations[1] ? "p" : "c";
      out.k[k] = (out.k[k] || 0) + 1;
    });
    return out;
  }

  // ---- showing results
  function docs(numbers) {
    var shards = {};
    numbers.forEach(function (n) { shards[Math.floor(n / meta.doc_shard_size)] = true; });
    return Promise.all(Object.keys(shards).map(function (k) { return get("docs/" + k + ".json"); })).then(function (parts) {
      var byNumber = {};
      parts.forEach(function (p) { p.forEach(function (d) { byNumber[d.n] = d; }); });
      return numbers.map(function (n) { return byNumber[n]; });
    });
  }
  var KIND = { o: T("kind-open"), c: T("kind-closed"), p: T("kind-programmation") };
  var TYPE = {};
  function card(d) {
    var li = document.createElement("li");
    li.className = "card " + (d.k === "p" ? "programmation-card" : "notice-card");
    var h = document.createElement("h3"); h.className = "card-title";
    var a = document.createElement("a"); a.href = d.u; a.textContent = d.t; h.appendChild(a); li.appendChild(h);
    var m = document.createElement("p"); m.className = "card-meta";
    m.textContent = [d.b, TYPE[d.c] || d.c].concat(d.d.map(function (c) { return depName[c] || c; })).join(" · ");
    li.appendChild(m);
    var w = document.createElement("p"); w.className = "card-deadline";
    var badge = document.createElement("span");
    badge.className = "badge" + (d.k === "c" ? " badge-closed" : d.k === "p" ? " badge-planned" : "");
    badge.textContent = KIND[d.k];
    w.appendChild(badge);
    w.appendChild(document.createTextNode(" " + (d.k === "p" ? T("expected") : T("deadline")) + " " + d.w + (d.v ? " · " + T("value") + " " + d.v : "")));
    li.appendChild(w);
    return li;
  }
  var depName = {};
  function label(sel, counts) {
    Array.prototype.forEach.call(sel.options, function (o) {
      if (!o.value) return;
      if (!o.hasAttribute("data-label")) o.setAttribute("data-label", o.textContent);
      var n = counts ? counts[o.value] || 0 : null;
      o.textContent = o.getAttribute("data-label") + (n === null ? "" : " (" + n + ")");
    });
  }
  function show(id, s, result, t0) {
    if (id !== run) return;
    current = result ? { ranked: result.ranked, shown: 0 } : null;
    while (list.firstChild) list.removeChild(list.firstChild);
    more.hidden = true;
    if (!result) { heading.textContent = T("prompt"); selects.forEach(function (el) { label(el, null); }); return; }
    var c = result.counts;
    selects.forEach(function (el) {
      var f = el.getAttribute("data-facet");
      if (f === "w") {
        var counts = {};
        meta.within.forEach(function (w) { counts[w.days] = result.ranked.filter(function (n) { return n < w.end; }).length; });
        label(el, counts);
      } else label(el, c[f] || {});
    });
    heading.textContent = result.total === 0 ? T("none") : result.total === 1 ? T("one")
      : T("many").replace("{n}", result.total.toLocaleString(T("locale")));
    heading.setAttribute("data-count", String(result.total));
    var first = result.top && result.top.length ? Promise.resolve(result.top.slice(0, PAGE)) : docs(result.ranked.slice(0, PAGE));
    first.then(function (ds) {
      if (id !== run) return;
      ds.forEach(function (d) { list.appendChild(card(d)); });
      current.shown = ds.length;
      more.hidden = current.shown >= result.total;
      heading.setAttribute("data-ms", String(Math.round(performance.now() - t0)));
    });
  }
  more.addEventListener("click", function () {
    if (!current) return;
    var next = current.ranked.slice(current.shown, current.shown + PAGE);
    docs(next).then(function (ds) {
      ds.forEach(function (d) { list.appendChild(card(d)); });
      current.shown += ds.length;
      more.hidden = current.shown >= current.ranked.length;
    });
  });

  // ---- wiring
  var timer = null;
  function changed() {
    var s = fromForm();
    toURL(s);
    clearTimeout(timer);
    timer = setTimeout(function () { search(s); }, 120);
  }
  get("meta.json").then(function (m) {
    meta = m;
    STOP = {};
    m.stop_words.forEach(function (w) { STOP[w] = true; });
    SHARDS = {};
    m.shards.forEach(function (k) { SHARDS[k] = true; });
    m.types.forEach(function (t) { TYPE[t[0]] = t[1]; });
    m.departments.forEach(function (d) { depName[d[0]] = d[1]; });
    var buyer = document.getElementById("f-buyer");
    m.buyers.forEach(function (b) {
      var o = document.createElement("option"); o.value = b[0]; o.textContent = b[1]; buyer.appendChild(o);
    });
    var s = params();
    input.value = s.q;
    selects.forEach(function (el) { el.value = s[el.name] || ""; });
    input.addEventListener("input", changed);
    selects.forEach(function (el) { el.addEventListener("change", changed); });
    form.addEventListener("submit", function (e) { e.preventDefault(); changed(); });
    search(fromForm());
  });
})();
