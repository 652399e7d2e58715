// After a page comes back from a form's post (post/redirect/get), the keyboard carries on where
// the work is: an error summary first (data-error-summary), else the part the address names
// (#paragraph-4.3, after sending a comment), else the page's first message ("Update saved."). A
// page that puts the focus somewhere itself (autofocus) keeps it there, unless a form was
// refused: a field's autofocus (sign-in's e-mail box) must not hide the summary of errors.
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var target = document.querySelector("[data-error-summary]");
  if (!target && document.querySelector("[autofocus]")) {
    return;
  }
  if (!target && location.hash.length > 1) {
    target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  }
  if (!target) {
    target = document.querySelector("main .messages .alert");
  }
  if (!target) {
    return;
  }
  if (!target.matches("a[href], button, input, select, textarea, [tabindex]")) {
    target.setAttribute("tabindex", "-1");
  }
  target.focus();
});
