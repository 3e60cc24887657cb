import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INITIAL_VIEW, MAX_SCALE, MIN_SCALE, panBy, viewTransform, zoomAt } from '../src/lib/zoom.ts';

test('zooming keeps the point under the cursor fixed', () => {
  const view = zoomAt(INITIAL_VIEW, 2, 100, 50);
  assert.deepEqual(view, { scale: 2, x: -100, y: -50 });
  // Content point (100, 50) is still drawn at screen (100, 50).
  assert.equal(100 * view.scale + view.x, 100);
  assert.equal(50 * view.scale + view.y, 50);
});

test('zoom is clamped at both ends, and zooming back returns to the start', () => {
  assert.equal(zoomAt(INITIAL_VIEW, 100, 0, 0).scale, MAX_SCALE);
  assert.equal(zoomAt(INITIAL_VIEW, 0.01, 0, 0).scale, MIN_SCALE);
  assert.deepEqual(zoomAt(zoomAt(INITIAL_VIEW, 2, 30, 40), 0.5, 30, 40), INITIAL_VIEW);
});

test('panning moves the offset, and the transform reads as CSS', () => {
  assert.equal(viewTransform(panBy(INITIAL_VIEW, 10, -5)), 'translate(10px, -5px) scale(1)');
});
