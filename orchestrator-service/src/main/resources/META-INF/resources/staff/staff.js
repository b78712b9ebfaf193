// The staff page: signs in for a JWT, then reads and acts on conversations and hotel answers through the staff API
// of this same service. No framework, no build step: it is served as is by the orchestrator.
'use strict';

const $ = (selector) => document.querySelector(selector);
const state = { token: sessionStorage.getItem('staff-token'), user: sessionStorage.getItem('staff-user'), selected: null };

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'testid') node.dataset.testid = value;
    else if (key === 'class') node.className = value;
    else node[key] = value;
  }
  for (const child of children) node.append(child ?? '');
  return node;
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: { 'Authorization': `Bearer ${state.token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (response.status === 401) { signOut(); throw new Error('Your session ended: sign in again'); }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || problem.title || `${method} ${path}: HTTP ${response.status}`);
  }
  return response.status === 204 ? null : response.json();
}

function showError(selector, error) {
  const node = $(selector);
  node.textContent = error ? error.message : '';
  node.hidden = !error;
}

async function signIn(event) {
  event.preventDefault();
  const form = new FormData(event.target);
  const response = await fetch('/api/sign-in', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: form.get('user'), password: form.get('password') }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) { showError('[data-testid=sign-in-error]', new Error(body.detail || 'Sign-in failed')); return; }
  state.token = body.token;
  state.user = body.user;
  sessionStorage.setItem('staff-token', body.token);
  sessionStorage.setItem('staff-user', body.user);
  sessionStorage.setItem('staff-hotel', body.hotelId || '');
  showError('[data-testid=sign-in-error]', null);
  enterDesk();
}

function signOut() {
  sessionStorage.clear();
  state.token = null;
  $('#desk').hidden = true;
  $('#whoami').hidden = true;
  $('#sign-in').hidden = false;
}

// The API acts only for the user's own hotel (the token's hotel_id); a user of every hotel (*) picks one.
function enterDesk() {
  const hotel = sessionStorage.getItem('staff-hotel');
  if (hotel && hotel !== '*') $('#hotel').value = hotel;
  $('#hotel').readOnly = Boolean(hotel) && hotel !== '*';
  $('#sign-in').hidden = true;
  $('#desk').hidden = false;
  $('#whoami').hidden = false;
  $('[data-testid=signed-in-user]').textContent = state.user;
  refreshConversations();
}

async function refreshConversations() {
  if (!state.token) return;
  const query = new URLSearchParams({ hotelId: $('#hotel').value });
  if ($('#handoff-filter').value) query.set('handoff', $('#handoff-filter').value);
  const list = await api('GET', `/api/conversations?${query}`);
  $('#conversation-list').replaceChildren(...list.map((c) => el('li', {
    class: [c.handoff, c.conversationId === state.selected ? 'selected' : ''].join(' '),
    testid: 'conversation-item', onclick: () => openConversation(c.conversationId),
  }, el('strong', {}, c.guestName || c.conversationId.split(':').pop()),
    el('small', {}, `${c.channel} · ${c.language || '?'} · ${c.task || 'no task'} · handoff ${c.handoff}`),
    el('small', {}, new Date(c.updatedAt).toLocaleString()))));
  if (state.selected) await openConversation(state.selected);
}

async function openConversation(id) {
  state.selected = id;
  const c = await api('GET', `/api/conversations/${encodeURIComponent(id)}`);
  $('#conversation').hidden = false;
  $('[data-testid=conversation-guest]').textContent = c.guestName || c.conversationId;
  $('[data-testid=conversation-channel]').textContent = c.channel;
  $('[data-testid=conversation-language]').textContent = c.language || '';
  $('[data-testid=conversation-task]').textContent = c.task || '—';
  $('[data-testid=conversation-handoff]').textContent = c.handoff;
  $('[data-testid=conversation-slots]').replaceChildren(...Object.entries(c.slots || {}).map(([key, value]) =>
    el('tr', { testid: `slot-${key}` }, el('td', {}, key), el('td', {}, typeof value === 'object' ? JSON.stringify(value) : String(value)))));
  $('[data-testid=conversation-turns]').replaceChildren(...c.turns.map((t) => el('li', { testid: 'turn' },
    el('div', { class: 'meta' }, `${new Date(t.at).toLocaleString()} · ${t.intent || ''} · ${t.language || ''}`),
    el('div', { class: 'guest' }, t.guestText || ''),
    t.reply ? el('div', { class: 'agent', testid: 'turn-reply' }, t.reply) : '')));
  $('#claim').disabled = c.handoff === 'claimed';
  $('#release').disabled = c.handoff === 'none';
}

async function act(action, body) {
  try {
    await api('POST', `/api/conversations/${encodeURIComponent(state.selected)}/${action}`, body);
    showError('[data-testid=conversation-error]', null);
    await refreshConversations();
  } catch (error) {
    showError('[data-testid=conversation-error]', error);
  }
}

async function refreshKnowledge() {
  const hotel = $('#hotel').value;
  const entries = await api('GET', `/api/hotels/${encodeURIComponent(hotel)}/knowledge`);
  $('[data-testid=knowledge-entries]').replaceChildren(...entries.map((entry) => {
    const text = el('textarea', { rows: 2, value: entry.answer, testid: `knowledge-${entry.topic}-${entry.language}` });
    const save = el('button', { type: 'button', textContent: 'Save', testid: `knowledge-save-${entry.topic}-${entry.language}` });
    save.onclick = async () => {
      await api('PUT', `/api/hotels/${encodeURIComponent(hotel)}/knowledge/${entry.topic}/${entry.language}`, { answer: text.value });
      save.textContent = 'Saved';
      setTimeout(() => { save.textContent = 'Save'; }, 1500);
    };
    return el('tr', {}, el('td', {}, entry.topic), el('td', {}, entry.language), el('td', {}, text), el('td', {}, save));
  }));
}

// Questions the hotel's answers did not cover: staff answer the guest, and may keep the answer for one topic.
const TOPICS = ['', 'address', 'parking', 'wifi', 'pets', 'breakfast', 'pool', 'gym', 'check_in_out',
  'payment_methods', 'policies'];

async function refreshTasks() {
  const hotel = $('#hotel').value;
  const tasks = await api('GET', `/api/hotels/${encodeURIComponent(hotel)}/tasks`);
  $('[data-testid=task-list]').replaceChildren(...tasks.map((task) => {
    const answer = el('textarea', { rows: 2, testid: `task-answer-${task.taskId}` });
    const topic = el('select', { testid: `task-topic-${task.taskId}` },
      ...TOPICS.map((name) => el('option', { value: name, textContent: name || '(not kept)' })));
    const send = el('button', { type: 'button', textContent: 'Send', testid: `task-send-${task.taskId}` });
    send.onclick = async () => {
      try {
        await api('POST', `/api/tasks/${task.taskId}/resolution`,
          { answer: answer.value, topic: topic.value || null });
        showError('[data-testid=task-error]', null);
        await refreshTasks();
      } catch (error) {
        showError('[data-testid=task-error]', error);
      }
    };
    return el('tr', {}, el('td', {}, new Date(task.createdAt).toLocaleString()), el('td', {}, task.language),
      el('td', {}, task.question), el('td', {}, answer), el('td', {}, topic), el('td', {}, send));
  }));
}

function showTab(name) {
  document.querySelectorAll('.tab').forEach((tab) => tab.classList.toggle('active', tab.dataset.tab === name));
  $('#conversations').hidden = name !== 'conversations';
  $('#knowledge').hidden = name !== 'knowledge';
  $('#tasks').hidden = name !== 'tasks';
  if (name === 'knowledge') refreshKnowledge();
  if (name === 'tasks') refreshTasks().catch((error) => showError('[data-testid=task-error]', error));
}

$('#sign-in').addEventListener('submit', signIn);
$('#sign-out').addEventListener('click', signOut);
$('#handoff-filter').addEventListener('change', refreshConversations);
$('#hotel').addEventListener('change', () => { state.selected = null; refreshConversations(); });
$('#claim').addEventListener('click', () => act('claim'));
$('#release').addEventListener('click', () => act('release'));
$('#staff-reply').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = event.target.elements.text.value.trim();
  if (text) act('reply', { text }).then(() => { event.target.reset(); });
});
document.querySelectorAll('.tab').forEach((tab) => tab.addEventListener('click', () => showTab(tab.dataset.tab)));
// The inbox follows new messages without a reload; a failed poll is shown by the next action, not in a loop.
setInterval(() => { if (state.token && !$('#conversations').hidden) refreshConversations().catch(() => {}); }, 4000);
if (state.token) enterDesk();
