import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  annotateSvg, diagramFigureHtml, diagramIdFromMeta, mermaidErrorLine, parseDiagramSource, stepAnchor, stepFromHash,
  svgGraph, svgLabels, unknownHighlights,
} from '../src/lib/diagrams.ts';

const source = `flowchart LR
  accTitle: Copy across accounts
  accDescr: Account A shares, account B copies.
  snapA[Snapshot] -->|share| copyB[Copy]
  click snapA href "/kms/"
  %% step snapA | Encrypt | Use a customer managed key.
  %% step snapA->copyB, copyB | Copy | Re-encrypt with your own key.`;

// Shapes as Mermaid 12 renders them (trimmed).
const svg = `<svg id="x-light"><title id="t">Copy across accounts</title><desc id="d">Account A shares</desc><style>#x-light{fill:red}</style>
<path id="x-light-L_snapA_copyB_0" data-id="L_snapA_copyB_0"></path>
<g class="label" data-id="L_snapA_copyB_0"><text><tspan>share</tspan></text></g>
<a xlink:href="/kms/"><g class="node default clickable" id="x-light-flowchart-snapA-0"><p>Snapshot</p></g></a>
<g class="node default" id="x-light-flowchart-copyB-1"><p>Copy &amp; re-encrypt</p></g></svg>`;

test('the fence meta names the diagram; a missing or malformed id is an error', () => {
  assert.equal(diagramIdFromMeta('id=cross-account'), 'cross-account');
  assert.equal(diagramIdFromMeta('title="x" id="cross-region"'), 'cross-region');
  assert.throws(() => diagramIdFromMeta(''), /needs an id/);
  assert.throws(() => diagramIdFromMeta('id=Cross_Account'), /lower-case/);
});

test('title, description and steps come from accTitle, accDescr and %% step lines', () => {
  const diagram = parseDiagramSource('x', source);
  assert.equal(diagram.title, 'Copy across accounts');
  assert.equal(diagram.description, 'Account A shares, account B copies.');
  assert.deepEqual(diagram.steps, [
    { highlights: ['snapA'], title: 'Encrypt', text: 'Use a customer managed key.' },
    { highlights: ['snapA->copyB', 'copyB'], title: 'Copy', text: 'Re-encrypt with your own key.' },
  ]);
});

test('missing accessibility fields and malformed steps are reported with their line', () => {
  assert.throws(() => parseDiagramSource('x', 'flowchart LR\n  accDescr: d\n  a --> b'), /accTitle/);
  assert.throws(() => parseDiagramSource('x', 'flowchart LR\n  accTitle: t\n  a --> b'), /accDescr/);
  assert.throws(() => parseDiagramSource('x', 'flowchart LR\n accTitle: t\n accDescr: d\n %% step a | no text'), (error: Error & { sourceLine?: number }) => error.sourceLine === 4);
});

test('annotateSvg turns xlink links into href links and marks nodes and edges', () => {
  const annotated = annotateSvg(svg, 'x-light');
  assert.match(annotated, /<a class="diagram__link" href="\/kms\/">/);
  assert.doesNotMatch(annotated, /xlink:href/);
  assert.deepEqual(svgGraph(annotated), { nodes: new Set(['snapA', 'copyB']), edges: new Set(['snapA->copyB']) });
  assert.equal((annotated.match(/data-edge-from="snapA" data-edge-to="copyB"/g) ?? []).length, 2, 'edge path and its label');
});

test('node ids with underscores are refused: edge ids could not be read back', () => {
  assert.throws(() => annotateSvg('<g class="node default" id="p-flowchart-snap_a-0">', 'p'), /snap_a/);
});

test('steps that name unknown nodes or edges are caught', () => {
  const graph = svgGraph(annotateSvg(svg, 'x-light'));
  const steps = [{ highlights: ['snapA', 'snapB', 'copyB->snapA'], title: 't', text: 'x' }];
  assert.deepEqual(unknownHighlights(steps, graph), ['snapB', 'copyB->snapA']);
});

test('svgLabels lists the visible words once, without styles, title or description', () => {
  assert.deepEqual(svgLabels(svg), ['share', 'Snapshot', 'Copy & re-encrypt']);
});

test('Mermaid error lines and step hashes are read back', () => {
  assert.equal(mermaidErrorLine('Parse error on line 3:\n...'), 3);
  assert.equal(mermaidErrorLine('No diagram type detected'), undefined);
  assert.deepEqual(stepFromHash(`#${stepAnchor('cross-account', 3)}`), { diagram: 'cross-account', step: 3 });
  assert.equal(stepFromHash('#diagram-cross-account'), undefined);
});

test('the figure has both theme variants, the caption, the description and the step list with stable ids', () => {
  const diagram = parseDiagramSource('x', source);
  const html = diagramFigureHtml(diagram, { light: annotateSvg(svg, 'x-light'), dark: '<svg id="x-dark"></svg>' });
  assert.match(html, /^<figure class="diagram" id="diagram-x"/);
  assert.match(html, /data-diagram-labels="share · Snapshot · Copy &amp; re-encrypt"/);
  assert.match(html, /diagram__variant--dark" data-pagefind-ignore="all"><svg id="x-dark">/);
  // First child: HTML allows a figcaption only first or last in its figure.
  assert.match(html, /^<figure [^>]*><figcaption class="diagram__caption">Copy across accounts<\/figcaption>/);
  assert.match(html, /<li id="diagram-x-step-2" data-highlight="snapA-&gt;copyB copyB">/);
});
