// The SLA board page: fetches GET /api/board with the chosen filters, and again every few seconds, and redraws
// the table in place (no page reload). Every text from the server goes in through textContent, never as HTML.
(() => {
  'use strict';

  const STATE_LABELS = {
    BREACHED: 'breached', WARNED: 'warned', ON_TIME: 'on time', PAUSED: 'paused', MET: 'met', NO_TARGET: 'no target'
  };
  const COUNTED_STATES = ['BREACHED', 'WARNED', 'ON_TIME', 'PAUSED', 'NO_TARGET'];
  const STATUS_LABELS = {
    REPORTED: 'Reported', SCHEDULED: 'Scheduled', IN_PROGRESS: 'In progress',
    WAITING_FOR_CUSTOMER: 'Waiting for the customer', RESOLVED: 'Resolved (approvals pending)', COMPLETED: 'Completed'
  };
  const FILTERS = ['priority', 'plan', 'technician'];
  // each cell carries its column's name: on a phone the rows are cards and the header is not shown
  const COLUMN_LABELS = Array.from(document.querySelectorAll('#board thead th'), th => th.textContent);

  const api = document.body.dataset.api;
  const tasklist = document.body.dataset.tasklist;
  const refreshMillis = Math.max(1, Number(document.body.dataset.refreshSeconds) || 30) * 1000;
  const form = document.getElementById('board-filters');
  const rowsBody = document.getElementById('board-rows');
  const empty = document.getElementById('board-empty');
  const error = document.getElementById('board-error');
  const counts = document.getElementById('board-counts');
  const updated = document.getElementById('board-updated');
  // Every date is written in the viewer's locale (never the browser's), as the server writes its pages.
  const locale = document.body.dataset.locale || 'en-GB';
  const ownZone = document.body.dataset.timeZone || undefined;
  const dueFormats = new Map();
  // Due and reported times read in the customer's zone (its name shown), as the customer's promises are made there.
  function dueFormat(timeZone) {
    const zone = timeZone || ownZone;
    if (!dueFormats.has(zone)) {
      dueFormats.set(zone, new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short',
        hour: '2-digit', minute: '2-digit', timeZone: zone, timeZoneName: 'short' }));
    }
    return dueFormats.get(zone);
  }
  // "Updated …" is the viewer's own moment: in the viewer's zone
  const timeFormat = new Intl.DateTimeFormat(locale,
    { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: ownZone });

  let pending = null;

  function chosenFilters() {
    const params = new URLSearchParams();
    for (const name of FILTERS) {
      const value = form.elements[name].value;
      if (value) {
        params.set(name, value);
      }
    }
    return params;
  }

  async function refresh() {
    if (pending) {
      pending.abort();
    }
    const request = new AbortController();
    pending = request;
    try {
      const response = await fetch(api + '?' + chosenFilters(), {
        headers: { Accept: 'application/json' }, credentials: 'same-origin', signal: request.signal
      });
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        throw new Error(problem.detail || 'the server answered ' + response.status);
      }
      render(await response.json());
      showError(null);
    } catch (e) {
      if (e.name !== 'AbortError') {
        showError('The board could not be refreshed: ' + e.message + '. It tries again shortly.');
      }
    } finally {
      if (pending === request) {
        pending = null;
      }
    }
  }

  function render(board) {
    fillOptions(form.elements.plan, board.plans.map(p => [p.code, p.code + ' – ' + p.name]));
    fillOptions(form.elements.technician, board.technicians.map(t => [t, t]));
    rowsBody.replaceChildren(...board.rows.map(row => rowOf(row, new Date(board.asOf))));
    empty.hidden = board.rows.length > 0;
    counts.replaceChildren(...COUNTED_STATES.filter(s => board.counts[s]).map(s => {
      const count = element('span', 'count', board.counts[s] + ' ');
      count.append(badge(s));
      return count;
    }));
    updated.textContent = 'Updated ' + timeFormat.format(new Date(board.asOf));
  }

  /** Replaces a select's options after its first ("All …"), keeping the chosen value even if it is gone. */
  function fillOptions(select, pairs) {
    const chosen = select.value || new URLSearchParams(location.search).get(select.name) || '';
    const all = select.options[0];
    const options = pairs.map(([value, label]) => new Option(label, value));
    if (chosen && !pairs.some(([value]) => value === chosen)) {
      options.push(new Option(chosen, chosen));
    }
    select.replaceChildren(all, ...options);
    select.value = chosen;
  }

  function rowOf(row, asOf) {
    const tr = document.createElement('tr');
    tr.className = 'state-' + row.state;
    tr.dataset.engagementId = row.id;
    tr.dataset.state = row.state;
    tr.append(
      cell('state', badge(row.state)),
      cell('priority', row.priority || '–'),
      cell('title', taskLink(row), row.reference + ' · reported ' + dueFormat(row.timeZone).format(new Date(row.reportedAt))),
      cell('customer', row.customerName || ('Customer ' + row.customerId)),
      cell('plan', row.planCode || 'none', [row.slaPolicy, row.calendar].filter(Boolean).join(' · ') || null),
      cell('status', STATUS_LABELS[row.status] || row.status),
      cell('technician', row.technician || 'unassigned'),
      cell('time', duration(row.minutesCaptured)),
      clockCell('response', row.responseDueAt, row.responseState, asOf, row.timeZone),
      clockCell('resolution', row.resolutionDueAt, row.resolutionState, asOf, row.timeZone));
    Array.from(tr.cells).forEach((td, column) => { td.dataset.label = COLUMN_LABELS[column]; });
    return tr;
  }

  // the request's one open task in Tasklist, or Tasklist's search for its reference when it has none or several
  function taskLink(row) {
    const link = element('a', 'task-link', row.title);
    link.href = tasklist + '#/?' + (row.taskId ? 'task=' + encodeURIComponent(row.taskId)
      : 'searchQuery=' + encodeURIComponent(JSON.stringify([
        { type: 'processInstanceBusinessKey', operator: 'eq', value: row.reference, name: '' }])));
    link.title = row.taskId ? 'Open the task of ' + row.reference + ' in Tasklist'
      : 'Find the tasks of ' + row.reference + ' in Tasklist';
    return link;
  }

  function clockCell(name, dueAt, state, asOf, timeZone) {
    const td = cell(name, badge(state));
    if (dueAt) {
      const due = new Date(dueAt);
      const when = element('span', 'sub', dueFormat(timeZone).format(due));
      if (state !== 'MET') {
        when.textContent += ' (' + relative(due - asOf) + ')';
      }
      td.append(when);
    }
    return td;
  }

  function cell(name, content, subline) {
    const td = document.createElement('td');
    td.dataset.column = name;
    td.append(content);
    if (subline) {
      td.append(element('span', 'sub', subline));
    }
    return td;
  }

  function badge(state) {
    const span = element('span', 'badge ' + state, STATE_LABELS[state] || state);
    span.dataset.state = state;
    return span;
  }

  function element(tag, className, text) {
    const e = document.createElement(tag);
    e.className = className;
    e.textContent = text;
    return e;
  }

  function duration(minutes) {
    if (!minutes) {
      return '0 min';
    }
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return [hours ? hours + ' h' : '', rest ? rest + ' min' : ''].filter(Boolean).join(' ');
  }

  function relative(millis) {
    const text = duration(Math.round(Math.abs(millis) / 60000));
    return millis >= 0 ? 'in ' + text : text + ' ago';
  }

  function showError(message) {
    error.hidden = !message;
    error.textContent = message || '';
  }

  // the filters start from the address, and a change shows at once and goes into the address (for bookmarks)
  const initial = new URLSearchParams(location.search);
  for (const name of FILTERS) {
    const value = initial.get(name);
    if (value) {
      fillOptions(form.elements[name], [...form.elements[name].options].slice(1).map(o => [o.value, o.text]));
      form.elements[name].value = value;
    }
  }
  form.addEventListener('change', () => {
    const query = chosenFilters().toString();
    history.replaceState(null, '', query ? '?' + query : location.pathname);
    refresh();
  });
  form.addEventListener('submit', event => event.preventDefault());

  refresh();
  setInterval(refresh, refreshMillis);
})();
