/**
 * Every page in dist/ is valid HTML by html-validate with the project's configuration (.htmlvalidate.mjs, where
 * each relaxed rule says why). A failure lists every error as file:line:column rule message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { distPages } from '../src/plugins/dist-pages.ts';

const files = existsSync('dist') ? distPages('dist').map(({ file }) => resolve(file)) : [];
const ERROR = 2;

test('every page in dist/ is valid HTML (html-validate, .htmlvalidate.mjs)', { skip: files.length === 0 && 'run npm run build first' }, async () => {
  // The loader finds .htmlvalidate.mjs from each file's directory upward, as the html-validate CLI does.
  const report = await new HtmlValidate(new FileSystemConfigLoader()).validateMultipleFiles(files);
  const errors = report.results.flatMap(({ filePath, messages }) =>
    messages
      .filter((message) => message.severity === ERROR)
      .map((message) => `${relative('.', filePath)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`),
  );
  assert.deepEqual(errors, [], `${errors.length} HTML error(s) in dist/:\n${errors.join('\n')}`);
});
