// A page that answers a form's POST (the import page's preview, its refusal): its history entry
// is made the page's address, so that Back to it from the draft made, or a reload, asks for the
// page afresh (GET) instead of Chromium's "Confirm Form Resubmission" (ERR_CACHE_MISS), which
// would send the minutes again. Nothing the page shows changes; without JavaScript the browser
// asks as before.
(function () {
  "use strict";
  if (window.history && window.history.replaceState) {
    window.history.replaceState(window.history.state, "", window.location.href);
  }
})();
