/**
 * What makes a widget's configuration invalid, found before a reader could meet it: the build refuses such a
 * widget (src/components/DecisionWidget.astro) and the unit tests hold every widget to it.
 */
import { combinations, type Values, type Widget } from './types.ts';

const SAFE_IN_URL = /^[a-z0-9.-]+$/;
const ANCHOR = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const EXPLANATION_HREF = /^\/[a-z0-9\-/]*\/#[a-z0-9-]+$/;

/** Every problem with the widget's fields, explanations, summary and answers; empty when it is valid. */
export function widgetProblems(widget: Widget<Values, string>): string[] {
  const problems: string[] = [];
  const ids = widget.fields.map((field) => field.id);
  for (const id of ids.filter((id, i) => ids.indexOf(id) !== i)) problems.push(`field id "${id}" is used twice`);
  if (!ANCHOR.test(widget.anchor)) problems.push(`anchor "${widget.anchor}" is not lowercase words joined by hyphens`);
  for (const field of widget.fields) {
    if (field.kind === 'choice') {
      if (!field.options.some((o) => o.value === field.default)) problems.push(`field "${field.id}": default "${field.default}" is not one of its options`);
      for (const o of field.options.filter((o) => !SAFE_IN_URL.test(o.value))) problems.push(`field "${field.id}": option "${o.value}" is not safe in a URL (a-z, 0-9, . and -)`);
    }
    if (field.kind === 'number' && !(field.min <= field.default && field.default <= field.max)) {
      problems.push(`field "${field.id}": default ${field.default} is outside ${field.min}–${field.max}`);
    }
  }
  for (const [key, e] of Object.entries(widget.explanations)) {
    if (!EXPLANATION_HREF.test(e.href)) problems.push(`explanation "${key}": href "${e.href}" is not a site path with an anchor`);
  }
  for (const row of widget.summary.rows.filter((r) => r.length !== widget.summary.headers.length)) {
    problems.push(`summary row "${row[0]}" has ${row.length} cells for ${widget.summary.headers.length} headers`);
  }
  if (problems.length > 0) return problems;
  for (const inputs of combinations(widget.fields)) {
    const where = `for ${JSON.stringify(inputs)}`;
    try {
      const answer = widget.decide(inputs);
      if (answer.lines.length === 0) problems.push(`no answer ${where}`);
      for (const l of answer.lines.filter((l) => !l.label || !l.value)) problems.push(`an answer line without label or value ${where}: ${JSON.stringify(l)}`);
      for (const item of [...answer.lines, ...answer.warnings].filter((item) => !(item.see in widget.explanations))) {
        problems.push(`unknown explanation "${item.see}" ${where}`);
      }
    } catch (error) {
      problems.push(`decide() throws ${where}: ${(error as Error).message}`);
    }
    if (problems.length >= 5) break;
  }
  return problems;
}
