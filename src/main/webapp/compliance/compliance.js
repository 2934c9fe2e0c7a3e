/*
 * The compliance page: incidents with their deadline status, and one incident's timeline as an SVG picture of
 * its phases and deadlines, its deadlines and its events. Everything comes from /camunda/api/breach with the
 * browser's Camunda session; every text from the API is inserted as text (textContent), never as HTML.
 */
'use strict';

(function () {
  const API = '../api/breach/';
  const SVG = 'http://www.w3.org/2000/svg';
  const DAY = 24 * 60 * 60 * 1000;
  const STATUS = {
    MET: { symbol: '\u2713', text: 'Met' },
    MISSED: { symbol: '\u2717', text: 'Missed' },
    PENDING: { symbol: '\u25F7', text: 'Pending' },
    NOT_SENT: { symbol: '\u2013', text: 'Not sent' },
    NONE: { symbol: '\u2013', text: 'None' }
  };

  const byId = (id) => document.getElementById(id);

  /** An element with attributes and, optionally, text content. */
  function el(tag, attributes, text) {
    const element = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => element.setAttribute(name, value));
    if (text !== undefined && text !== null) {
      element.textContent = String(text);
    }
    return element;
  }

  function svg(tag, attributes, text) {
    const element = document.createElementNS(SVG, tag);
    Object.entries(attributes || {}).forEach(([name, value]) => element.setAttribute(name, String(value)));
    if (text !== undefined && text !== null) {
      element.textContent = String(text);
    }
    return element;
  }

  /** GET from our API with the session; the header spares the browser's own password dialog on a 401. */
  async function get(path) {
    const response = await fetch(API + path, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json, application/problem+json', 'X-Requested-With': 'XMLHttpRequest' }
    });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    return { status: response.status, body };
  }

  function show(...ids) {
    ['loading', 'sign-in', 'problem', 'incidents', 'incident'].forEach((id) => {
      byId(id).hidden = !ids.includes(id);
    });
  }

  function problem(message, answer) {
    const section = byId('problem');
    section.replaceChildren(el('h2', {}, message));
    const detail = answer && answer.body && (answer.body.detail || answer.body.title);
    if (detail) {
      section.append(el('p', {}, detail));
    }
    section.hidden = false;
  }

  const instant = (value) => (value ? String(value).slice(0, 16).replace('T', ' ') : '');
  const day = (value) => (value ? String(value).slice(0, 10) : '');

  function statusBadge(status) {
    const known = STATUS[status] || { symbol: '?', text: String(status) };
    const badge = el('span', { class: 'status status-' + String(status).toLowerCase().replace(/[^a-z_]/g, '') });
    badge.append(el('span', { 'aria-hidden': 'true', class: 'symbol' }, known.symbol), el('span', {}, known.text));
    return badge;
  }

  async function start() {
    showSignedInUser();
    const answer = await get('audit/incidents');
    if (answer.status === 401) {
      show('sign-in');
      return;
    }
    if (answer.status !== 200) {
      show();
      problem(answer.status === 403 ? 'Your role may not read the compliance view.' : 'The incidents could not be read ('
        + answer.status + ').', answer);
      return;
    }
    renderIncidents(answer.body.incidents || []);
    show('incidents');
    window.addEventListener('hashchange', openFromHash);
    openFromHash();
  }

  async function showSignedInUser() {
    try {
      const response = await fetch('../api/admin/auth/user/default', { credentials: 'same-origin',
        headers: { Accept: 'application/json' } });
      if (response.ok) {
        const user = await response.json();
        byId('signed-in').textContent = 'Signed in as ' + user.userId;
      }
    } catch (e) {
      // Who is signed in is a courtesy; the API decides what they see.
    }
  }

  function renderIncidents(incidents) {
    const rows = byId('incident-rows');
    rows.replaceChildren();
    byId('no-incidents').hidden = incidents.length > 0;
    incidents.forEach((incident) => {
      const row = el('tr', { 'data-reference': incident.reference });
      const link = el('a', { href: '#' + encodeURIComponent(incident.reference) }, incident.reference);
      const reference = el('th', { scope: 'row' });
      reference.append(link);
      const counts = incident.deadlines || {};
      const status = el('td');
      status.append(statusBadge(incident.deadlineStatus || 'NONE'));
      row.append(reference, el('td', { class: 'practice' }, incident.practice ? incident.practice.name : ''),
        el('td', {}, incident.phase), el('td', {}, instant(incident.reportedAt)),
        el('td', {}, instant(incident.closedAt) || 'open'), status,
        el('td', { class: 'count' }, counts.met || 0), el('td', { class: 'count' }, counts.missed || 0),
        el('td', { class: 'count' }, counts.pending || 0), el('td', { class: 'count' }, counts.notSent || 0));
      rows.append(row);
    });
  }

  async function openFromHash() {
    const reference = decodeURIComponent(window.location.hash.replace(/^#/, ''));
    document.querySelectorAll('#incident-rows tr').forEach((row) => {
      row.classList.toggle('selected', row.getAttribute('data-reference') === reference);
      if (row.getAttribute('data-reference') === reference) {
        row.setAttribute('aria-current', 'true');
      } else {
        row.removeAttribute('aria-current');
      }
    });
    byId('problem').hidden = true;
    if (!reference) {
      byId('incident').hidden = true;
      return;
    }
    const answer = await get('incidents/' + encodeURIComponent(reference) + '/timeline');
    if (answer.status !== 200) {
      byId('incident').hidden = true;
      problem(answer.status === 404 ? 'There is no incident ' + reference + '.'
        : 'The timeline of ' + reference + ' could not be read (' + answer.status + ').', answer);
      return;
    }
    renderTimeline(answer.body);
    byId('incident').hidden = false;
    byId('incident-heading').focus({ preventScroll: true });
  }

  function renderTimeline(timeline) {
    const reference = timeline.reference;
    byId('incident-heading').textContent = 'Incident ' + reference;
    byId('incident-heading').setAttribute('tabindex', '-1');
    const summary = byId('incident-summary');
    summary.replaceChildren();
    [['Practice', timeline.practice ? timeline.practice.name : '—'], ['Phase', timeline.phase], ['Discovered', day(timeline.discoveryDate)], ['Reported', instant(timeline.reportedAt)],
      ['Closed', timeline.closedAt ? instant(timeline.closedAt) + (timeline.closedBy ? ' by ' + timeline.closedBy : '')
        : 'open']].forEach(([term, value]) => summary.append(el('dt', {}, term), el('dd', {}, value)));
    const base = API + 'incidents/' + encodeURIComponent(reference) + '/';
    byId('download-csv').setAttribute('href', base + 'timeline.csv');
    byId('download-pdf').setAttribute('href', base + 'timeline.pdf');
    byId('chart').replaceChildren(chart(timeline));
    renderResponseTimes(timeline.responseTimes);
    renderDeadlines(timeline.deadlines || []);
    renderEvents(timeline.events || []);
  }

  /** ISO-8601 duration (PT1H5M30S) as "1 h 5 min 30 s"; "not yet" when unknown. */
  function duration(iso) {
    if (!iso) {
      return 'not yet';
    }
    const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(iso);
    if (!match) {
      return iso;
    }
    const parts = [];
    if (match[1]) parts.push(match[1] + ' h');
    if (match[2]) parts.push(match[2] + ' min');
    if (match[3]) parts.push(Math.round(Number(match[3])) + ' s');
    return parts.length ? parts.join(' ') : '0 s';
  }

  function renderResponseTimes(times) {
    const summary = byId('response-times');
    const rows = byId('response-rows');
    summary.replaceChildren();
    rows.replaceChildren();
    if (!times) {
      return;
    }
    [['Time to acknowledge (report to claim)', duration(times.toAcknowledge)],
      ['Time to confirm (report to triage)', duration(times.toConfirm)],
      ['Time to contain (approval to every target contained)', duration(times.toContain)]]
      .forEach(([term, value]) => summary.append(el('dt', {}, term), el('dd', {}, value)));
    (times.steps || []).forEach((step) => {
      const row = el('tr', { 'data-step': step.step, 'data-result': step.result });
      row.append(el('td', {}, step.task), el('td', {}, instant(step.startedAt)), el('td', {}, instant(step.dueAt) || '—'),
        el('td', {}, step.claimedAt ? instant(step.claimedAt) + ' (' + step.claimedBy + ')' : '—'),
        el('td', {}, instant(step.doneAt) || '—'), el('td', {}, step.result));
      rows.append(row);
    });
  }

  function renderDeadlines(deadlines) {
    const rows = byId('deadline-rows');
    rows.replaceChildren();
    byId('no-deadlines').hidden = deadlines.length > 0;
    deadlines.forEach((deadline) => {
      const status = el('td');
      status.append(statusBadge(deadline.status));
      const row = el('tr');
      row.append(el('td', {}, deadline.title), el('td', {}, deadline.basis), el('td', {}, day(deadline.dueDate)),
        el('td', {}, day(deadline.sentOn) || 'not sent'), status);
      rows.append(row);
    });
  }

  function renderEvents(events) {
    const rows = byId('event-rows');
    rows.replaceChildren();
    events.forEach((event) => {
      const row = el('tr', { 'data-kind': event.kind });
      row.append(el('td', { class: 'when' }, instant(event.at)), el('td', {}, event.kind), el('td', {}, event.title),
        el('td', {}, event.actor || ''), el('td', {}, event.detail || ''));
      rows.append(row);
    });
  }

  /** Midnight UTC of a YYYY-MM-DD date, or the instant of an ISO-8601 string, in milliseconds. */
  function time(value) {
    if (!value) {
      return null;
    }
    const text = String(value);
    return Date.parse(text.length === 10 ? text + 'T00:00:00Z' : text);
  }

  /**
   * The picture: one bar per phase from its start to its end (an open phase to now), one row per deadline with
   * a diamond at its due date and, once sent, a dot at the day it was sent; a date axis, lines for the discovery
   * date and for now.
   */
  function chart(timeline) {
    const now = Date.now();
    const phases = timeline.phases || [];
    const deadlines = timeline.deadlines || [];
    const times = [time(timeline.discoveryDate), time(timeline.reportedAt), time(timeline.closedAt)];
    phases.forEach((phase) => times.push(time(phase.startedAt),
      phase.endedAt ? time(phase.endedAt) : (phase.phase === 'CLOSED' ? null : now)));
    deadlines.forEach((deadline) => times.push(time(deadline.dueDate), time(deadline.sentOn)));
    const known = times.filter((t) => t !== null && !Number.isNaN(t));
    let from = known.length ? Math.min(...known) : now - DAY;
    let to = known.length ? Math.max(...known) : now;
    if (to - from < DAY) {
      to = from + DAY;
    }
    const pad = (to - from) * 0.03;
    from -= pad;
    to += pad;

    const width = 960;
    const labels = 250;
    const right = 24;
    const rowHeight = 30;
    const top = 36;
    const rows = phases.length + deadlines.length + (deadlines.length ? 1 : 0);
    const height = top + Math.max(rows, 1) * rowHeight + 12;
    const x = (t) => labels + ((t - from) / (to - from)) * (width - labels - right);

    const titleId = 'chart-title-' + timeline.reference;
    const descId = 'chart-desc-' + timeline.reference;
    const picture = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: '100%', role: 'img',
      'aria-labelledby': titleId + ' ' + descId, class: 'timeline' });
    picture.append(svg('title', { id: titleId }, 'Timeline of incident ' + timeline.reference));
    picture.append(svg('desc', { id: descId }, describe(phases, deadlines)));

    axis(picture, from, to, x, top, height);
    phases.forEach((phase, index) => {
      const y = top + index * rowHeight;
      const start = time(phase.startedAt);
      const closed = phase.phase === 'CLOSED';
      const open = !phase.endedAt && !closed;
      const end = phase.endedAt ? time(phase.endedAt) : (closed ? start : now);
      picture.append(svg('text', { x: labels - 8, y: y + 19, class: 'row-label', 'text-anchor': 'end' }, phase.phase));
      const bar = svg('rect', { x: x(start), y: y + 6, width: Math.max(3, x(end) - x(start)), height: rowHeight - 12,
        rx: 3, class: 'phase-bar phase-' + String(phase.phase).toLowerCase().replace(/[^a-z]/g, '')
          + (open ? ' open' : ''), 'data-phase': phase.phase });
      bar.append(svg('title', {}, closed ? 'CLOSED on ' + instant(phase.startedAt) : phase.phase + ': '
        + instant(phase.startedAt) + ' to ' + (open ? 'now (open)' : instant(phase.endedAt))));
      picture.append(bar);
    });
    deadlines.forEach((deadline, index) => {
      const y = top + (phases.length + 1 + index) * rowHeight;
      picture.append(deadlineRow(deadline, y, rowHeight, x, labels, width));
    });
    const discovered = time(timeline.discoveryDate);
    if (discovered !== null && !Number.isNaN(discovered)) {
      // The notification clocks start at discovery (45 CFR 164.404(a)(2)).
      picture.append(svg('line', { x1: x(discovered), x2: x(discovered), y1: top - 6, y2: height - 8,
        class: 'discovered' }));
      picture.append(svg('text', { x: x(discovered) - 3, y: top - 8, class: 'discovered-label', 'text-anchor': 'end' },
        'discovered'));
    }
    if (now >= from && now <= to) {
      picture.append(svg('line', { x1: x(now), x2: x(now), y1: top - 6, y2: height - 8, class: 'now' }));
      picture.append(svg('text', { x: x(now) + 3, y: top - 8, class: 'now-label' }, 'now'));
    }
    return picture;
  }

  function deadlineRow(deadline, y, rowHeight, x, labels, width) {
    const group = svg('g', { class: 'deadline status-' + String(deadline.status).toLowerCase(),
      'data-status': deadline.status });
    const label = String(deadline.title || '');
    const shortLabel = label.length > 36 ? label.slice(0, 35) + '\u2026' : label;
    group.append(svg('text', { x: labels - 8, y: y + 19, class: 'row-label', 'text-anchor': 'end' }, shortLabel));
    const due = x(time(deadline.dueDate));
    const middle = y + rowHeight / 2;
    const status = STATUS[deadline.status] || { text: deadline.status };
    const words = label + ': due ' + day(deadline.dueDate) + ', '
      + (deadline.sentOn ? 'sent ' + day(deadline.sentOn) : 'not sent') + ', ' + status.text;
    group.append(svg('title', {}, words));
    if (deadline.sentOn) {
      const sent = x(time(deadline.sentOn));
      group.append(svg('line', { x1: Math.min(sent, due), x2: Math.max(sent, due), y1: middle, y2: middle,
        class: 'deadline-span' }));
      group.append(svg('circle', { cx: sent, cy: middle, r: 5, class: 'sent-marker' }));
    }
    group.append(svg('polygon', { points: [[due, middle - 8], [due + 8, middle], [due, middle + 8], [due - 8, middle]]
      .map((p) => p.join(',')).join(' '), class: 'deadline-marker', 'data-status': deadline.status }));
    const text = 'due ' + day(deadline.dueDate) + ' \u00B7 ' + (deadline.sentOn ? 'sent ' + day(deadline.sentOn)
      : 'not sent') + ' \u00B7 ' + status.text;
    const leftOfMarker = due > labels + (width - labels) / 2;
    group.append(svg('text', { x: leftOfMarker ? due - 14 : due + 14, y: middle + 4, class: 'marker-label',
      'text-anchor': leftOfMarker ? 'end' : 'start' }, text));
    return group;
  }

  function axis(picture, from, to, x, top, height) {
    const ticks = 6;
    for (let i = 0; i <= ticks; i += 1) {
      const t = from + ((to - from) * i) / ticks;
      picture.append(svg('line', { x1: x(t), x2: x(t), y1: top - 4, y2: height - 8, class: 'grid' }));
      const anchor = i === 0 ? 'start' : (i === ticks ? 'end' : 'middle');
      picture.append(svg('text', { x: x(t), y: 14, class: 'tick', 'text-anchor': anchor },
        new Date(t).toISOString().slice(0, (to - from) < 3 * DAY ? 16 : 10).replace('T', ' ')));
    }
  }

  function describe(phases, deadlines) {
    const parts = phases.map((phase) => (phase.phase === 'CLOSED' ? 'CLOSED on ' + instant(phase.startedAt)
      : phase.phase + ' from ' + instant(phase.startedAt) + ' to ' + (phase.endedAt ? instant(phase.endedAt) : 'now')));
    deadlines.forEach((deadline) => parts.push(deadline.title + ' due ' + day(deadline.dueDate) + ', '
      + (deadline.sentOn ? 'sent ' + day(deadline.sentOn) : 'not sent') + ': '
      + ((STATUS[deadline.status] || {}).text || deadline.status)));
    return parts.length ? 'Phases and deadlines: ' + parts.join('; ') + '.' : 'No phase or deadline recorded yet.';
  }

  document.addEventListener('DOMContentLoaded', start);
}());
