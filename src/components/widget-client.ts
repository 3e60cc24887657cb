/**
 * Browser side of a decision widget (see DecisionWidget.astro): reads the form, asks the widget's pure decide(),
 * renders the answer with DOM APIs only (never HTML strings), and keeps the inputs in the URL for sharing.
 */
import { parseWidgetParam, serializeWidgetParam } from '~/lib/widgets/url.ts';
import type { Answer, Field, Values, Widget } from '~/lib/widgets/types.ts';
import { copyLink } from './clipboard.ts';

type AnyWidget = Widget<never, string>;

function control(form: HTMLFormElement, field: Field) {
  return form.elements.namedItem(field.id);
}

function readForm(form: HTMLFormElement, fields: readonly Field[]): Values {
  const values: Values = {};
  for (const field of fields) {
    const element = control(form, field);
    if (field.kind === 'flag') values[field.id] = (element as HTMLInputElement).checked;
    else if (field.kind === 'number') {
      const number = Number((element as HTMLInputElement).value);
      values[field.id] = Number.isFinite(number) ? Math.min(field.max, Math.max(field.min, number)) : field.default;
    } else values[field.id] = (element as RadioNodeList | HTMLSelectElement).value || field.default;
  }
  return values;
}

function writeForm(form: HTMLFormElement, fields: readonly Field[], values: Values): void {
  for (const field of fields) {
    const element = control(form, field);
    const value = values[field.id];
    if (field.kind === 'flag') (element as HTMLInputElement).checked = Boolean(value);
    else (element as RadioNodeList | HTMLSelectElement | HTMLInputElement).value = String(value);
  }
}

function link(widget: AnyWidget, key: string): HTMLAnchorElement {
  const explanation = (widget.explanations as Record<string, { href: string; text: string }>)[key]!;
  const anchor = document.createElement('a');
  anchor.href = explanation.href;
  anchor.textContent = explanation.text;
  return anchor;
}

function renderAnswer(container: HTMLElement, widget: AnyWidget, answer: Answer): void {
  const list = document.createElement('dl');
  for (const line of answer.lines) {
    const term = document.createElement('dt');
    term.textContent = line.label;
    const detail = document.createElement('dd');
    const value = document.createElement('span');
    value.className = 'widget__value';
    value.textContent = line.value;
    detail.append(value, line.because ? ` — ${line.because} ` : ' ', link(widget, line.see));
    list.append(term, detail);
  }
  container.replaceChildren(list);
  if (answer.warnings.length > 0) {
    const warnings = document.createElement('ul');
    warnings.className = 'widget__warnings';
    for (const warning of answer.warnings) {
      const item = document.createElement('li');
      item.append(`Warning: ${warning.text} `, link(widget, warning.see));
      warnings.append(item);
    }
    container.append(warnings);
  }
}

/** The page URL with this widget's inputs in its own parameter, other parameters kept. */
function urlWith(widget: AnyWidget, values: Values, hash: string): string {
  const params = new URLSearchParams(location.search);
  params.delete(widget.id);
  const own = serializeWidgetParam(widget.fields, values);
  // Written by hand so ':' and ',' stay readable in chat; values are plain option names and numbers.
  const query = [params.toString(), own && `${widget.id}=${own}`].filter(Boolean).join('&');
  return `${location.pathname}${query ? `?${query}` : ''}${hash}`;
}

export function mountWidget(root: HTMLElement, widget: AnyWidget): void {
  const form = root.querySelector<HTMLFormElement>('.widget__form')!;
  const answer = root.querySelector<HTMLElement>('.widget__answer')!;
  const notices = root.querySelector<HTMLElement>('.widget__notices')!;
  const copied = root.querySelector<HTMLElement>('.widget__copied')!;
  const raw = new URLSearchParams(location.search).get(widget.id);
  const parsed = parseWidgetParam(widget.fields, raw);
  // Only a link's settings replace the form's values: otherwise keep what the page (or the reader) set.
  if (raw !== null) writeForm(form, widget.fields, parsed.values);
  if (parsed.notices.length > 0) {
    notices.textContent = `Some settings in the link could not be used. ${parsed.notices.join(' ')}`;
    notices.hidden = false;
  }

  const update = (writeUrl: boolean) => {
    const values = readForm(form, widget.fields);
    renderAnswer(answer, widget, widget.decide(values as never));
    if (writeUrl) history.replaceState(history.state, '', urlWith(widget, values, location.hash));
    copied.textContent = '';
    return values;
  };
  form.addEventListener('change', () => update(true));
  form.addEventListener('input', () => update(true));
  form.addEventListener('submit', (event) => event.preventDefault());

  root.querySelector<HTMLButtonElement>('.widget__copy')!.addEventListener('click', async () => {
    await copyLink(new URL(urlWith(widget, readForm(form, widget.fields), `#${widget.anchor}`), location.href).href, copied);
  });

  // The build rendered the default answer; a link's settings need the answer recomputed.
  root.querySelector<HTMLFieldSetElement>('.widget__controls')!.disabled = false;
  root.querySelector<HTMLButtonElement>('.widget__copy')!.disabled = false;
  if (raw !== null) update(false);
  if (raw !== null || location.hash === `#${widget.anchor}`) root.scrollIntoView({ block: 'start' });
}
