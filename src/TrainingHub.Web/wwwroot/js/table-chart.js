// Draws a chart from a data table marked with [data-chart-table], so the chart and its table can never disagree.
// Rows are the x axis (their row header the label); each numeric column after the first is one series, read from
// the cell's data-value. Series differ by dash pattern and point shape as well as colour: colour is never the only signal.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') return;
  var colours = ['#005eb8', '#007f3b', '#d5281b', '#330072', '#7c2855', '#00a499', '#425563', '#ed8b00'];
  var dashes = [[], [8, 4], [2, 3], [12, 4, 2, 4], [1, 6], [14, 6], [4, 8], [8, 2, 2, 2]];
  var points = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross'];

  document.querySelectorAll('[data-chart-table]').forEach(function (holder) {
    var table = document.getElementById(holder.getAttribute('data-chart-table'));
    if (!table) return;
    var type = holder.getAttribute('data-chart-type') || 'line';
    var headings = Array.prototype.slice.call(table.tHead.rows[0].cells, 1).map(function (c) { return c.textContent.trim(); });
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var labels = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    var datasets = headings.map(function (heading, i) {
      return {
        label: heading,
        data: rows.map(function (row) {
          var v = row.cells[i + 1].getAttribute('data-value');
          return v === null || v === '' ? null : Number(v);
        }),
        borderColor: colours[i % colours.length],
        backgroundColor: colours[i % colours.length],
        borderDash: type === 'line' ? dashes[i % dashes.length] : [],
        pointStyle: points[i % points.length],
        pointRadius: 5,
        spanGaps: true
      };
    });
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', holder.getAttribute('data-chart-label'));
    holder.appendChild(canvas);
    new Chart(canvas, {
      type: type,
      data: { labels: labels, datasets: datasets },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true } },
        plugins: { legend: { labels: { usePointStyle: true } } }
      }
    });
  });
})();
