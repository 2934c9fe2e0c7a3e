/*
 * The provider page: every practice the signed-in user belongs to with its open incidents (phase, containment
 * progress, next notice deadline, overdue first), and the coming weeks' notice deadlines across practices as
 * plain HTML bars. Everything comes from /camunda/api/breach/provider/overview with the browser's Camunda session;
 * every text from the API is inserted as text (textContent), never as HTML.
 */
'use strict';

(function () {
  const API = '../api/breach/';
  const PHASES = {
    IDENTIFY: 'Identify and analyse',
    CONTAIN: 'Contain',
    ERADICATE: 'Remove the threat',
    RECOVER: 'Recover',
    NOTIFY: 'Notify',
    REVIEW: 'Review',
    CLOSED: 'Closed'
  };
  /** Up to eight practices get their own bar colour; the legend names them. */
  const COLOURS = 8;

  const byId = (id) => document.getElementById(id);

  function el(tag, attributes, text) {
    const element = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => element.setAttribute(name, value));
    if (text !== undefined && text !== null) {
      element.textContent = String(text);
    }
    return element;
  }

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
    ['loading', 'sign-in', 'problem', 'deadlines', 'practices'].forEach((id) => {
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

  async function start() {
    showSignedInUser();
    const answer = await get('provider/overview');
    if (answer.status === 401) {
      show('sign-in');
      return;
    }
    if (answer.status !== 200) {
      show();
      problem(answer.status === 403 ? 'Your role may not read the practices\u2019 overview.'
        : 'The overview could not be read (' + answer.status + ').', answer);
      return;
    }
    const overview = answer.body;
    const colours = new Map((overview.practices || []).map((practice, index) => [practice.id, index % COLOURS]));
    renderDeadlines(overview.comingDeadlines, overview.practices || [], colours);
    renderPractices(overview.practices || []);
    show('deadlines', 'practices');
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

  function renderDeadlines(coming, practices, colours) {
    const weeks = (coming && coming.weeks) || [];
    const overdue = (coming && coming.overdue) || [];
    const summary = byId('overdue-summary');
    summary.replaceChildren();
    if (overdue.length > 0) {
      summary.append(el('strong', {}, 'Overdue now: '),
        el('span', {}, overdue.map((p) => p.name + ' (' + p.count + ')').join(', ')));
    }
    summary.hidden = overdue.length === 0;
    const most = Math.max(1, ...weeks.map((week) => week.total));
    const list = byId('weeks');
    list.replaceChildren();
    weeks.forEach((week) => {
      const item = el('li', { class: 'week', 'data-total': week.total });
      const label = el('span', { class: 'week-label' },
        'Days ' + week.fromDay + '\u2013' + week.toDay + ' (' + week.from + ' to ' + week.to + ')');
      const bar = el('span', { class: 'bar', role: 'img',
        'aria-label': week.total + ' notice(s) due: ' + (week.practices.map((p) => p.name + ' ' + p.count).join(', ')
          || 'none') });
      week.practices.forEach((practice) => {
        const part = el('span', { class: 'part colour-' + (colours.get(practice.id) || 0),
          title: practice.name + ': ' + practice.count });
        part.style.width = (100 * practice.count / most) + '%';
        bar.append(part);
      });
      item.append(label, bar, el('span', { class: 'week-total' }, String(week.total)));
      list.append(item);
    });
    const legend = byId('legend');
    legend.replaceChildren();
    practices.forEach((practice) => {
      const entry = el('li', {});
      entry.append(el('span', { class: 'swatch colour-' + colours.get(practice.id), 'aria-hidden': 'true' }),
        el('span', {}, practice.name));
      legend.append(entry);
    });
  }

  /** An ISO-8601 duration in whole minutes ("PT1H30M" is "90 min"); "—" when there was none. */
  function minutes(iso) {
    const match = iso ? /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(iso) : null;
    if (!match) {
      return '\u2014';
    }
    return Math.round(Number(match[1] || 0) * 60 + Number(match[2] || 0) + Number(match[3] || 0) / 60) + ' min';
  }

  function renderPractices(practices) {
    byId('no-practices').hidden = practices.length > 0;
    const list = byId('practice-list');
    list.replaceChildren();
    practices.forEach((practice) => {
      const section = el('section', { class: 'practice', 'data-practice': practice.id,
        'aria-labelledby': 'practice-' + practice.id });
      const heading = el('h3', { id: 'practice-' + practice.id }, practice.name);
      if (!practice.active) {
        heading.append(el('span', { class: 'tag' }, 'deactivated'));
      }
      const facts = el('p', { class: 'note' }, practice.openIncidents + ' open incident(s), '
        + practice.overdueIncidents + ' with an overdue notice \u00b7 today ' + practice.today + ' ('
        + practice.timeZone + ')');
      section.append(heading, facts);
      const record = practice.responseRecord;
      if (record && (record.targetsMet + record.targetsMissed > 0 || record.medianToConfirm)) {
        section.append(el('p', { class: 'note', 'data-response-record': practice.id }, 'Last 12 months: response'
          + ' targets met ' + record.targetsMet + ' of ' + (record.targetsMet + record.targetsMissed)
          + ' \u00b7 median time to acknowledge ' + minutes(record.medianToAcknowledge)
          + ', to confirm ' + minutes(record.medianToConfirm) + ', to contain ' + minutes(record.medianToContain)));
      }
      if (practice.failedAlerts > 0) {
        section.append(el('p', { class: 'warning', role: 'alert', 'data-failed-alerts': practice.failedAlerts },
          practice.failedAlerts + ' alert(s) could not be delivered after every retry: fix the alert channel, then'
          + ' retry the step in Cockpit (Incidents)'));
      }
      if (practice.incidents.length > 0) {
        section.append(incidentTable(practice));
      }
      list.append(section);
    });
  }

  function incidentTable(practice) {
    const table = el('table', { class: 'incidents' });
    table.append(el('caption', {}, 'Open incidents of ' + practice.name + ', overdue notices first'));
    const head = el('tr', {});
    ['Incident', 'Phase', 'Reported', 'Containment', 'Next deadline', 'Notices to send'].forEach((title) => {
      head.append(el('th', { scope: 'col' }, title));
    });
    table.append(el('thead', {}), el('tbody', {}));
    table.tHead.append(head);
    practice.incidents.forEach((incident) => {
      const row = el('tr', { 'data-reference': incident.reference, class: incident.overdue ? 'overdue' : '' });
      row.append(el('th', { scope: 'row' }, incident.reference),
        el('td', {}, PHASES[incident.phase] || incident.phase),
        el('td', {}, String(incident.reportedAt || '').slice(0, 10)),
        containmentCell(incident.containment),
        deadlineCell(incident),
        el('td', {}, String(incident.openNotices)));
      table.tBodies[0].append(row);
    });
    return table;
  }

  function containmentCell(containment) {
    const cell = el('td', {});
    if (!containment || containment.total === 0) {
      cell.textContent = 'no targets';
      return cell;
    }
    const meter = el('meter', { min: '0', max: String(containment.total), value: String(containment.done) });
    cell.append(meter, el('span', {}, ' ' + containment.done + ' of ' + containment.total + ' done'));
    if (containment.needPerson > 0) {
      cell.append(el('span', { class: 'tag' }, containment.needPerson + ' need a person'));
    }
    return cell;
  }

  function deadlineCell(incident) {
    const cell = el('td', {});
    if (!incident.nextDeadline) {
      cell.textContent = '\u2013';
      return cell;
    }
    cell.append(el('span', {}, incident.nextDeadline));
    if (incident.overdue) {
      cell.append(el('span', { class: 'status overdue-badge' }, 'Overdue ' + (-incident.daysLeft) + ' day(s)'));
    } else {
      cell.append(el('span', { class: 'note' }, ' in ' + incident.daysLeft + ' day(s)'));
    }
    return cell;
  }

  document.addEventListener('DOMContentLoaded', start);
}());
