// Cuts a document's text at every mention and highlight boundary, so overlapping mentions and the highlighted
// span can all be shown: each piece knows the innermost mention covering it and whether it is highlighted.
// Pure (no DOM), so node --test checks it.

function validSpan(start, end, length) {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length;
}

/** The highlight span clipped to the text, or null when it is missing, empty or not a pair of offsets. */
export function clipSpan(span, length) {
  const start = Number.parseInt(span?.start, 10);
  const end = Number.parseInt(span?.end, 10);
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  const s = Math.max(0, start);
  const e = Math.min(length, end);
  return s < e ? { start: s, end: e } : null;
}

/**
 * Pieces {start, end, mention, highlight} covering 0..length in order. mention is the shortest mention covering the
 * piece (or null); mentions with offsets outside the text are ignored.
 */
export function segments(length, mentions, span) {
  const valid = (mentions ?? []).filter((m) => validSpan(m.start, m.end, length)).sort((a, b) => a.start - b.start);
  const highlight = clipSpan(span, length);
  const cuts = new Set([0, length]);
  for (const m of valid) cuts.add(m.start).add(m.end);
  if (highlight) cuts.add(highlight.start).add(highlight.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  let active = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    while (next < valid.length && valid[next].start <= start) active.push(valid[next++]);
    active = active.filter((m) => m.end > start);
    pieces.push({
      start,
      end,
      mention: innermost(active),
      highlight: !!highlight && highlight.start <= start && end <= highlight.end,
    });
  }
  return pieces;
}

function innermost(active) {
  let best = null;
  for (const m of active) {
    if (!best || m.end - m.start < best.end - best.start) best = m;
  }
  return best;
}

/** Consecutive items sharing key(item), as arrays: runs([1,1,2], x => x) → [[1,1],[2]]. */
export function runs(items, key) {
  const result = [];
  for (const item of items) {
    const last = result[result.length - 1];
    if (last && key(last[0]) === key(item)) last.push(item);
    else result.push([item]);
  }
  return result;
}
