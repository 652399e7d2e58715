// The editor's writing surface (templates/meetings/editor.html). The server renders every
// part of a draft as an ordinary form that works without JavaScript; this script upgrades
// them:
//
// - Saving in place: a paragraph's text box, a section's title and an attendee's role and
//   attendance are saved a moment after typing stops and when the clerk leaves them, through
//   the same posts as the forms ("X-Autosave: 1": a save that changes nothing else is
//   answered 204 and the page stays as it is; one that does (a blank line splits a
//   paragraph, a paragraph is added) comes back as the section it changed, with the page's
//   messages, put in place with the clerk's place and anything typed meanwhile kept). The
//   status is said in #save-status, a live region.
// - One menu per item: its Options button (aria-expanded) shows or hides its list; Escape
//   closes it and returns to the button.
// - Keyboard shortcuts (listed on the page under "Keyboard shortcuts").
// - "Make an action" of words selected in a paragraph.
// - Drafts kept in the browser: what is typed in a paragraph's box (or a new paragraph's) and
//   not yet saved is kept in localStorage, under the clerk, the record, the paragraph and
//   the version it was typed on, until it is saved. A tab closed before the save loses
//   nothing: opening the editor again puts the text back in its box and saves it (on a
//   paragraph saved meanwhile by someone else, that save is the edit conflict, both texts
//   shown). Another clerk signed in on the same browser never gets it.
//
// No inline styles or scripts: the Content Security Policy stays strict.
(function () {
  "use strict";

  var PAUSE_MS = 1000;
  var FIELDS = "textarea, select, input[type=text]";
  var states = new WeakMap();

  document.documentElement.classList.add("js-editor");

  function root() {
    return document.getElementById("editor-root");
  }

  // Says `text` in the live region #save-status (read out, not shown), and shows it in the
  // page's flow just below the box it is about (`near`: the form saved, else the box the
  // clerk is in), so that it never covers the text being written.
  function say(text, near) {
    var status = document.getElementById("save-status");
    if (status) {
      status.textContent = text;
    }
    var editor = root();
    if (!editor) {
      return;
    }
    var note = editor.querySelector(".save-note") || document.createElement("p");
    note.className = "save-note";
    note.setAttribute("aria-hidden", "true");
    note.textContent = text;
    var active = document.activeElement;
    var field = active && active.matches && active.matches(FIELDS) && editor.contains(active)
      ? active : null;
    var at = near && near.isConnected && editor.contains(near) ? near : null;
    if (!at && field) {
      at = field.form && Node.prototype.contains.call(field.form, field) ? field.form : field;
    }
    if (at) {
      // Not at.after(): a form's field named "after" hides the method.
      Element.prototype.after.call(at, note);
    } else if (!note.isConnected) {
      editor.prepend(note);
    }
  }

  function stateOf(form) {
    var state = states.get(form);
    if (!state) {
      state = {timer: null, inflight: null, again: false};
      states.set(form, state);
    }
    return state;
  }

  function fieldsOf(form) {
    return Array.prototype.filter.call(form.elements, function (element) {
      return element.matches(FIELDS);
    });
  }

  function changed(field) {
    if (field.tagName === "SELECT") {
      return Array.prototype.some.call(field.options, function (option) {
        return option.selected !== option.defaultSelected;
      });
    }
    return field.value !== field.defaultValue;
  }

  function markSaved(field, value) {
    if (field.tagName === "SELECT") {
      Array.prototype.forEach.call(field.options, function (option) {
        option.defaultSelected = option.value === value;
      });
    } else {
      field.defaultValue = value;
    }
  }

  function isDirty(form) {
    return fieldsOf(form).some(changed);
  }

  // The form in place a field belongs to (a section's title is outside its form, joined by
  // its form attribute), or null.
  function formOf(field) {
    if (!field || !field.matches || !field.matches(FIELDS)) {
      return null;
    }
    return field.form && field.form.classList.contains("in-place") ? field.form : null;
  }

  function schedule(form) {
    var state = stateOf(form);
    clearTimeout(state.timer);
    state.timer = setTimeout(function () {
      save(form);
    }, PAUSE_MS);
  }

  // Saves `form` if anything in it changed; resolves once saved (and the page redrawn, when
  // the save redraws it).
  function save(form) {
    var state = stateOf(form);
    clearTimeout(state.timer);
    if (state.inflight) {
      state.again = true;
      return state.inflight;
    }
    if (!form.isConnected || !isDirty(form)) {
      return Promise.resolve();
    }
    var main = fieldsOf(form)[0];
    if (main.tagName === "TEXTAREA" && !main.value.trim()) {
      if (form.dataset.adds) {
        return Promise.resolve();
      }
      say("Not saved — a paragraph cannot be empty (to remove it, use its Options button)", form);
      return Promise.resolve();
    }
    var sent = fieldsOf(form).map(function (field) {
      return field.value;
    });
    say("Saving…", form);
    state.inflight = fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: {"X-Autosave": "1", "HX-Request": "true"},
      credentials: "same-origin",
    }).then(function (response) {
      if (response.headers.get("X-Sign-In")) {
        // The session ended: static/js/session.js shows the sign-in prompt in place; the text
        // stays in its box and in this browser's drafts, and is saved after signing in.
        // Whether it is kept for after signing in, the prompt says (not when the cookies went).
        say("Not saved — you were signed out. Sign in again (see the message at the top).", form);
        return null;
      }
      if (response.status === 204) {
        var version = response.headers.get("X-Version");
        if (version && form.elements.version) {
          form.elements.version.value = version;
        }
        fieldsOf(form).forEach(function (field, index) {
          markSaved(field, sent[index]);
        });
        say(isDirty(form) ? "Saving…" : "Saved", form);
        return null;
      }
      var editorPage = response.headers.get("Content-Type") || "";
      if ((response.ok || response.status === 400) && editorPage.indexOf("text/html") === 0) {
        return response.text().then(function (html) {
          var answer = new DOMParser().parseFromString(html, "text/html");
          var fresh = answer.getElementById("editor-root");
          var part = response.headers.get("X-Saved");
          if (fresh) {
            redraw(fresh, main, sent[0]);
          } else if (part !== null) {
            redrawParts(answer, part, main, sent[0]);
          } else {
            throw new Error("not the editor");
          }
          say(response.ok ? "Saved" : "Not saved — see the message on the page");
        });
      }
      throw new Error("status " + response.status);
    }).catch(function () {
      say("Not saved — try again", form);
    }).finally(function () {
      state.inflight = null;
      keepDraft(form);
      if (root()) {
        keepDrafts(root());
      }
      if (state.again) {
        state.again = false;
        if (form.isConnected && isDirty(form)) {
          schedule(form);
        }
      }
    });
    return state.inflight;
  }

  function saveAll() {
    var editor = root();
    if (!editor) {
      return Promise.resolve();
    }
    var forms = Array.prototype.slice.call(editor.querySelectorAll("form.in-place"));
    return Promise.all(forms.map(save));
  }

  // What the clerk typed in boxes not yet saved, by the box's id: kept across a redraw.
  function unsaved(editor, except) {
    var kept = {};
    editor.querySelectorAll(FIELDS).forEach(function (field) {
      if (field !== except && field.id && formOf(field) && changed(field)) {
        kept[field.id] = field.value;
      }
    });
    return kept;
  }

  function restore(kept) {
    Object.keys(kept).forEach(function (id) {
      var field = document.getElementById(id);
      if (field) {
        field.value = kept[id];
        var form = formOf(field);
        if (form) {
          schedule(form);
        }
      }
    });
  }

  // Puts the page the server sent in place of the editor. The clerk stays where they were:
  // in the paragraph the save made (`data-saved`), with what they typed while it was saved.
  function redraw(fresh, field, sent) {
    var editor = root();
    var typed = field.value;
    var caret = field.selectionStart;
    var kept = unsaved(editor, field);
    var node = document.importNode(fresh, true);
    editor.replaceWith(node);
    if (window.htmx) {
      window.htmx.process(node);
    }
    enhance(node);
    restore(kept);
    var opened = node.querySelector("[autofocus]");
    if (opened) {
      opened.focus();
      return;
    }
    carryOn(node.dataset.saved, typed, caret, sent);
  }

  // Puts the parts the server sent (a save within one section is answered with that section
  // alone, and the page's messages) in place of the same parts of the page, and the clerk in
  // the part saved (`saved`), as `redraw` does.
  function redrawParts(answer, saved, field, sent) {
    var editor = root();
    var typed = field.value;
    var caret = field.selectionStart;
    var kept = unsaved(editor, field);
    Array.prototype.forEach.call(answer.body.children, function (fresh) {
      var old = fresh.id && document.getElementById(fresh.id);
      if (!old || !editor.contains(old)) {
        return;
      }
      var node = document.importNode(fresh, true);
      node.removeAttribute("data-hx-swap-oob");
      old.replaceWith(node);
      if (window.htmx) {
        window.htmx.process(node);
      }
    });
    editor.dataset.saved = saved;
    enhance(editor);
    restore(kept);
    carryOn(saved, typed, caret, sent);
  }

  // After a redraw: the clerk in the box of the part saved, with what they typed while it was
  // being saved after what the box now holds.
  function carryOn(saved, typed, caret, sent) {
    var part = saved && document.getElementById(saved);
    var box = part && part.querySelector("textarea, input.in-place-title");
    if (!box) {
      return;
    }
    // The box holds the last block of what was sent; what was typed after it follows.
    var base = sent.replace(/\s+$/, "");
    var extra = typed.indexOf(base) === 0 ? typed.slice(base.length) : "";
    var value = box.value + extra;
    box.value = value;
    box.focus();
    var position = Math.max(0, Math.min(value.length, caret - (typed.length - value.length)));
    box.setSelectionRange(position, position);
    if (changed(box)) {
      schedule(formOf(box));
    }
  }

  // --- Drafts kept in the browser ---------------------------------------------------------------

  var DRAFTS = "prob-draft:";

  function storage() {
    if (document.documentElement.hasAttribute("data-signing-out")) {
      return null; // signing out keeps nothing typed in the browser (static/js/prob.js)
    }
    try {
      return window.localStorage;
    } catch (error) {
      return null; // storage refused (private mode, a policy): nothing is kept
    }
  }

  // This clerk's drafts of this record: "prob-draft:<user>:<meeting>:".
  function draftPrefix() {
    var editor = root();
    return editor && editor.dataset.drafts ? DRAFTS + editor.dataset.drafts + ":" : null;
  }

  // The part of a paragraph's key that stays across its versions ("p12:" for paragraph 12,
  // "new3:12:" for a new paragraph in section 3 after paragraph 12), or null for a form that
  // holds no paragraph's text.
  function draftBase(form) {
    var prefix = draftPrefix();
    var text = form.elements.text;
    if (!prefix || !text || text.tagName !== "TEXTAREA") {
      return null;
    }
    if (form.dataset.adds === "paragraph") {
      return prefix + "new" + form.elements.target.value + ":" + form.elements.after.value + ":";
    }
    return form.elements.version ? prefix + "p" + form.elements.target.value + ":" : null;
  }

  function forget(store, base) {
    for (var index = store.length - 1; index >= 0; index--) {
      var key = store.key(index);
      if (key && key.indexOf(base) === 0) {
        store.removeItem(key);
      }
    }
  }

  // Keeps what the form's box holds while it is not saved; forgets it once it is.
  function keepDraft(form) {
    var store = storage();
    var base = draftBase(form);
    if (!store || !base) {
      return;
    }
    var text = form.elements.text;
    var key = base + (form.elements.version ? "v" + form.elements.version.value : "");
    try {
      forget(store, base);
      if (form.isConnected && changed(text) && text.value.trim()) {
        store.setItem(key, text.value);
      }
    } catch (error) {
      // Storage full or refused: the save in place still runs.
    }
  }

  function keepDrafts(editor) {
    editor.querySelectorAll("form.in-place").forEach(keepDraft);
  }

  // Opening the editor: each kept draft back in its box, and saved.
  function restoreDrafts() {
    var store = storage();
    var prefix = draftPrefix();
    if (!store || !prefix) {
      return;
    }
    var restored = 0;
    var keys = [];
    for (var index = 0; index < store.length; index++) {
      var key = store.key(index);
      if (key && key.indexOf(prefix) === 0) {
        keys.push(key);
      }
    }
    keys.forEach(function (key) {
      var text = store.getItem(key);
      var rest = key.slice(prefix.length).split(":");
      var box = null;
      if (rest[0].charAt(0) === "p") {
        box = document.getElementById("text-" + rest[0].slice(1));
        if (box && box.form && box.form.elements.version) {
          // The version it was typed on: saved meanwhile, the save is an edit conflict.
          box.form.elements.version.value = rest[1].slice(1);
        }
      } else if (rest[0].indexOf("new") === 0) {
        var section = document.getElementById("section-" + rest[0].slice(3));
        var after = rest[1] && document.getElementById("paragraph-" + rest[1]);
        if (section) {
          newParagraph(section, after || null);
          box = section.querySelector(".new-paragraph-row textarea");
        }
      }
      if (!box || box.value === text) {
        store.removeItem(key);
        return;
      }
      box.value = text;
      restored += 1;
      schedule(box.form);
    });
    if (restored) {
      say("Put back what you typed before the page was closed (" + restored +
        (restored === 1 ? " paragraph" : " paragraphs") + "); saving…");
    }
  }

  // --- New paragraphs where the clerk is ------------------------------------------------------

  function newParagraph(section, after) {
    var template = document.getElementById("new-paragraph-template");
    var list = section && section.querySelector("ol.paragraphs");
    if (!template || !list) {
      return;
    }
    // One new paragraph at a time: an empty one left elsewhere goes.
    root().querySelectorAll(".new-paragraph-row").forEach(function (row) {
      if (!row.querySelector("textarea").value.trim()) {
        row.remove();
      }
    });
    var row = template.content.firstElementChild.cloneNode(true);
    var form = row.querySelector("form");
    form.elements.target.value = section.dataset.section;
    form.elements.after.value = after ? after.dataset.paragraph : "";
    row.querySelector("label").textContent = after
      ? "New paragraph after " + after.dataset.ref
      : "New paragraph in section " + section.dataset.number;
    if (after) {
      after.after(row);
    } else {
      list.appendChild(row);
    }
    row.querySelector("textarea").focus();
  }

  // From wherever the clerk is: after their paragraph, or at the end of their section.
  function newParagraphHere(from) {
    saveAll().then(function () {
      var active = document.activeElement;
      var here = active && active !== document.body && root().contains(active) ? active : from;
      if (!here.isConnected) {
        return;
      }
      var row = here.closest(".editor-paragraph");
      var section = here.closest(".editor-section");
      if (section && !(row && row.classList.contains("new-paragraph-row"))) {
        newParagraph(section, row);
      }
    });
  }

  // --- Actions from words -----------------------------------------------------------------------

  // Opens the add-action form at the paragraph; with words selected in it (`chosen`, from
  // selectedWords), filled with them, carrying where they stand in the paragraph's text and
  // the version it is at once saved, so that adding the action takes them out of it.
  function addAction(paragraphId, chosen) {
    var url = "?add=action:" + paragraphId;
    saveAll().then(function () {
      if (chosen && chosen.words) {
        var box = document.getElementById("text-" + paragraphId);
        var version = box && box.form && box.form.elements.version;
        url += "&text=" + encodeURIComponent(chosen.words) + "&at=" + chosen.at +
          (version ? "&version=" + encodeURIComponent(version.value) : "");
      }
      window.htmx.ajax("GET", url, {
        target: "#editor-root", select: "#editor-root", swap: "outerHTML",
      });
    });
  }

  // The words selected in the paragraph's box, trimmed, and where they start in its text as
  // saved (the box's value without its leading whitespace), or null.
  function selectedWords(paragraphId) {
    var box = document.getElementById("text-" + paragraphId);
    if (!box || box.selectionStart === box.selectionEnd) {
      return null;
    }
    var raw = box.value.slice(box.selectionStart, box.selectionEnd);
    var words = raw.trim();
    if (!words) {
      return null;
    }
    var leading = box.value.length - box.value.replace(/^\s+/, "").length;
    var at = box.selectionStart + (raw.length - raw.replace(/^\s+/, "").length) - leading;
    return {words: words, at: Math.max(0, at)};
  }

  // --- Menus ------------------------------------------------------------------------------------

  function setMenu(button, open) {
    var list = document.getElementById(button.getAttribute("aria-controls"));
    button.setAttribute("aria-expanded", open ? "true" : "false");
    if (list) {
      list.hidden = !open;
    }
  }

  function enhance(editor) {
    editor.querySelectorAll(".item-menu .menu-button").forEach(function (button) {
      button.hidden = false;
      setMenu(button, false);
    });
    editor.querySelectorAll("[data-make-action]").forEach(function (button) {
      button.hidden = false;
    });
  }

  // --- Events -----------------------------------------------------------------------------------

  document.addEventListener("input", function (event) {
    var form = formOf(event.target);
    if (form) {
      keepDraft(form);
      schedule(form);
    }
  });

  document.addEventListener("change", function (event) {
    var form = event.target.tagName === "SELECT" && formOf(event.target);
    if (form) {
      save(form);
    }
  });

  document.addEventListener("focusout", function (event) {
    var field = event.target;
    var form = formOf(field);
    if (form && isDirty(form)) {
      save(form);
    }
    var menu = field.closest && field.closest(".item-menu");
    if (menu && !(event.relatedTarget && menu.contains(event.relatedTarget))) {
      var button = menu.querySelector(".menu-button");
      if (button && !button.hidden) {
        setMenu(button, false);
      }
    }
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.classList && form.classList.contains("in-place")) {
      event.preventDefault();
      save(form);
    }
  }, true);

  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("button, a") : null;
    if (!target || !root() || !root().contains(target)) {
      return;
    }
    if (target.classList.contains("menu-button")) {
      setMenu(target, target.getAttribute("aria-expanded") !== "true");
    } else if (target.dataset.newParagraph) {
      event.preventDefault();
      var section = document.getElementById("section-" + target.dataset.newParagraph);
      var after = target.dataset.after && document.getElementById("paragraph-" + target.dataset.after);
      saveAll().then(function () {
        newParagraph(section, after || null);
      });
    } else if (target.dataset.makeAction) {
      var chosen = selectedWords(target.dataset.makeAction);
      if (chosen) {
        addAction(target.dataset.makeAction, chosen);
      } else {
        say("Select the words of the action in the paragraph first, then make an action of them.");
      }
    } else if (target.dataset.addAction) {
      event.preventDefault();
      addAction(target.dataset.addAction, null);
    }
  });

  // htmx makes the forms of a part it has just put in place send in place only when it settles
  // them (about 20 ms after): a move asked for before that (Alt+Shift+Up pressed twice quickly)
  // would post the whole page to the move's address. It waits for the settling instead.
  function whenSettled(run) {
    if (!document.querySelector(".htmx-added")) {
      run();
      return;
    }
    document.addEventListener("htmx:afterSettle", function settledOnce() {
      document.removeEventListener("htmx:afterSettle", settledOnce);
      run();
    });
  }

  function move(from, direction) {
    whenSettled(function () {
      var here = from.isConnected ? from : document.activeElement;
      var item = here && here.closest && here.closest(".action, .editor-paragraph, .editor-row, .editor-section");
      var button = item && item.querySelector(".menu-list [data-move=" + direction + "]");
      if (button && !item.classList.contains("new-paragraph-row")) {
        saveAll().then(function () {
          button.click();
        });
      }
    });
  }

  function jumpSection(from, step) {
    var sections = Array.prototype.slice.call(root().querySelectorAll(".editor-section"));
    var index = sections.indexOf(from.closest ? from.closest(".editor-section") : null);
    var next = sections[index === -1 ? (step > 0 ? 0 : sections.length - 1) : index + step];
    var box = next && next.querySelector("input.in-place-title, textarea, a[href]");
    if (box) {
      box.focus();
    }
  }

  document.addEventListener("keydown", function (event) {
    var editor = root();
    var here = event.target;
    if (!editor) {
      return;
    }
    if (event.key === "Escape") {
      var menu = here.closest && here.closest(".item-menu");
      var button = menu && menu.querySelector(".menu-button");
      if (button && button.getAttribute("aria-expanded") === "true") {
        event.preventDefault();
        setMenu(button, false);
        button.focus();
      }
      return;
    }
    if (!editor.contains(here) && !(event.altKey && (event.key === "PageDown" || event.key === "PageUp"))) {
      return;
    }
    var key = event.key.toLowerCase();
    if (event.ctrlKey && !event.altKey && key === "enter" && here.form &&
        !here.form.classList.contains("in-place")) {
      // In a form opened to add or change something: Ctrl+Enter sends it.
      event.preventDefault();
      here.form.requestSubmit();
      return;
    }
    if (event.altKey && !event.ctrlKey && !event.shiftKey && event.code === "KeyS") {
      var title = document.getElementById("new-section-title");
      if (title) {
        event.preventDefault();
        title.focus();
      }
      return;
    }
    var newKey = (event.ctrlKey && !event.altKey && key === "enter") ||
      (event.altKey && !event.ctrlKey && !event.shiftKey && event.code === "KeyN");
    if (newKey) {
      event.preventDefault();
      newParagraphHere(here);
    } else if (event.altKey && !event.ctrlKey && !event.shiftKey && event.code === "KeyA") {
      var row = here.closest(".editor-paragraph");
      if (row && row.dataset.paragraph) {
        event.preventDefault();
        addAction(row.dataset.paragraph, selectedWords(row.dataset.paragraph));
      }
    } else if (event.altKey && event.shiftKey && (key === "arrowup" || key === "arrowdown")) {
      event.preventDefault();
      move(here, key === "arrowup" ? "up" : "down");
    } else if (event.altKey && (event.key === "PageDown" || event.key === "PageUp")) {
      event.preventDefault();
      jumpSection(here, event.key === "PageDown" ? 1 : -1);
    }
  });

  // After htmx puts a changed part of the record back in place (a move, a deletion, a form
  // saved), the page is upgraded again and keyboard users carry on from that part: focus
  // moves to its text box or first control (without JavaScript, the page's #anchor does the
  // same).
  var keptAcrossSwap = {};
  // Where the focus was when the change was sent: a clerk who has gone on to type in another
  // box while the answer was on its way keeps that box (the focus is not taken from them).
  var focusAtSend = null;
  document.addEventListener("htmx:beforeRequest", function () {
    focusAtSend = document.activeElement;
  });
  function typingElsewhere() {
    var here = document.activeElement;
    if (!here || here === document.body || here === focusAtSend) {
      return false;
    }
    if (focusAtSend && here.id && here.id === focusAtSend.id) {
      return false;  // the box htmx put back in place of the one the change was sent from
    }
    return here.matches("textarea, input:not([type=hidden]), select");
  }
  document.addEventListener("htmx:beforeSwap", function (event) {
    var editor = root();
    keptAcrossSwap = editor ? unsaved(editor, null) : {};
    // A change within one part is answered with that part alone (the editor stays): the part
    // saved, where the clerk carries on, comes in a header.
    var xhr = event.detail.xhr;
    var saved = xhr && xhr.getResponseHeader("X-Saved");
    if (editor && saved !== null) {
      editor.dataset.saved = saved;
    }
  });

  // A deletion: the page comes back with "… deleted. Undo" in its messages, at the top. It is
  // put where the deleted part was instead (after the part before it, or first in its list),
  // so that the clerk stays where they were in a long record.
  var deletedPlace = null;
  document.addEventListener("htmx:beforeRequest", function (event) {
    var elt = event.detail.elt;
    var item = elt && elt.closest &&
      elt.closest(".action, .editor-paragraph, .editor-row, .editor-section");
    deletedPlace = null;
    if (item && root() && root().contains(item)) {
      var before = item.previousElementSibling;
      while (before && !before.id) {
        before = before.previousElementSibling;
      }
      var list = item.parentElement && item.parentElement.closest("[id]");
      deletedPlace = {
        before: before ? before.id : null,
        list: list ? list.id : null,
        tag: item.tagName,
      };
    }
  });

  function putDeletedInPlace() {
    var place = deletedPlace;
    deletedPlace = null;
    var message = document.getElementById("deleted-message");
    if (!place || !message) {
      return;
    }
    var notice = message.closest(".alert") || message;
    var holder = notice;
    if (place.tag === "LI") {
      holder = document.createElement("li");
      holder.className = "deleted-here";
      holder.appendChild(notice);
    }
    var before = place.before && document.getElementById(place.before);
    var list = place.list && document.getElementById(place.list);
    if (before && before.parentElement) {
      before.parentElement.insertBefore(holder, before.nextSibling);
    } else if (list) {
      // The part's own list (a section's paragraphs, the attendees), not the list of the
      // section's Options menu that comes before it (hidden: nothing to see or scroll to).
      var inner = list.querySelector(place.tag === "LI" ? "ol" : "*") || list;
      inner.insertBefore(holder, inner.firstChild);
    } else {
      return;
    }
    var messages = document.querySelector("#editor-root .messages");
    if (messages && !messages.children.length) {
      messages.remove();
    }
    message.scrollIntoView({block: "center"});
  }

  // Words made into an action: the page comes back at the new action with "Action 2 is
  // added…, and its words are taken out of paragraph 4.3. Undo" (or, when the words were left
  // in the paragraph, why) in its messages, at the top. The notice is put just after the new
  // action, the next stop after it for the keyboard, and said in the live region.
  function putMovedInPlace(action) {
    var message = document.getElementById("moved-message");
    var notice = message ? message.closest(".alert") || message
      : document.querySelector("#editor-root .messages .alert-warning");
    if (!notice || !action) {
      return;
    }
    var status = document.getElementById("save-status");
    if (status) {
      status.textContent = (message ? message.firstChild.textContent : notice.textContent).trim();
    }
    action.parentElement.insertBefore(notice, action.nextSibling);
    var messages = document.querySelector("#editor-root .messages");
    if (messages && !messages.children.length) {
      messages.remove();
    }
  }

  // A change saved through htmx (a form sent in place, a move) after a save that failed: the
  // status no longer says "Not saved".
  document.addEventListener("htmx:afterRequest", function (event) {
    var status = document.getElementById("save-status");
    var xhr = event.detail.xhr;
    if (status && event.detail.successful && xhr && !xhr.getResponseHeader("X-Sign-In") &&
        status.textContent.indexOf("Not saved") === 0 && event.detail.requestConfig &&
        event.detail.requestConfig.verb === "post") {
      say("Saved");
    }
  });

  document.addEventListener("htmx:afterSettle", function () {
    var editor = root();
    if (!editor) {
      return;
    }
    enhance(editor);
    restore(keptAcrossSwap);
    keptAcrossSwap = {};
    if (editor.dataset.saved === "deleted-message") {
      putDeletedInPlace();
    } else {
      deletedPlace = null;
    }
    if (editor.dataset.saved.indexOf("action-") === 0) {
      putMovedInPlace(document.getElementById(editor.dataset.saved));
    }
    // A comment resolved in place keeps the focus htmx gave it (its `autofocus`).
    var here = document.activeElement;
    if (!editor.dataset.saved || (here && here.closest && here.closest(".comment"))) {
      return;
    }
    // htmx puts the focus back on a box of the same id (the form just sent, say): the part
    // saved is where the clerk carries on, unless they are in it already.
    var part = document.getElementById(editor.dataset.saved);
    if ((part && part.contains(document.activeElement)) || typingElsewhere()) {
      return;
    }
    var target = part && part.querySelector(
      "textarea, input.in-place-title, input:not([type=hidden]), a[href], button:not([hidden])");
    if (target) {
      target.focus();
    }
  });

  if (root()) {
    enhance(root());
    restoreDrafts();
  }
})();
