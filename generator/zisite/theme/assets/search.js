/* zisite search page (render/pages/search.py). Progressive enhancement over a plain form: without
   JavaScript the form reloads the page, whose list of every page of the site is the search. With
   it, the query runs against the static Pagefind index written after the build
   (engines/search_index.py); results are a list of links with the office and page type, and the
   live region (role="status") says how many were found; past the first SHOWN, a button adds the next
   ones, moves focus to the first of them and says which are shown. Loaded only by the search page; the index
   is fetched only when a search runs. Nothing leaves the site: the bundle and the index sit in
   pagefind/ beside assets/, found relative to this file, so a sub-path works. */
const SHOWN = 20; // results listed at once; the status says when there are more, the button adds them

const form = document.querySelector("form.zi-search");
const input = document.getElementById("zi-search-q");
const status = document.getElementById("zi-search-status");
const heading = document.getElementById("zi-search-heading");
const list = document.getElementById("zi-search-results");
const more = document.getElementById("zi-search-more");
const siteRoot = new URL("../", import.meta.url);
let engine = null;
let found = []; // the current search's results, in Pagefind's order; list holds the first ones
let searches = 0; // counts runs, so a slow one never fills the list of a newer one

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

/* The "more" button (search.html) shows while results remain unlisted, saying how many it adds. */
function offerMore() {
  const left = found.length - list.children.length;
  more.textContent = `Tampilkan ${Math.min(left, SHOWN)} hasil berikutnya`;
  more.parentElement.hidden = left <= 0;
}

function show(items) {
  list.replaceChildren(...items);
  list.hidden = heading.hidden = items.length === 0;
  offerMore();
}

async function run(query) {
  const search = ++searches;
  query = query.trim();
  found = [];
  if (!query) {
    show([]);
    say("Tulis kata yang dicari, lalu tekan Cari.");
    return;
  }
  let results;
  try {
    const pagefind = await load();
    results = (await pagefind.search(query)).results;
  } catch (error) {
    if (search !== searches) return;
    show([]);
    say("Pencarian tidak dapat dimuat di sini. Gunakan daftar semua halaman situs di bawah.");
    return;
  }
  const data = await Promise.all(results.slice(0, SHOWN).map((r) => r.data()));
  if (search !== searches) return;
  found = results;
  show(data.map(item));
  const quoted = `“${query}”`;
  if (!data.length) {
    say(`Tidak ada halaman yang memuat ${quoted}. Coba kata lain, atau lihat daftar semua halaman situs di bawah.`);
  } else if (results.length > SHOWN) {
    say(`${results.length} halaman memuat ${quoted}; ${SHOWN} yang paling cocok ditampilkan.`);
  } else {
    say(`${data.length} halaman memuat ${quoted}.`);
  }
}

/* The next SHOWN results, appended; focus goes to the first of them, so a keyboard or screen reader
   user goes on reading where the new ones start, and the live region says which are shown now. */
async function showMore() {
  const search = searches;
  const from = list.children.length;
  const data = await Promise.all(found.slice(from, from + SHOWN).map((r) => r.data()));
  if (search !== searches || list.children.length !== from || !data.length) return;
  const items = data.map(item);
  list.append(...items);
  items[0].querySelector("a").focus();
  offerMore();
  say(`Hasil ${from + 1}–${from + items.length} dari ${found.length} ditampilkan.`);
}

more.addEventListener("click", showMore);

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
