// The operator console: plain script, no build step, no external files (the office network has no internet).
// Every text from the server is inserted as text, never as HTML.
'use strict';

// the labels of every code, from the server's one bundle (src/main/resources/labels.properties)
let LABELS = {};
const OPERATOR_HINT = '需要“操作员”权限';
const CITY_HINT = '涉及全市各职改部门的申报，只有崇左市职改办的账号可以操作';

let me = { name: '', roles: [], allOffices: false, offices: [], permissions: [] };
let openId = null;
let runningBefore = false;

const $ = (id) => document.getElementById(id);
const label = (group, code) => (code && LABELS[group] && LABELS[group][code]) || code || '';
const time = (t) => (t ? t.replace('T', ' ').slice(0, 19) : '');
const isOperator = () => me.roles.includes('OPERATOR');
const officeName = (code) => ((me.offices || []).find((o) => o.code === code) || {}).name || code || '未注明';
// the city office's filter: one office, or '' for all the user may see
const officeFilter = () => $('office-filter').value;
const withOffice = (query) => {
  const office = officeFilter();
  if (!office) return query;
  return (query ? query + '&' : '') + 'office=' + encodeURIComponent(office);
};

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function fill(tableId, rows, emptyText, columns) {
  const body = document.querySelector('#' + tableId + ' tbody');
  body.replaceChildren(...(rows.length ? rows : [el('tr', {}, el('td', { colspan: columns, class: 'empty' }, emptyText))]));
}

function say(id, text, kind) {
  const node = $(id);
  node.textContent = text || '';
  node.className = 'message' + (kind ? ' ' + kind : '');
}

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

// One call to the operator API; a lost session goes back to the login page.
async function api(method, path, payload) {
  const headers = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' };
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken();
  if (payload !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin', body: payload === undefined ? undefined : JSON.stringify(payload),
  });
  if (response.status === 401) {
    location.href = '/login';
    throw new Error('需要重新登录');
  }
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (notJson) { body = null; }
  return { status: response.status, ok: response.ok, body };
}

const problem = (r) => (r.body && (r.body.detail || r.body.title)) || '请求失败（HTTP ' + r.status + '）';

function guard(button) {
  if (!isOperator()) {
    button.disabled = true;
    button.title = OPERATOR_HINT;
  }
  return button;
}

async function loadMe() {
  const r = await api('GET', '/api/ops/me');
  if (!r.ok) return;
  me = r.body;
  const roles = me.roles.map((role) => (role === 'OPERATOR' ? '操作员' : role === 'VIEWER' ? '查看员' : role));
  const own = (me.ownOffices || []).map((o) => o.name).join('、');
  $('me').textContent = '当前用户：' + me.name + '（' + roles.join('、') + '） · ' + own
    + (me.allOffices ? '（可查看全市各职改部门）' : '');
  document.querySelectorAll('[data-needs="OPERATOR"]').forEach(guard);
  $('viewer-hint').hidden = isOperator();
  if (me.allOffices) {
    $('office-filter').append(...me.offices.map((o) => el('option', { value: o.code }, o.name)));
    $('office-filter-label').hidden = false;
  } else {
    // a sync or re-check of the whole city is the city office's: a county sees the runs, starts none
    document.querySelectorAll('[data-city="true"]').forEach((button) => {
      button.disabled = true;
      button.title = CITY_HINT;
    });
    $('office-hint').textContent = '您的账号只能查看和处理' + own + '的申报。开始同步和复核涉及全市，由崇左市职改办操作。';
    $('office-hint').hidden = false;
  }
}

// ---- 同步运行 ----
async function refreshRuns() {
  const r = await api('GET', '/api/ops/runs?limit=20');
  if (!r.ok) return;
  const running = r.body.some((run) => run.state === 'RUNNING');
  if (runningBefore && !running) {
    // a run just ended: its verdicts and refusals are in the queues now
    refreshVerifications();
    refreshDeadLetters();
    refreshStatistics();
  }
  runningBefore = running;
  fill('runs', r.body.map((run) => el('tr', { id: 'run-' + run.runId, class: run.state === 'RUNNING' ? 'running' : null },
    el('td', { class: 'num' }, run.runId),
    el('td', {}, label('kind', run.kind)),
    el('td', { class: 'state-' + run.state }, label('runState', run.state)),
    el('td', {}, time(run.startedAt)),
    el('td', {}, time(run.finishedAt)),
    ...['pulled', 'parked', 'reviewed', 'passed', 'returned', 'verify', 'rejected', 'pushed', 'failed']
      .map((key) => el('td', { class: 'num ' + key }, run[key])),
    el('td', {}, run.message || ''))), '还没有同步记录', 15);
}

async function startSync() {
  const since = $('since').value;
  let path = '/api/ops/sync';
  if (since) {
    // the picker gives Beijing wall-clock time without an offset
    path += '?since=' + encodeURIComponent((since.length === 16 ? since + ':00' : since) + '+08:00');
  }
  const r = await api('POST', path);
  if (r.status === 202) say('sync-message', '已开始第 ' + r.body.runId + ' 次同步', 'ok');
  else if (r.status === 409) say('sync-message', '已有同步在运行（第 ' + r.body.runId + ' 次），请等它结束', 'error');
  else say('sync-message', problem(r), 'error');
  refreshRuns();
}

// ---- 核实队列 ----
function evidenceList(evidence) {
  const items = Object.entries(evidence || {}).map(([key, value]) =>
    el('li', {}, label('evidence', key) + '：' + evidenceValue(value)));
  return items.length ? el('ul', { class: 'evidence' }, items) : null;
}

function evidenceValue(value) {
  if (value === true) return '是';
  if (value === false) return '否';
  if (Array.isArray(value)) return value.length ? value.map(evidenceValue).join('、') : '无';
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

function findingView(finding) {
  return el('div', { class: 'finding' },
    finding.outcome ? el('span', { class: 'outcome-' + finding.outcome }, '【' + label('outcome', finding.outcome) + '】') : null,
    finding.message || '', ' ', el('span', { class: 'rule' }, finding.rule),
    evidenceList(finding.evidence));
}

function openLink(id) {
  return el('a', { class: 'open', href: '#declaration-section', onclick: () => openDeclaration(id) }, id);
}

// The queue is read a page at a time (oldest verdict first), filtered in the database; the cursors of the pages
// before the one shown are kept so that 上一页 goes back. A change of filter starts again at the first page.
const VERIFY_PAGE = 50;
const verifyPages = { cursors: [null], index: 0, next: null, total: null };

function verifyQuery() {
  const params = [['limit', VERIFY_PAGE], ['series', $('verify-series').value], ['rule', $('verify-rule').value],
    ['outcome', $('verify-outcome').value], ['cursor', verifyPages.cursors[verifyPages.index]]]
    .filter(([, value]) => value !== '' && value !== null && value !== undefined)
    .map(([key, value]) => key + '=' + encodeURIComponent(value)).join('&');
  return withOffice(params);
}

function restartVerifications() {
  verifyPages.cursors = [null];
  verifyPages.index = 0;
  verifyPages.total = null;
  refreshVerifications();
}

function fillFilterOptions() {
  const options = (id, group, codes) => $(id).append(...codes.map((code) => el('option', { value: code }, label(group, code)
    + (group === 'rule' ? '（' + code + '）' : ''))));
  options('verify-series', 'series', Object.keys(LABELS.series || {}));
  options('verify-rule', 'rule', Object.keys(LABELS.rule || {}));
  options('verify-outcome', 'outcome', ['VERIFY', 'REJECT', 'RETURN', 'PASS'].filter((o) => (LABELS.outcome || {})[o]));
}

async function refreshVerifications() {
  const r = await api('GET', '/api/ops/verifications/page?' + verifyQuery());
  if (!r.ok) return;
  const page = r.body;
  if (page.total !== null && page.total !== undefined) verifyPages.total = page.total;
  verifyPages.next = page.nextCursor;
  $('verify-count').textContent = verifyPages.total === null ? '' : '（' + verifyPages.total + ' 份申报）';
  const pages = verifyPages.total === null ? '' : ' / 共 ' + Math.max(1, Math.ceil(verifyPages.total / VERIFY_PAGE)) + ' 页';
  $('verify-page').textContent = '第 ' + (verifyPages.index + 1) + ' 页' + pages;
  $('verify-prev').disabled = verifyPages.index === 0;
  $('verify-next').disabled = !page.nextCursor;
  fill('verifications', page.items.map((w) => el('tr', { id: 'verify-' + w.declarationId, 'data-office': w.reviewOffice },
    el('td', {}, openLink(w.declarationId)),
    el('td', { class: 'num' }, w.version),
    el('td', {}, w.applicantName || ''),
    el('td', { class: 'office' }, officeName(w.reviewOffice)),
    el('td', {}, time(w.reviewedAt)),
    el('td', {}, w.findings.map((f) => el('div', { class: 'decide', 'data-rule': f.rule },
      findingView({ ...f, outcome: 'VERIFY' }), decisionForm(w.declarationId, f)))))), '没有待核实的事项', 6);
}

function nextVerifications() {
  if (!verifyPages.next) return;
  verifyPages.cursors = verifyPages.cursors.slice(0, verifyPages.index + 1).concat([verifyPages.next]);
  verifyPages.index += 1;
  refreshVerifications();
}

function previousVerifications() {
  if (verifyPages.index === 0) return;
  verifyPages.index -= 1;
  refreshVerifications();
}

// One finding's decisions: the buttons rules.md allows, a note, a confirmation for a falsification.
function decisionForm(declarationId, finding) {
  const note = el('input', { class: 'decision-note', placeholder: '核实情况说明（可选）', maxlength: 500 });
  const buttons = (finding.allowedDecisions || []).map((choice) => guard(el('button', {
    type: 'button', class: 'small decision decision-' + choice.decision, 'data-decision': choice.decision,
    onclick: () => decide(declarationId, finding.rule, choice, note.value),
  }, choice.label)));
  // four eyes (zhicheng.decisions.confirm-falsification.second-approver): another operator approves a falsification
  if ((finding.allowedDecisions || []).some((choice) => choice.decision === 'CONFIRM_FALSIFICATION')) {
    buttons.push(guard(el('button', {
      type: 'button', class: 'small decision decision-APPROVE-FALSIFICATION',
      onclick: () => approveFalsification(declarationId, finding.rule),
    }, '批准他人的确认虚假')));
  }
  return el('div', { class: 'actions decision-form' }, note, buttons);
}

async function approveFalsification(declarationId, rule) {
  if (!window.confirm('批准对申报 ' + declarationId + ' 的 ' + rule + ' 作出的确认虚假决定？\n批准后将向平台推送诚信档案记录（记录期三年），此操作不能撤销。')) {
    return;
  }
  const r = await api('POST', '/api/ops/declarations/' + encodeURIComponent(declarationId) + '/decisions/approve', { rule });
  if (r.ok) say('verify-message', declarationId + ' ' + rule + '：已批准确认虚假并重新预审', 'ok');
  else say('verify-message', problem(r), 'error');
  refreshVerifications();
  if (openId === declarationId) openDeclaration(declarationId);
}

async function decide(declarationId, rule, choice, note) {
  if (choice.decision === 'CONFIRM_FALSIFICATION' && !window.confirm('确认申报 ' + declarationId + ' 的 ' + rule
      + ' 属于弄虚作假？\n确认后将向平台推送诚信档案记录（记录期三年），本次申报不予通过。此操作不能撤销。')) {
    return;
  }
  say('verify-message', '正在提交“' + choice.label + '”…');
  const r = await api('POST', '/api/ops/declarations/' + encodeURIComponent(declarationId) + '/decisions',
    { rule, decision: choice.decision, note: note || null });
  if (r.ok) {
    if (r.body.result === 'AWAITING_APPROVAL') {
      say('verify-message', declarationId + ' ' + rule + '：确认虚假已提交，须由本单位或崇左市职改办的另一名操作员批准后生效', 'ok');
    } else {
      say('verify-message', declarationId + ' ' + rule + '：已' + (r.body.result === 'ALREADY_APPLIED' ? '按原决定处理' : '记录“'
        + choice.label + '”并重新预审'), 'ok');
    }
  } else {
    say('verify-message', problem(r), 'error');
  }
  refreshVerifications();
  if (openId === declarationId) openDeclaration(declarationId);
}

async function recheck() {
  const r = await api('POST', '/api/ops/recheck');
  if (r.status === 202) say('recheck-message', '已开始复核（第 ' + r.body.runId + ' 次运行）', 'ok');
  else say('recheck-message', problem(r), 'error');
  refreshRuns();
}

// ---- 申报详情 ----
async function openDeclaration(id) {
  id = id.trim();
  if (!id) return;
  $('declaration-id').value = id;
  say('declaration-message', '正在查询…');
  say('resync-message', '');
  $('resync-result').hidden = true;
  const r = await api('GET', '/api/ops/declarations/' + encodeURIComponent(id));
  if (!r.ok) {
    $('declaration').hidden = true;
    openId = null;
    say('declaration-message', r.status === 404 ? '本系统没有申报 ' + id + ' 的记录' + (me.allOffices
      ? '（可点击“重新同步”从平台拉取）' : '，或该申报不属于本单位预审') : problem(r), 'error');
    return;
  }
  openId = id;
  say('declaration-message', '');
  renderDeclaration(r.body);
}

function renderDeclaration(d) {
  const p = d.payload || {};
  const fact = (name, value) => [el('dt', {}, name), el('dd', {}, value === undefined || value === null ? '' : value)];
  $('declaration-facts').replaceChildren(...[
    fact('申报编号', d.declarationId), fact('版本', d.version || ''),
    fact('申请人', (p.applicant && p.applicant.name) || ''),
    // masked (e.g. 4514*************3) unless the account may see personal data; every full view is logged
    fact('身份证号', (p.applicant && p.applicant.idNumber) || ''),
    ...(p.applicant && p.applicant.phone ? [fact('联系电话', p.applicant.phone)] : []),
    fact('预审单位', officeName(d.reviewOffice)),
    fact('工作单位', (p.employer && p.employer.name) || ''),
    fact('系列 / 级别', [p.series, p.level].filter(Boolean).join(' / ')), fact('申报状态', label('status', d.status)),
    fact('预审状态', label('reviewState', d.reviewState)), fact('平台更新时间', time(d.updatedAt)),
  ].flat());
  fill('verdicts', d.verdicts.map((v) => el('tr', {},
    el('td', {}, time(v.createdAt)),
    el('td', { class: 'num' }, v.declarationVersion),
    el('td', { class: 'outcome-' + v.outcome }, label('outcome', v.outcome)),
    el('td', {}, ((v.body && v.body.findings) || []).map(findingView)))), '还没有预审意见', 4);
  fill('pushes', d.pushes.map((p) => el('tr', {},
    el('td', {}, label('pushKind', p.kind)),
    el('td', { class: 'num' }, p.declarationVersion || ''),
    el('td', { class: 'state-' + p.state }, label('pushState', p.state)),
    el('td', { class: 'num' }, p.attempts),
    el('td', {}, p.lastError || ''),
    el('td', {}, p.receipt || ''),
    el('td', {}, time(p.createdAt)),
    el('td', {}, time(p.sentAt)),
    el('td', {}, el('code', {}, p.idempotencyKey)))), '没有推送记录', 9);
  fill('decisions', (d.decisions || []).map((x) => el('tr', {},
    el('td', {}, time(x.decidedAt)),
    el('td', { class: 'num' }, x.declarationVersion),
    el('td', {}, el('span', { class: 'rule' }, x.rule)),
    el('td', {}, label('decision', x.decision)),
    el('td', {}, x.note || ''),
    el('td', {}, x.decidedBy))), '没有核实决定', 6);
  const latest = d.verdicts[0];
  const docs = [];
  const id = encodeURIComponent(d.declarationId);
  if (latest && latest.outcome === 'RETURN') {
    docs.push(el('a', { href: '/console/notices/' + id, target: '_blank', id: 'notice-link' }, '打印一次性告知书'));
    docs.push(el('a', { href: '/console/notices/' + id + '.pdf', target: '_blank', id: 'notice-pdf-link' }, '一次性告知书 PDF'));
  }
  if (latest && latest.outcome === 'REJECT') {
    docs.push(el('a', { href: '/console/notices/' + id, target: '_blank', id: 'notice-link' }, '打印不予受理告知书'));
    docs.push(el('a', { href: '/console/notices/' + id + '.pdf', target: '_blank', id: 'notice-pdf-link' }, '不予受理告知书 PDF'));
  }
  docs.push(el('a', { href: '/console/letters/' + id, target: '_blank', id: 'letter-link' }, '委托代评函（如适用）'));
  docs.push(el('a', { href: '/console/letters/' + id + '.pdf', target: '_blank', id: 'letter-pdf-link' }, '委托代评函 PDF'));
  $('declaration-documents').replaceChildren(...docs);
  fill('parked', d.parked.map((k) => el('tr', {},
    el('td', { class: 'num' }, k.version || ''),
    el('td', {}, k.reason),
    el('td', {}, time(k.parkedAt)),
    el('td', {}, k.resolvedAt ? '是（' + time(k.resolvedAt) + '）' : '否'))), '没有暂存版本', 4);
  $('declaration').hidden = false;
}

async function resync() {
  const id = openId || $('declaration-id').value.trim();
  if (!id) return;
  const dryRun = $('dry-run').checked;
  say('resync-message', dryRun ? '正在从平台拉取并预审（不推送）…' : '正在从平台拉取、预审并推送…');
  const r = await api('POST', '/api/ops/declarations/' + encodeURIComponent(id) + '/resync?dryRun=' + dryRun);
  if (!r.ok) {
    say('resync-message', problem(r), 'error');
    return;
  }
  const verdict = r.body.verdict || {};
  say('resync-message', '已预审第 ' + r.body.version + ' 版，结论：' + label('outcome', verdict.outcome)
    + (dryRun ? '（仅预审，未推送）' : r.body.pushed ? '，已排队推送' : '，与上次意见相同，无需推送'), 'ok');
  $('resync-result').replaceChildren(...((verdict.findings || []).map(findingView)));
  $('resync-result').hidden = false;
  if (!dryRun) {
    const again = await api('GET', '/api/ops/declarations/' + encodeURIComponent(id));
    if (again.ok) renderDeclaration(again.body);
  }
}

// ---- 评审时间安排（附件1）----
const monthDay = (d) => (d ? Number(d.slice(5, 7)) + '月' + Number(d.slice(8, 10)) + '日' : '');

async function refreshCalendar() {
  const r = await api('GET', '/api/ops/calendar');
  if (!r.ok) return;
  const c = r.body;
  const now = c.current.length
    ? '当前阶段：' + c.current.map((p) => p.name + '（' + monthDay(p.from) + '—' + monthDay(p.to) + '）').join('；')
    : '当前不在评审阶段' + (c.next ? '，下一阶段：' + c.next.name + '（' + c.next.from + ' 起）' : '');
  $('calendar').textContent = c.year + '年度 · ' + now + ' · 确认前复核'
    + (c.recheckOpen ? '截至 ' + monthDay(c.confirmationDeadline) : '已于 ' + monthDay(c.confirmationDeadline) + ' 截止');
  $('recheck-deadline').textContent = '（' + c.year + '年' + monthDay(c.confirmationDeadline) + '）';
  if (!$('stat-year').value) {
    $('stat-year').value = c.year;
    refreshStatistics();
  }
}

// ---- 年度统计 ----
function statisticsQuery() {
  const from = $('stat-from').value;
  const to = $('stat-to').value;
  if (from || to) return withOffice('from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to));
  return withOffice($('stat-year').value ? 'year=' + encodeURIComponent($('stat-year').value) : '');
}

async function refreshStatistics() {
  const query = statisticsQuery();
  const r = await api('GET', '/api/ops/statistics' + (query ? '?' + query : ''));
  if (!r.ok) {
    say('statistics-message', problem(r), 'error');
    return;
  }
  say('statistics-message', '');
  const s = r.body;
  const year = s.year || (s.from ? Number(s.from.slice(0, 4)) : '');
  $('stat-csv').href = '/api/ops/statistics.csv' + (query ? '?' + query : '');
  $('batch-notices').href = '/console/notices?' + withOffice('year=' + year);
  $('batch-letters').href = '/console/letters?' + withOffice('year=' + year);
  $('batch-notices-pdf').href = '/console/notices.pdf?' + withOffice('year=' + year);
  $('batch-letters-pdf').href = '/console/letters.pdf?' + withOffice('year=' + year);
  $('stat-total').textContent = (s.year ? s.year + '年度' : s.from + ' 至 ' + s.to) + '共 ' + s.declarations + ' 份申报有预审意见；'
    + s.awaitingUnit + ' 份待单位推荐（单位推荐前不预审）。' + (s.asOf ? '数据截至 ' + time(s.asOf) + '。' : '');
  const rows = (counts, withCode) => counts.map((c) => el('tr', {},
    el('td', {}, c.name, withCode && c.code ? el('span', { class: 'rule' }, ' ' + c.code) : null),
    el('td', { class: 'num' }, c.count)));
  fill('stat-outcome', rows(s.byOutcome, false), '无', 2);
  fill('stat-series', rows(s.bySeries, false), '无', 2);
  fill('stat-office', rows(s.byOffice, false), '无', 2);
  fill('stat-rule', rows(s.byRule, true), '无', 2);
}

// ---- 督导（崇左市职改办） ----
async function refreshSupervision() {
  const year = $('sup-year').value || $('stat-year').value;
  if (!$('sup-year').value) $('sup-year').value = year;
  const query = year ? 'year=' + encodeURIComponent(year) : '';
  const r = await api('GET', '/api/ops/supervision' + (query ? '?' + query : ''));
  if (!r.ok) {
    say('supervision-message', problem(r), 'error');
    return;
  }
  say('supervision-message', '');
  const s = r.body;
  $('sup-csv').href = '/api/ops/supervision.csv' + (query ? '?' + query : '');
  // taken at most one refresh interval ago, or at once after a new verdict or decision (docs/operators.md)
  $('sup-as-of').textContent = '数据截至 ' + time(s.asOf) + '。';
  $('sup-rule').textContent = s.rule;
  const n = (v) => el('td', { class: 'num' }, v === null || v === undefined ? '—' : v);
  const row = (x, city) => el('tr', city ? { class: 'city' } : (x.standsOut || []).length ? { class: 'stands-out' } : {},
    el('td', {}, x.name, x.code && !city ? el('span', { class: 'rule' }, ' ' + x.code) : null),
    n(x.declarations), n(x.awaitingUnit), n(x.pass), n(x.returned), n(x.verify), n(x.reject),
    n(x.verifyWaiting), n(x.oldestWaitingDays), n(x.meanWaitingDays),
    n(x.confirmed), n(x.dismissed), n(x.approved), n(x.refused), n(x.medianDecisionHours),
    el('td', {}, (x.standsOut || []).join('；')));
  fill('sup-office', [row(s.city, true), ...s.byOffice.map((x) => row(x, false))], '无', 16);
  fill('sup-series', [row(s.city, true), ...s.bySeries.map((x) => row(x, false))], '无', 16);
}

// ---- 死信 ----
async function refreshDeadLetters() {
  const query = withOffice('');
  const r = await api('GET', '/api/ops/dead-letters' + (query ? '?' + query : ''));
  if (!r.ok) return;
  $('dead-count').textContent = '（' + r.body.filter((d) => d.pushState === 'DEAD').length + ' 条待处理）';
  fill('dead-letters', r.body.map((d) => el('tr', { id: 'dead-' + d.id },
    el('td', { class: 'num' }, d.id),
    el('td', {}, openLink(d.declarationId)),
    el('td', {}, label('pushKind', d.kind)),
    el('td', { class: 'num' }, d.responseStatus || ''),
    el('td', {}, d.reason),
    el('td', {}, el('pre', {}, d.responseBody || '')),
    el('td', {}, time(d.createdAt)),
    el('td', { class: 'state-' + d.pushState }, label('pushState', d.pushState)
      + (d.retriedAt ? '（' + time(d.retriedAt) + ' 已重试）' : '')),
    el('td', {}, d.pushState === 'DEAD'
      ? guard(el('button', { type: 'button', class: 'small retry', onclick: () => retry(d.id) }, '重试'))
      : ''))), '没有死信', 9);
  refreshUnreadablePages();
}

async function refreshUnreadablePages() {
  const r = await api('GET', '/api/ops/dead-letters/unreadable-pages');
  if (!r.ok) return;
  $('unreadable-count').textContent = '（' + r.body.filter((p) => !p.resolvedAt).length + ' 页未解除）';
  fill('unreadable-pages', r.body.map((p) => el('tr', { id: 'unreadable-' + p.id },
    el('td', { class: 'num' }, p.id),
    el('td', {}, p.cursor || '（第一页）'),
    el('td', {}, p.errorClass + '：' + p.errorMessage),
    el('td', { class: 'num' }, p.itemsTaken),
    el('td', {}, time(p.firstSeenAt)),
    el('td', {}, time(p.lastSeenAt)),
    el('td', { class: 'num' }, p.seenCount),
    el('td', {}, el('pre', {}, (p.body || '').slice(0, 2000))),
    el('td', {}, p.resolvedAt ? time(p.resolvedAt) : ''))), '没有无法读取的列表页', 9);
}

async function retry(id) {
  const r = await api('POST', '/api/ops/dead-letters/' + id + '/retry');
  if (r.status === 202) say('dead-message', '死信 ' + id + ' 已重新排队，将以原幂等键发送', 'ok');
  else say('dead-message', problem(r), 'error');
  refreshDeadLetters();
  if (openId) openDeclaration(openId);
}

function logout() {
  const form = el('form', { method: 'post', action: '/logout' },
    el('input', { type: 'hidden', name: '_csrf', value: csrfToken() }));
  document.body.append(form);
  form.submit();
}

async function start() {
  $('start-sync').addEventListener('click', startSync);
  $('recheck').addEventListener('click', recheck);
  $('resync').addEventListener('click', resync);
  $('logout').addEventListener('click', logout);
  $('office-filter').addEventListener('change', () => {
    restartVerifications();
    refreshDeadLetters();
    refreshStatistics();
  });
  ['verify-series', 'verify-rule', 'verify-outcome'].forEach((id) => $(id).addEventListener('change', restartVerifications));
  $('verify-filters').addEventListener('submit', (event) => event.preventDefault());
  $('verify-next').addEventListener('click', nextVerifications);
  $('verify-prev').addEventListener('click', previousVerifications);
  $('statistics-form').addEventListener('submit', (event) => {
    event.preventDefault();
    refreshStatistics();
  });
  $('search').addEventListener('submit', (event) => {
    event.preventDefault();
    openDeclaration($('declaration-id').value);
  });
  await loadMe();
  const labels = await api('GET', '/api/ops/labels');
  if (labels.ok) LABELS = labels.body;
  fillFilterOptions();
  await refreshCalendar();
  if (me.allOffices) {
    $('supervision-section').hidden = false;
    $('supervision-form').addEventListener('submit', (event) => {
      event.preventDefault();
      refreshSupervision();
    });
    refreshSupervision();
  }
  refreshRuns();
  refreshVerifications();
  refreshDeadLetters();
  setInterval(refreshRuns, 2000);
  // the queues change only when a run reviews or pushes: a slower beat is enough
  setInterval(() => { refreshVerifications(); refreshDeadLetters(); }, 10000);
}

start();
