/**
 * Link-preview images (1200×630 PNG) rendered at build time, offline: satori lays out the card with a local font
 * from @fontsource/inter, resvg rasterises it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) => readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
const fonts = [
  { name: 'Inter', data: font(400), weight: 400 as const, style: 'normal' as const },
  { name: 'Inter', data: font(700), weight: 700 as const, style: 'normal' as const },
];

export const OG_SIZE = { width: 1200, height: 630 } as const;

type Node = { type: string; props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string | undefined } };
const el = (type: string, style: Record<string, string | number>, children?: Node['props']['children']): Node => ({ type, props: { style, children } });

export async function renderOgImage(card: { title: string; group: string }): Promise<Buffer> {
  const tree = el('div', { width: OG_SIZE.width, height: OG_SIZE.height, display: 'flex', flexDirection: 'column', justifyContent: 'flex-start', gap: 150, padding: 64, background: '#232f3e', color: '#ffffff', fontFamily: 'Inter' }, [
    el('div', { display: 'flex', alignItems: 'center', gap: 20, fontSize: 30, color: '#ff9900', fontWeight: 700 }, [
      el('div', { width: 44, height: 52, background: '#ff9900', borderRadius: '8px 8px 22px 22px' }),
      'AWS Security Field Guide',
    ]),
    el('div', { display: 'flex', flexDirection: 'column', gap: 16, width: OG_SIZE.width - 128 }, [
      el('div', { display: 'flex', fontSize: 26, color: '#c6d0dc', textTransform: 'uppercase', letterSpacing: 2 }, card.group),
      el('div', { display: 'flex', width: '100%', fontSize: card.title.length > 40 ? 52 : 64, fontWeight: 700 }, card.title),
    ]),
  ]);
  const svg = await satori(tree as never, { ...OG_SIZE, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_SIZE.width } }).render().asPng();
}
