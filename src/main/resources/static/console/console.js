// The operator console: plain script, no build step, no external files (the office network has no internet).
// Every text from the server is inserted as text, never as HTML.
'use strict';

const LABELS = {
  kind: { MANUAL: '手动', SCHEDULED: '定时', STARTUP: '启动时', ONE_SHOT: '单次运行', RECHECK: '确认前复核' },
  runState: { RUNNING: '运行中', SUCCEEDED: '已完成', FAILED: '失败', ABANDONED: '已中断' },
  outcome: { PASS: '通过', INFO: '提示', RETURN: '退回补正', VERIFY: '待核实', REJECT: '不予通过' },
  pushState: { PENDING: '待推送', SENT: '已推送', SUPERSEDED: '已被新意见取代', DEAD: '被平台拒绝' },
  pushKind: { PRE_REVIEW: '预审意见', ARCHIVE_ENTRY: '诚信档案' },
  decision: {
    CONFIRM_FALSIFICATION: '确认虚假（记入诚信档案）', DISMISS: '排除', CONFIRM: '确认', APPROVE: '同意', REFUSE: '不同意',
  },
  status: { SUBMITTED: '已提交', UNIT_RECOMMENDED: '单位已推荐', WITHDRAWN: '已撤回' },
  reviewState: { PENDING: '等待预审', REVIEWED: '已预审', NO_VERDICT: '无需预审（已撤回）', PARKED: '未通过格式校验' },
  // evidence keys of the rules (rules.md); a key not listed here is shown as it is
  evidence: {
    attachmentType: '附件类型', birthDate: '出生日期', category: '申报身份性质', conflictMonthCount: '不一致月数',
    conflictMonths: '不一致月份', conflictSiEmployers: '社保缴费单位', creditCode: '统一社会信用代码',
    currentTitle: '现有职称', disciplinaryPeriodUntil: '处分期至', employerName: '单位名称', entries: '记录',
    entryId: '档案编号', exceptional: '破格申报', expiresOn: '到期日', formerNames: '曾用名', found: '查到记录',
    foundOn: '查到日期', gapMonthCount: '无记录月数', gapMonths: '无记录月份', graduatedOn: '毕业时间',
    identityChanged: '身份变更', level: '级别', month: '月份', months: '月份', monthsLacking: '缺少月份',
    obtainedOn: '取得时间', otherDeclarationIds: '其他申报编号', otherDeclaredEmployers: '其他申报单位',
    otherSiUnits: '其他参保单位', pensionStatus: '养老保险状态', problem: '问题', professionalHours: '专业科目学时',
    publicHours: '公需科目学时', reachedOn: '达到日期', reason: '原因', recorded: '已记录', recordedOn: '记录日期',
    requiredProfessionalHours: '应修专业学时', requiredTotalHours: '应修总学时', retiredOn: '退休日期',
    retirementAge: '退休年龄', rule: '规则', series: '系列', sex: '性别', siEmployerName: '社保缴费单位',
    siEmployerType: '社保单位类型', siEmployers: '社保缴费单位', totalHours: '总学时', transitionUntil: '过渡期至',
    uncoveredMonths: '未覆盖月份', underInvestigation: '正在接受调查', unitChangeExplanation: '单位变动说明',
    until: '截至', window: '核验期间', year: '年度',
  },
};
const OPERATOR_HINT = '需要“操作员”权限';

let me = { name: '', roles: [] };
let openId = null;
let runningBefore = false;

const $ = (id) => document.getElementById(id);
const label = (group, code) => (code && LABELS[group][code]) || code || '';
const time = (t) => (t ? t.replace('T', ' ').slice(0, 19) : '');
const isOperator = () => me.roles.includes('OPERATOR');

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
  $('me').textContent = '当前用户：' + me.name + '（' + roles.join('、') + '）';
  document.querySelectorAll('[data-needs="OPERATOR"]').forEach(guard);
  $('viewer-hint').hidden = isOperator();
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

async function refreshVerifications() {
  const r = await api('GET', '/api/ops/verifications');
  if (!r.ok) return;
  $('verify-count').textContent = '（' + r.body.length + ' 份申报）';
  fill('verifications', r.body.map((w) => el('tr', { id: 'verify-' + w.declarationId },
    el('td', {}, openLink(w.declarationId)),
    el('td', { class: 'num' }, w.version),
    el('td', {}, w.applicantName || ''),
    el('td', {}, time(w.reviewedAt)),
    el('td', {}, w.findings.map((f) => el('div', { class: 'decide', 'data-rule': f.rule },
      findingView({ ...f, outcome: 'VERIFY' }), decisionForm(w.declarationId, f)))))), '没有待核实的事项', 5);
}

// One finding's decisions: the buttons rules.md allows, a note, a confirmation for a falsification.
function decisionForm(declarationId, finding) {
  const note = el('input', { class: 'decision-note', placeholder: '核实情况说明（可选）', maxlength: 500 });
  const buttons = (finding.allowedDecisions || []).map((choice) => guard(el('button', {
    type: 'button', class: 'small decision decision-' + choice.decision, 'data-decision': choice.decision,
    onclick: () => decide(declarationId, finding.rule, choice, note.value),
  }, choice.label)));
  return el('div', { class: 'actions decision-form' }, note, buttons);
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
    say('verify-message', declarationId + ' ' + rule + '：已' + (r.body.result === 'ALREADY_APPLIED' ? '按原决定处理' : '记录“'
      + choice.label + '”并重新预审'), 'ok');
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
    say('declaration-message', r.status === 404 ? '本系统没有申报 ' + id + ' 的记录（可点击“重新同步”从平台拉取）' : problem(r), 'error');
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
    fact('申请人', (p.applicant && p.applicant.name) || ''), fact('工作单位', (p.employer && p.employer.name) || ''),
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
  if (from || to) return 'from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to);
  return $('stat-year').value ? 'year=' + encodeURIComponent($('stat-year').value) : '';
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
  $('batch-notices').href = '/console/notices?year=' + year;
  $('batch-letters').href = '/console/letters?year=' + year;
  $('batch-notices-pdf').href = '/console/notices.pdf?year=' + year;
  $('batch-letters-pdf').href = '/console/letters.pdf?year=' + year;
  $('stat-total').textContent = (s.year ? s.year + '年度' : s.from + ' 至 ' + s.to) + '共 ' + s.declarations + ' 份申报有预审意见。';
  const rows = (counts, withCode) => counts.map((c) => el('tr', {},
    el('td', {}, c.name, withCode && c.code ? el('span', { class: 'rule' }, ' ' + c.code) : null),
    el('td', { class: 'num' }, c.count)));
  fill('stat-outcome', rows(s.byOutcome, false), '无', 2);
  fill('stat-series', rows(s.bySeries, false), '无', 2);
  fill('stat-office', rows(s.byOffice, false), '无', 2);
  fill('stat-rule', rows(s.byRule, true), '无', 2);
}

// ---- 死信 ----
async function refreshDeadLetters() {
  const r = await api('GET', '/api/ops/dead-letters');
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
  $('statistics-form').addEventListener('submit', (event) => {
    event.preventDefault();
    refreshStatistics();
  });
  $('search').addEventListener('submit', (event) => {
    event.preventDefault();
    openDeclaration($('declaration-id').value);
  });
  await loadMe();
  await refreshCalendar();
  refreshRuns();
  refreshVerifications();
  refreshDeadLetters();
  setInterval(refreshRuns, 2000);
  // the queues change only when a run reviews or pushes: a slower beat is enough
  setInterval(() => { refreshVerifications(); refreshDeadLetters(); }, 10000);
}

start();
