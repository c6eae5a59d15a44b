// Draws a chart from the data table already in the page, so the table stays the source of
// truth: readable without JavaScript, by screen readers, and in print. Markup:
//   <figure data-chart="bar|line" [data-index-axis="y"]>
//     <table> <thead> <th>label</th> <th data-series [data-stepped]>Series A</th> … </thead>
//             <tbody> <tr><th scope="row">Label</th> <td data-label>more label</td> <td data-value="42">about 42</td> …
// Labels and series names are the (server-localized) cell texts; values come from data-value,
// never from the displayed text, whose number format depends on the language. In a line chart,
// a cell with data-marker="text" is drawn as a larger labelled point (an announcement that day).
// Line charts also read, on a series' header: data-points (points, no line), data-range="low|high"
// and data-axis="register" (see chart-lines.js).
(function () {
  "use strict";
  var palette = ["#b3261e", "#0b5cad", "#2e7d32", "#6a1b9a", "#8a5a00"];
  var reducedMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function text(cell) { return cell.textContent.replace(/\s+/g, " ").trim(); }

  // Long labels ("Venezuelan penitentiary authority") are wrapped, not clipped, on narrow screens.
  function wrap(line, width) {
    var lines = [], current = "";
    line.split(" ").forEach(function (word) {
      if (current && (current + " " + word).length > width) { lines.push(current); current = word; }
      else current = current ? current + " " + word : word;
    });
    if (current) lines.push(current);
    return lines;
  }

  function readTable(table) {
    var headers = Array.prototype.slice.call(table.querySelectorAll("thead th"));
    var seriesColumns = headers.map(function (th, i) { return th.hasAttribute("data-series") ? i : -1; })
      .filter(function (i) { return i >= 0; });
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
    var labels = rows.map(function (row) {
      var width = window.innerWidth < 640 ? 18 : 40;
      var parts = Array.prototype.slice.call(row.querySelectorAll("th[scope=row], td[data-label]")).map(text);
      return parts.reduce(function (all, part) { return all.concat(wrap(part, width)); }, []);
    });
    var datasets = seriesColumns.map(function (column, n) {
      return {
        label: text(headers[column]),
        data: rows.map(function (row) {
          var cell = row.children[column];
          var value = cell && cell.getAttribute("data-value");
          return value === null || value === undefined || value === "" ? null : Number(value);
        }),
        markers: rows.map(function (row) {
          var cell = row.children[column];
          return (cell && cell.getAttribute("data-marker")) || null;
        }),
        stepped: headers[column].hasAttribute("data-stepped") ? "before" : false,
        showLine: !headers[column].hasAttribute("data-points"),
        yAxisID: headers[column].getAttribute("data-axis") === "register" ? "register" : "y",
        range: headers[column].getAttribute("data-range"),
        rangeLabel: headers[column].getAttribute("data-range-label"),
        backgroundColor: palette[n % palette.length],
        borderColor: palette[n % palette.length],
        skipNull: true,
      };
    });
    return { labels: labels, datasets: datasets };
  }

  function styleDefaults() {
    var style = getComputedStyle(document.body);
    Chart.defaults.color = style.color;
    Chart.defaults.font.family = style.fontFamily;
    Chart.defaults.font.size = 13;
  }

  function draw(figure) {
    var table = figure.querySelector("table");
    if (!table) return;
    var data = readTable(table);
    var holder = document.createElement("div");
    holder.className = "chart-canvas";
    var horizontal = figure.getAttribute("data-index-axis") === "y";
    if (horizontal) holder.style.height = Math.max(16, data.labels.length * 2.75 + 5) + "rem";
    var canvas = document.createElement("canvas");
    // The table next to it carries the same data for assistive technology.
    canvas.setAttribute("aria-hidden", "true");
    holder.appendChild(canvas);
    figure.insertBefore(holder, figure.querySelector(".table-scroll") || table);
    var type = figure.getAttribute("data-chart") || "bar";
    var lines = window.TrackerLineCharts;
    if (type === "line") { lines.addRange(data.datasets); lines.markPoints(data.datasets); }
    var narrow = window.innerWidth < 640;
    new Chart(canvas, {
      type: type,
      data: data,
      options: {
        indexAxis: horizontal ? "y" : "x",
        responsive: true,
        maintainAspectRatio: false,
        animation: reducedMotion ? false : undefined,
        scales: type === "line" ? lines.scales(figure, data.datasets, narrow) : { x: { beginAtZero: true }, y: { beginAtZero: true } },
        plugins: {
          // Chart.js wraps legend items onto more lines when they do not fit; small boxes leave room for the words.
          legend: { position: "bottom", labels: { boxWidth: narrow ? 10 : 30, font: { size: narrow ? 11 : 13 } } },
          tooltip: { callbacks: { afterLabel: function (ctx) { return (ctx.dataset.markers && ctx.dataset.markers[ctx.dataIndex]) || ""; } } },
        },
      },
    });
    // Tests and styles can tell a drawn chart from a table only.
    figure.setAttribute("data-chart-state", "drawn");
  }

  function drawAll() {
    if (typeof Chart === "undefined") return; // the tables stay, and say everything
    styleDefaults();
    document.querySelectorAll("figure[data-chart]").forEach(draw);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", drawAll);
  else drawAll();
})();
