/**
 * Browser side of a decision widget (see DecisionWidget.astro): reads the inputs, asks the widget's pure decide(),
 * renders the answer with DOM APIs only (never HTML strings), and keeps the inputs in the URL for sharing.
 */
import { parseWidgetParam, serializeWidgetParam } from '~/lib/widgets/url.ts';
import { controlName, type Answer, type Field, type Values, type Widget } from '~/lib/widgets/types.ts';
import { copyLink } from './clipboard.ts';

type AnyWidget = Widget<never, string>;
type Control = HTMLInputElement | HTMLSelectElement;

/** A field's control, or its radio buttons (there is no <form> whose elements would group them). */
function controls(root: HTMLElement, widget: AnyWidget, field: Field): Control[] {
  return [...root.querySelectorAll<Control>(`[name="${controlName(widget.id, field.id)}"]`)];
}

/** The value of a select or input, or of a radio group's checked button. */
function valueOf(elements: Control[]): string {
  if (elements[0]?.type !== 'radio') return elements[0]?.value ?? '';
  return elements.find((radio) => (radio as HTMLInputElement).checked)?.value ?? '';
}

function readForm(root: HTMLElement, widget: AnyWidget): Values {
  const values: Values = {};
  for (const field of widget.fields) {
    const elements = controls(root, widget, field);
    if (field.kind === 'flag') values[field.id] = (elements[0] as HTMLInputElement).checked;
    else if (field.kind === 'number') {
      const number = Number(valueOf(elements));
      values[field.id] = Number.isFinite(number) ? Math.min(field.max, Math.max(field.min, number)) : field.default;
    } else values[field.id] = valueOf(elements) || field.default;
  }
  return values;
}

function writeForm(root: HTMLElement, widget: AnyWidget, values: Values): void {
  for (const field of widget.fields) {
    const value = values[field.id];
    for (const element of controls(root, widget, field)) {
      if (field.kind === 'flag') (element as HTMLInputElement).checked = Boolean(value);
      else if (element.type === 'radio') (element as HTMLInputElement).checked = element.value === String(value);
      else element.value = String(value);
    }
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
  const inputs = root.querySelector<HTMLElement>('.widget__form')!;
  const answer = root.querySelector<HTMLElement>('.widget__answer')!;
  const notices = root.querySelector<HTMLElement>('.widget__notices')!;
  const copied = root.querySelector<HTMLElement>('.widget__copied')!;
  const raw = new URLSearchParams(location.search).get(widget.id);
  const parsed = parseWidgetParam(widget.fields, raw);
  // Only a link's settings replace the form's values: otherwise keep what the page (or the reader) set.
  if (raw !== null) writeForm(root, widget, parsed.values);
  if (parsed.notices.length > 0) {
    notices.textContent = `Some settings in the link could not be used. ${parsed.notices.join(' ')}`;
    notices.hidden = false;
  }

  const update = (writeUrl: boolean) => {
    const values = readForm(root, widget);
    renderAnswer(answer, widget, widget.decide(values as never));
    if (writeUrl) history.replaceState(history.state, '', urlWith(widget, values, location.hash));
    copied.textContent = '';
    return values;
  };
  inputs.addEventListener('change', () => update(true));
  inputs.addEventListener('input', () => update(true));

  root.querySelector<HTMLButtonElement>('.widget__copy')!.addEventListener('click', async () => {
    await copyLink(new URL(urlWith(widget, readForm(root, widget), `#${widget.anchor}`), location.href).href, copied);
  });

  // The build rendered the default answer; a link's settings need the answer recomputed.
  root.querySelector<HTMLFieldSetElement>('.widget__controls')!.disabled = false;
  root.querySelector<HTMLButtonElement>('.widget__copy')!.disabled = false;
  if (raw !== null) update(false);
  if (raw !== null || location.hash === `#${widget.anchor}`) root.scrollIntoView({ block: 'start' });
}
