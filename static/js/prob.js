/* Loaded in <head>, before the page is drawn: the "js" class on <html> lets the stylesheet
   collapse the navigation behind its menu button without the menu first showing open.
   Should Bootstrap's script (deferred, so run before DOMContentLoaded) not arrive, the
   button could not open the menu, so the class goes and the links show as they do without
   JavaScript. */
document.documentElement.classList.add("js");
document.addEventListener("DOMContentLoaded", function () {
  if (!window.bootstrap) {
    document.documentElement.classList.remove("js");
  }
});

/* Signing out leaves nothing typed behind on a shared computer: the editor's drafts kept in
   the browser until saved (static/js/editor.js, "prob-draft:" keys) go with the session. */
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (!form.action || !/\/logout\/?$/.test(new URL(form.action, location.href).pathname)) {
    return;
  }
  // Marked, so that a save in place still under way when the clerk signs out keeps nothing.
  document.documentElement.setAttribute("data-signing-out", "");
  try {
    for (var index = localStorage.length - 1; index >= 0; index--) {
      var key = localStorage.key(index);
      if (key && key.indexOf("prob-draft:") === 0) {
        localStorage.removeItem(key);
      }
    }
  } catch (error) {
    // Storage refused: nothing was kept.
  }
});
