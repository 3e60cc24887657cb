/**
 * Diagrams: what a Mermaid block in a page declares (id, title, description, steps), and the pure transforms
 * applied to the SVG that Mermaid renders. No DOM, no browser: the renderer lives in src/plugins/.
 *
 * A diagram block in a page:
 *
 *   ```mermaid id=cross-account
 *   flowchart LR
 *     accTitle: Copying an encrypted snapshot to another account
 *     accDescr: Account A shares a snapshot encrypted with its customer managed key; account B copies it.
 *     snapA[Snapshot in account A] --> share[Shared with account B]
 *     click snapA href "/kms/snapshot-copies/#copying-across-accounts"
 *     %% step snapA keyA snapA->keyA | Encrypt with a customer managed key | AWS managed keys cannot be shared.
 *   ```
 *
 * `accTitle` and `accDescr` are Mermaid's accessibility fields: they become the SVG's title and description,
 * and the figure's visible caption and description. `%% step` comments (ignored by Mermaid) declare a
 * step-through: the nodes and edges (`from->to`) to highlight, a short title and an explanation.
 */

export interface DiagramStep {
  /** Node ids and edges ("from->to") to highlight. */
  highlights: string[];
  title: string;
  text: string;
}

export interface DiagramDeclaration {
  id: string;
  title: string;
  description: string;
  steps: DiagramStep[];
}

export class DiagramSourceError extends Error {
  /** Line within the diagram source (1-based), when known. */
  readonly sourceLine: number | undefined;
  constructor(message: string, sourceLine?: number) {
    super(message);
    this.sourceLine = sourceLine;
  }
}

const DIAGRAM_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The public anchor of a diagram, e.g. #diagram-cross-account. */
export function diagramAnchor(id: string): string {
  return `diagram-${id}`;
}

/** The public anchor of a step (1-based), e.g. #diagram-cross-account-step-3. */
export function stepAnchor(id: string, step: number): string {
  return `${diagramAnchor(id)}-step-${step}`;
}

/** Reads `id=name` (quotes optional) from a code fence's meta string. */
export function diagramIdFromMeta(meta: string | null | undefined): string {
  const match = /(?:^|\s)id=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(meta ?? '');
  const id = match?.[1] ?? match?.[2] ?? match?.[3];
  if (!id) throw new DiagramSourceError('a mermaid block needs an id: write ```mermaid id=my-diagram');
  if (!DIAGRAM_ID.test(id)) throw new DiagramSourceError(`diagram id "${id}": use lower-case words joined by hyphens`);
  return id;
}

/** Reads the title, description and steps a diagram's source declares. */
export function parseDiagramSource(id: string, source: string): DiagramDeclaration {
  const lines = source.split('\n');
  let title: string | undefined;
  let description: string | undefined;
  const steps: DiagramStep[] = [];
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const lineNumber = index + 1;
    const acc = /^acc(Title|Descr)\s*:\s*(.+)$/.exec(line);
    if (acc) {
      if (acc[1] === 'Title') title = acc[2]!.trim();
      else description = acc[2]!.trim();
      return;
    }
    if (/^accDescr\s*\{/.test(line)) {
      throw new DiagramSourceError('write accDescr on one line (accDescr: …), so it can also be the visible description', lineNumber);
    }
    const step = /^%%\s*step\b(.*)$/.exec(line);
    if (step) steps.push(parseStep(step[1]!, lineNumber));
  });
  if (!title) throw new DiagramSourceError('add "accTitle: …": it is the diagram\'s caption and accessible name');
  if (!description) throw new DiagramSourceError('add "accDescr: …": it is the diagram\'s visible and accessible description');
  return { id, title, description, steps };
}

function parseStep(rest: string, lineNumber: number): DiagramStep {
  const parts = rest.split('|').map((part) => part.trim());
  if (parts.length !== 3 || !parts[0] || !parts[1] || !parts[2]) {
    throw new DiagramSourceError('write a step as "%% step nodeA nodeB nodeA->nodeB | Title | Explanation"', lineNumber);
  }
  return { highlights: parts[0].split(/[\s,]+/).filter(Boolean), title: parts[1], text: parts[2] };
}

/** The node ids and edges ("from->to") present in an annotated SVG. */
export function svgGraph(svg: string): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set([...svg.matchAll(/\sdata-node="([^"]+)"/g)].map((m) => m[1]!));
  const edges = new Set([...svg.matchAll(/\sdata-edge-from="([^"]+)" data-edge-to="([^"]+)"/g)].map((m) => `${m[1]}->${m[2]}`));
  return { nodes, edges };
}

/** Step highlights that name no node or edge of the diagram (a typo would silently highlight nothing). */
export function unknownHighlights(steps: readonly DiagramStep[], graph: { nodes: Set<string>; edges: Set<string> }): string[] {
  return steps.flatMap((step) => step.highlights).filter((item) => (item.includes('->') ? !graph.edges.has(item) : !graph.nodes.has(item)));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Makes Mermaid's SVG usable in a page: links become ordinary `href` links (keyboard and crawlers follow them),
 * and nodes and edges are marked with their Mermaid ids so steps can highlight them.
 * `prefix` is the id Mermaid rendered the diagram with (it prefixes every element id).
 */
export function annotateSvg(svg: string, prefix: string): string {
  const nodeId = new RegExp(`(<g class="node[^"]*" id="${escapeRegExp(prefix)}-flowchart-([^"]+)-\\d+")`, 'g');
  const underscored = [...svg.matchAll(nodeId)].map((m) => m[2]!).filter((id) => id.includes('_'));
  if (underscored.length > 0) {
    throw new DiagramSourceError(`node ids must not contain "_" (edges are named from_to): ${underscored.join(', ')}`);
  }
  return svg
    .replace(/<a xlink:href=/g, '<a class="diagram__link" href=')
    .replace(nodeId, '$1 data-node="$2"')
    .replace(/(data-id="L_([^_"]+)_([^_"]+)_\d+")/g, '$1 data-edge-from="$2" data-edge-to="$3"');
}

/** The visible words of a diagram (node and edge labels), for search: Pagefind does not index inside <svg>. */
export function svgLabels(svg: string): string[] {
  const withoutStyle = svg.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<(title|desc)\b[\s\S]*?<\/\1>/g, '');
  const texts = [...withoutStyle.matchAll(/>([^<>]+)</g)].map((m) => decodeXml(m[1]!).replace(/\s+/g, ' ').trim());
  return [...new Set(texts.filter((text) => text.length > 0))];
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Mermaid's parse errors say "Parse error on line N": the line within the diagram source. */
export function mermaidErrorLine(message: string): number | undefined {
  const match = /on line (\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}

/** Which diagram step a URL hash points at, e.g. "#diagram-cross-account-step-3". */
export function stepFromHash(hash: string): { diagram: string; step: number } | undefined {
  const match = /^#?diagram-([a-z0-9]+(?:-[a-z0-9]+)*?)-step-(\d+)$/.exec(hash);
  if (!match) return undefined;
  return { diagram: match[1]!, step: Number(match[2]) };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The figure a page shows: the caption and description, both theme variants (CSS shows the one matching
 * Starlight's theme, so the toggle switches at once with no re-render), and the steps as an ordered list that
 * works without JavaScript. The step and zoom controls start disabled; the browser script brings them to life.
 * The caption comes first: HTML allows a <figcaption> only as a figure's first or last child.
 */
export function diagramFigureHtml(diagram: DiagramDeclaration, svgs: { light: string; dark: string }): string {
  const labels = svgLabels(svgs.light).join(' · ');
  const steps = diagram.steps.length
    ? `<ol class="diagram__steps">${diagram.steps
        .map(
          (step, index) =>
            `<li id="${stepAnchor(diagram.id, index + 1)}" data-highlight="${escapeHtml(step.highlights.join(' '))}">` +
            `<strong class="diagram__step-title">${escapeHtml(step.title)}</strong> ` +
            `<span class="diagram__step-text">${escapeHtml(step.text)}</span></li>`,
        )
        .join('')}</ol>`
    : '';
  // Controls are in the HTML from the start, inert until the script enables them, so nothing moves when it runs.
  const toolbar =
    `<div class="diagram__toolbar"><button type="button" class="diagram__zoom-button" disabled ` +
    `aria-label="Open “${escapeHtml(diagram.title)}” full screen">Full screen</button></div>`;
  const stepper = diagram.steps.length
    ? `<div class="diagram__stepper" role="group" aria-label="Steps of the diagram: ${escapeHtml(diagram.title)}">` +
      `<button type="button" class="diagram__step-nav" data-step-previous disabled>Previous</button>` +
      `<p class="diagram__step-status" aria-live="polite">${diagram.steps.length} steps. Press Start to go through them.</p>` +
      `<button type="button" class="diagram__step-nav" data-step-next disabled>Start</button></div>`
    : '';
  return (
    `<figure class="diagram" id="${diagramAnchor(diagram.id)}" data-diagram="${diagram.id}" ` +
    `data-pagefind-index-attrs="data-diagram-labels" data-diagram-labels="${escapeHtml(labels)}">` +
    `<figcaption class="diagram__caption">${escapeHtml(diagram.title)}</figcaption>` +
    `<p class="diagram__description">${escapeHtml(diagram.description)}</p>` +
    toolbar +
    `<div class="diagram__canvas">` +
    `<div class="diagram__variant diagram__variant--light">${svgs.light}</div>` +
    `<div class="diagram__variant diagram__variant--dark" data-pagefind-ignore="all">${svgs.dark}</div>` +
    `</div>` +
    stepper +
    steps +
    `</figure>`
  );
}
