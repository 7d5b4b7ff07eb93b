/* zisite: the scripts that must run in <head>, before the first paint, as a file rather than inline
   so the Content-Security-Policy (theme/main.html, docs/csp.md) allows scripts from the site only.
   Loaded synchronously by partials/javascripts/base.html, where Material had its inline script. */

/* Material's storage helpers (its partials/javascripts/base.html), which its bundle and palette.js use.
   The scope is the site root, given by the script tag because it differs from page to page. As in
   Zensical's version of the partial, a scope always ends in "/" and <html> gets data-platform. */
__md_scope = new URL(document.currentScript.getAttribute("data-scope"), location);
__md_scope.pathname.endsWith("/") || (__md_scope = new URL(__md_scope.pathname + "/", location));
__md_hash = function (value) {
  return [...value].reduce(function (hash, c) { return (hash << 5) - hash + c.charCodeAt(0); }, 0);
};
__md_get = function (key, storage = localStorage, scope = __md_scope) {
  return JSON.parse(storage.getItem(scope.pathname + "." + key));
};
__md_set = function (key, value, storage = localStorage, scope = __md_scope) {
  try { storage.setItem(scope.pathname + "." + key, JSON.stringify(value)); } catch (e) { /* not remembered */ }
};
document.documentElement.setAttribute("data-platform", navigator.platform);
/* Scripts run: the chrome's script-only controls may show (zi.css keys the JavaScript-off menu on .no-js). */
document.documentElement.classList.replace("no-js", "js");

/* Reader toolbar: remembered settings as classes on <html> before the first paint. Same rule as
   applyClasses in toolbar.js (docs/toolbar.md): true -> zi-a11y-<key>, 1 or 2 -> zi-a11y-<key>-<n>. */
(function () {
  try {
    var settings = JSON.parse(localStorage.getItem("zi-aksesibilitas"));
    var classes = document.documentElement.classList;
    for (var key in settings) {
      if (!/^[a-z]+$/.test(key)) continue;
      if (settings[key] === true) classes.add("zi-a11y-" + key);
      else if (settings[key] === 1 || settings[key] === 2) classes.add("zi-a11y-" + key + "-" + settings[key]);
    }
  } catch (e) { /* storage blocked or not JSON: the defaults */ }
})();
