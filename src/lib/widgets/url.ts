/**
 * Widget inputs in the URL: ?acm=use:apigw-edge,region:eu-west-1. Parsed strictly against the widget's fields:
 * anything unknown or malformed falls back to the default, with a notice. Values are only ever compared with
 * the declared options, so nothing from the URL reaches the page as markup.
 */
import { defaults, type Field, type Values } from './types.ts';

export interface ParsedParam {
  values: Values;
  notices: string[];
}

const MAX_LENGTH = 500;

function show(text: string): string {
  const clean = text.replace(/[^\w .:/-]/g, '?');
  return clean.length > 30 ? `${clean.slice(0, 30)}…` : clean;
}

export function parseWidgetParam(fields: readonly Field[], raw: string | null): ParsedParam {
  const values = defaults(fields);
  const notices: string[] = [];
  if (!raw) return { values, notices };
  if (raw.length > MAX_LENGTH) return { values, notices: ['The link’s settings were too long and were ignored.'] };
  for (const pair of raw.split(',')) {
    if (!pair) continue;
    const separator = pair.indexOf(':');
    const key = separator < 0 ? pair : pair.slice(0, separator);
    const value = separator < 0 ? '' : pair.slice(separator + 1);
    const field = fields.find((f) => f.id === key);
    if (!field) {
      notices.push(`Ignored an unknown setting “${show(key)}”.`);
      continue;
    }
    if (field.kind === 'choice') {
      if (field.options.some((option) => option.value === value)) values[field.id] = value;
      else notices.push(`Ignored “${show(value)}” for ${field.label.toLowerCase()}: kept the default.`);
    } else if (field.kind === 'flag') {
      if (value === 'yes' || value === 'no') values[field.id] = value === 'yes';
      else notices.push(`Ignored “${show(value)}” for ${field.label.toLowerCase()}: use yes or no.`);
    } else {
      const number = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
      if (number >= field.min && number <= field.max) values[field.id] = number;
      else notices.push(`Ignored “${show(value)}” for ${field.label.toLowerCase()}: use a number from ${field.min} to ${field.max}.`);
    }
  }
  return { values, notices };
}

/** The URL parameter for these values; only values that differ from the defaults are written. */
export function serializeWidgetParam(fields: readonly Field[], values: Values): string {
  return fields
    .filter((field) => values[field.id] !== undefined && values[field.id] !== field.default)
    .map((field) => {
      const value = values[field.id]!;
      return `${field.id}:${typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)}`;
    })
    .join(',');
}
