// Emend console: small conveniences over pages that work without script.
(function () {
  "use strict";

  // Zoom of the page scan
  document.querySelectorAll("[data-zoom]").forEach(function (bar) {
    var image = document.getElementById(bar.dataset.zoom);
    var scale = 1;
    bar.querySelectorAll("[data-zoom-step]").forEach(function (button) {
      button.addEventListener("click", function () {
        scale = Math.min(4, Math.max(0.25, scale + parseFloat(button.dataset.zoomStep)));
        image.style.transform = "scale(" + scale + ")";
      });
    });
  });

  var form = document.getElementById("blocks");
  if (!form) {
    return;
  }

  // The field last focused receives palette characters
  var lastField = null;
  form.addEventListener("focusin", function (event) {
    if (event.target.matches("textarea.text, input.heading")) {
      lastField = event.target;
    }
  });
  document.querySelectorAll("[data-insert]").forEach(function (button) {
    // Keep the caret in the text while clicking
    button.addEventListener("mousedown", function (event) { event.preventDefault(); });
    button.addEventListener("click", function () {
      var field = lastField || form.querySelector("textarea.text");
      if (!field) {
        return;
      }
      var start = field.selectionStart, end = field.selectionEnd;
      field.setRangeText(button.dataset.insert, start, end, "end");
      field.focus();
      field.dispatchEvent(new Event("input", { bubbles: true }));
    });
  });

  // Drafts: what is typed is kept in this browser until it is saved, so a lost session or a
  // closed tab loses nothing. A draft belongs to the version it was typed over.
  function blockOf(element) {
    return element.closest("article.block");
  }
  function draftKey(block) {
    var index = block.dataset.index;
    return "emend-draft:" + form.querySelector("[name=id-" + index + "]").value + ":"
      + form.querySelector("[name=version-" + index + "]").value;
  }
  function fields(block) {
    var index = block.dataset.index;
    return {
      text: form.querySelector("[name=text-" + index + "]"),
      heading: form.querySelector("[name=heading-" + index + "]")
    };
  }
  function markChanged(block) {
    var f = fields(block);
    var changed = f.text.value !== f.text.defaultValue || (f.heading && f.heading.value !== f.heading.defaultValue);
    block.classList.toggle("changed", changed);
    try {
      if (changed) {
        localStorage.setItem(draftKey(block), JSON.stringify({ text: f.text.value, heading: f.heading ? f.heading.value : null }));
      } else {
        localStorage.removeItem(draftKey(block));
      }
    } catch (ignored) { /* storage full or disabled: the form still works */ }
  }
  var saved = new URLSearchParams(location.search).has("saved");
  form.querySelectorAll("article.block").forEach(function (block) {
    var f = fields(block);
    // After a failed save the server shows the editor's text; a draft would only repeat it
    var draft = null;
    try {
      draft = saved || block.querySelector(".conflict, .error") ? null : JSON.parse(localStorage.getItem(draftKey(block)));
    } catch (ignored) { /* unreadable draft */ }
    if (draft && draft.text !== f.text.value) {
      f.text.value = draft.text;
      if (f.heading && draft.heading !== null) {
        f.heading.value = draft.heading;
      }
      var note = document.createElement("p");
      note.className = "notice draft";
      note.setAttribute("role", "status");
      note.textContent = "Your unsaved text from earlier is restored below. Save it, or reload and discard it: ";
      var discard = document.createElement("button");
      discard.type = "button";
      discard.className = "secondary";
      discard.textContent = "Discard my draft";
      discard.addEventListener("click", function () {
        f.text.value = f.text.defaultValue;
        if (f.heading) {
          f.heading.value = f.heading.defaultValue;
        }
        markChanged(block);
        note.remove();
      });
      note.appendChild(discard);
      block.insertBefore(note, block.querySelector("label"));
    }
    markChanged(block);
  });
  if (saved) {
    // The save went through: drafts of older versions of these blocks are obsolete
    try {
      Object.keys(localStorage).forEach(function (key) {
        if (key.indexOf("emend-draft:") === 0) {
          var id = key.split(":")[1];
          if (form.querySelector("input[value='" + id + "']")) {
            localStorage.removeItem(key);
          }
        }
      });
    } catch (ignored) { /* storage disabled */ }
  }
  // After a failed save, go to the first block that needs the editor's decision
  var problem = form.querySelector(".conflict, .block .error");
  if (problem) {
    problem.scrollIntoView({ block: "start" });
    var box = blockOf(problem).querySelector("textarea.text");
    if (box) {
      box.focus({ preventScroll: true });
    }
  }

  form.addEventListener("input", function (event) {
    var block = blockOf(event.target);
    if (block) {
      markChanged(block);
    }
  });

  // Take their text after a conflict
  document.querySelectorAll("[data-take-theirs]").forEach(function (button) {
    button.addEventListener("click", function () {
      var index = button.dataset.takeTheirs;
      var block = blockOf(button);
      var f = fields(block);
      var heading = document.getElementById("theirs-heading-" + index);
      if (f.heading) {
        f.heading.value = heading ? heading.textContent : "";
      }
      f.text.value = document.getElementById("theirs-" + index).textContent;
      markChanged(block);
    });
  });

  function submit(action) {
    var button = form.querySelector("button[name=action][value='" + action + "']");
    if (button) {
      form.requestSubmit(button);
    }
  }

  document.addEventListener("keydown", function (event) {
    var key = event.key.toLowerCase();
    if ((event.ctrlKey || event.metaKey) && key === "s") {
      event.preventDefault();
      submit("save");
    } else if ((event.ctrlKey || event.metaKey) && key === "enter") {
      event.preventDefault();
      submit("save-next");
    } else if (event.altKey && key === "v") {
      var block = document.activeElement && blockOf(document.activeElement);
      if (block) {
        event.preventDefault();
        form.querySelector("[name=status-" + block.dataset.index + "]").value = "verified";
        submit("save-block-" + block.dataset.index);
      }
    } else if (event.altKey && (key === "n" || key === "p")) {
      var link = document.getElementById(key === "n" ? "next-page" : "previous-page");
      if (link) {
        event.preventDefault();
        location.href = link.href;
      }
    }
  });
})();
