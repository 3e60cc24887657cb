/**
 * Decision widgets: each is data first. A widget declares its inputs (fields), the explanations its answers
 * rest on (links into the site), and a decide() function that maps inputs to answer lines, usually by looking
 * the inputs up in a readable table. No DOM: the same module renders the form at build time and runs in the
 * browser (src/components/DecisionWidget.astro).
 */

export interface Choice<V extends string = string> {
  value: V;
  label: string;
}

export type Field =
  | { kind: 'choice'; id: string; label: string; options: readonly Choice[]; default: string; hint?: string }
  | { kind: 'flag'; id: string; label: string; default: boolean; hint?: string }
  | { kind: 'number'; id: string; label: string; default: number; min: number; max: number; step: number; hint?: string };

export type FieldValue = string | boolean | number;
export type Values = Record<string, FieldValue>;

/** A section of the site an answer rests on. The build's link check verifies every href. */
export interface Explanation {
  href: string;
  text: string;
}

export interface AnswerLine<K extends string = string> {
  label: string;
  value: string;
  because: string;
  /** Key into the widget's explanations. */
  see: K;
}

export interface Answer<K extends string = string> {
  lines: AnswerLine<K>[];
  warnings: { text: string; see: K }[];
}

export interface Widget<V extends Values = Values, K extends string = string> {
  /** URL parameter name, e.g. "acm" in /acm/?acm=use:alb. */
  id: string;
  /** Public anchor of the widget on its pages, e.g. "acm-placement". */
  anchor: string;
  title: string;
  intro: string;
  fields: readonly Field[];
  explanations: Record<K, Explanation>;
  decide(values: V): Answer<K>;
  /** What the page shows without JavaScript: the decision table in brief. */
  summary: { headers: readonly string[]; rows: readonly (readonly string[])[] };
}

/**
 * The name (and id) of a field's control on the page. Unique even with several widgets on one page, so radio
 * groups stay apart without a <form> (a widget has nothing to submit: its answer follows every input).
 */
export function controlName(widgetId: string, fieldId: string): string {
  return `${widgetId}-${fieldId}`;
}

/** Default values of a widget's fields. */
export function defaults(fields: readonly Field[]): Values {
  return Object.fromEntries(fields.map((field) => [field.id, field.default]));
}

/** Every combination of a widget's choice and flag inputs (numbers stay at their default), for tests. */
export function combinations(fields: readonly Field[]): Values[] {
  return fields.reduce<Values[]>(
    (all, field) => {
      const options: FieldValue[] =
        field.kind === 'choice' ? field.options.map((o) => o.value) : field.kind === 'flag' ? [false, true] : [field.default];
      return all.flatMap((values) => options.map((option) => ({ ...values, [field.id]: option })));
    },
    [{}],
  );
}
