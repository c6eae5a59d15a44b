// What line charts add to charts.js, read from a series' header in the table:
//   data-points           points only, no line (tallies are separate counts, not a continuous quantity);
//   data-range="low|high" the two columns are also joined by a bar from low to high each period,
//                         named by the low column's data-range-label (the spread of the tallies in force);
//   data-axis="register"  a second axis on the right, titled by the figure's data-register-title, so a
//                         count of 1 stays visible beside claims in the hundreds.
// On a phone: fewer ticks, no rotated labels, and the left axis title left to the legend and caption.
(function () {
  "use strict";

  // A floating bar from each period's low to its high value: the spread of the tallies in force.
  function addRange(datasets) {
    var low = datasets.filter(function (d) { return d.range === "low"; })[0];
    var high = datasets.filter(function (d) { return d.range === "high"; })[0];
    if (!low || !high) return;
    high.backgroundColor = high.borderColor = low.borderColor;
    datasets.push({
      type: "bar",
      label: low.rangeLabel || "",
      isRange: true,
      data: low.data.map(function (v, i) { return v === null || high.data[i] === null ? null : [v, high.data[i]]; }),
      markers: low.data.map(function () { return null; }),
      backgroundColor: low.borderColor + "55",
      borderColor: low.borderColor,
      borderWidth: 1,
      barPercentage: 0.35,
      yAxisID: "y",
      order: 10,
    });
  }

  // Announcement days stand out as larger points with a distinct shape (not colour alone).
  function markPoints(datasets) {
    datasets.forEach(function (dataset) {
      if (dataset.isRange) return;
      var marked = function (ctx) { return !!dataset.markers[ctx.dataIndex]; };
      var plain = dataset.showLine === false ? 3 : 2;
      dataset.pointRadius = function (ctx) { return marked(ctx) ? 6 : plain; };
      dataset.pointHoverRadius = function (ctx) { return marked(ctx) ? 8 : 4; };
      dataset.pointStyle = function (ctx) { return marked(ctx) ? "rectRot" : "circle"; };
      dataset.borderWidth = 2;
      dataset.spanGaps = false;
    });
  }

  // Fewer ticks on a phone; a second, titled axis when a series is on the register's scale.
  function scales(figure, datasets, narrow) {
    var ticks = { maxTicksLimit: narrow ? 5 : 10, precision: 0 };
    var result = { x: { beginAtZero: true, ticks: { maxTicksLimit: narrow ? 4 : 12, maxRotation: 0, autoSkip: true } }, y: { beginAtZero: true, ticks: ticks } };
    var title = figure.getAttribute("data-axis-title");
    if (title) result.y.title = { display: !narrow, text: title };
    if (datasets.some(function (d) { return d.yAxisID === "register"; })) {
      result.register = {
        position: "right", beginAtZero: true, suggestedMax: 4, grid: { drawOnChartArea: false },
        ticks: { maxTicksLimit: narrow ? 5 : 6, precision: 0 },
        title: { display: true, text: figure.getAttribute("data-register-title") || "" },
      };
    }
    return result;
  }

  window.TrackerLineCharts = { addRange: addRange, markPoints: markPoints, scales: scales };
})();
