"use strict";
// Sorting and filtering for the desk's index (desk.py). Without it the page is the same table,
// in order of severity; this only reorders rows and hides those a filter leaves out.
(() => {
  const table = document.getElementById("articles");
  const body = table.tBodies[0];
  const rows = Array.from(body.rows).filter((row) => row.dataset.order !== undefined);
  const headers = Array.from(table.tHead.rows[0].cells);
  const search = document.getElementById("search");
  const verdict = document.getElementById("verdict");
  const claims = document.getElementById("claims");
  const changed = document.getElementById("changed");
  const shown = document.getElementById("shown");

  // A cell sorts by its data-sort value when it has one (dates, ranks), else by its text.
  const key = (row, column) => {
    const cell = row.cells[column];
    return cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim().toLowerCase();
  };

  const sortBy = (column, direction) => {
    const numeric = headers[column].dataset.type === "number";
    const sign = direction === "ascending" ? 1 : -1;
    const compare = (a, b) => {
      const x = key(a, column), y = key(b, column);
      const order = numeric ? (Number(x) || 0) - (Number(y) || 0) : x.localeCompare(y);
      // Ties keep the order of severity.
      return sign * order || Number(b.dataset.order) - Number(a.dataset.order);
    };
    headers.forEach((header) => header.removeAttribute("aria-sort"));
    headers[column].setAttribute("aria-sort", direction);
    body.append(...rows.slice().sort(compare));
  };

  headers.forEach((header, column) => {
    if (!header.dataset.type) return;
    const button = document.createElement("button");
    button.type = "button";
    button.append(...Array.from(header.childNodes));
    header.append(button);
    // Numbers and ranks first sort largest first, dates newest first, text from A.
    const first = header.dataset.type === "text" ? "ascending" : "descending";
    button.addEventListener("click", () => {
      const now = header.getAttribute("aria-sort");
      sortBy(column, now === first ? (first === "ascending" ? "descending" : "ascending") : first);
    });
  });

  const filter = () => {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    let count = 0;
    for (const row of rows) {
      const text = row.textContent.toLowerCase();
      const visible = words.every((word) => text.includes(word))
        && (!verdict.value || row.dataset.worst === verdict.value)
        && (!claims.value || row.dataset.claims === claims.value)
        && (!changed.checked || row.dataset.changed === "yes");
      row.hidden = !visible;
      count += visible ? 1 : 0;
    }
    shown.textContent = `${count} of ${rows.length} articles shown`;
  };

  [search, verdict, claims, changed].forEach((control) => control.addEventListener("input", filter));
  document.getElementById("controls").hidden = false;
  filter();
})();
