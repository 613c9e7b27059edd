// Emend console: conveniences over pages that work without script. Nothing typed is ever lost:
// every keystroke is kept as a local draft until the server has the text.
(function () {
  "use strict";

  function storage(action) {
    try {
      return action();
    } catch (ignored) {
      return null; // storage full or disabled: the forms still work
    }
  }

  // A failed sign-in keeps the username typed
  var signIn = document.querySelector("form[action='/j_security_check']");
  if (signIn) {
    var username = signIn.querySelector("#username");
    if (new URLSearchParams(location.search).has("failed") && !username.value) {
      username.value = storage(function () { return sessionStorage.getItem("emend-username"); }) || "";
      if (username.value) {
        signIn.querySelector("#password").focus();
      }
    }
    signIn.addEventListener("submit", function () {
      storage(function () { sessionStorage.setItem("emend-username", username.value); });
    });
  }

  // Find and replace: tick or untick every hit at once
  document.querySelectorAll("[data-tick-all]").forEach(function (button) {
    button.addEventListener("click", function () {
      var tick = button.dataset.tickAll === "true";
      document.querySelectorAll("ol.hits input[name=accept]").forEach(function (box) { box.checked = tick; });
    });
  });

  var scan = setUpScan();
  var form = document.getElementById("blocks");
  var help = document.getElementById("keys-help");
  if (help) {
    document.getElementById("show-keys").addEventListener("click", function () { help.showModal(); });
  }
  // Background jobs on the page (an import's scans, OCR): their progress, until they finish
  document.querySelectorAll("[data-job]").forEach(function (job) {
    var bar = job.querySelector("progress");
    var count = job.querySelector(".job-count");
    function poll() {
      fetch("/api/v1/jobs/" + job.getAttribute("data-job"), { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (answer) { return answer.ok ? answer.json() : null; })
        .then(function (state) {
          if (!state) {
            return;
          }
          bar.max = state.total;
          bar.value = state.done;
          var running = state.status === "queued" || state.status === "running";
          count.textContent = state.done + " of " + state.total
            + (running ? "" : state.status === "done" ? " · done" : " · " + state.status + (state.failed ? " (" + state.failed + " failed)" : ""));
          if (!running) {
            document.querySelectorAll("[data-job-stop='" + job.getAttribute("data-job") + "']").forEach(function (stop) { stop.remove(); });
          }
          if (running) {
            setTimeout(poll, 1000);
          }
        });
    }
    poll();
  });

  if (!form) {
    return;
  }

  // The page scan: fitted to the pane's width, zoomed with the wheel or keys, moved by dragging;
  // where it was is kept for the article's other pages.

  function setUpScan() {
    // The scan and the OCR's line boxes on it move and zoom together
    var image = document.getElementById("scan-page");
    if (!image) {
      return null;
    }
    var pane = image.parentElement;
    var key = "emend-scan:" + document.querySelector(".original").dataset.article;
    var view = storage(function () { return JSON.parse(sessionStorage.getItem(key)); }) || { scale: 1, x: 0, y: 0 };

    function show() {
      view.scale = Math.min(8, Math.max(0.25, view.scale));
      image.style.transform = "translate(" + Math.round(view.x) + "px, " + Math.round(view.y) + "px) scale(" + view.scale + ")";
      storage(function () { sessionStorage.setItem(key, JSON.stringify(view)); });
    }
    function zoom(factor, cx, cy) {
      // The point under the pointer (or the pane's centre) stays where it is
      var px = cx === undefined ? pane.clientWidth / 2 : cx;
      var py = cy === undefined ? pane.clientHeight / 2 : cy;
      var next = Math.min(8, Math.max(0.25, view.scale * factor));
      view.x = px - (px - view.x) * next / view.scale;
      view.y = py - (py - view.y) * next / view.scale;
      view.scale = next;
      show();
    }
    function step(delta) {
      view.scale = Math.round((view.scale + delta) * 100) / 100;
      show();
    }
    function fit() {
      view = { scale: 1, x: 0, y: 0 };
      show();
    }
    document.querySelectorAll("[data-zoom-step]").forEach(function (button) {
      button.addEventListener("click", function () { step(parseFloat(button.dataset.zoomStep)); });
    });
    document.querySelectorAll("[data-zoom-fit]").forEach(function (button) { button.addEventListener("click", fit); });
    pane.addEventListener("wheel", function (event) {
      event.preventDefault();
      var box = pane.getBoundingClientRect();
      zoom(event.deltaY < 0 ? 1.15 : 1 / 1.15, event.clientX - box.left, event.clientY - box.top);
    }, { passive: false });
    var drag = null;
    pane.addEventListener("pointerdown", function (event) {
      drag = { x: event.clientX - view.x, y: event.clientY - view.y };
      pane.setPointerCapture(event.pointerId);
      pane.classList.add("dragging");
    });
    pane.addEventListener("pointermove", function (event) {
      if (drag) {
        view.x = event.clientX - drag.x;
        view.y = event.clientY - drag.y;
        show();
      }
    });
    function drop() {
      drag = null;
      pane.classList.remove("dragging");
    }
    pane.addEventListener("pointerup", drop);
    pane.addEventListener("pointercancel", drop);
    pane.addEventListener("keydown", function (event) {
      var moves = { ArrowLeft: [40, 0], ArrowRight: [-40, 0], ArrowUp: [0, 40], ArrowDown: [0, -40] };
      if (moves[event.key]) {
        view.x += moves[event.key][0];
        view.y += moves[event.key][1];
        show();
      } else if (event.key === "+" || event.key === "=") {
        zoom(1.25);
      } else if (event.key === "-") {
        zoom(0.8);
      } else if (event.key === "0") {
        fit();
      } else {
        return;
      }
      event.preventDefault();
    });
    show();
    return { zoom: zoom, fit: fit };
  }

  // A block in focus lights its lines on the scan and in the line view
  form.addEventListener("focusin", function (event) {
    var block = event.target.closest("article.block");
    if (!block) {
      return;
    }
    document.querySelectorAll("[data-blocks]").forEach(function (line) {
      line.classList.toggle("lit", line.dataset.blocks.split(" ").indexOf(block.id) >= 0);
    });
  });

  // The field last focused receives palette characters
  var lastField = null;
  form.addEventListener("focusin", function (event) {
    if (event.target.matches("textarea.text, input.heading, input.marker")) {
      lastField = event.target;
      document.querySelectorAll("article.block.current").forEach(function (block) { block.classList.remove("current"); });
      blockOf(event.target).classList.add("current");
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
      field.setRangeText(button.dataset.insert, field.selectionStart, field.selectionEnd, "end");
      field.focus();
      field.dispatchEvent(new Event("input", { bubbles: true }));
    });
  });

  // Drafts: what is typed is kept in this browser until the server has it, so a lost session, a
  // closed tab or another block's save loses nothing. A draft belongs to the version it was typed over.
  function blockOf(element) {
    return element.closest("article.block");
  }
  function field(block, name) {
    return form.querySelector("[name=" + name + "-" + block.dataset.index + "]");
  }
  function blockId(block) {
    return field(block, "id").value;
  }
  function draftKey(block) {
    return "emend-draft:" + blockId(block) + ":" + field(block, "version").value;
  }
  function editable(block) {
    return ["text", "heading", "marker"].map(function (name) { return field(block, name); })
      .filter(function (element) { return element; });
  }
  function markChanged(block) {
    var changed = editable(block).some(function (element) { return element.value !== element.defaultValue; });
    block.classList.toggle("changed", changed);
    storage(function () {
      if (changed) {
        var draft = {};
        editable(block).forEach(function (element) { draft[element.name.replace(/-\d+$/, "")] = element.value; });
        localStorage.setItem(draftKey(block), JSON.stringify(draft));
      } else {
        localStorage.removeItem(draftKey(block));
      }
    });
  }
  function putDraft(block, draft) {
    editable(block).forEach(function (element) {
      var value = draft[element.name.replace(/-\d+$/, "")];
      if (typeof value === "string") {
        element.value = value;
      }
    });
    markChanged(block);
  }
  function sameAsStored(block, draft) {
    return editable(block).every(function (element) {
      var value = draft[element.name.replace(/-\d+$/, "")];
      return typeof value !== "string" || value === element.defaultValue;
    });
  }
  function notice(block, text, actions) {
    var note = document.createElement("p");
    note.className = "notice draft";
    note.setAttribute("role", "status");
    note.textContent = text + " ";
    actions.forEach(function (action) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "secondary";
      button.textContent = action[0];
      button.addEventListener("click", function () {
        action[1]();
        note.remove();
      });
      note.appendChild(button);
    });
    block.insertBefore(note, block.querySelector("label"));
  }
  function discardDraft(block, key) {
    editable(block).forEach(function (element) { element.value = element.defaultValue; });
    storage(function () { localStorage.removeItem(key); });
    markChanged(block);
  }
  function restoreDrafts(block) {
    var id = blockId(block);
    var current = draftKey(block);
    var keys = storage(function () { return Object.keys(localStorage); }) || [];
    keys.filter(function (key) { return key.indexOf("emend-draft:" + id + ":") === 0; }).forEach(function (key) {
      var draft = storage(function () { return JSON.parse(localStorage.getItem(key)); });
      if (!draft || sameAsStored(block, draft)) {
        // Saved meanwhile (or never changed): nothing of it is lost
        storage(function () { localStorage.removeItem(key); });
      } else if (key === current) {
        putDraft(block, draft);
        notice(block, "Your unsaved text from earlier is restored below. Save it, or discard it:",
          [["Discard my draft", function () { discardDraft(block, key); }]]);
      } else {
        // Typed over a version someone has since replaced: offered, never put over their text unasked
        notice(block, "You have unsaved text typed over an earlier version of this block; someone has saved it since.",
          [["Put my draft in the box", function () {
            putDraft(block, draft);
            storage(function () { localStorage.removeItem(key); });
          }], ["Discard my draft", function () { storage(function () { localStorage.removeItem(key); }); }]]);
      }
    });
  }
  form.querySelectorAll("article.block").forEach(function (block) {
    // After a failed save the server shows the editor's text; a draft would only repeat it
    if (!block.querySelector(".conflict, .error")) {
      restoreDrafts(block);
    }
    markChanged(block);
  });

  function focusBlock(block, select) {
    if (!block) {
      return;
    }
    var box = field(block, "text");
    box.focus({ preventScroll: true });
    block.scrollIntoView({ block: "nearest" });
    if (select) {
      block.classList.add("arrived");
    }
  }
  // After a failed save, go to the first block that needs the editor's decision; arriving from the
  // worklist or a search, to the block named in the address
  var problem = form.querySelector(".conflict, .block .error");
  var named = location.hash.length > 1 && document.getElementById(decodeURIComponent(location.hash.substring(1)));
  if (problem) {
    problem.scrollIntoView({ block: "start" });
    focusBlock(blockOf(problem));
  } else if (named && named.matches("article.block")) {
    named.scrollIntoView({ block: "start" });
    focusBlock(named, true);
    // The browser's own scroll to the address's fragment, at load, takes the focus away again
    window.addEventListener("load", function () {
      if (document.activeElement === document.body) {
        focusBlock(named, true);
      }
    });
  } else if (new URLSearchParams(location.search).has("left")) {
    // Arrived by "save and go to the next page": straight to its first block still to correct
    focusBlock(form.querySelector("article.block.raw") || form.querySelector("article.block"));
  }

  form.addEventListener("input", function (event) {
    var block = blockOf(event.target);
    if (block) {
      markChanged(block);
    }
  });

  // Take their text after a conflict
  form.addEventListener("click", function (event) {
    var button = event.target.closest("[data-take-theirs]");
    if (!button) {
      return;
    }
    var index = button.dataset.takeTheirs;
    var block = blockOf(button);
    var heading = document.getElementById("theirs-heading-" + index);
    if (field(block, "heading")) {
      field(block, "heading").value = heading ? heading.textContent : "";
    }
    field(block, "text").value = document.getElementById("theirs-" + index).textContent;
    markChanged(block);
  });

  // Saves go to the server without leaving the page: the blocks not saved keep what is typed in
  // them, and focus, scroll and zoom stay. The server's answer is the page as it would show it
  // after a reload; the saved blocks take their new version, status and score from it.
  function say(text, isError) {
    var box = document.getElementById("messages");
    box.innerHTML = "";
    var message = document.createElement("p");
    message.id = "message";
    message.className = isError ? "error" : "notice";
    message.setAttribute("role", isError ? "alert" : "status");
    message.textContent = text;
    box.appendChild(message);
  }
  function replaceFrom(next, id) {
    var fresh = next.getElementById(id);
    var old = document.getElementById(id);
    if (fresh && old) {
      old.replaceWith(document.importNode(fresh, true));
    }
  }
  function update(next) {
    var message = next.getElementById("message");
    if (message) {
      say(message.textContent, message.classList.contains("error"));
    }
    replaceFrom(next, "page-garble");
    replaceFrom(next, "page-progress");
    // Which lines belong to which block follows the blocks' texts
    next.querySelectorAll("[data-blocks]").forEach(function (fresh) {
      var tag = fresh.tagName.toLowerCase();
      document.querySelectorAll(tag + "[data-line='" + fresh.dataset.line + "']").forEach(function (line) {
        line.dataset.blocks = fresh.dataset.blocks;
      });
    });
    next.querySelectorAll("article.block").forEach(function (fresh) {
      var block = document.getElementById(fresh.id);
      if (!block) {
        return;
      }
      var version = fresh.querySelector("[name^=version-]").value;
      if (fresh.querySelector(".conflict, .error")) {
        var focused = block.contains(document.activeElement);
        var copy = document.importNode(fresh, true);
        block.replaceWith(copy);
        if (focused) {
          focusBlock(copy);
        }
        return;
      }
      if (version === field(block, "version").value) {
        return; // not saved: what is typed in it stays
      }
      var oldKey = draftKey(block);
      ["version", "digest"].forEach(function (name) {
        field(block, name).value = fresh.querySelector("[name^=" + name + "-]").value;
      });
      editable(block).forEach(function (element) {
        var stored = fresh.querySelector("[name=" + element.name + "]");
        if (stored && element.value !== stored.value) {
          element.value = stored.value;
        }
        if (stored) {
          element.defaultValue = stored.value;
        }
      });
      field(block, "status").value = "";
      field(block, "comment").value = "";
      block.className = fresh.className + (block.classList.contains("current") ? " current" : "");
      block.querySelector("header").replaceWith(document.importNode(fresh.querySelector("header"), true));
      block.querySelector(".meta select").replaceWith(document.importNode(fresh.querySelector(".meta select"), true));
      block.querySelectorAll(".notice.draft").forEach(function (note) { note.remove(); });
      var proposal = block.querySelector(".proposal");
      var freshProposal = fresh.querySelector(".proposal");
      if (proposal) {
        proposal.replaceWith(freshProposal ? document.importNode(freshProposal, true) : document.createTextNode(""));
      }
      storage(function () { localStorage.removeItem(oldKey); });
      markChanged(block);
    });
  }
  var saving = false;
  function save(submitter) {
    if (saving) {
      return Promise.resolve(false);
    }
    saving = true;
    var body = new URLSearchParams(new FormData(form, submitter));
    form.setAttribute("aria-busy", "true");
    // The form's buttons are named "action", which hides the form's action property
    var address = new URL(form.getAttribute("action"), location.href);
    return fetch(address, { method: "POST", body: body, credentials: "same-origin" })
      .then(function (response) {
        var page = new URL(response.url).pathname === address.pathname;
        if (!page) {
          // Signed out meanwhile: the ordinary form post goes to sign-in, and the drafts wait
          saving = false;
          form.removeAttribute("aria-busy");
          HTMLFormElement.prototype.submit.call(withAction(submitter));
          return false;
        }
        return response.text().then(function (html) {
          if (!response.ok) {
            say(response.status === 400
              ? "This page has expired (its security token is no longer valid), so nothing was saved. Your text is kept here and in this browser: reload the page to save it."
              : "Nothing was saved (the server answered " + response.status + "). Your text is kept here and in this browser.", true);
            return false;
          }
          update(new DOMParser().parseFromString(html, "text/html"));
          return !document.querySelector(".conflict, .block .error");
        });
      })
      .catch(function () {
        say("The server could not be reached: nothing was saved. Your text is kept here and in this browser.", true);
        return false;
      })
      .finally(function () {
        saving = false;
        form.removeAttribute("aria-busy");
      });
  }
  function withAction(submitter) {
    if (submitter && submitter.name) {
      var action = document.createElement("input");
      action.type = "hidden";
      action.name = submitter.name;
      action.value = submitter.value;
      form.appendChild(action);
    }
    return form;
  }
  form.addEventListener("submit", function (event) {
    var submitter = event.submitter;
    if (submitter && (submitter.value === "save-next" || submitter.hasAttribute("data-reload"))) {
      return; // a new page, or new blocks: the ordinary post, which saves every changed block first
    }
    event.preventDefault();
    save(submitter);
  });

  function button(action) {
    return form.querySelector("button[name=action][value='" + action + "']");
  }
  function submit(action) {
    var target = button(action);
    if (target) {
      form.requestSubmit(target);
    }
  }
  function blocks() {
    return Array.prototype.slice.call(form.querySelectorAll("article.block"));
  }
  function currentBlock() {
    return document.activeElement && document.activeElement.closest ? document.activeElement.closest("article.block") : null;
  }
  function neighbour(block, offset) {
    var all = blocks();
    var at = block ? all.indexOf(block) : -1;
    return all[Math.min(all.length - 1, Math.max(0, at + offset))];
  }
  function typing(element) {
    return element && (element.matches("textarea, input, select") || element.isContentEditable);
  }

  document.addEventListener("keydown", function (event) {
    var key = event.key.toLowerCase();
    var block = currentBlock();
    if (event.key === "?" && !typing(document.activeElement) && help && !help.open) {
      event.preventDefault();
      help.showModal();
    } else if ((event.ctrlKey || event.metaKey) && key === "s") {
      event.preventDefault();
      submit("save");
    } else if ((event.ctrlKey || event.metaKey) && key === "enter") {
      event.preventDefault();
      submit("save-next");
    } else if (event.altKey && key === "enter" && block) {
      event.preventDefault();
      var after = neighbour(block, 1);
      save(button("save-block-" + block.dataset.index)).then(function (ok) {
        if (ok) {
          focusBlock(after === block ? block : document.getElementById(after.id));
        }
      });
    } else if (event.altKey && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      event.preventDefault();
      focusBlock(neighbour(block, event.key === "ArrowDown" ? 1 : -1));
    } else if (event.altKey && key === "v" && block) {
      event.preventDefault();
      field(block, "status").value = "verified";
      submit("save-block-" + block.dataset.index);
    } else if (event.altKey && key === "o" && block) {
      event.preventDefault();
      submit("restore-block-" + block.dataset.index);
    } else if (event.altKey && key === "c" && block) {
      event.preventDefault();
      field(block, "comment").focus();
    } else if (event.altKey && (key === "n" || key === "p")) {
      var link = document.getElementById(key === "n" ? "next-page" : "previous-page");
      if (link) {
        event.preventDefault();
        location.href = link.href;
      }
    } else if (event.altKey && scan && (key === "=" || key === "+" || key === "-" || key === "0")) {
      event.preventDefault();
      if (key === "0") {
        scan.fit();
      } else {
        scan.zoom(key === "-" ? 0.8 : 1.25);
      }
    }
  });
})();
