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
