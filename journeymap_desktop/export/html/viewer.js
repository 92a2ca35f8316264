/* The journey map's web page: zoom and pan, stages, search, side panel, lanes, print.
 * Written for this page alone, no library. Map text is only ever put into the page with
 * textContent (never as HTML), so nothing in a map can become markup or script. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("jm-data").textContent);
  var W = data.words;
  var svg = document.getElementById("jm-map");
  var world = document.getElementById("world");
  var viewport = document.getElementById("viewport");
  var bar = document.getElementById("bar");
  var panel = document.getElementById("panel");
  var panelBody = document.getElementById("panel-body");
  var query = document.getElementById("q");
  var count = document.getElementById("count");
  var mapHeight = data.height;
  var view = { s: 1, x: 0, y: 0 };
  var MIN_SCALE = 0.03, MAX_SCALE = 8;

  // ------------------------------------------------------------------ helpers
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLocaleLowerCase();
  }
  function clamp(v, lo, hi) { return Math.max(lo, Math.min(hi, v)); }
  function luminance(hex) {
    var c = [1, 3, 5].map(function (i) {
      var v = parseInt(hex.substr(i, 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  // ------------------------------------------------------------------ zoom and pan
  function apply() {
    world.style.transform = "translate(" + view.x + "px," + view.y + "px) scale(" + view.s + ")";
  }
  function size() {
    return { w: viewport.clientWidth, h: viewport.clientHeight };
  }
  /* Room kept under the map for the key hint, so it never lies over the map; kept after the
     hint fades too, so Fit (the 0 key) always gives the same view. */
  function hintRoom() {
    var hint = document.getElementById("help");
    if (!hint.offsetHeight) { return 0; }
    return window.innerHeight - hint.getBoundingClientRect().top + 4;
  }
  function fit() {
    var v = size();
    var h = Math.max(40, v.h - hintRoom());
    var s = clamp(Math.min(v.w / data.width, h / mapHeight) * 0.97, MIN_SCALE, MAX_SCALE);
    view.s = s;
    view.x = (v.w - data.width * s) / 2;
    // Centred on a wide screen; at the top of a tall one (a phone), under the toolbar.
    view.y = v.h > v.w ? 8 : Math.max(4, (h - mapHeight * s) / 2);
    apply();
  }
  function zoomAt(factor, cx, cy) {
    var s = clamp(view.s * factor, MIN_SCALE, MAX_SCALE);
    var k = s / view.s;
    view.x = cx - (cx - view.x) * k;
    view.y = cy - (cy - view.y) * k;
    view.s = s;
    apply();
  }
  function zoomCentre(factor) {
    var v = size();
    zoomAt(factor, v.w / 2, v.h / 2);
  }
  function pan(dx, dy) {
    view.x += dx;
    view.y += dy;
    apply();
  }
  /* Show the map rectangle (x, y, w, h) centred, at a scale that fits it, capped. */
  function show(x, y, w, h, maxScale) {
    var v = size();
    var right = panel.hidden || v.w < 700 ? 0 : panel.offsetWidth;
    var s = clamp(Math.min((v.w - right) * 0.9 / w, v.h * 0.9 / h), MIN_SCALE, maxScale);
    view.s = s;
    view.x = (v.w - right) / 2 - (x + w / 2) * s;
    view.y = v.h / 2 - (y + h / 2) * s;
    apply();
  }

  viewport.addEventListener("wheel", function (event) {
    event.preventDefault();
    var r = viewport.getBoundingClientRect();
    var unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
    if (event.shiftKey && !event.ctrlKey) {
      pan(-(event.deltaY || event.deltaX) * unit, 0);
      return;
    }
    zoomAt(Math.exp(-event.deltaY * unit * (event.ctrlKey ? 0.01 : 0.0015)),
           event.clientX - r.left, event.clientY - r.top);
  }, { passive: false });

  var pointers = {};
  var drag = null;
  function pointerList() { return Object.keys(pointers).map(function (k) { return pointers[k]; }); }
  viewport.addEventListener("pointerdown", function (event) {
    if (event.button !== 0) { return; }
    pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
    var list = pointerList();
    if (list.length === 1) {
      drag = { x: event.clientX, y: event.clientY, moved: 0 };
    } else if (list.length === 2) {
      drag = { pinch: Math.hypot(list[0].x - list[1].x, list[0].y - list[1].y), moved: 99 };
      Object.keys(pointers).forEach(function (id) { capture(Number(id)); });
    }
  });
  /* Capture the pointer only once a drag really started: a captured pointer's click would
   * go to the viewport instead of the card under it. */
  function capture(id) {
    try { viewport.setPointerCapture(id); } catch (e) { /* a pointer already gone */ }
  }
  viewport.addEventListener("pointermove", function (event) {
    if (!pointers[event.pointerId] || !drag) { return; }
    pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
    var list = pointerList();
    if (list.length >= 2 && drag.pinch) {
      var d = Math.hypot(list[0].x - list[1].x, list[0].y - list[1].y);
      var r = viewport.getBoundingClientRect();
      zoomAt(d / drag.pinch, (list[0].x + list[1].x) / 2 - r.left, (list[0].y + list[1].y) / 2 - r.top);
      drag.pinch = d;
    } else if (list.length === 1 && drag.x !== undefined) {
      var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      drag.moved += Math.abs(dx) + Math.abs(dy);
      drag.x = event.clientX;
      drag.y = event.clientY;
      if (drag.moved > 4) {
        if (!viewport.classList.contains("dragging")) { capture(event.pointerId); }
        viewport.classList.add("dragging");
        pan(dx, dy);
      }
    }
  });
  function pointerEnd(event) {
    delete pointers[event.pointerId];
    viewport.classList.remove("dragging");
    if (pointerList().length === 0) {
      setTimeout(function () { drag = null; }, 0);
    }
  }
  viewport.addEventListener("pointerup", pointerEnd);
  viewport.addEventListener("pointercancel", pointerEnd);

  // ------------------------------------------------------------------ stages
  var stageButtons = [];
  var currentStage = -1;
  function goStage(index) {
    if (!data.stages.length) { return; }
    index = clamp(index, 0, data.stages.length - 1);
    currentStage = index;
    var stage = data.stages[index];
    var v = size();
    var s = clamp(v.w * 0.5 / stage.w, 0.3, 1.6);
    view.s = s;
    view.x = v.w / 2 - (stage.x + stage.w / 2) * s;
    view.y = 8 - stage.y * s;
    apply();
    stageButtons.forEach(function (b, i) { b.classList.toggle("current", i === index); });
    stageButtons[index].scrollIntoView({ block: "nearest", inline: "nearest" });
  }
  var stageNav = document.getElementById("stages");
  data.stages.forEach(function (stage, index) {
    var b = el("button", "", stage.name);
    b.type = "button";
    b.title = stage.description ? stage.name + " \u2014 " + stage.description : stage.name;
    b.style.background = stage.color;
    if (luminance(stage.color) > 0.45) { b.classList.add("dark-ink"); }
    b.addEventListener("click", function () { goStage(index); });
    stageNav.appendChild(b);
    stageButtons.push(b);
  });
  Array.prototype.forEach.call(svg.querySelectorAll(".stage"), function (g, index) {
    g.addEventListener("click", function () { if (!drag || drag.moved <= 4) { goStage(index); } });
  });

  // ------------------------------------------------------------------ lanes
  var laneGroups = {};
  Array.prototype.forEach.call(svg.querySelectorAll("g.lane"), function (g) {
    laneGroups[g.getAttribute("data-lane")] = g;
  });
  var hiddenLanes = {};
  var legend = svg.querySelector("g.legend");
  function relayoutLanes() {
    var y = data.lanes_top;
    var last = data.lanes.length ? data.lanes[data.lanes.length - 1] : null;
    data.lanes.forEach(function (lane) {
      var g = laneGroups[lane.id];
      if (!g) { return; }
      if (hiddenLanes[lane.id]) {
        g.setAttribute("display", "none");
        return;
      }
      g.removeAttribute("display");
      var t = g.getAttribute("transform").match(/translate\(([-\d.e]+)/);
      g.setAttribute("transform", "translate(" + (t ? t[1] : 0) + " " + y + ")");
      y += lane.h + data.gutter;
    });
    var originalBottom = last ? last.y + last.h + data.gutter : data.lanes_top;
    var dy = y - originalBottom;
    if (legend) { legend.setAttribute("transform", "translate(0 " + dy + ")"); }
    mapHeight = data.height + dy;
    svg.setAttribute("viewBox", "0 0 " + data.width + " " + mapHeight);
    svg.setAttribute("height", mapHeight);
  }
  var laneList = document.getElementById("lane-list");
  var laneBoxes = [];
  data.lanes.forEach(function (lane) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", function () {
      if (box.checked) { delete hiddenLanes[lane.id]; } else { hiddenLanes[lane.id] = true; }
      relayoutLanes();
    });
    label.appendChild(box);
    label.appendChild(el("span", "", lane.name));
    laneList.appendChild(label);
    laneBoxes.push(box);
  });
  var showAll = el("button", "", W.show_all);
  showAll.type = "button";
  showAll.addEventListener("click", function () {
    hiddenLanes = {};
    laneBoxes.forEach(function (b) { b.checked = true; });
    relayoutLanes();
  });
  laneList.appendChild(showAll);

  // ------------------------------------------------------------------ side panel
  var cardGroups = {};
  Array.prototype.forEach.call(svg.querySelectorAll("g.card"), function (g) {
    cardGroups[g.getAttribute("data-card")] = g;
  });
  var selected = null;
  /* Text with the words of the current search wrapped in <mark> (built node by node). */
  function marked(tag, className, text) {
    var node = el(tag, className);
    var needle = fold(query.value.trim());
    var source = String(text);
    if (!needle) { node.textContent = source; return node; }
    var folded = fold(source);
    if (folded.length !== source.length) { node.textContent = source; return node; }
    var at = 0, hit = folded.indexOf(needle);
    while (hit >= 0) {
      node.appendChild(document.createTextNode(source.slice(at, hit)));
      node.appendChild(el("mark", "", source.slice(hit, hit + needle.length)));
      at = hit + needle.length;
      hit = folded.indexOf(needle, at);
    }
    node.appendChild(document.createTextNode(source.slice(at)));
    return node;
  }
  function addComments(parent, comments) {
    comments.forEach(function (c) {
      var box = el("div", "comment" + (c.resolved ? " resolved" : ""));
      var who = [c.author, c.date, c.reply ? "" : (c.resolved ? W.resolved : W.open)].filter(Boolean).join(" \u00b7 ");
      box.appendChild(el("div", "who", who));
      box.appendChild(marked("div", "text", c.text));
      addComments(box, c.replies || []);
      parent.appendChild(box);
    });
  }
  function openCard(id) {
    var card = data.cards[id];
    if (!card) { return; }
    if (selected) { selected.classList.remove("selected"); }
    selected = cardGroups[id] || null;
    if (selected) { selected.classList.add("selected"); }
    panelBody.textContent = "";
    var kind = el("span", "kind", card.lane);
    var g = cardGroups[id];
    var accent = g ? g.querySelector("path") : null;
    kind.style.background = accent ? accent.getAttribute("fill") : "#52606d";
    panelBody.appendChild(kind);
    panelBody.appendChild(marked("h2", "", card.title));
    panelBody.appendChild(el("p", "where", W.stage + ": " + card.stage));
    if (card.body) { panelBody.appendChild(marked("div", "body", card.body)); }
    var dl = el("dl");
    function row(term, node) {
      dl.appendChild(el("dt", "", term));
      var dd = el("dd");
      dd.appendChild(node);
      dl.appendChild(dd);
    }
    if (card.channel) { row(W.channel, el("span", "", card.channel)); }
    if (card.severity) {
      row(card.kind === "opportunities" ? W.impact : W.severity,
          el("span", "chip sev-" + card.severity_level, card.severity));
    }
    if (card.moment_of_truth) { row(W.moment_of_truth, el("span", "", "\u2605")); }
    if (card.tags.length) {
      var tags = el("span");
      card.tags.forEach(function (t) { tags.appendChild(marked("span", "chip", "#" + t)); });
      row(W.tags, tags);
    }
    if (card.votes !== undefined) { row(W.votes, el("span", "votes", card.votes)); }
    if (dl.childNodes.length) { panelBody.appendChild(dl); }
    panelBody.appendChild(el("h3", "", W.comments));
    if (card.comments.length) {
      addComments(panelBody, card.comments);
    } else {
      panelBody.appendChild(el("p", "where", W.no_comments));
    }
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  function closePanel() {
    panel.hidden = true;
    if (selected) { selected.classList.remove("selected"); selected = null; }
  }
  document.getElementById("panel-close").addEventListener("click", closePanel);
  svg.addEventListener("click", function (event) {
    if (drag && drag.moved > 4) { return; }
    var g = event.target.closest ? event.target.closest("g.card") : null;
    if (g) { openCard(g.getAttribute("data-card")); }
  });
  svg.addEventListener("keydown", function (event) {
    var g = event.target.closest ? event.target.closest("g.card") : null;
    if (g && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      openCard(g.getAttribute("data-card"));
    }
  });

  // ------------------------------------------------------------------ search
  var textGroups = [];
  Array.prototype.forEach.call(svg.querySelectorAll("g.lane"), function (lane) {
    Array.prototype.forEach.call(lane.querySelectorAll("g.cell-text"), function (g) {
      textGroups.push({ lane: lane.getAttribute("data-lane"), stage: g.getAttribute("data-stage"), g: g });
    });
  });
  var haystacks = Object.keys(data.cards).map(function (id) {
    var c = data.cards[id];
    return { id: id, text: fold([c.title, c.body, c.tags.join(" "), c.channel, c.severity].join("\n")) };
  });
  var textHay = data.texts.map(function (t) {
    var found = textGroups.filter(function (g) { return g.lane === t.lane_id && g.stage === t.stage_id; })[0];
    return { g: found ? found.g : null, text: fold(t.text) };
  });
  var hits = [];
  var current = -1;
  function runSearch() {
    var needle = fold(query.value.trim());
    hits = [];
    current = -1;
    Array.prototype.forEach.call(svg.querySelectorAll(".hit, .current"), function (n) {
      n.classList.remove("hit");
      n.classList.remove("current");
    });
    svg.classList.toggle("searching", needle.length > 0);
    if (!needle) { count.textContent = ""; return; }
    haystacks.forEach(function (h) {
      if (h.text.indexOf(needle) >= 0 && cardGroups[h.id]) {
        cardGroups[h.id].classList.add("hit");
        hits.push(cardGroups[h.id]);
      }
    });
    textHay.forEach(function (h) {
      if (h.g && h.text.indexOf(needle) >= 0) {
        h.g.classList.add("hit");
        hits.push(h.g);
      }
    });
    count.textContent = hits.length === 0 ? W.no_match
      : hits.length === 1 ? W.one_match : W.matches.replace("{n}", hits.length);
    if (selected && !panel.hidden) { openCard(selected.getAttribute("data-card")); }
  }
  function step(direction) {
    if (!hits.length) { return; }
    if (current >= 0) { hits[current].classList.remove("current"); }
    current = (current + direction + hits.length) % hits.length;
    var g = hits[current];
    g.classList.add("current");
    var box = g.getBBox();
    var lane = g.closest("g.lane");
    var t = lane ? lane.getAttribute("transform").match(/translate\(([-\d.e]+) ([-\d.e]+)/) : null;
    var ox = t ? parseFloat(t[1]) : 0, oy = t ? parseFloat(t[2]) : 0;
    if (g.classList.contains("card")) { openCard(g.getAttribute("data-card")); }
    show(box.x + ox - 40, box.y + oy - 40, box.width + 80, box.height + 80, 1.3);
  }
  query.addEventListener("input", runSearch);
  query.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); step(event.shiftKey ? -1 : 1); }
    if (event.key === "Escape") { query.value = ""; runSearch(); query.blur(); }
  });
  document.getElementById("next").addEventListener("click", function () { step(1); });
  document.getElementById("prev").addEventListener("click", function () { step(-1); });

  // ------------------------------------------------------------------ keys and buttons
  document.getElementById("zoom-in").addEventListener("click", function () { zoomCentre(1.25); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoomCentre(0.8); });
  document.getElementById("fit").addEventListener("click", fit);
  document.getElementById("print").addEventListener("click", function () { window.print(); });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (target && (target.tagName === "INPUT" || target.tagName === "SELECT")) { return; }
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var k = event.key, used = true;
    if (k === "+" || k === "=") { zoomCentre(1.25); }
    else if (k === "-" || k === "_") { zoomCentre(0.8); }
    else if (k === "0") { fit(); }
    else if (k === "ArrowLeft") { pan(80, 0); }
    else if (k === "ArrowRight") { pan(-80, 0); }
    else if (k === "ArrowUp") { pan(0, 80); }
    else if (k === "ArrowDown") { pan(0, -80); }
    else if (k === "PageDown" || k === "]") { goStage(currentStage + 1); }
    else if (k === "PageUp" || k === "[") { goStage(currentStage <= 0 ? 0 : currentStage - 1); }
    else if (k === "Home") { goStage(0); }
    else if (k === "End") { goStage(data.stages.length - 1); }
    else if (k === "/") { query.focus(); query.select(); }
    else if (k === "Escape") { closePanel(); }
    else { used = false; }
    if (used) { event.preventDefault(); }
  });

  // ------------------------------------------------------------------ layout of the page
  var fitted = true;
  /* One row if the title, every stage and every control fit whole; else stacked (viewer.css). */
  function layoutBar() {
    var title = document.getElementById("title");
    var stages = document.getElementById("stages");
    bar.classList.remove("stacked");
    var whole = bar.scrollWidth <= bar.clientWidth + 1 && title.scrollWidth <= title.clientWidth + 1
      && stages.scrollWidth <= stages.clientWidth + 1;
    if (!whole) { bar.classList.add("stacked"); }
  }
  function placeViewport() {
    layoutBar();
    document.documentElement.style.setProperty("--bar-h", bar.offsetHeight + "px");
  }
  window.addEventListener("resize", function () { placeViewport(); if (fitted) { fit(); } });
  // The bar is measured in the page's own fonts: again once they are loaded.
  if (document.fonts && document.fonts.ready) {
    document.fonts.ready.then(function () { placeViewport(); if (fitted) { fit(); } });
  }
  var help = document.getElementById("help");
  function interacted() {
    fitted = false;
    help.classList.add("gone");
  }
  viewport.addEventListener("pointerdown", interacted);
  viewport.addEventListener("wheel", interacted, { passive: true });
  document.addEventListener("keydown", function () { help.classList.add("gone"); });
  placeViewport();
  fit();
  document.documentElement.classList.add("ready");
}());
