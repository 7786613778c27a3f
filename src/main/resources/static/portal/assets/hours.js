// The hours chart: included, used and overage hours per month, from the canvas's data-series attribute (written by
// the server), so the page needs no inline script and works under the portal's Content-Security-Policy.
(function () {
  'use strict';
  var canvas = document.getElementById('hours-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var series = JSON.parse(canvas.getAttribute('data-series'));
  var numbers = function (values) {
    return values.map(Number);
  };
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: series.labels,
      datasets: [
        { label: 'Included', data: numbers(series.included), backgroundColor: '#b9cde2' },
        { label: 'Used', data: numbers(series.used), backgroundColor: '#1f5fa0' },
        { label: 'Overage', data: numbers(series.overage), backgroundColor: '#d9796c' }
      ]
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { y: { beginAtZero: true, title: { display: true, text: 'hours' } } },
      plugins: { legend: { position: 'bottom' } }
    }
  });
}());
