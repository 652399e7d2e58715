// After htmx puts a saved part of the record back in place, keyboard users carry on from
// that part: focus moves to its first link or button (without JavaScript, the page's
// #anchor does the same).
document.addEventListener("htmx:afterSettle", function (event) {
  var root = document.getElementById("editor-root");
  if (!root || !root.dataset.saved) {
    return;
  }
  if (document.activeElement && document.activeElement !== document.body &&
      root.contains(document.activeElement)) {
    return;
  }
  var part = document.getElementById(root.dataset.saved);
  var target = part && part.querySelector("a[href], button, textarea, input:not([type=hidden])");
  if (target) {
    target.focus();
  }
});
