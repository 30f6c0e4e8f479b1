/* nlpclaims article view: margin labels without overlap, claim and speaker selection. */
(function () {
  "use strict";
  function init(root) {
    root.setAttribute("data-nlpclaims-ready", "1");
    var text = root.querySelector(".nlpclaims-text");
    var gutter = root.querySelector(".nlpclaims-gutter");
    var panel = root.querySelector(".nlpclaims-panel");
    var segs = {}, bySpeaker = {};
    Array.prototype.forEach.call(text.querySelectorAll("[data-claims]"), function (s) {
      s.getAttribute("data-claims").split(" ").forEach(function (id) { (segs[id] = segs[id] || []).push(s); });
    });
    var labels = Array.prototype.slice.call(gutter.querySelectorAll(".nlpclaims-label"));
    var items = {};
    Array.prototype.forEach.call(panel.querySelectorAll(".nlpclaims-item"), function (li) {
      items[li.getAttribute("data-claim")] = li;
      var sid = li.closest(".nlpclaims-group").getAttribute("data-speaker");
      (bySpeaker[sid] = bySpeaker[sid] || []).push(li.getAttribute("data-claim"));
    });
    var labelOf = {};
    labels.forEach(function (l) { labelOf[l.getAttribute("data-claim")] = l; });

    function layout() {
      if (!gutter.offsetParent) { return; }  /* margin hidden (narrow screen) */
      var base = gutter.getBoundingClientRect().top, next = 0;
      labels.forEach(function (l) {
        var first = (segs[l.getAttribute("data-claim")] || [])[0];
        if (!first) { l.style.display = "none"; return; }
        var rect = first.getClientRects()[0] || first.getBoundingClientRect();
        var top = Math.max(Math.round(rect.top - base), next);
        l.style.top = top + "px";
        next = top + l.offsetHeight + 3;
      });
      gutter.style.minHeight = next + "px";
    }
    function clearClass(name) {
      Array.prototype.forEach.call(root.querySelectorAll("." + name), function (e) { e.classList.remove(name); });
    }
    function select(id, scrollText, scrollPanel) {
      clearClass("nlpclaims-active");
      var spans = segs[id] || [];
      spans.forEach(function (s) { s.classList.add("nlpclaims-active"); });
      if (labelOf[id]) { labelOf[id].classList.add("nlpclaims-active"); }
      var li = items[id];
      if (li) { li.classList.add("nlpclaims-active"); }
      if (scrollText && spans[0]) { spans[0].scrollIntoView({ block: "center", inline: "nearest" }); }
      if (scrollPanel && li && panel.scrollHeight > panel.clientHeight) {
        panel.scrollTop = li.offsetTop - panel.offsetTop - panel.clientHeight / 3;
      }
    }
    function focusSpeaker(sid, button) {
      var on = button.getAttribute("aria-pressed") !== "true";
      Array.prototype.forEach.call(root.querySelectorAll(".nlpclaims-speaker"), function (b) { b.setAttribute("aria-pressed", "false"); });
      clearClass("nlpclaims-focus");
      root.classList.toggle("nlpclaims-focusing", on);
      if (!on) { return; }
      button.setAttribute("aria-pressed", "true");
      (bySpeaker[sid] || []).forEach(function (id) {
        (segs[id] || []).forEach(function (s) { s.classList.add("nlpclaims-focus"); });
        if (labelOf[id]) { labelOf[id].classList.add("nlpclaims-focus"); }
      });
      var first = (segs[(bySpeaker[sid] || [])[0]] || [])[0];
      if (first) { first.scrollIntoView({ block: "center", inline: "nearest" }); }
    }
    root.addEventListener("click", function (ev) {
      var t = ev.target;
      var speaker = t.closest(".nlpclaims-speaker");
      if (speaker) { focusSpeaker(speaker.getAttribute("data-speaker"), speaker); return; }
      var item = t.closest(".nlpclaims-item, .nlpclaims-label");
      if (item) { select(item.getAttribute("data-claim"), true, item.classList.contains("nlpclaims-label")); return; }
      var seg = t.closest("[data-claims]");
      if (seg) { select(seg.getAttribute("data-claims").split(" ")[0], false, true); }
    });
    root.addEventListener("keydown", function (ev) {
      var item = ev.target.closest && ev.target.closest(".nlpclaims-item");
      if (item && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); select(item.getAttribute("data-claim"), true, false); }
    });
    root.classList.add("nlpclaims-ready");
    layout();
    if (window.ResizeObserver) { new ResizeObserver(layout).observe(text); } else { window.addEventListener("resize", layout); }
    if (document.fonts && document.fonts.ready) { document.fonts.ready.then(layout); }
    if (document.body.classList.contains("nlpclaims-page") && location.hash.length > 1) {
      var id = decodeURIComponent(location.hash.slice(1));
      if (segs[id]) { select(id, true, true); }
    }
  }
  Array.prototype.forEach.call(document.querySelectorAll(".nlpclaims-view:not([data-nlpclaims-ready])"), init);
})();
