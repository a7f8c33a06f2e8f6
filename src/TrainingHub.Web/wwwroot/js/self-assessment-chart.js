// Draws a line chart from each self-assessment level table, so the chart and its table can never disagree.
// Lines differ by dash pattern and point shape as well as colour: colour is never the only signal.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') return;
  var colours = ['#005eb8', '#007f3b', '#d5281b', '#330072', '#7c2855', '#00a499', '#425563', '#ed8b00'];
  var dashes = [[], [8, 4], [2, 3], [12, 4, 2, 4], [1, 6], [14, 6], [4, 8], [8, 2, 2, 2]];
  var points = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross'];

  function cellsAfterFirst(row) {
    return Array.prototype.slice.call(row.cells, 1);
  }

  document.querySelectorAll('[data-chart-table]').forEach(function (holder) {
    var table = document.getElementById(holder.getAttribute('data-chart-table'));
    if (!table) return;
    var levels = JSON.parse(table.getAttribute('data-levels') || '[]');
    var labels = cellsAfterFirst(table.tHead.rows[0]).map(function (cell) { return cell.textContent.trim(); });
    var datasets = Array.prototype.map.call(table.tBodies[0].rows, function (row, i) {
      return {
        label: 'Enabler ' + row.cells[0].querySelector('abbr').textContent.trim(),
        data: cellsAfterFirst(row).map(function (cell) { return cell.dataset.level ? Number(cell.dataset.level) : null; }),
        borderColor: colours[i % colours.length],
        backgroundColor: colours[i % colours.length],
        borderDash: dashes[i % dashes.length],
        pointStyle: points[i % points.length],
        pointRadius: 6,
        spanGaps: true
      };
    });
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', holder.getAttribute('data-chart-label'));
    holder.appendChild(canvas);
    new Chart(canvas, {
      type: 'line',
      data: { labels: labels, datasets: datasets },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: {
          // Half a level of room above and below, so points at 1 and 4 are not cut in half; ticks only at whole levels.
          y: {
            min: 0.5,
            max: levels.length + 0.5,
            afterBuildTicks: function (axis) { axis.ticks = levels.map(function (_, i) { return { value: i + 1 }; }); },
            ticks: { callback: function (v) { return levels[v - 1] || ''; } }
          }
        },
        plugins: { legend: { labels: { usePointStyle: true } } }
      }
    });
  });
})();
