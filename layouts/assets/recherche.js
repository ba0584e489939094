// Scope search: runs in the browser on the index the build writes under recherche/.
// Same term rules as Sources/ScopeRender/Search/Tokenizer.swift (the two change together).
// A one-word query downloads the word's dictionary shard and its own file, nothing else;
// filters, sorts and several words add the facet postings, sort keys and document shards
// they need. docs/search.md says what each file holds and what a query reads.
(function () {
  "use strict";
  var form = document.getElementById("search");
  if (!form || !window.fetch) return;
  var base = form.getAttribute("data-index");
  // The page's words, from the translation file, on the form's data- attributes.
  function T(name, vars) {
    var s = form.getAttribute("data-" + name) || "";
    if (vars) Object.keys(vars).forEach(function (k) { s = s.split("{" + k + "}").join(vars[k]); });
    return s;
  }
  var input = document.getElementById("q");
  var heading = document.getElementById("results-heading");
  var notes = document.getElementById("search-notes");
  var help = document.getElementById("search-help");
  var list = document.getElementById("results");
  var more = document.getElementById("more");
  var sortBox = document.getElementById("f-sort");
  var buyerBox = document.getElementById("f-buyer");
  var buyerID = document.getElementById("f-buyer-id");
  var buyerList = document.getElementById("buyer-options");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-facet]"));
  var FIELDS = ["q", "sec", "dep", "type", "buyer", "statut", "within", "quand", "val", "proc", "pub", "sort"];
  // Facet letters of the index and the form fields that choose them.
  var FACETS = { s: "sec", d: "dep", c: "type", v: "val", p: "proc", n: "pub", b: "buyer" };
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
  function trim(c) { return c.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""); }
  // A CPV prefix typed (2 to 8 digits, or a code with its check digit): its term, `#` and the
  // digits down to where only zeros follow (45000000 → #45), as Tokenizer.cpvTerms indexes.
  function cpvTerm(c) {
    var m = /^(\d{2,8})(-\d)?$/.exec(c);
    if (!m || (m[2] && m[1].length !== 8)) return null;
    var d = m[1];
    if (d.length === 8) d = d.replace(/0+$/, "");
    if (d.length < 2) d = m[1].slice(0, 2);
    return "#" + d;
  }
  // The sector of a CPV prefix: its longest prefix that decides one (a division, or codes a
  // sector takes from another division).
  function cpvSector(digits) {
    for (var n = Math.min(8, digits.length); n >= 2; n--) { var x = meta.sector_cpv[digits.slice(0, n)]; if (x) return x; }
    return null;
  }
  // Query words: each is {raw, term, id, cpv, parts, literal}.
  function words(chunks) {
    var out = [];
    chunks.forEach(function (ch) {
      var c = trim(ch.text);
      if (!c) return;
      var id = "_" + c;
      var cpv = ch.literal ? null : cpvTerm(c);
      if (/^\d{8}(-\d)?$/.test(c)) { out.push({ raw: c, term: c.slice(0, 8), id: null, cpv: cpv }); return; }
      var parts = c.split(/[^\p{L}\p{N}]+/u).filter(function (w) {
        return w && !STOP[w] && !(w.length === 1 && !/\d/.test(w));
      });
      if (parts.length === 0) return;
      if (parts.length > 1 && /\d/.test(c)) { out.push({ raw: c, term: null, id: id, parts: parts.map(stem) }); return; }
      parts.forEach(function (w) {
        out.push({ raw: w, term: stem(w), id: parts.length === 1 ? id : null, cpv: parts.length === 1 ? cpv : null, literal: ch.literal });
      });
    });
    return out;
  }

  // ---- places: a department's code or name typed is the department, not a word
  var DEP = {}, DEPCODE = {}, DEPNAMES = [];
  // ---- sectors: a sector's id typed ("btp") that no record holds as a word is the sector, as
  // "31" is the department; one that records hold too ("informatique") is searched as a word,
  // and the sector offered as a filter.
  var SECTOR = {};
  function sectorsIn(ws, s) {
    if (s.sec) return Promise.resolve({ ws: ws, sector: null, offers: [] });
    return Promise.all(ws.map(function (w) {
      var x = !w.literal && w.term && SECTOR[w.raw];
      if (!x) return null;
      return shard(w.term).then(function (e) { return { w: w, x: x, known: !!findEntry(e, w.term) }; });
    })).then(function (hits) {
      var sector = null, offers = [];
      hits.forEach(function (h) {
        if (!h) return;
        if (!h.known && !sector) sector = h; else offers.push(h.x);
      });
      return { ws: ws.filter(function (w) { return !sector || w !== sector.w; }), sector: sector, offers: offers };
    });
  }
  function chunksOf(q) {
    var out = [];
    (fold(q).match(/"[^"]*"?|[^\s"]+/g) || []).forEach(function (c) {
      if (c[0] === '"') { var t = c.replace(/"/g, "").trim(); if (t) out.push({ text: t, literal: true }); }
      else out.push({ text: c, literal: false });
    });
    return out;
  }
  // The departments the chunks name, and the chunks left. A name is matched on whole chunks
  // ("haute-garonne", "haute garonne", "tarn et garonne"), longest first.
  function places(chunks) {
    var found = [], rest = [], i = 0;
    var toks = chunks.map(function (c) { return c.literal ? null : trim(c.text).split(/[^\p{L}\p{N}]+/u).filter(Boolean); });
    while (i < chunks.length) {
      if (toks[i] && toks[i].length === 1 && DEPCODE[toks[i][0]] !== undefined && trim(chunks[i].text) === toks[i][0]) {
        found.push({ code: DEPCODE[toks[i][0]], raw: chunks[i].text, byName: false });
        i++; continue;
      }
      var hit = null;
      for (var k = 0; k < DEPNAMES.length && !hit; k++) {
        var name = DEPNAMES[k].words, flat = [], j = i;
        while (j < chunks.length && toks[j] && flat.length < name.length) { flat = flat.concat(toks[j]); j++; }
        if (flat.length === name.length && flat.join(" ") === name.join(" ")) {
          hit = { code: DEPNAMES[k].code, raw: chunks.slice(i, j).map(function (c) { return c.text; }).join(" "), byName: true, end: j };
        }
      }
      if (hit) { found.push(hit); i = hit.end; continue; }
      rest.push(chunks[i]); i++;
    }
    return { found: found, rest: rest };
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
  function shardKey(t) { return t[0] === "_" ? "_" + t.slice(-3) : t[0] === "#" ? t.slice(0, 4) : t.slice(0, 2); }
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
  var SHARDS = null, BUYERSHARDS = null, PLACESHARDS = null, STATED_OPEN = null, STATED_SHUT = null;
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
  // Optimal string alignment distance, or limit + 1 once it is past limit.
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var d = [], i, j;
    for (i = 0; i <= a.length; i++) { d[i] = [i]; }
    for (j = 0; j <= b.length; j++) d[0][j] = j;
    for (i = 1; i <= a.length; i++) {
      var best = limit + 1;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
        d[i][j] = v;
        if (v < best) best = v;
      }
      if (best > limit) return limit + 1;
    }
    return d[a.length][b.length];
  }
  // The words of a shard nearest a typed word, most frequent first: one edit for words of up
  // to six letters, two beyond.
  function nearby(entries, term, howMany) {
    var limit = term.length <= 6 ? 1 : 2;
    return entries.filter(function (e) { return e[0][0] !== "_" && e[0] !== term && distance(term, e[0], limit) <= limit; })
      .map(function (e) { return { e: e, d: distance(term, e[0], limit) }; })
      .sort(function (a, b) { return a.d - b.d || b.e[1] - a.e[1] || (a.e[0] < b.e[0] ? -1 : 1); })
      .slice(0, howMany).map(function (x) { return x.e; });
  }
  // The terms a query word stands for: its id, its CPV prefix, its exact term, or (last word,
  // as one types) the most frequent terms it begins; failing all, the nearest word (a typo).
  function resolve(word, isLast) {
    var tries = [];
    tries.push(word.id ? shard(word.id).then(function (e) { var x = findEntry(e, word.id); return x ? [x] : null; }) : Promise.resolve(null));
    tries.push(word.cpv ? shard(word.cpv).then(function (e) { var x = findEntry(e, word.cpv); return x ? [x] : null; }) : Promise.resolve(null));
    tries.push(word.term ? shard(word.term).then(function (e) {
      var x = findEntry(e, word.term);
      if (x) return { entries: [x] };
      var found = [];
      if (isLast && word.term.length >= 2) {
        var p = word.raw.length >= 2 ? word.raw : word.term;
        found = e.filter(function (en) { return en[0].indexOf(p) === 0 || en[0].indexOf(word.term) === 0; })
          .sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); }).slice(0, 8);
      }
      if (found.length || word.literal || word.term.length < 4) return { entries: found, near: nearby(e, word.term, 5) };
      var near = nearby(e, word.term, 5);
      return { entries: near.slice(0, 1), corrected: near.length ? near[0][0] : null, near: near };
    }) : Promise.resolve(null));
    return Promise.all(tries).then(function (r) {
      if (r[0]) return { entries: r[0] };
      if (r[1]) return { entries: r[1], cpv: true };
      if (word.parts) return null;  // an id-like chunk that is not an id: its words, all required
      return r[2] || { entries: [] };
    });
  }

  // ---- the query
  function params() {
    var p = new URLSearchParams(location.search), s = {};
    FIELDS.forEach(function (k) { s[k] = p.get(k) || ""; });
    return s;
  }
  function fromForm() {
    var s = { q: input.value.trim(), sort: sortBox.value, buyer: buyerID.value };
    selects.forEach(function (el) { s[el.name] = el.value; });
    return s;
  }
  function toURL(s) {
    var p = new URLSearchParams();
    FIELDS.forEach(function (k) { if (s[k]) p.set(k, s[k]); });
    var qs = p.toString();
    history.replaceState(null, "", location.pathname + (qs ? "?" + qs : ""));
  }
  function chosen(s) {
    return s.sec || s.dep || s.type || s.buyer || s.statut || s.within || s.quand || s.val || s.proc || s.pub;
  }

  function search(s) {
    var id = ++run;
    setClock();
    var t0 = performance.now();
    var pl = places(chunksOf(s.q));
    var ws = words(pl.rest);
    var plan = { place: null, offers: [], corrections: [], near: [], s: s, cpvSector: null };
    // A department named: the department, unless one is chosen already; a name that is mostly a
    // word elsewhere (the Lot, a lot) is offered instead, and searched as a word.
    var placed = pl.found.length && !s.dep ? pl.found[0] : null;
    var extra = pl.found.filter(function (f) { return f !== placed; });
    extra.forEach(function (f) { ws = ws.concat(words([{ text: f.raw, literal: true }])); });
    var decided = placed && placed.byName ? mostlyElsewhere(placed) : Promise.resolve(false);
    decided.then(function (elsewhere) {
      if (placed && elsewhere) {
        plan.offers.push({ kind: "dep", code: placed.code });
        ws = ws.concat(words([{ text: placed.raw, literal: true }]));
      } else if (placed) {
        plan.place = placed;
      }
      return sectorsIn(ws, s);
    }).then(function (sc) {
      ws = sc.ws;
      sc.offers.forEach(function (x) { plan.offers.push({ kind: "sec", sector: x }); });
      if (sc.sector) {
        plan.sector = sc.sector;
        s = Object.assign({}, s, { sec: sc.sector.x[0] });
        plan.s = s;
      }
      var dep = s.dep || (plan.place ? plan.place.code : "");
      plan.words = ws.map(function (w) { return w.raw; }).join(" ");
      plan.dep = dep;
      var filtered = chosen(s) || dep;
      if (ws.length === 0 && !filtered) { show(id, plan, null, t0); return; }
      if (ws.length) buyerOffers(ws, plan);
      if (ws.length && !dep) communeOffers(ws, plan);
      // Expand id-like chunks that are not ids into their words.
      return Promise.all(ws.map(function (w, i) {
        return resolve(w, i === ws.length - 1).then(function (r) {
          if (r !== null) {
            if (r.corrected) plan.corrections.push({ from: w.raw, to: r.corrected });
            if (r.near) plan.near = plan.near.concat(r.near.map(function (e) { return e[0]; }));
            if (r.cpv) plan.cpvSector = cpvSector(w.cpv.slice(1)) || plan.cpvSector;
            return [{ word: w, entries: r.entries }];
          }
          return Promise.all(w.parts.map(function (t) {
            return shard(t).then(function (e) { var x = findEntry(e, t); return { word: { raw: t }, entries: x ? [x] : [] }; });
          }));
        });
      })).then(function (groups) { return [].concat.apply([], groups); }).then(function (groups) {
        return Promise.all(groups.map(function (g) { return Promise.all(g.entries.map(load)); })).then(function (loaded) {
          return rank(s, dep, loaded);
        });
      }).then(function (result) { show(id, plan, result, t0); });
    }).catch(function (e) { if (id === run) heading.textContent = T("failed") + " " + e.message; });
  }

  // Whether a department's name, typed, is mostly a word of other departments' records.
  function mostlyElsewhere(place) {
    var term = stem(place.raw.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(" "));
    if (/\s/.test(term)) return Promise.resolve(false);
    return shard(term).then(function (e) {
      var x = findEntry(e, term);
      if (!x || Array.isArray(x[2])) return false;
      return get("t/" + x[2] + ".json").then(function (f) { return (f.f.d[place.code] || 0) * 2 < x[1]; });
    });
  }

  // Buyers whose name holds every word typed: offered as the buyer filter.
  function buyerOffers(ws, plan) {
    var key = safe((ws[0].raw || "").slice(0, 2));
    if (!BUYERSHARDS[key] || buyerID.value) return;
    plan.buyers = get("b/" + key + ".json").then(function (entries) {
      var want = ws.map(function (w) { return w.term || w.raw; });
      return entries.filter(function (b) {
        var have = words([{ text: fold(b[1]), literal: true }]).map(function (w) { return w.term; });
        return want.every(function (t) { return have.indexOf(t) >= 0; });
      }).slice(0, 3);
    });
  }

  // A commune typed (every word of the query, as notices name their place): its department
  // offered as the filter.
  function communeOffers(ws, plan) {
    var key = safe((ws[0].raw || "").slice(0, 2));
    if (!PLACESHARDS[key]) return;
    var want = ws.map(function (w) { return w.term || w.raw; }).join(" ");
    plan.communes = get("l/" + key + ".json").then(function (entries) {
      return entries.filter(function (p) {
        return words([{ text: fold(p[0]), literal: true }]).map(function (w) { return w.term; }).join(" ") === want;
      }).slice(0, 1);
    }, function () { return []; });
  }

  // Scores, filters and order of a query's documents; the facet counts, which need every
  // facet's postings, are a function to call when the filters are shown.
  function rank(s, dep, loaded) {
    var fast = loaded.length === 1 && loaded[0].length === 1 && loaded[0][0].file && !chosen(s) && !dep && !s.sort;
    if (fast) {
      var f = loaded[0][0].file, tiers = loaded[0][0].tiers;
      var all = [].concat(byPlace(tiers[0]), byPlace(tiers[1]), byPlace(tiers[2]));
      return { ranked: all, counts: withinCounts(f.f, all), top: f.top, total: all.length };
    }
    // A department alone (typed or chosen): its file is laid out as a term's.
    if (!loaded.length && dep && onlyDepartment(s)) {
      return get("f/" + safe("d-" + dep) + ".json").then(function (f) {
        var all = byPlace(decode(f.p[0]));
        var counts = withinCounts(f.f, all);
        counts.d = meta.department_documents;
        return { ranked: all, counts: counts, top: f.top, total: all.length };
      });
    }
    // Score = sum over words of the best tier; every word required.
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
    var pick = { s: s.sec, d: dep, c: s.type, v: s.val, p: s.proc, n: s.pub, b: s.buyer };
    var wanted = Object.keys(pick).filter(function (f) { return pick[f]; });
    return Promise.all(wanted.map(function (f) { return facetSet(f, pick[f]); })).then(function (sets) {
      // Each filter as a test; a facet's counts apply every filter but its own.
      var tests = {};
      wanted.forEach(function (f, i) { tests[f] = function (n) { return sets[i].has(n); }; });
      if (s.statut) tests.k = function (n) { return kindOf(n) === s.statut; };
      if (s.within) { var end = withinEnd(s.within); if (end !== null) tests.w = function (n) { return n < end && kindOf(n) === "o"; }; }
      if (s.quand) { var span = expectedRun(s.quand); tests.e = function (n) { return n >= span[0] && n < span[1]; }; }
      var names = Object.keys(tests);
      var base = [];
      scores.forEach(function (score, n) { base.push(n); });
      var ranked = base.filter(function (n) { return names.every(function (f) { return tests[f](n); }); });
      return order(ranked, scores, s.sort).then(function (ordered) {
        return { ranked: ordered, counts: null, top: null, total: ordered.length,
                 pending: function () { return allFacets(s.buyer).then(function (fs) { return count(base, fs, tests, names); }); } };
      });
    });
  }
  function onlyDepartment(s) {
    return !(s.sec || s.type || s.buyer || s.statut || s.within || s.quand || s.val || s.proc || s.pub || s.sort);
  }
  function withinCounts(f, all) {
    var counts = Object.assign({ w: {}, k: {} }, f);
    all.forEach(function (n) { var k = kindOf(n); counts.k[k] = (counts.k[k] || 0) + 1; });
    meta.within.forEach(function (days) {
      var end = withinEnd(String(days));
      counts.w[days] = all.filter(function (n) { return n < end && kindOf(n) === "o"; }).length;
    });
    counts.e = expectedCounts(all, function () { return true; });
    return counts;
  }
  // Programmations are numbered by the period they expect their notice in: a quarter, or a
  // year, is a run of numbers [first, end) (meta.expected: each quarter's first number).
  function expectedRun(key) {
    var q = meta.expected || [], start = -1, end = -1;
    for (var i = 0; i < q.length; i++) {
      if (q[i][0] === key || q[i][0].slice(0, 4) === key) {
        if (start < 0) start = q[i][1];
        end = i + 1 < q.length ? q[i + 1][1] : meta.ranges.programmations[1];
      }
    }
    return start < 0 ? [0, 0] : [start, end];
  }
  function expectedCounts(numbers, pass) {
    var out = {};
    (meta.expected || []).forEach(function (q) {
      var span = expectedRun(q[0]), year = q[0].slice(0, 4), c = 0;
      numbers.forEach(function (n) { if (n >= span[0] && n < span[1] && pass(n)) c++; });
      if (c) { out[q[0]] = c; out[year] = (out[year] || 0) + c; }
    });
    return out;
  }

  function order(ranked, scores, sort) {
    if (sort === "deadline") return Promise.resolve(byPlace(ranked));
    if (sort === "value" || sort === "published") return keys(sort === "value" ? "v" : "n", ranked).then(function (k) {
      return ranked.sort(function (a, b) { return k[a] - k[b] || a - b; });
    });
    return Promise.resolve(ranked.sort(function (a, b) { return scores.get(b) - scores.get(a) || place(a) - place(b); }));
  }
  // Each document's rank by value or publication, from the key shards its numbers fall in.
  function keys(name, numbers) {
    var size = meta.key_shard_size, width = meta.key_width, shards = {};
    numbers.forEach(function (n) { shards[Math.floor(n / size)] = true; });
    var out = {};
    return Promise.all(Object.keys(shards).map(function (k) {
      return get("k/" + name + "/" + k + ".json").then(function (f) {
        var start = Number(k) * size;
        for (var i = 0; i * width < f.r.length; i++) {
          var v = 0;
          for (var j = 0; j < width; j++) v = v * 64 + VAL[f.r[i * width + j]];
          out[start + i] = v;
        }
      });
    })).then(function () { return out; });
  }

  // ---- open or closed, by the page's own clock: documents are numbered notices first, by
  // deadline, then programmations; a notice is open from the first number whose deadline is
  // to come (to the minute at the build's instant, to the day after it), unless its export
  // states otherwise. So a page served a day late still tells open from closed.
  function clock() { return window.scopeNow ? new Date(window.scopeNow) : new Date(); }
  function parisDay(d) { return d.toLocaleDateString("en-CA", { timeZone: "Europe/Paris" }); }
  function dayAfter(day, n) { return new Date(Date.parse(day + "T00:00:00Z") + n * 864e5).toISOString().slice(0, 10); }
  // The first notice whose deadline falls on that day or later.
  function firstOf(day) {
    var days = meta.deadline_days;
    for (var i = 0; i < days.length; i++) if (days[i][0] >= day) return days[i][1];
    return meta.ranges.notices[1];
  }
  var openFrom = 0, withinEnds = {};
  function setClock() {
    var today = parisDay(clock());
    openFrom = Math.max(meta.open_from, firstOf(today));
    withinEnds = {};
    meta.within.forEach(function (days) { withinEnds[days] = firstOf(dayAfter(today, days + 1)); });
  }
  function kindOf(n) {
    if (n >= meta.ranges.notices[1]) return "p";
    if (STATED_OPEN.has(n)) return "o";
    if (STATED_SHUT.has(n)) return "c";
    return n >= openFrom ? "o" : "c";
  }
  // The default order: open notices soonest first, programmations, closed notices latest first.
  function place(n) {
    var k = kindOf(n), all = meta.documents;
    return k === "o" ? n : k === "p" ? all + n : 3 * all - n;
  }
  function byPlace(numbers) { return numbers.slice().sort(function (a, b) { return place(a) - place(b); }); }
  function withinEnd(days) {
    return withinEnds.hasOwnProperty(days) ? withinEnds[days] : null;
  }
  // A facet value's documents (a department's file holds them as a term's first tier).
  var sets = {};
  function facetSet(f, v) {
    var k = f + "-" + v;
    if (!sets[k]) sets[k] = get("f/" + safe(k) + ".json").then(function (j) {
      return new Set(Array.isArray(j.p) ? decode(j.p[0]) : decode(j.p));
    }, function () { return new Set(); });
    return sets[k];
  }
  // Every facet value's documents but the buyers' (a chosen buyer's only), for the counts.
  function allFacets(buyer) {
    var jobs = [], out = { s: {}, d: {}, c: {}, v: {}, p: {}, n: {}, b: {} };
    [["s", meta.sectors], ["d", meta.departments], ["c", meta.types], ["v", meta.values], ["p", meta.procedures],
     ["n", meta.published.map(function (d) { return [String(d)]; })]].forEach(function (f) {
      f[1].forEach(function (v) { jobs.push(facetSet(f[0], v[0]).then(function (set) { out[f[0]][v[0]] = set; })); });
    });
    if (buyer) jobs.push(facetSet("b", buyer).then(function (set) { out.b[buyer] = set; }));
    return Promise.all(jobs).then(function () { return out; });
  }
  // Facet counts: for each facet, the documents that pass every other filter.
  function count(base, fs, tests, names) {
    var out = { k: {} };
    Object.keys(FACETS).forEach(function (f) {
      out[f] = {};
      var others = names.filter(function (x) { return x !== f; });
      var pass = base.filter(function (n) { return others.every(function (x) { return tests[x](n); }); });
      Object.keys(fs[f]).forEach(function (v) {
        var set = fs[f][v], c = 0;
        for (var i = 0; i < pass.length; i++) if (set.has(pass[i])) c++;
        if (c) out[f][v] = c;
      });
    });
    var others = names.filter(function (x) { return x !== "k"; });
    base.forEach(function (n) {
      if (!others.every(function (x) { return tests[x](n); })) return;
        var k = kindOf(n);
      out.k[k] = (out.k[k] || 0) + 1;
    });
    var notW = names.filter(function (x) { return x !== "w"; });
    out.w = {};
    meta.within.forEach(function (days) {
      var end = withinEnd(String(days));
      out.w[days] = base.filter(function (n) { return n < end && kindOf(n) === "o" && notW.every(function (x) { return tests[x](n); }); }).length;
    });
    var notE = names.filter(function (x) { return x !== "e"; });
    out.e = expectedCounts(base, function (n) { return notE.every(function (x) { return tests[x](n); }); });
    return out;
  }

  // ---- showing results
  // The documents of these numbers: those already at hand (a word's first results), the
  // others from their shards.
  function docs(numbers, known) {
    var byNumber = {}, shards = {};
    (known || []).forEach(function (d) { byNumber[d.n] = d; });
    numbers.forEach(function (n) { if (!byNumber[n]) shards[Math.floor(n / meta.doc_shard_size)] = true; });
    return Promise.all(Object.keys(shards).map(function (k) { return get("docs/" + k + ".json"); })).then(function (parts) {
      parts.forEach(function (p) { p.forEach(function (d) { byNumber[d.n] = d; }); });
      return numbers.map(function (n) { return byNumber[n]; });
    });
  }
  var KIND = { o: T("kind-open"), c: T("kind-closed"), p: T("kind-programmation") };
  var TYPE = {};
  function card(d) {
    var li = document.createElement("li");
    var kind = kindOf(d.n);
    li.className = "card " + (kind === "p" ? "programmation-card" : "notice-card");
    var h = document.createElement("h3"); h.className = "card-title";
    var a = document.createElement("a"); a.href = d.u; a.textContent = d.t; h.appendChild(a); li.appendChild(h);
    var m = document.createElement("p"); m.className = "card-meta";
    m.textContent = [d.b, TYPE[d.c] || d.c].concat(d.d.map(function (c) { return DEP[c] ? depLabel(c) : c; })).join(" · ");
    li.appendChild(m);
    var w = document.createElement("p"); w.className = "card-deadline";
    var badge = document.createElement("span");
    badge.className = "badge" + (kind === "c" ? " badge-closed" : kind === "p" ? " badge-planned" : "");
    badge.textContent = KIND[kind];
    w.appendChild(badge);
    w.appendChild(document.createTextNode(" " + (kind === "p" ? T("expected") : T("deadline")) + " " + d.w + (d.v ? " · " + T("value") + " " + d.v : "")));
    li.appendChild(w);
    return li;
  }
  // An option's label and, after a query, how many results choosing it would give.
  function label(sel, counts) {
    Array.prototype.forEach.call(sel.options, function (o) {
      if (!o.value) return;
      if (!o.hasAttribute("data-label")) o.setAttribute("data-label", o.textContent);
      var n = counts ? counts[o.value] || 0 : null;
      o.textContent = o.getAttribute("data-label") + (n === null ? "" : " · " + n);
    });
  }
  function depLabel(code) { return DEP[code] + " (" + code + ")"; }
  function button(text, onclick) {
    var b = document.createElement("button");
    b.type = "button"; b.className = "chip"; b.textContent = text;
    b.addEventListener("click", onclick);
    return b;
  }
  function para(parent, text) {
    var p = document.createElement("p");
    if (text) p.appendChild(document.createTextNode(text));
    parent.appendChild(p);
    return p;
  }
  function link(parent, href, text) {
    var a = document.createElement("a"); a.href = href; a.textContent = text; parent.appendChild(a); return a;
  }
  // Replace a word of the query box and search again.
  function retype(from, to) {
    var q = input.value, i = fold(q).indexOf(fold(from));
    input.value = i < 0 ? q : (q.slice(0, i) + to + q.slice(i + from.length)).replace(/\s+/g, " ").trim();
    changed();
  }
  // The filters chosen, as chips above the results that take one away: on a phone the panel
  // stays folded and the results come first.
  var chips = document.getElementById("search-chips");
  function showChosen(s) {
    var n = ["sec", "dep", "type", "buyer", "statut", "within", "quand", "val", "proc", "pub"].filter(function (k) { return s[k]; }).length;
    document.getElementById("refine-count").textContent = n ? "(" + n + ")" : "";
    if (!chips) return;
    while (chips.firstChild) chips.removeChild(chips.firstChild);
    selects.forEach(function (el) {
      if (!el.value) return;
      var o = el.options[el.selectedIndex];
      var name = T("chip", { label: document.querySelector("label[for='" + el.id + "']").textContent, value: o.getAttribute("data-label") || o.textContent });
      var b = button(name + " ×", function () { el.value = ""; changed(); });
      b.setAttribute("aria-label", T("chip-remove", { name: name }));
      chips.appendChild(b);
    });
    if (buyerID.value) {
      var name = T("chip", { label: document.querySelector("label[for='f-buyer']").textContent, value: buyerBox.value || buyerID.value });
      var b = button(name + " ×", function () { setBuyer("", ""); changed(); });
      b.setAttribute("aria-label", T("chip-remove", { name: name }));
      chips.appendChild(b);
    }
    chips.hidden = !chips.firstChild;
  }
  function showNotes(plan) {
    while (notes.firstChild) notes.removeChild(notes.firstChild);
    if (plan.place) {
      var p = para(notes, T("place", { word: plan.place.raw, name: depLabel(plan.place.code) }) + " ");
      p.appendChild(button(T("as-word", { word: plan.place.raw }), function () { retype(plan.place.raw, '"' + plan.place.raw + '"'); }));
    }
    if (plan.sector) {
      var q = para(notes, T("sector", { word: plan.sector.w.raw, name: plan.sector.x[1] }) + " ");
      q.appendChild(button(T("as-word", { word: plan.sector.w.raw }), function () { retype(plan.sector.w.raw, '"' + plan.sector.w.raw + '"'); }));
    }
    plan.offers.forEach(function (o) {
      if (o.kind === "sec") {
        para(notes).appendChild(button(T("sector-offer", { name: o.sector[1] }), function () {
          document.getElementById("f-sec").value = o.sector[0]; retype(o.sector[0], "");
        }));
        return;
      }
      para(notes).appendChild(button(T("place-offer", { name: depLabel(o.code) }), function () {
        document.getElementById("f-dep").value = o.code; changed();
      }));
    });
    plan.corrections.forEach(function (c) {
      var p = para(notes, T("corrected", { to: c.to }) + " ");
      p.appendChild(button(T("instead", { from: c.from }), function () { retype(c.from, '"' + c.from + '"'); }));
    });
    if (plan.communes) plan.communes.then(function (ps) {
      ps.forEach(function (p) {
        if (!DEP[p[1]]) return;
        para(notes).appendChild(button(T("commune-offer", { commune: p[0], name: depLabel(p[1]) }), function () {
          document.getElementById("f-dep").value = p[1]; changed();
        }));
      });
    });
    if (plan.buyers) plan.buyers.then(function (bs) {
      bs.forEach(function (b) {
        para(notes).appendChild(button(T("buyer-offer", { name: b[1] }), function () { setBuyer(b[0], b[1]); changed(); }));
      });
    });
  }
  function showHelp(plan) {
    while (help.firstChild) help.removeChild(help.firstChild);
    var s = plan.s, root = form.getAttribute("data-root");
    var h = document.createElement("h3"); h.textContent = T("zero-title", { q: s.q || "…" }); help.appendChild(h);
    var near = plan.near.filter(function (w, i, a) { return a.indexOf(w) === i; }).slice(0, 6);
    if (near.length) {
      var p = para(help, T("zero-words") + " ");
      near.forEach(function (w, i) {
        if (i) p.appendChild(document.createTextNode(" · "));
        link(p, "?q=" + encodeURIComponent(w), w);
      });
    }
    if (chosen(s)) para(help).appendChild(button(T("zero-filters"), function () {
      selects.forEach(function (el) { el.value = ""; }); setBuyer("", ""); changed();
    }));
    var p2 = para(help, T("zero-sectors") + " ");
    meta.sectors.forEach(function (x, i) {
      if (i) p2.appendChild(document.createTextNode(" · "));
      link(p2, root + "secteurs/" + x[0] + "/", x[1]);
    });
    var sec = s.sec || plan.cpvSector, dep = s.dep || (plan.place ? plan.place.code : "");
    var secName = (meta.sectors.filter(function (x) { return x[0] === sec; })[0] || [])[1];
    var qs = (sec ? "sec=" + sec : "") + (sec && dep ? "&" : "") + (dep ? "dep=" + dep : "");
    var name = [secName, dep ? depLabel(dep) : null].filter(Boolean).join(" — ");
    link(para(help), root + "alertes/" + (qs ? "?" + qs : ""), name ? T("zero-alert", { name: name }) : T("zero-alerts"));
    help.hidden = false;
  }
  // "Get these by e-mail": the sign-up service with the search's sector, department, buyer and
  // words (a department named in the words is the department, not a word).
  var follow = document.getElementById("search-follow");
  function showFollow(plan) {
    if (!follow) return;
    var q = [], s = plan.s;
    [["sec", s.sec], ["dep", plan.dep], ["buyer", s.buyer], ["q", plan.words]].forEach(function (x) {
      if (x[1]) q.push(x[0] + "=" + encodeURIComponent(x[1]));
    });
    follow.querySelector("a").href = follow.getAttribute("data-service") + (q.length ? "?" + q.join("&") : "");
    follow.hidden = false;
  }
  function show(id, plan, result, t0) {
    if (id !== run) return;
    current = result ? { ranked: result.ranked, shown: 0 } : null;
    while (list.firstChild) list.removeChild(list.firstChild);
    more.hidden = true;
    help.hidden = true;
    showNotes(plan);
    showChosen(plan.s);
    if (!result) {
      if (follow) follow.hidden = true;
      heading.textContent = T("prompt");
      heading.removeAttribute("data-count");
      selects.forEach(function (el) { label(el, null); });
      return;
    }
    pending = null;
    if (result.counts) showCounts(result.counts);
    else {
      selects.forEach(function (el) { label(el, null); });
      pending = { id: id, counts: result.pending };
    }
    showFollow(plan);
    heading.textContent = result.total === 0 ? T("none") : result.total === 1 ? T("one")
      : T("many", { n: result.total.toLocaleString(T("locale")) });
    heading.setAttribute("data-count", String(result.total));
    if (result.total === 0) {
      showHelp(plan);
      heading.setAttribute("data-ms", String(Math.round(performance.now() - t0)));
      if (refine.open) countNow();
      return;
    }
    var first = docs(result.ranked.slice(0, PAGE), result.top);
    first.then(function (ds) {
      if (id !== run) return;
      ds.forEach(function (d) { list.appendChild(card(d)); });
      current.shown = ds.length;
      more.hidden = current.shown >= result.total;
      heading.setAttribute("data-ms", String(Math.round(performance.now() - t0)));
      if (refine.open) countNow();
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

  // Counts of a query whose filters were folded away: made when they are shown.
  var pending = null;
  var refine = document.getElementById("refine");
  function showCounts(c) { selects.forEach(function (el) { label(el, c[el.getAttribute("data-facet")] || null); }); }
  function countNow() {
    if (!pending) return;
    var p = pending;
    pending = null;
    p.counts().then(function (c) { if (p.id === run) showCounts(c); });
  }
  refine.addEventListener("toggle", function () { if (refine.open) countNow(); });

  // ---- the buyer filter: a name typed, buyers found by the words of their name
  var buyerNames = {};
  function setBuyer(id, name) {
    buyerID.value = id;
    buyerBox.value = name;
    if (id) buyerNames[name] = id;
  }
  function buyerTyped() {
    var text = buyerBox.value.trim();
    if (!text) { if (buyerID.value) { buyerID.value = ""; changed(); } return; }
    if (buyerNames[text]) { if (buyerID.value !== buyerNames[text]) { buyerID.value = buyerNames[text]; changed(); } return; }
    var ws = words([{ text: fold(text), literal: true }]);
    if (!ws.length) return;
    var key = safe(ws[0].raw.slice(0, 2));
    var found = BUYERSHARDS[key] ? get("b/" + key + ".json") : Promise.resolve([]);
    found.then(function (entries) {
      var matches = entries.filter(function (b) {
        var have = words([{ text: fold(b[1]), literal: true }]);
        return ws.every(function (w, i) {
          return have.some(function (h) { return i === ws.length - 1 ? h.raw.indexOf(w.raw) === 0 || h.term === w.term : h.term === w.term; });
        });
      }).slice(0, 20);
      while (buyerList.firstChild) buyerList.removeChild(buyerList.firstChild);
      matches.forEach(function (b) {
        buyerNames[b[1]] = b[0];
        var o = document.createElement("option"); o.value = b[1]; buyerList.appendChild(o);
      });
      if (!matches.length) buyerBox.setAttribute("title", T("buyer-none")); else buyerBox.removeAttribute("title");
    });
  }
  function buyerFromURL(id) {
    if (!id) return;
    buyerID.value = id;
    get("f/" + safe("b-" + id) + ".json").then(function (j) {
      return docs(decode(j.p).slice(0, 1));
    }).then(function (ds) { if (ds[0]) setBuyer(id, ds[0].b); }).catch(function () {});
  }

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
    BUYERSHARDS = {};
    m.buyer_shards.forEach(function (k) { BUYERSHARDS[k] = true; });
    PLACESHARDS = {};
    m.place_shards.forEach(function (k) { PLACESHARDS[k] = true; });
    STATED_OPEN = new Set(decode(m.stated_open));
    STATED_SHUT = new Set(decode(m.stated_shut));
    m.types.forEach(function (t) { TYPE[t[0]] = t[1]; });
    m.sectors.forEach(function (x) { SECTOR[fold(x[0])] = x; });
    m.departments.forEach(function (d) {
      DEP[d[0]] = d[1];
      DEPCODE[fold(d[0])] = d[0];
      DEPNAMES.push({ code: d[0], words: fold(d[1]).split(/[^\p{L}\p{N}]+/u).filter(Boolean) });
    });
    DEPNAMES.sort(function (a, b) { return b.words.length - a.words.length; });
    var s = params();
    // The filters, folded away on a phone unless some are chosen.
    var wide = window.matchMedia && window.matchMedia("(min-width: 48rem)").matches;
    if (wide) refine.open = true;
    input.value = s.q;
    sortBox.value = s.sort;
    selects.forEach(function (el) { el.value = s[el.name] || ""; });
    buyerFromURL(s.buyer);
    input.addEventListener("input", changed);
    sortBox.addEventListener("change", changed);
    selects.forEach(function (el) { el.addEventListener("change", changed); });
    buyerBox.addEventListener("input", buyerTyped);
    buyerBox.addEventListener("change", buyerTyped);
    form.addEventListener("submit", function (e) { e.preventDefault(); changed(); });
    form.setAttribute("data-ready", "");
    search(fromForm());
  });
})();
