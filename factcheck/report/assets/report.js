// The HTML report's only script: severity filter, search and sortable tables. It is inlined into the page
// and allowed by its hash in the page's Content-Security-Policy, so it must not build HTML from text.
"use strict";
(function () {
  const controls = document.getElementById("controls");
  if (!controls) {
    return;
  }
  // The controls stay hidden without scripts: everything is shown then, and nothing pretends to filter.
  controls.hidden = false;
  const boxes = Array.from(controls.querySelectorAll("input[type=checkbox]"));
  const search = document.getElementById("search");
  const groups = [
    { items: Array.from(document.querySelectorAll("tr[data-status]")), count: "findings-shown", none: "findings-none" },
    { items: Array.from(document.querySelectorAll("section[data-status]")), count: "keys-shown", none: "keys-none" },
  ];
  const texts = new Map();
  groups.forEach(function (group) {
    group.items.forEach(function (item) {
      texts.set(item, item.textContent.toLowerCase());
    });
  });

  function apply() {
    const wanted = new Set();
    boxes.forEach(function (box) {
      if (box.checked) {
        box.value.split(" ").forEach(function (status) { wanted.add(status); });
      }
    });
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    groups.forEach(function (group) {
      let shown = 0;
      group.items.forEach(function (item) {
        const text = texts.get(item);
        const visible = wanted.has(item.dataset.status) && words.every(function (word) { return text.includes(word); });
        item.classList.toggle("off", !visible);
        shown += visible ? 1 : 0;
      });
      const count = document.getElementById(group.count);
      if (count) {
        count.textContent = shown + " of " + group.items.length;
      }
      const none = document.getElementById(group.none);
      if (none) {
        none.hidden = shown > 0 || group.items.length === 0;
      }
    });
  }

  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  search.addEventListener("input", apply);
  apply();

  // Numbers sort as numbers (a cell's data-sort holds its figure), everything else as text in which digits
  // count by value ("F2" before "F10").
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
  function compare(a, b) {
    const x = Number(a);
    const y = Number(b);
    if (a !== "" && b !== "" && !Number.isNaN(x) && !Number.isNaN(y)) {
      return x - y;
    }
    return collator.compare(a, b);
  }
  function sortKey(row, index) {
    const cell = row.cells[index];
    if (!cell) {
      return "";
    }
    return cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
  }

  document.querySelectorAll("table.sortable").forEach(function (table) {
    const headers = Array.from(table.tHead.rows[0].cells);
    headers.forEach(function (header, index) {
      const button = document.createElement("button");
      button.type = "button";
      while (header.firstChild) {
        button.appendChild(header.firstChild);
      }
      header.appendChild(button);
      button.addEventListener("click", function () {
        const ascending = header.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const body = table.tBodies[0];
        const rows = Array.from(body.rows);
        rows.sort(function (a, b) {
          return compare(sortKey(a, index), sortKey(b, index)) * (ascending ? 1 : -1);
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
