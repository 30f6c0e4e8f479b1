/* nlpclaims batch report: the claims table (search, filters, sorting, pages) from the embedded JSON. */
(function () {
  "use strict";
  var PAGE = 50;
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; });
  }
  function init(root) {
    root.setAttribute("data-nlpclaims-ready", "1");
    var data = JSON.parse(root.querySelector(".r-data").textContent);
    var C = data.claims, S = data.speakers, A = data.articles, cues = data.cues, n = C.t.length;
    var MENU = 500;  /* speakers in the menu; any other is added when clicked in a chart */
    var hay = null, perSpeaker = new Array(S.length).fill(0), i;
    for (i = 0; i < n; i++) { perSpeaker[C.s[i]]++; }
    function haystack() {  /* built on the first search, not at load */
      if (hay) { return hay; }
      hay = new Array(n);
      for (var j = 0; j < n; j++) {
        var a = A[C.a[j]];
        hay[j] = (C.t[j] + "\u0001" + S[C.s[j]][1] + "\u0001" + cues[C.c[j]] + "\u0001" + a[0] + "\u0001" + a[1] + "\u0001" + C.q[j]).toLowerCase();
      }
      return hay;
    }
    var $ = function (sel) { return root.querySelector(sel); };
    var search = $(".r-search"), speaker = $(".r-speaker"), kind = $(".r-kind"), numbers = $(".r-numbers-only");
    var body = $(".r-table tbody"), count = $(".r-count"), pageLabel = $(".r-page");
    function option(k) { return '<option value="' + k + '">' + esc(S[k][1]) + (S[k][2] ? " ★" : "") + " (" + perSpeaker[k] + ")</option>"; }
    var options = [];
    for (i = 0; i < Math.min(S.length, MENU); i++) { options.push(option(i)); }
    if (S.length > MENU) { options.push('<option disabled>… ' + (S.length - MENU) + " more: search for a name</option>"); }
    speaker.insertAdjacentHTML("beforeend", options.join(""));
    var collator = new Intl.Collator("nl", { numeric: true, sensitivity: "base" });
    var keyOf = {
      d: function (j) { return A[C.a[j]][1]; }, a: function (j) { return A[C.a[j]][0]; },
      s: function (j) { return S[C.s[j]][1]; }, k: function (j) { return C.k[j]; },
      c: function (j) { return cues[C.c[j]]; }, t: function (j) { return C.t[j]; }, n: function (j) { return C.n[j]; }
    };
    var state = { sort: null, dir: 1, page: 0 }, view = [], draws = 0;
    function filter() {
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      var sp = speaker.value === "" ? -1 : +speaker.value, kd = kind.value === "" ? -1 : +kind.value, nums = numbers.checked;
      var out = [], h0 = words.length ? haystack() : null;
      for (var j = 0; j < n; j++) {
        if (sp >= 0 && C.s[j] !== sp) { continue; }
        if (kd >= 0 && C.k[j] !== kd) { continue; }
        if (nums && !C.n[j]) { continue; }
        var h = h0 && h0[j], ok = true;
        for (var w = 0; w < words.length; w++) { if (h.indexOf(words[w]) < 0) { ok = false; break; } }
        if (ok) { out.push(j); }
      }
      view = out;
      sort();
      state.page = 0;
      draw();
    }
    function sort() {
      if (!state.sort) { return; }
      var f = keyOf[state.sort], dir = state.dir;
      var keys = {};
      view.forEach(function (j) { keys[j] = f(j); });
      view.sort(function (x, y) {
        var p = keys[x], q = keys[y];
        var c = typeof p === "number" ? p - q : collator.compare(p, q);
        return c ? c * dir : x - y;
      });
    }
    function draw() {
      var pages = Math.max(1, Math.ceil(view.length / PAGE));
      state.page = Math.min(state.page, pages - 1);
      var from = state.page * PAGE, rows = [];
      for (var r = from; r < Math.min(view.length, from + PAGE); r++) {
        var j = view[r], a = A[C.a[j]], s = S[C.s[j]];
        var art = a[2] ? '<a href="' + esc(a[2]) + "#" + encodeURIComponent(C.id[j]) + '">' + esc(a[0]) + "</a>" : esc(a[0]);
        rows.push("<tr><td>" + esc(a[1]) + "</td><td>" + art + '</td><td class="r-spk" style="border-left-color:' + s[3] + '">' +
          esc(s[1]) + (s[2] ? " ★" : "") + "</td><td>" + (C.k[j] ? "direct" : "reported") + "</td><td>" + esc(cues[C.c[j]]) +
          "</td><td>" + esc(C.t[j]) + "</td><td>" + esc(C.q[j]) + "</td></tr>");
      }
      body.innerHTML = rows.join("");
      count.textContent = view.length ? (from + 1) + "–" + Math.min(view.length, from + PAGE) + " of " + view.length.toLocaleString("en") +
        " claims" + (view.length < n ? " (" + n.toLocaleString("en") + " in all)" : "") : "no claims match";
      pageLabel.textContent = "page " + (state.page + 1) + " of " + pages;
      $(".r-prev").disabled = state.page === 0;
      $(".r-next").disabled = state.page >= pages - 1;
      root.setAttribute("data-shown", String(view.length));
      root.setAttribute("data-draws", String(++draws));
    }
    var timer = null;
    search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(filter, 120); });
    [speaker, kind, numbers].forEach(function (el) { el.addEventListener("change", filter); });
    $(".r-prev").addEventListener("click", function () { state.page--; draw(); });
    $(".r-next").addEventListener("click", function () { state.page++; draw(); });
    Array.prototype.forEach.call(root.querySelectorAll(".r-table th[data-sort]"), function (th) {
      th.addEventListener("click", function () {
        var k = th.getAttribute("data-sort");
        state.dir = state.sort === k ? -state.dir : 1;
        state.sort = k;
        Array.prototype.forEach.call(root.querySelectorAll(".r-table th"), function (o) { o.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", state.dir > 0 ? "ascending" : "descending");
        sort();
        draw();
      });
    });
    root.addEventListener("click", function (ev) {
      var who = ev.target.closest(".r-who");
      if (!who) { return; }
      var idx = -1;
      for (var k = 0; k < S.length; k++) { if (S[k][0] === who.getAttribute("data-speaker")) { idx = k; } }
      if (idx >= MENU && !speaker.querySelector('option[value="' + idx + '"]')) { speaker.insertAdjacentHTML("beforeend", option(idx)); }
      speaker.value = idx < 0 ? "" : String(idx);
      numbers.checked = who.hasAttribute("data-numbers");
      filter();
      $("#r-claims").scrollIntoView({ block: "start" });
    });
    view = [];
    for (i = 0; i < n; i++) { view.push(i); }
    draw();
    root.setAttribute("data-ready-ms", String(Math.round(performance.now())));
  }
  Array.prototype.forEach.call(document.querySelectorAll(".nlpclaims-report:not([data-nlpclaims-ready])"), init);
})();
