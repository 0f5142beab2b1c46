// Sort the gradebook by a column; the table reads the same without this script.
(function () {
  "use strict";
  var table = document.getElementById("gradebook");
  if (!table || !table.tHead || !table.tBodies.length) return;
  document.documentElement.classList.add("sortable");
  var body = table.tBodies[0];
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  Array.prototype.forEach.call(body.rows, function (row, i) { row.dataset.order = i; });

  function key(row, column) {
    var cell = row.cells[column];
    var value = cell ? cell.getAttribute("data-sort") : null;
    return value === null || value === "" ? null : value;
  }

  function sortBy(column) {
    var head = heads[column];
    var numeric = head.getAttribute("data-type") === "number";
    var current = head.getAttribute("aria-sort");
    var direction = current ? (current === "ascending" ? "descending" : "ascending")
      : (numeric ? "descending" : "ascending");
    heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
    head.setAttribute("aria-sort", direction);
    var sign = direction === "ascending" ? 1 : -1;
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, column), y = key(b, column);
      // Missing values go last, whichever the direction.
      if (x === null || y === null) {
        if (x === y) return a.dataset.order - b.dataset.order;
        return x === null ? 1 : -1;
      }
      var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
      return order !== 0 ? sign * order : a.dataset.order - b.dataset.order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  heads.forEach(function (head, column) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    while (head.firstChild) button.appendChild(head.firstChild);
    head.appendChild(button);
    button.addEventListener("click", function () { sortBy(column); });
  });

  // One panel open at a time; Escape closes it.
  table.addEventListener("toggle", function (event) {
    var opened = event.target;
    if (!opened.open) return;
    table.querySelectorAll("details[open]").forEach(function (other) {
      if (other !== opened) other.open = false;
    });
  }, true);
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    table.querySelectorAll("details[open]").forEach(function (d) { d.open = false; });
  });
})();
