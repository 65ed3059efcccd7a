/**
 * The phone page (/p): join with the class's code, cast a ballot, vote again until the close (as
 * the class's rule allows), keep the receipt (the ledger entry, its hash and a short code), and
 * after publication ask whether the published ledger holds the vote as cast. Plain DOM and
 * msg() only, so the script stays small; live status comes as Server-Sent Events. Its words are in
 * translations/phone/ (a catalogue of its own, a few KB, so the page stays small in Russian too).
 */
import { configureLocalization, msg, str } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.ts';
import * as russian from './generated/ru.ts';
import { ApiError, call, loadState, ownBallotProblems, saveState, serverBase, type PhoneState, type PublicStatus, type PublishedLedger, type Receipt } from './phone-api.ts';

type Child = Node | string | null | false;

function h(tag: string, attrs: Record<string, string | boolean | ((e: Event) => void)> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === 'function') el.addEventListener(k, v);
    else if (v === true) el.setAttribute(k, '');
    else if (v !== false) el.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== false) el.append(c);
  return el;
}

const params = new URLSearchParams(location.search);

/** The link's lang= (the teacher's QR code carries the Live tab's language), else the browser's. */
const phoneLanguage = (): 'en' | 'ru' => ((params.get('lang') ?? navigator.language).toLowerCase().startsWith('ru') ? 'ru' : 'en');
const { setLocale } = configureLocalization({ sourceLocale, targetLocales, loadLocale: () => Promise.resolve(russian) });
let code = (params.get('code') ?? '').toUpperCase();
let status: PublicStatus['election'] = null;
let phone: PhoneState | null = code ? loadState(code) : null;
let error = '';
let busy = false;
let offline = false;

const root = document.getElementById('phone')!;

function explain(err: unknown): string {
  if (err instanceof ApiError && err.message) return err.message;
  return msg('The classroom server cannot be reached. Check the Wi-Fi and try again.');
}

async function act(f: () => Promise<void>): Promise<void> {
  busy = true;
  error = '';
  render();
  try {
    await f();
  } catch (err) {
    error = explain(err);
  } finally {
    busy = false;
    render();
  }
}

function join(form: HTMLFormElement) {
  const data = new FormData(form);
  const typed = String(data.get('code') ?? code).trim().toUpperCase();
  const group = Number(data.get('group'));
  return act(async () => {
    const r = await call<{ token: string; group: number; checker: boolean; pseudonym: string }>('/api/join', { code: typed, group });
    code = typed;
    phone = { code, token: r.token, group: r.group, checker: r.checker, pseudonym: r.pseudonym, receipts: [] };
    saveState(phone);
  });
}

function cast(form: HTMLFormElement) {
  const picked = new FormData(form).get('choice');
  if (picked === null) {
    error = msg('Pick a candidate first.');
    render();
    return;
  }
  const choice = Number(picked);
  return act(async () => {
    const r = await call<{ token: string; receipt: Omit<Receipt, 'choice'> }>('/api/cast', { token: phone!.token, choice });
    phone = { ...phone!, token: r.token, receipts: [...phone!.receipts, { ...r.receipt, choice }] };
    saveState(phone);
  });
}

function check() {
  return act(async () => {
    // Two looks: the engine's verifier re-walks the hash chain against this phone's receipts (on the
    // server), and the phone reads the published ledger itself for its own pseudonym and choice.
    const r = await call<{ status: 'passed' | 'failed' | 'not-possible'; detail: string }>('/api/check', { token: phone!.token });
    const own = ownBallotProblems(await call<PublishedLedger>('/api/record'), phone!);
    const name = (k: number | undefined) => (k === undefined ? '?' : (status?.candidates[k] ?? '?'));
    const said = own.map((p) =>
      p.kind === 'missing'
        ? msg(str`entry ${p.index} of the published ledger is not your ballot`)
        : p.kind === 'changed'
          ? msg(str`entry ${p.index} holds a ballot for ${name(p.found)}, not ${name(phone!.receipts.at(-1)?.choice)}`)
          : msg(str`entry ${p.index} was cast in your name, not by this phone`),
    );
    const failed = r.status === 'failed' || own.length > 0;
    const detail = [...(r.status === 'failed' ? [r.detail] : []), ...said].join(' ') || r.detail;
    phone = { ...phone!, check: { status: failed ? 'failed' : r.status, detail } };
    saveState(phone);
  });
}

function receiptView(r: Receipt, last: boolean) {
  const name = status?.candidates[r.choice] ?? '?';
  return h(
    'section',
    { class: 'receipt', 'data-testid': 'receipt' },
    h('div', {}, last ? msg(str`Your receipt: ballot for ${name}`) : msg(str`An earlier ballot, for ${name} (superseded)`)),
    h('div', { class: 'code', 'data-testid': 'receipt-code' }, r.code),
    h('div', { class: 'note' }, msg(str`Ledger entry ${r.index}`)),
    h('div', { class: 'hash' }, r.hash),
  );
}

function joinView() {
  const groups = status?.groups ?? [];
  return h(
    'form',
    { 'data-testid': 'join-form', submit: (e: Event) => (e.preventDefault(), join(e.target as HTMLFormElement)) },
    h('label', { for: 'code' }, msg('Join code')),
    h('input', { type: 'text', id: 'code', name: 'code', value: code, autocomplete: 'off', autocapitalize: 'characters', required: true, 'data-testid': 'join-code' }),
    h('label', { for: 'group' }, msg('Your group')),
    h('select', { id: 'group', name: 'group', 'data-testid': 'join-group' }, ...groups.map((g) => h('option', { value: String(g.id) }, g.name))),
    h('button', { type: 'submit', disabled: busy || groups.length === 0, 'data-testid': 'join' }, msg('Join')),
  );
}

function ballotView() {
  const again = phone!.receipts.length > 0;
  if (again && status!.policy === 'none') return h('p', { 'data-testid': 'no-revote' }, msg('Your ballot is cast. This election allows no second ballot: your first one counts.'));
  return h(
    'form',
    { 'data-testid': 'ballot', submit: (e: Event) => (e.preventDefault(), cast(e.target as HTMLFormElement)) },
    h(
      'fieldset',
      {},
      h('legend', {}, again ? msg('Vote again (only your last ballot counts)') : msg('Your vote')),
      ...status!.candidates.map((name, k) => h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'choice', value: String(k), 'data-testid': `choice-${k}` }), name)),
    ),
    h('button', { type: 'submit', disabled: busy, 'data-testid': 'cast' }, again ? msg('Cast my new ballot') : msg('Cast my ballot')),
  );
}

function checkView() {
  const answer = phone!.check;
  return h(
    'div',
    {},
    phone!.checker ? h('p', { class: 'note', 'data-testid': 'asked-to-check' }, msg('You were picked to check your receipt: please do.')) : null,
    answer
      ? h(
          'p',
          { class: `answer ${answer.status}`, 'data-testid': 'check-answer', 'data-status': answer.status },
          answer.status === 'passed'
            ? msg('Yes: the published ledger holds your vote exactly as you cast it.')
            : answer.status === 'failed'
              ? msg(str`No: the published ledger does not hold your vote as you cast it. Tell your teacher. (${answer.detail})`)
              : msg(str`This cannot be checked: ${answer.detail}`),
        )
      : null,
    h('button', { type: 'button', disabled: busy, 'data-testid': 'check', click: () => check() }, answer ? msg('Check again') : msg('Check my receipt')),
  );
}

function render(): void {
  const parts: Child[] = [h('h1', {}, status ? status.name : msg('Class election'))];
  if (offline) parts.push(h('p', { class: 'error' }, msg('Connection to the classroom server lost; retrying…')));
  if (!status) parts.push(h('p', {}, msg('Waiting for the teacher to create the election…')));
  else if (!phone) parts.push(status.online ? joinView() : h('p', {}, msg('This election is on paper only: vote in your group’s box.')));
  else {
    const group = status.groups.find((g) => g.id === phone!.group);
    parts.push(h('p', { class: 'note', 'data-testid': 'joined' }, msg(str`You are in ${group?.name ?? '?'}.`)));
    if (status.phase === 'setup') parts.push(h('p', { 'data-testid': 'wait-open' }, msg('Voting has not opened yet.')));
    if (status.phase === 'open') parts.push(ballotView());
    if (status.phase === 'closed') parts.push(h('p', { 'data-testid': 'closed' }, msg('Voting is closed. The results come next.')));
    if (status.phase === 'published') parts.push(checkView());
    const receipts = phone.receipts;
    receipts
      .slice()
      .reverse()
      .forEach((r, i) => parts.push(receiptView(r, i === 0)));
    if (receipts.length === 0 && status.phase !== 'setup') parts.push(h('p', { class: 'note' }, msg('You have not voted.')));
  }
  if (error) parts.push(h('p', { class: 'error', role: 'alert', 'data-testid': 'phone-error' }, error));
  root.replaceChildren(...parts.filter((p): p is Node | string => p !== null && p !== false));
}

function listen(): void {
  const events = new EventSource(`${serverBase()}/api/events`);
  events.addEventListener('status', (e) => {
    offline = false;
    status = (JSON.parse((e as MessageEvent<string>).data) as PublicStatus).election;
    render();
  });
  events.onerror = () => {
    offline = true;
    render();
  };
}

const lang = phoneLanguage();
document.documentElement.lang = lang;
void setLocale(lang).then(() => {
  render();
  listen();
});
