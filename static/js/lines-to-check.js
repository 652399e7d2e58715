// The import page's "Lines to check": a link naming a line (data-line) selects that line in the
// minutes text box, scrolled into view, for the clerk to fix it, and says so to a screen reader
// (#line-status). Without JavaScript, or once the text has fewer lines, the link goes where its
// href says: the line quoted with its number in the list, or the box.
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var box = document.getElementById("id_text");
  var status = document.getElementById("line-status");
  if (!box) {
    return;
  }

  // How far down the box the text before `offset` reaches, wrapped as the box wraps it: a copy
  // of the box's text in a hidden block of the same width and type.
  function heightBefore(offset) {
    var style = window.getComputedStyle(box);
    var copy = document.createElement("div");
    ["fontFamily", "fontSize", "fontWeight", "lineHeight", "letterSpacing", "paddingLeft",
      "paddingRight", "borderLeftWidth", "borderRightWidth", "boxSizing", "tabSize"
    ].forEach(function (name) {
      copy.style[name] = style[name];
    });
    copy.style.width = box.clientWidth + "px";
    copy.style.whiteSpace = "pre-wrap";
    copy.style.overflowWrap = "break-word";
    copy.style.position = "absolute";
    copy.style.visibility = "hidden";
    copy.style.borderStyle = "none";
    copy.textContent = box.value.slice(0, offset) + "\u200b";
    document.body.appendChild(copy);
    var height = copy.scrollHeight;
    copy.remove();
    return height;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-line]");
    if (!link) {
      return;
    }
    var number = parseInt(link.getAttribute("data-line"), 10);
    var lines = box.value.split("\n");
    if (!(number >= 1 && number <= lines.length)) {
      return;
    }
    event.preventDefault();
    var start = 0;
    for (var i = 0; i < number - 1; i += 1) {
      start += lines[i].length + 1;
    }
    var text = lines[number - 1].replace(/\r$/, "");
    box.focus();
    box.setSelectionRange(start, start + text.length);
    var lineHeight = parseFloat(window.getComputedStyle(box).lineHeight) || 20;
    box.scrollTop = Math.max(0, heightBefore(start) - lineHeight - box.clientHeight / 3);
    box.scrollIntoView({block: "center"});
    if (status) {
      var quoted = text.length > 80 ? text.slice(0, 80) + "\u2026" : text;
      status.textContent = "Line " + number + " is selected in the minutes text: " + quoted;
    }
  });
});
