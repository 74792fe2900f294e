// The dashboard: reads the query API with the login session and shows an alliance or a zone. An alliance's panels
// redraw when its read models change (server-sent events from /api/alliances/{a}/live); what has no alliance
// version (problems, figures, a zone) is read again every little while. No build step: plain ES modules.
import { drawLayout, legend, setLanguage } from './chain-graph.js';
import { t, language, chooseLanguage, kindName, day, cny, percent, count } from './i18n.js';
import { revenueChart, growthChart, disposeCharts } from './charts.js';

const $ = id => document.getElementById(id);
const ALLIANCE_POLL_SECONDS = 30, ZONE_POLL_SECONDS = 15;
const state = { view: 'alliance', alliance: null, zone: null, asOf: null, version: -1, source: null, timer: null,
                alliances: [] };

/** Builds an HTML element; text goes in through textContent, never as markup. */
function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value);
  }
  node.append(...children.flat().filter(child => child !== undefined && child !== null && child !== false)
    .map(child => typeof child === 'number' ? String(child) : child));
  return node;
}

const empty = key => h('p', { class: 'empty' }, t(key));
const badge = (text, id) => h('span', { class: 'badge overdue', id }, text);
/** A figure the API hides answers null: the page says so and never works it out from others. */
const hidden = text => text ?? h('span', { class: 'confidential' }, t('confidential'));
const totalOf = sheet => sheet.total.suppressed ? hidden(null) : cny(sheet.total.revenueCny) ?? '—';
const growthOf = sheet => sheet.likeForLike?.suppressed ? hidden(null) : percent(sheet.likeForLike?.growthPercent) ?? '—';

async function api(path) {
  const response = await fetch(path, {
    headers: { Accept: 'application/json', 'Accept-Language': language(), 'X-Requested-With': 'XMLHttpRequest' },
    credentials: 'same-origin' });
  if (response.status === 401) {
    location.assign('/login');
    throw new Error('signed out');
  }
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail ?? body.title ?? `HTTP ${response.status}`);
  return body;
}

function showProblem(error) {
  $('problem').hidden = !error;
  $('problem').textContent = error ? t('couldNotLoad', { m: error.message }) : '';
}

/** The UTC date: never ahead of the server's day in Asia/Shanghai, which refuses days to come. */
const today = () => new Date().toISOString().slice(0, 10);
const asOfQuery = () => state.asOf ? `?asOf=${state.asOf}` : '';
const toQuery = () => state.asOf && state.asOf <= today() ? `?to=${state.asOf}` : '';
const base = () => `/api/alliances/${encodeURIComponent(state.alliance)}`;
const zoneBase = () => `/api/zones/${encodeURIComponent(state.zone)}`;

function definitions(pairs) {
  return h('dl', {}, ...pairs.map(([term, value]) =>
    h('div', {}, h('dt', {}, t(term)), h('dd', {}, value ?? '—'))));
}

function stat(key, label, value) {
  return h('div', { class: 'stat', 'data-stat': key }, h('div', { class: 'stat-value' }, value),
    h('div', { class: 'stat-label' }, label));
}

function table(caption, headers, rows, emptyKey) {
  if (rows.length === 0) return empty(emptyKey);
  return h('table', {}, h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, ...headers.map(header => h('th', { scope: 'col' }, header)))),
    h('tbody', {}, ...rows));
}

// ---- one alliance ----

function renderSummary(alliance) {
  const charter = alliance.charter;
  $('summary').replaceChildren(
    h('h2', { id: 'summary-title' }, alliance.name),
    h('div', { class: 'id' }, alliance.allianceId),
    definitions([['industryChain', alliance.industryChain], ['region', alliance.region],
      ['founded', day(alliance.foundedOn)], ['leadingBodies', (alliance.leadingBodies ?? []).join('、')],
      ['voting', t('votingValue', { rule: t(charter.votingRule), quorum: charter.quorum })],
      ['chairTerm', t('months', { n: charter.chairTermMonths })], ['voteWindow', t('days', { n: charter.voteWindowDays })],
      ['deals', count(alliance.dealCount)], ['version', String(alliance.version)]]));
}

function renderChair(chair) {
  if (!chair.chair) {
    $('chair').replaceChildren(empty('noChair'));
  } else {
    // as of a past day: the terms begun by then, a later end not yet known
    const known = chair.history.filter(term => !state.asOf || term.since <= state.asOf);
    const ended = term => term.endedOn && (!state.asOf || term.endedOn <= state.asOf) ? day(term.endedOn) : t('now');
    $('chair').replaceChildren(
      h('div', { class: 'chair-name', 'data-chair': chair.chair }, chair.name,
        chair.overdue ? badge(t('overdue'), 'overdue') : null),
      h('div', { class: 'id' }, chair.chair),
      h('p', {}, t('since', { d: day(chair.since), e: day(chair.termEnds) })),
      h('details', {}, h('summary', {}, t('history')),
        h('ol', { class: 'history' }, ...known.reverse().map(term => h('li', {},
          `${term.name}（${day(term.since)} – ${ended(term)}）`, term.overdue ? badge(t('overdue')) : null)))));
  }
  const step = (key, name, detail) => h('li', { 'data-step': key },
    h('span', { class: 'step' }, t(key)), h('span', {}, name ?? '—'), detail ? h('span', { class: 'id' }, detail) : null);
  $('rotation').replaceChildren(
    h('ol', { class: 'rotation' },
      step('previous', chair.previous?.name, chair.previous ? `${day(chair.previous.since)} – ${day(chair.previous.endedOn)}` : null),
      step('current', chair.name, chair.since ? day(chair.since) : null),
      step('next', chair.next?.name, chair.next?.since ? t('nextSince', { d: day(chair.next.since) }) : null)),
    chair.plan
      ? h('p', { class: 'plan' }, `${t('planOrder')}：`, chair.plan.order.map(member => member.name).join(' → '),
          h('span', { class: 'id' }, ` ${t('plannedOn', { d: day(chair.plan.plannedOn) })}`))
      : empty('noPlan'));
}

function renderMembers(members) {
  $('member-count').textContent = t('memberCount', { n: members.count })
    + (state.asOf ? ` · ${t('asOfDay', { d: day(state.asOf) })}` : '');
  $('members').hidden = members.members.length === 0;
  $('members-empty').hidden = members.members.length > 0;
  $('members').tBodies[0].replaceChildren(...members.members.map(member => h('tr', { 'data-id': member.id },
    h('td', {}, member.name, member.suspended ? h('span', { class: 'badge' }, t('suspended')) : null,
      h('div', { class: 'id' }, member.id)),
    h('td', { class: 'date' }, day(member.memberSince)),
    h('td', {}, t(member.admittedBy === 'VOTE' ? 'VOTE' : 'FOUNDING')))));
}

function renderApplications(applications) {
  if (applications.applications.length === 0) {
    $('applications').replaceChildren(empty('noApplications'));
    return;
  }
  $('applications').replaceChildren(...applications.applications.map(application => {
    const tally = application.tally, share = n => `${tally.eligible ? 100 * n / tally.eligible : 0}%`;
    return h('div', { class: 'application', 'data-application': application.applicationId },
      h('strong', {}, application.enterprise.name),
      h('div', { class: 'id' }, `${application.enterprise.id} · ${t('filed', { d: day(application.filedOn) })}`),
      h('div', { class: 'tally-bar', 'aria-hidden': 'true' },
        h('span', { class: 'for', style: `width:${share(tally.for)}` }),
        h('span', { class: 'against', style: `width:${share(tally.against)}` }),
        h('span', { class: 'abstain', style: `width:${share(tally.abstain)}` })),
      h('div', { class: 'tally', 'data-for': tally.for, 'data-against': tally.against, 'data-abstain': tally.abstain },
        t('tally', tally) + (application.voteWindowEndsAt
          ? ` · ${t('windowEnds', { d: day(application.voteWindowEndsAt) })}` : '')));
  }));
}

function renderDeals(deals) {
  $('deals').hidden = deals.deals.length === 0;
  $('deals-empty').hidden = deals.deals.length > 0;
  $('deals').tBodies[0].replaceChildren(...deals.deals.map(deal => h('tr', { 'data-id': deal.dealId },
    h('td', { class: 'date' }, day(deal.signedOn)),
    h('td', {}, `${deal.from.name} → ${deal.to.name}`),
    h('td', {}, kindName(deal.kind)),
    h('td', {}, deal.subject, deal.quantity ? h('div', { class: 'id' },
      `${deal.quantity.amount} ${deal.quantity.unit}${deal.recurrence ? ' · ' + deal.recurrence.toLowerCase() : ''}`)
      : null))));
}

function renderChains(chains) {
  if (chains.nodes.length === 0) {
    $('chains').replaceChildren(h('p', { class: 'empty' }, t('noChains')));
    return;
  }
  setLanguage(language());
  $('chains').replaceChildren(drawLayout(chains), legend(chains.edges));
}

/** The last meeting held and the next one scheduled, with the due day the charter's cadence sets. */
function renderMeetings(alliance, meetings) {
  const reference = state.asOf ?? today();
  const held = meetings.meetings.filter(meeting => meeting.status === 'HELD');
  const last = held[held.length - 1];
  const next = meetings.meetings.find(meeting => meeting.status === 'SCHEDULED' && meeting.day >= reference);
  const meeting = (id, label, found, none) => h('div', { class: 'meeting', id },
    h('h3', {}, label),
    found ? [h('div', { class: 'meeting-title' }, found.title),
             h('div', { class: 'meeting-day', 'data-day': found.day }, day(found.day)),
             found.host ? h('div', { class: 'id' }, t('host', { n: found.host.name })) : null]
      : empty(none));
  $('meetings').replaceChildren(
    meeting('last-meeting', t('lastMeeting'), last, 'noMeetingHeld'),
    meeting('next-meeting', t('nextMeeting'), next, 'noMeetingScheduled'),
    h('p', { class: 'due' },
      alliance.meetingDueOn ? t('dueOn', { d: day(alliance.meetingDueOn) }) : null,
      alliance.meetingOverdue ? badge(t('overdue'), 'meeting-overdue') : null,
      h('span', { class: 'id' }, ` ${t('every', { n: alliance.charter.meetingEveryMonths })}`)));
}

function renderPartners(departments, instructors) {
  const column = (key, amount, body) => h('div', { class: 'column', 'data-part': key },
    h('h3', {}, t(key), h('span', { class: 'count', 'data-count': amount }, count(amount))), body);
  $('partners').replaceChildren(
    column('departments', departments.count, departments.departments.length === 0 ? empty('noDepartments')
      : h('ul', { class: 'plain' }, ...departments.departments.map(department => h('li', { 'data-id': department.id },
          department.name, h('div', { class: 'id' }, `${t('joinedOn')} ${day(department.joinedOn)}`))))),
    column('instructors', instructors.count, instructors.instructors.length === 0 ? empty('noInstructors')
      : h('ul', { class: 'plain' }, ...instructors.instructors.map(instructor => h('li', { 'data-id': instructor.id },
          h('strong', {}, instructor.name), ` · ${instructor.department.name}`,
          h('div', { class: 'id' }, `${t('serves')}：${instructor.serves.map(member => member.name).join('、')}`))))),
    column('uncovered', instructors.uncovered.length, instructors.uncovered.length === 0 ? empty('noUncovered')
      : h('ul', { class: 'plain tags' }, ...instructors.uncovered.map(member =>
          h('li', { 'data-id': member.id }, member.name)))));
}

function problemCounts(problems) {
  return h('div', { class: 'stats small' },
    stat('raised', t('raised'), count(problems.raised)), stat('open', t('open'), count(problems.open)),
    stat('overdue', t('overdueCount'), count(problems.overdue)), stat('resolved', t('resolved'), count(problems.resolved)),
    problems.medianDaysToResolve !== undefined ? stat('median', t('medianDays'), String(problems.medianDaysToResolve)) : null,
    problems.averageRating !== undefined ? stat('rating', t('averageRating'), String(problems.averageRating)) : null);
}

function renderProblems(report, open) {
  const names = new Map(report.departments.map(department => [department.id, department.name]));
  const lines = report.departments.filter(department => department.assigned > 0);
  $('problems').replaceChildren(
    report.problems.raised === 0 && open.count === 0 ? empty('noProblems') : problemCounts(report.problems),
    h('h3', {}, t('byDepartment')),
    table(t('byDepartment'), [t('department'), t('assigned'), t('resolved'), t('overdueCount')],
      lines.map(line => h('tr', { 'data-id': line.id }, h('th', { scope: 'row' }, line.name),
        h('td', {}, count(line.assigned)), h('td', {}, count(line.resolved)), h('td', {}, count(line.overdue)))),
      'noDepartmentProblems'),
    h('h3', {}, t('openProblems')),
    open.problems.length === 0 ? empty('noOpenProblems') : h('ul', { class: 'plain' },
      ...open.problems.map(problem => h('li', { 'data-id': problem.problemId }, problem.title, ' ',
        h('span', { class: 'badge' }, t(problem.status)), problem.overdue ? badge(t('overdue')) : null,
        h('div', { class: 'id' }, [names.get(problem.department), problem.dueOn ? t('dueOnShort', { d: day(problem.dueOn) }) : null]
          .filter(Boolean).join(' · '))))));
}

/** The sheets of the last six years up to the day shown, the members of that day; the years with a report. */
async function figureSheets(path) {
  const end = state.asOf && state.asOf <= today() ? state.asOf : today();
  const last = Number(end.slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => last - 5 + i);
  const sheets = await Promise.all(years.map(year => api(`${path}/indicators?year=${year}&asOf=${end}`)));
  return sheets.filter(sheet => sheet.total.reporting > 0);
}

function renderFigures(containerId, yearId, sheets) {
  const container = $(containerId);
  disposeCharts(container);
  if (sheets.length === 0) {
    $(yearId).textContent = '';
    container.replaceChildren(empty('noFigures'));
    return;
  }
  const sheet = sheets[sheets.length - 1];
  $(yearId).textContent = t('figuresYear', { y: sheet.year });
  const revenueCell = (value, confidential) => confidential ? hidden(null) : cny(value) ?? '—';
  const growthCell = member => member.confidential || member.previousYearConfidential ? hidden(null)
    : percent(member.growthPercent) ?? '—';
  const revenueBox = h('div', { class: 'chart', id: `${containerId}-revenue`, role: 'img', 'aria-label': t('revenueByYear') });
  const growthBox = h('div', { class: 'chart', id: `${containerId}-growth`, role: 'img',
                               'aria-label': t('growthChart', { y: sheet.year }) });
  container.replaceChildren(
    h('div', { class: 'stats' },
      stat('revenue', t('revenueTotal'), totalOf(sheet)),
      stat('growth', t('likeForLike'), growthOf(sheet)),
      stat('reporting', t('reporting', { n: sheet.likeForLike?.members ?? 0 }), count(sheet.total.reporting))),
    h('div', { class: 'charts' },
      h('figure', {}, h('figcaption', {}, t('revenueByYear')), revenueBox),
      h('figure', {}, h('figcaption', {}, t('growthChart', { y: sheet.year })), growthBox)),
    table(t('figures'), [t('name'), t('revenue'), t('previousYear'), t('growth')],
      sheet.members.map(member => h('tr', { 'data-id': member.id, 'data-confidential': member.confidential },
        h('th', { scope: 'row' }, member.name,
          sheet.billionClub.includes(member.id) ? h('span', { class: 'badge club' }, t('billionClub')) : null),
        h('td', {}, revenueCell(member.revenueCny, member.confidential)),
        h('td', {}, revenueCell(member.previousYearCny, member.previousYearConfidential)),
        h('td', {}, growthCell(member)))), 'noFigures'));
  revenueChart(revenueBox, sheets);
  growthChart(growthBox, sheet);
}

// ---- a zone ----

function renderZone(zone, report, sheets) {
  const sheet = sheets[sheets.length - 1];
  $('zone-summary').replaceChildren(
    h('h2', { id: 'zone-title' }, zone.name),
    h('div', { class: 'id' }, zone.zoneId),
    definitions([['committee', zone.committee], ['region', zone.region], ['founded', day(zone.foundedOn)]]),
    h('div', { class: 'stats' },
      stat('alliances', t('alliances'), count(zone.allianceCount)),
      stat('enterprises', t('enterprises'), count(zone.enterpriseCount)),
      stat('departments', t('departments'), count(zone.departmentCount)),
      stat('instructors', t('instructors'), count(zone.instructorCount)),
      stat('revenue', t('revenueTotal'), sheet ? totalOf(sheet) : '—'),
      stat('growth', t('likeForLike'), sheet ? growthOf(sheet) : '—')));
  $('zone-alliances').replaceChildren(table(t('alliances'),
    [t('name'), t('members'), t('chairName'), t('joinedZone')],
    zone.alliances.map(alliance => h('tr', { 'data-id': alliance.allianceId },
      h('th', { scope: 'row' }, h('a', { href: `?alliance=${encodeURIComponent(alliance.allianceId)}` }, alliance.name)),
      h('td', {}, count(alliance.memberCount)), h('td', {}, alliance.chairName ?? '—'),
      h('td', { class: 'date' }, day(alliance.joinedOn)))), 'noAlliances'));
  $('zone-problems').replaceChildren(problemCounts(report.problems));
  $('zone-departments').replaceChildren(zone.departments.length === 0 ? empty('noDepartments')
    : h('ul', { class: 'plain' }, ...zone.departments.map(department => h('li', { 'data-id': department.id },
        department.name, h('span', { class: 'count' }, t('allianceCount', { n: department.alliances.length }))))));
  const allianceNames = new Map(zone.alliances.map(alliance => [alliance.allianceId, alliance.name]));
  $('zone-instructors').replaceChildren(table(t('instructors'), [t('name'), t('department'), t('alliance'), t('serves')],
    zone.instructors.map(instructor => h('tr', { 'data-id': instructor.id },
      h('th', { scope: 'row' }, instructor.name), h('td', {}, instructor.department.name),
      h('td', {}, allianceNames.get(instructor.allianceId) ?? instructor.allianceId),
      h('td', {}, instructor.serves.map(member => member.name).join('、')))), 'noInstructors'));
  $('zone-enterprises').replaceChildren(zone.enterprises.length === 0 ? empty('noEnterprises')
    : h('ul', { class: 'plain tags' }, ...zone.enterprises.map(enterprise => h('li', { 'data-id': enterprise.id },
        enterprise.name, enterprise.alliances.length > 1 ? h('span', { class: 'count' }, `×${enterprise.alliances.length}`) : null))));
  renderFigures('zone-figures', 'zone-figures-year', sheets);
}

// ---- loading ----

async function loadAlliance() {
  const [alliance, members, chair, applications, deals, chains, meetings, departments, instructors, report, open,
         sheets] = await Promise.all([
    api(base()), api(`${base()}/members${asOfQuery()}`), api(`${base()}/chair${asOfQuery()}`),
    api(`${base()}/applications?status=OPEN`), api(`${base()}/deals?size=10`),
    api(`${base()}/chains/layout${asOfQuery()}`), api(`${base()}/meetings${asOfQuery()}`),
    api(`${base()}/departments${asOfQuery()}`), api(`${base()}/instructors${asOfQuery()}`),
    api(`${base()}/service-report${toQuery()}`), api(`${base()}/problems?status=OPEN,ASSIGNED`),
    figureSheets(base())]);
  state.version = alliance.version;
  renderSummary(alliance);
  renderChair(chair);
  renderMembers(members);
  renderApplications(applications);
  renderDeals(deals);
  renderChains(chains);
  renderMeetings(alliance, meetings);
  renderPartners(departments, instructors);
  renderProblems(report, open);
  renderFigures('figures', 'figures-year', sheets);
  document.body.dataset.version = alliance.version;
}

async function loadZone() {
  const [zone, report, sheets] = await Promise.all([
    api(`${zoneBase()}${asOfQuery()}`), api(`${zoneBase()}/service-report${toQuery()}`), figureSheets(zoneBase())]);
  renderZone(zone, report, sheets);
}

/** Loads every panel; a change arriving meanwhile loads them once more afterwards. */
let loading = null, again = false;
async function refresh() {
  if (loading) {
    again = true;
    return loading;
  }
  loading = (async () => {
    try {
      await (state.view === 'zone' ? loadZone() : loadAlliance());
      document.body.dataset.loaded = `${state.view}:${state.view === 'zone' ? state.zone : state.alliance}`;
      showProblem(null);
    } catch (error) {
      showProblem(error);
    }
  })();
  await loading;
  loading = null;
  if (again) {
    again = false;
    await refresh();
  }
}

function setLive(key, css) {
  $('live').textContent = t(key, { s: ZONE_POLL_SECONDS });
  $('live').className = `live ${css}`;
}

/** An alliance streams its changes; a zone has no stream of its own, so it is read again every 15 s. */
function listen() {
  state.source?.close();
  state.source = null;
  clearInterval(state.timer);
  if (state.view === 'zone') {
    setLive('polling', 'on');
    state.timer = setInterval(refresh, ZONE_POLL_SECONDS * 1000);
    return;
  }
  // problems and figures are streams of their own, which the alliance's version does not count
  state.timer = setInterval(refresh, ALLIANCE_POLL_SECONDS * 1000);
  const source = new EventSource(`${base()}/live`);
  source.addEventListener('open', () => setLive('live', 'on'));
  source.addEventListener('error', () => {
    setLive('reconnecting', 'off');
    // the browser retries by itself unless the server refused the stream (a lapsed session, say): then ask
    // the API, which sends a signed-out browser to the login page, and listen again
    if (source.readyState === EventSource.CLOSED && state.source === source) {
      setTimeout(() => api('/api/alliances').then(listen, showProblem), 3000);
    }
  });
  source.addEventListener('applied', event => {
    if (JSON.parse(event.data).version !== state.version) refresh();
  });
  source.addEventListener('rebuilt', () => refresh());
  state.source = source;
}

function remember() {
  const query = new URLSearchParams(state.view === 'zone' ? { zone: state.zone } : { alliance: state.alliance });
  if (state.asOf) query.set('asOf', state.asOf);
  history.replaceState(null, '', `?${query}`);
}

function show(view) {
  state.view = view;
  state.version = -1;
  $('alliance-view').hidden = view !== 'alliance';
  $('zone-view').hidden = view !== 'zone';
  $('zone').value = view === 'zone' ? state.zone : '';
  remember();
  listen();
  return refresh();
}

/** Static texts carry data-i18n keys; the language switch reloads the page, whose every text then follows. */
function applyLanguage() {
  document.documentElement.lang = language();
  document.querySelectorAll('[data-i18n]').forEach(node => { node.textContent = t(node.dataset.i18n); });
  document.querySelectorAll('[data-i18n-title]').forEach(node => { node.title = t(node.dataset.i18nTitle); });
  document.querySelector('.pickers').setAttribute('aria-label', t('view'));
  document.querySelectorAll('.lang').forEach(button => {
    button.setAttribute('aria-pressed', String(button.dataset.lang === language()));
    button.addEventListener('click', () => {
      chooseLanguage(button.dataset.lang);
      location.reload();
    });
  });
  setLive('connecting', '');
  // Spring Security's CSRF token, when the server hands it to scripts in a cookie
  const token = document.cookie.split('; ').find(part => part.startsWith('XSRF-TOKEN='))?.slice(11);
  if (token) $('logout').append(h('input', { type: 'hidden', name: '_csrf', value: decodeURIComponent(token) }));
}

/** The alliance asked for, else the one last chosen here, else the one with the most members. */
function defaultAlliance(alliances, wanted) {
  const known = id => alliances.some(alliance => alliance.allianceId === id);
  if (known(wanted)) return wanted;
  const chosen = localStorage.getItem('alliance');
  if (known(chosen)) return chosen;
  return alliances.reduce((most, alliance) => alliance.memberCount > most.memberCount ? alliance : most).allianceId;
}

async function start() {
  applyLanguage();
  const params = new URLSearchParams(location.search);
  const [{ alliances }, { zones }] = await Promise.all([api('/api/alliances'), api('/api/zones')]);
  state.alliances = alliances;
  $('alliance').replaceChildren(...alliances.map(alliance =>
    h('option', { value: alliance.allianceId }, alliance.name)));
  $('zone').replaceChildren(h('option', { value: '' }, t('byAlliance')),
    ...zones.map(zone => h('option', { value: zone.zoneId }, zone.name)));
  state.asOf = params.get('asOf');
  $('as-of').value = state.asOf ?? '';
  const zone = zones.find(candidate => candidate.zoneId === params.get('zone'));
  if (alliances.length === 0 && !zone) {
    showProblem(new Error(t('noAlliance')));
    return;
  }
  if (alliances.length > 0) {
    state.alliance = defaultAlliance(alliances, params.get('alliance'));
    $('alliance').value = state.alliance;
  }
  $('alliance').addEventListener('change', () => {
    state.alliance = $('alliance').value;
    localStorage.setItem('alliance', state.alliance);
    show('alliance');
  });
  $('zone').addEventListener('change', () => {
    if ($('zone').value) {
      state.zone = $('zone').value;
      show('zone');
    } else if (state.alliance) {
      show('alliance');
    }
  });
  $('as-of').addEventListener('change', () => {
    state.asOf = $('as-of').value || null;
    remember();
    refresh();
  });
  $('today').addEventListener('click', () => {
    $('as-of').value = '';
    $('as-of').dispatchEvent(new Event('change'));
  });
  if (zone) state.zone = zone.zoneId;
  await show(zone ? 'zone' : 'alliance');
}

start().catch(showProblem);
