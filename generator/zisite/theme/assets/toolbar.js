/* zisite reader toolbar "Aksesibilitas" (docs/toolbar.md). Progressive enhancement: without
   JavaScript none of this exists and the page is complete. Settings live in one localStorage key as
   JSON and become classes on <html>; assets/head.js applies the same classes before the first
   paint, so a remembered setting never flashes or shifts the layout. */
(function () {
  "use strict";

  var KEY = "zi-aksesibilitas";
  var PREFIX = "zi-a11y-";
  var root = document.documentElement;
  var SIZES = [["A", "100%"], ["A+", "125%"], ["A++", "150%"]];
  var TOGGLES = [
    ["contrast", "Kontras tinggi"],
    ["links", "Garis bawahi semua tautan"],
    ["font", "Huruf mudah dibaca"],
    ["spacing", "Jarak baris dan huruf lebih lega"],
    ["still", "Hentikan animasi"]
  ];
  var reducedMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)");

  // Storage may be missing or throw (private mode, blocked cookies): the settings then last for
  // this page only, and nothing else changes.
  function load() {
    var raw = null;
    try { raw = JSON.parse(window.localStorage.getItem(KEY)); } catch (e) { raw = null; }
    var settings = {};
    if (!raw || typeof raw !== "object") return settings;
    if (raw.size === 1 || raw.size === 2) settings.size = raw.size;
    TOGGLES.forEach(function (t) {
      if (typeof raw[t[0]] === "boolean") settings[t[0]] = raw[t[0]];
    });
    return settings;
  }

  function save(settings) {
    try {
      if (Object.keys(settings).length) window.localStorage.setItem(KEY, JSON.stringify(settings));
      else window.localStorage.removeItem(KEY);
    } catch (e) { /* not remembered, still applied */ }
  }

  // Same rule as assets/head.js: true -> zi-a11y-<key>, 1 or 2 -> zi-a11y-<key>-<n>.
  function applyClasses(settings) {
    Array.prototype.slice.call(root.classList).forEach(function (name) {
      if (name.indexOf(PREFIX) === 0) root.classList.remove(name);
    });
    Object.keys(settings).forEach(function (key) {
      var value = settings[key];
      if (value === true) root.classList.add(PREFIX + key);
      else if (value === 1 || value === 2) root.classList.add(PREFIX + key + "-" + value);
    });
  }

  // Without a choice of its own, "stop animations" follows the system's reduced-motion setting.
  function defaultOf(key) {
    return key === "still" && !!(reducedMotion && reducedMotion.matches);
  }

  function isOn(settings, key) {
    return typeof settings[key] === "boolean" ? settings[key] : defaultOf(key);
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function icon() {
    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    svg.setAttribute("class", "zi-a11y__icon");
    var path = document.createElementNS("http://www.w3.org/2000/svg", "path");
    path.setAttribute("d", "M21 9h-6v13h-2v-6h-2v6H9V9H3V7h18m-9-5a2 2 0 0 1 2 2 2 2 0 0 1-2 2 2 2 0 0 1-2-2c0-1.11.89-2 2-2");
    svg.appendChild(path);
    return svg;
  }

  function button(cls, children, attrs) {
    var attributes = { type: "button", "class": cls };
    Object.keys(attrs || {}).forEach(function (name) { attributes[name] = attrs[name]; });
    return el("button", attributes, children);
  }

  /* Dengarkan: the main content read aloud by the browser's own speech synthesis, only on request. */
  function speechControls(status) {
    var synth = window.speechSynthesis;
    if (!synth || typeof synth.speak !== "function" || typeof window.SpeechSynthesisUtterance !== "function") return null;
    var listen = button("zi-a11y__btn zi-a11y__listen", ["Dengarkan"]);
    var pause = button("zi-a11y__btn", ["Jeda"], { hidden: "" });
    var stop = button("zi-a11y__btn", ["Berhenti"], { hidden: "" });
    var chunks = [];
    var index = 0;
    var run = 0;   // each start gets a number, so callbacks of a cancelled reading are ignored
    var paused = false;

    function textChunks() {
      var content = document.querySelector(".md-content__inner") || document.querySelector("main");
      if (!content) return [];
      // Short utterances: Chromium stops long ones after about 15 seconds.
      var out = [];
      content.innerText.split(/\n+/).forEach(function (line) {
        var sentences = line.trim().match(/[^.!?;:]+[.!?;:]*\s*/g) || [];
        var current = "";
        sentences.forEach(function (s) {
          if (current && (current + s).length > 200) { out.push(current.trim()); current = ""; }
          current += s;
        });
        if (current.trim()) out.push(current.trim());
      });
      return out;
    }

    function indonesianVoice() {
      var voices = [];
      try { voices = synth.getVoices() || []; } catch (e) { voices = []; }
      for (var i = 0; i < voices.length; i++) {
        if (/^id([-_]|$)/i.test(voices[i].lang || "")) return voices[i];
      }
      return null;
    }

    function show(speaking) {
      pause.hidden = !speaking;
      stop.hidden = !speaking;
      if (!speaking) {
        paused = false;
        pause.textContent = "Jeda";
        if (document.activeElement === pause || document.activeElement === stop) listen.focus();
      }
    }

    function speakNext(current) {
      if (current !== run) return;
      if (index >= chunks.length) { show(false); status("Selesai dibacakan."); return; }
      var utterance = new window.SpeechSynthesisUtterance(chunks[index]);
      index += 1;
      utterance.lang = "id-ID";
      var voice = indonesianVoice();
      if (voice) { try { utterance.voice = voice; } catch (e) { /* keep the default voice */ } }
      utterance.onend = function () { speakNext(current); };
      utterance.onerror = function (event) {
        if (current !== run || (event && (event.error === "interrupted" || event.error === "canceled"))) return;
        show(false);
        status("Suara tidak dapat diputar di peramban ini.");
      };
      synth.speak(utterance);
    }

    listen.addEventListener("click", function () {
      run += 1;
      synth.cancel();
      chunks = textChunks();
      index = 0;
      if (!chunks.length) { status("Tidak ada teks untuk dibacakan."); return; }
      show(true);
      var voices = [];
      try { voices = synth.getVoices() || []; } catch (e) { voices = []; }
      status(voices.length && !indonesianVoice()
        ? "Membacakan isi halaman. Suara bahasa Indonesia tidak tersedia di perangkat ini; dipakai suara bawaan."
        : "Membacakan isi halaman.");
      speakNext(run);
    });
    pause.addEventListener("click", function () {
      paused = !paused;
      if (paused) { synth.pause(); pause.textContent = "Lanjutkan"; status("Dijeda."); }
      else { synth.resume(); pause.textContent = "Jeda"; status("Dilanjutkan."); }
    });
    stop.addEventListener("click", function () {
      run += 1;
      synth.cancel();
      show(false);
      listen.focus();
      status("Pembacaan dihentikan.");
    });
    window.addEventListener("pagehide", function () { run += 1; synth.cancel(); });

    return el("div", { "class": "zi-a11y__group", role: "group", "aria-labelledby": "zi-a11y-speech" }, [
      el("p", { "class": "zi-a11y__label", id: "zi-a11y-speech" }, ["Bacakan isi halaman"]),
      el("div", { "class": "zi-a11y__row" }, [listen, pause, stop])
    ]);
  }

  function build() {
    var header = document.querySelector(".md-header__inner");
    if (!header || document.getElementById("zi-a11y-panel")) return;
    var settings = load();
    var liveFont = false;  // chosen on this page: the font may swap in (see toolbar.css)
    applyClasses(settings);

    var status = el("p", { "class": "zi-a11y__status", role: "status" });
    function say(text) { status.textContent = text; }

    var sizeButtons = SIZES.map(function (size, level) {
      var b = button("zi-a11y__btn zi-a11y__size zi-a11y__size--" + level,
        [el("span", { "class": "zi-a11y__glyph" }, [size[0]]), " " + size[1]]);
      b.addEventListener("click", function () {
        if (level) settings.size = level; else delete settings.size;
        update();
      });
      return b;
    });

    var toggleButtons = TOGGLES.map(function (t) {
      var b = button("zi-a11y__btn zi-a11y__opt", [t[1]], { "data-setting": t[0] });
      b.addEventListener("click", function () {
        settings[t[0]] = !isOn(settings, t[0]);
        if (t[0] === "font") liveFont = settings.font;
        update();
      });
      return b;
    });

    var reset = button("zi-a11y__btn zi-a11y__reset", ["Kembalikan ke semula"]);
    reset.addEventListener("click", function () {
      settings = {};
      update();
      say("Semua pengaturan dikembalikan ke semula.");
    });

    function update() {
      // Only choices that differ from the default are kept, so a reset page stores nothing.
      if (!settings.size) delete settings.size;
      TOGGLES.forEach(function (t) { if (settings[t[0]] === defaultOf(t[0])) delete settings[t[0]]; });
      applyClasses(settings);
      if (liveFont && settings.font) root.classList.add(PREFIX + "font-live");
      save(settings);
      sizeButtons.forEach(function (b, level) {
        b.setAttribute("aria-pressed", String((settings.size || 0) === level));
      });
      toggleButtons.forEach(function (b) {
        b.setAttribute("aria-pressed", String(isOn(settings, b.getAttribute("data-setting"))));
      });
    }

    var toggle = button("zi-a11y__toggle", [icon(), el("span", { "class": "zi-a11y__name" }, ["Aksesibilitas"])],
      { "aria-expanded": "false", "aria-controls": "zi-a11y-panel" });
    var children = [
      el("p", { "class": "zi-a11y__title", id: "zi-a11y-title" }, ["Pengaturan tampilan"]),
      el("div", { "class": "zi-a11y__group", role: "group", "aria-labelledby": "zi-a11y-size" }, [
        el("p", { "class": "zi-a11y__label", id: "zi-a11y-size" }, ["Ukuran teks"]),
        el("div", { "class": "zi-a11y__row" }, sizeButtons)
      ]),
      el("div", { "class": "zi-a11y__stack" }, toggleButtons)
    ];
    var speech = speechControls(say);
    if (speech) children.push(speech);
    children.push(reset, status);
    var panel = el("div", { "class": "zi-a11y__panel", id: "zi-a11y-panel", role: "group",
      "aria-labelledby": "zi-a11y-title", hidden: "" }, children);
    var wrap = el("div", { "class": "zi-a11y" }, [toggle, panel]);

    function setOpen(open, focusButton) {
      toggle.setAttribute("aria-expanded", String(open));
      panel.hidden = !open;
      if (!open) say("");
      if (focusButton) toggle.focus();
    }
    toggle.addEventListener("click", function () { setOpen(panel.hidden, false); });
    document.addEventListener("keydown", function (event) {
      if ((event.key === "Escape" || event.key === "Esc") && !panel.hidden) {
        setOpen(false, wrap.contains(document.activeElement) || document.activeElement === document.body);
      }
    });
    document.addEventListener("click", function (event) {
      if (!panel.hidden && !wrap.contains(event.target)) setOpen(false, false);
    });
    // Tabbing past the panel closes it, so it never covers the element that has focus (WCAG 2.4.11).
    wrap.addEventListener("focusout", function (event) {
      if (!panel.hidden && event.relatedTarget && !wrap.contains(event.relatedTarget)) setOpen(false, false);
    });
    if (reducedMotion && reducedMotion.addEventListener) reducedMotion.addEventListener("change", update);

    update();
    // Before the palette switch, so that switch does not move when the button appears.
    header.insertBefore(wrap, header.querySelector(".md-header__option"));
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", build);
  else build();
}());
