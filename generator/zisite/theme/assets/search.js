/* zisite search page (render/pages/search.py). Progressive enhancement over a plain form: without
   JavaScript the form reloads the page, whose list of every page of the site is the search. With
   it, the query runs against the static Pagefind index written after the build
   (engines/search_index.py); results are a list of links with the office and page type, and the
   live region (role="status") says how many were found. Loaded only by the search page; the index
   is fetched only when a search runs. Nothing leaves the site: the bundle and the index sit in
   pagefind/ beside assets/, found relative to this file, so a sub-path works. */
const SHOWN = 20; // results listed at once; the status says when there are more

const form = document.querySelector("form.zi-search");
const input = document.getElementById("zi-search-q");
const status = document.getElementById("zi-search-status");
const heading = document.getElementById("zi-search-heading");
const list = document.getElementById("zi-search-results");
const siteRoot = new URL("../", import.meta.url);
let engine = null;

function say(text) {
  // Emptied first, so the same sentence twice in a row is announced twice.
  status.textContent = "";
  window.setTimeout(() => { status.textContent = text; }, 50);
}

async function load() {
  if (!engine) {
    engine = import(new URL("pagefind/pagefind.js", siteRoot).href).then(async (pagefind) => {
      // noWorker: the WebAssembly runs in this page, under this page's own policy (docs/csp.md), and
      // pagefind-worker.js is not published.
      await pagefind.options({ baseUrl: siteRoot.pathname, excerptLength: 24, noWorker: true });
      await pagefind.init();
      return pagefind;
    });
  }
  return engine;
}

/* Pagefind's excerpt is HTML with <mark> around the matched words: parsed inert, and only its text
   and marks are copied, so nothing from the index becomes markup. */
function excerpt(html) {
  const p = document.createElement("p");
  p.className = "zi-search-excerpt";
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html").body;
  for (const node of parsed.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      p.append(mark);
    } else {
      p.append(document.createTextNode(node.textContent));
    }
  }
  return p;
}

function item(data) {
  const li = document.createElement("li");
  const link = document.createElement("a");
  link.href = data.url;
  const name = data.meta.title || data.url;
  link.textContent = name;
  // On a group site many pages share a title ("Pengendalian Gratifikasi"): the link's name says whose,
  // for a screen reader's list of links; the line below the title shows it to everyone.
  const office = data.meta.kantor;
  if (office && !name.includes(office)) {
    const whose = document.createElement("span");
    whose.className = "zi-sr";
    whose.textContent = ` – ${office}`;
    link.append(whose);
  }
  const title = document.createElement("p");
  title.className = "zi-search-title";
  title.append(link);
  li.append(title);
  const where = [data.meta.kantor, data.meta.jenis].filter(Boolean).join(" · ");
  if (where) {
    const p = document.createElement("p");
    p.className = "zi-search-where";
    p.textContent = where;
    li.append(p);
  }
  if (data.excerpt) li.append(excerpt(data.excerpt));
  return li;
}

function show(items) {
  list.replaceChildren(...items);
  list.hidden = heading.hidden = items.length === 0;
}

async function run(query) {
  query = query.trim();
  if (!query) {
    show([]);
    say("Tulis kata yang dicari, lalu tekan Cari.");
    return;
  }
  let found;
  try {
    const pagefind = await load();
    found = await pagefind.search(query);
  } catch (error) {
    show([]);
    say("Pencarian tidak dapat dimuat di sini. Gunakan daftar semua halaman situs di bawah.");
    return;
  }
  const data = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
  show(data.map(item));
  const quoted = `“${query}”`;
  if (!data.length) {
    say(`Tidak ada halaman yang memuat ${quoted}. Coba kata lain, atau lihat daftar semua halaman situs di bawah.`);
  } else if (found.results.length > SHOWN) {
    say(`${found.results.length} halaman memuat ${quoted}; ${SHOWN} yang paling cocok ditampilkan.`);
  } else {
    say(`${data.length} halaman memuat ${quoted}.`);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const url = new URL(window.location.href);
  url.searchParams.set("q", input.value.trim());
  window.history.replaceState(null, "", url); // reload and the back button keep the search
  run(input.value);
});

const initial = new URLSearchParams(window.location.search).get("q");
if (initial) {
  input.value = initial;
  run(initial);
}
