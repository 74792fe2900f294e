// The dashboard: reads the query API with the login session, redraws when the read models of the alliance
// shown change (server-sent events from /api/alliances/{a}/live). No build step: a plain ES module.
import { drawLayout, legend, KIND_LABELS } from './chain-graph.js';

const $ = id => document.getElementById(id);
const state = { alliance: null, asOf: null, version: -1, source: null };

/** Builds an HTML element; text goes in through textContent, never as markup. */
function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) node.setAttribute(key, value);
  }
  node.append(...children.filter(child => child !== undefined && child !== null));
  return node;
}

async function api(path) {
  const response = await fetch(path, {
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, credentials: 'same-origin' });
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
  $('problem').textContent = error ? `Could not load: ${error.message}` : '';
}

const asOfQuery = () => state.asOf ? `?asOf=${state.asOf}` : '';
const base = () => `/api/alliances/${encodeURIComponent(state.alliance)}`;

function renderSummary(alliance) {
  const charter = alliance.charter;
  $('summary').replaceChildren(
    h('h2', {}, alliance.name),
    h('div', { class: 'id' }, alliance.allianceId),
    h('dl', {},
      ...[['Industry chain', alliance.industryChain], ['Region', alliance.region],
          ['Founded', alliance.foundedOn], ['Leading bodies', (alliance.leadingBodies ?? []).join('、')],
          ['Voting', `${charter.votingRule}, quorum ${charter.quorum}`],
          ['Chair term', `${charter.chairTermMonths} months`], ['Vote window', `${charter.voteWindowDays} days`],
          ['Deals', alliance.dealCount], ['Version', alliance.version]]
        .map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, String(value ?? '—'))))));
}

function renderChair(chair) {
  if (!chair.chair) {
    $('chair').replaceChildren(h('p', { class: 'empty' }, 'No chair on this date.'));
    return;
  }
  // as of a past day: the terms begun by then, a later end not yet known
  const known = chair.history.filter(term => !state.asOf || term.since <= state.asOf);
  const ended = term => term.endedOn && (!state.asOf || term.endedOn <= state.asOf) ? term.endedOn : 'now';
  const history = known.reverse().map(term => h('li', {}, `${term.name} (${term.since} – ${ended(term)})`,
    term.overdue ? h('span', { class: 'badge overdue' }, 'overdue') : null));
  $('chair').replaceChildren(
    h('div', { class: 'chair-name', 'data-chair': chair.chair }, chair.name,
      chair.overdue ? h('span', { class: 'badge overdue', id: 'overdue' }, 'overdue') : null),
    h('div', { class: 'id' }, chair.chair),
    h('p', {}, `Since ${chair.since}; term ends ${chair.termEnds}`),
    h('h3', { class: 'count' }, 'Rotation history'),
    h('ol', { class: 'history' }, ...history));
}

function renderMembers(members) {
  $('member-count').textContent = `${members.count}${state.asOf ? ' as of ' + state.asOf : ''}`;
  $('members').tBodies[0].replaceChildren(...members.members.map(member => h('tr', { 'data-id': member.id },
    h('td', {}, member.name, h('div', { class: 'id' }, member.id)),
    h('td', {}, member.memberSince),
    h('td', {}, member.admittedBy === 'VOTE' ? 'vote' : 'founding'))));
}

function renderApplications(applications) {
  if (applications.applications.length === 0) {
    $('applications').replaceChildren(h('p', { class: 'empty' }, 'No vote is open.'));
    return;
  }
  $('applications').replaceChildren(...applications.applications.map(application => {
    const tally = application.tally, share = n => `${tally.eligible ? 100 * n / tally.eligible : 0}%`;
    return h('div', { class: 'application', 'data-application': application.applicationId },
      h('strong', {}, application.enterprise.name),
      h('div', { class: 'id' }, `${application.enterprise.id} · filed ${application.filedOn}`),
      h('div', { class: 'tally-bar' },
        h('span', { class: 'for', style: `width:${share(tally.for)}` }),
        h('span', { class: 'against', style: `width:${share(tally.against)}` }),
        h('span', { class: 'abstain', style: `width:${share(tally.abstain)}` })),
      h('div', { class: 'tally', 'data-for': tally.for, 'data-against': tally.against,
                 'data-abstain': tally.abstain },
        `for ${tally.for} · against ${tally.against} · abstain ${tally.abstain} of ${tally.eligible} electors`
        + (application.voteWindowEndsAt ? ` · window ends ${application.voteWindowEndsAt.slice(0, 10)}` : '')));
  }));
}

function renderDeals(deals) {
  $('deals').tBodies[0].replaceChildren(...deals.deals.map(deal => h('tr', { 'data-id': deal.dealId },
    h('td', {}, deal.signedOn),
    h('td', {}, `${deal.from.name} → ${deal.to.name}`),
    h('td', {}, KIND_LABELS[deal.kind] ?? deal.kind),
    h('td', {}, deal.subject, deal.quantity ? h('div', { class: 'id' },
      `${deal.quantity.amount} ${deal.quantity.unit}${deal.recurrence ? ' · ' + deal.recurrence.toLowerCase() : ''}`)
      : null))));
}

function renderChains(chains) {
  if (chains.nodes.length === 0) {
    $('chains').replaceChildren(h('p', { class: 'empty' }, 'No deals link members yet.'));
    return;
  }
  $('chains').replaceChildren(drawLayout(chains), legend(chains.edges));
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
      const [alliance, members, chair, applications, deals, chains] = await Promise.all([
        api(base()), api(`${base()}/members${asOfQuery()}`), api(`${base()}/chair${asOfQuery()}`),
        api(`${base()}/applications?status=OPEN`), api(`${base()}/deals?size=10`),
        api(`${base()}/chains/layout${asOfQuery()}`)]);
      state.version = alliance.version;
      renderSummary(alliance);
      renderChair(chair);
      renderMembers(members);
      renderApplications(applications);
      renderDeals(deals);
      renderChains(chains);
      document.body.dataset.version = alliance.version;
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

function setLive(text, css) {
  $('live').textContent = text;
  $('live').className = `live ${css}`;
}

function listen() {
  state.source?.close();
  const source = new EventSource(`${base()}/live`);
  source.addEventListener('open', () => setLive('live', 'on'));
  source.addEventListener('error', () => {
    setLive('reconnecting', 'off');
    // the browser retries by itself unless the server refused the stream (a lapsed session, say): then ask
    // the API, which sends a signed-out browser to the login page, and listen again
    if (source.readyState === EventSource.CLOSED) {
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
  const query = new URLSearchParams({ alliance: state.alliance });
  if (state.asOf) query.set('asOf', state.asOf);
  history.replaceState(null, '', `?${query}`);
}

async function start() {
  const params = new URLSearchParams(location.search);
  const { alliances } = await api('/api/alliances');
  $('alliance').replaceChildren(...alliances.map(alliance =>
    h('option', { value: alliance.allianceId }, alliance.name)));
  if (alliances.length === 0) {
    showProblem(new Error('no alliance has been founded yet'));
    return;
  }
  const wanted = params.get('alliance');
  state.alliance = alliances.some(a => a.allianceId === wanted) ? wanted : alliances[0].allianceId;
  state.asOf = params.get('asOf');
  $('alliance').value = state.alliance;
  $('as-of').value = state.asOf ?? '';
  $('alliance').addEventListener('change', () => {
    state.alliance = $('alliance').value;
    state.version = -1;
    remember();
    listen();
    refresh();
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
  remember();
  listen();
  await refresh();
}

start().catch(showProblem);
