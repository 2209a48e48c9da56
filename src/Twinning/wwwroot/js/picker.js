// Progressive enhancement for the forms' person and organisation lists (select[data-picker]):
// a search box above the list that keeps only the entries whose names or aliases contain what is
// typed, folded like the server's search (case, diacritics, tone-mark placement, đ). Without
// script the plain list works as before. When nothing matches, it offers to create a new record; when
// one entry is left, Enter picks it.
(function () {
  "use strict";
  var cache = {};

  function fold(text) {
    return (text || "").normalize("NFKC").normalize("NFD")
      .replace(/[\u200B-\u200D]/g, "")
      .replace(/\p{Mn}/gu, function (m) { return m >= "\u0E80" && m <= "\u0EFF" ? m : ""; })
      .replace(/[đĐ]/g, "d").toLowerCase()
      .replace(/[^\p{L}\p{N}\u0E80-\u0EFF]+/gu, " ").trim()
      .normalize("NFC").replace(/\u0EAB\u0EA5/g, "\u0EAB\u0EBC");
  }

  // "text": a list of other records (a citation's record), matched by the folded text of each entry alone.
  function keys(kind) {
    if (kind === "text") return Promise.resolve({});
    if (!cache[kind]) {
      cache[kind] = fetch("/lookup/" + kind, { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (entries) {
          var map = {};
          entries.forEach(function (e) { map[String(e.id)] = e.key; });
          return map;
        });
    }
    return cache[kind];
  }

  function enhance(select) {
    var kind = select.getAttribute("data-picker");
    var labels = document.body.dataset;
    var box = document.createElement("input");
    box.type = "search";
    box.className = "picker-search";
    box.placeholder = labels.pickerSearch || "";
    box.setAttribute("aria-label", labels.pickerSearch || "");
    var create = document.createElement("a");
    create.href = kind === "people" ? "/people/edit" : "/organisations/edit";
    create.target = "_blank";
    create.rel = "noopener";
    create.textContent = kind === "people" ? labels.pickerNewPerson : labels.pickerNewOrganisation;
    create.hidden = true;
    select.parentNode.insertBefore(box, select);
    select.parentNode.insertBefore(create, select.nextSibling);

    // Enter in the box picks the one entry left rather than submitting the form half filled in.
    box.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") return;
      event.preventDefault();
      var shown = Array.prototype.filter.call(select.options, function (o) { return !o.hidden && o.value !== "" && !(select.multiple && o.selected); });
      if (shown.length !== 1) return;
      shown[0].selected = true;
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });

    box.addEventListener("input", function () {
      var query = fold(box.value);
      keys(kind).then(function (map) {
        var shown = 0;
        Array.prototype.forEach.call(select.options, function (option) {
          var key = map[option.value] || fold(option.text);
          var match = !query || option.value === "" || key.indexOf(query) >= 0 || option.selected;
          option.hidden = !match;
          if (match && option.value !== "") shown++;
        });
        create.hidden = kind === "text" || !query || shown > 0;
      });
    });
  }

  document.querySelectorAll("select[data-picker]").forEach(enhance);
})();
