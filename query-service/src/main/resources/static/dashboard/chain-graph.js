// Draws GET /api/alliances/{a}/chains as SVG: one block per chain, its tiers as columns from upstream (left)
// to downstream, members as boxes, deals as arrows labelled by kind. Text goes in through textContent only.

const SVG = 'http://www.w3.org/2000/svg';
const NODE_W = 200, NODE_H = 44, GAP_X = 120, GAP_Y = 16, BLOCK_GAP = 34, LABEL_H = 22, MARGIN = 12;
const NAME_CHARS = 14; // CJK glyphs that fit one line of a box
const INDUSTRY_CHARS = 30; // the same for the smaller Latin text below the name

const clip = (text, chars) => [...text].length > chars ? [...text].slice(0, chars - 1).join('') + '…' : text;

export const KIND_LABELS = {
  SUPPLY: 'supply', DISTRIBUTION: 'distribution', LONG_TERM_AGREEMENT: 'long-term agreement',
  LABOR_SHARING: 'labour sharing', TECHNICAL_SERVICE: 'technical service', OTHER: 'other'
};

function el(name, attributes = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Lays out boxes: x, y per member id, and the size of the drawing. Pure, so it is easy to reason about. */
export function layout(nodes) {
  const byChain = new Map();
  for (const node of nodes) {
    if (!byChain.has(node.chain)) byChain.set(node.chain, []);
    byChain.get(node.chain).push(node);
  }
  const positions = new Map(), blocks = [];
  let top = MARGIN, width = 0;
  for (const chain of [...byChain.keys()].sort((a, b) => a - b)) {
    const columns = [];
    for (const node of byChain.get(chain)) (columns[node.tier] ??= []).push(node);
    const tallest = Math.max(...columns.map(column => (column ?? []).length));
    columns.forEach((column = [], tier) => {
      column.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
      column.forEach((node, row) => positions.set(node.id, {
        x: MARGIN + tier * (NODE_W + GAP_X),
        y: top + LABEL_H + row * (NODE_H + GAP_Y) + (tallest - column.length) * (NODE_H + GAP_Y) / 2
      }));
    });
    blocks.push({ chain, top, tiers: columns.length, members: byChain.get(chain).length });
    width = Math.max(width, MARGIN * 2 + columns.length * NODE_W + (columns.length - 1) * GAP_X);
    top += LABEL_H + tallest * (NODE_H + GAP_Y) - GAP_Y + BLOCK_GAP;
  }
  return { positions, blocks, width, height: Math.max(top - BLOCK_GAP + MARGIN, 40) };
}

function nameLines(name) {
  const chars = [...name];
  if (chars.length <= NAME_CHARS) return [name];
  const second = chars.slice(NAME_CHARS);
  return [chars.slice(0, NAME_CHARS).join(''), clip(second.join(''), NAME_CHARS)];
}

function drawNode(node, { x, y }) {
  const group = el('g', { class: 'node', 'data-id': node.id, transform: `translate(${x},${y})` });
  group.append(el('title', {}, `${node.name}\n${node.id}${node.industry ? '\n' + node.industry : ''}`));
  group.append(el('rect', { width: NODE_W, height: NODE_H, rx: 5 }));
  const lines = nameLines(node.name);
  if (lines.length === 1) {
    group.append(el('text', { x: 8, y: 18, class: 'name' }, lines[0]));
    group.append(el('text', { x: 8, y: 35, class: 'industry' }, clip(node.industry ?? '', INDUSTRY_CHARS)));
  } else {
    const text = el('text', { x: 8, y: 18, class: 'name' });
    lines.forEach((line, i) => text.append(el('tspan', { x: 8, dy: i === 0 ? 0 : 17 }, line)));
    group.append(text);
  }
  return group;
}

function drawEdge(edge, from, to) {
  // coloured by its (first) kind, so that crossing edges stay apart where their labels meet
  const group = el('g', { class: `edge kind-${edge.kinds[0] ?? 'OTHER'}`, 'data-from': edge.from, 'data-to': edge.to });
  let d, labelX, labelY;
  if (to.x > from.x) { // downstream: from the right side to the left side of the next columns
    const x1 = from.x + NODE_W, y1 = from.y + NODE_H / 2, x2 = to.x - 2, y2 = to.y + NODE_H / 2;
    const bend = (x2 - x1) / 2;
    d = `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`;
    labelX = (x1 + x2) / 2; labelY = (y1 + y2) / 2 - 4;
  } else { // within a tier (a cycle collapsed into it) or back upstream: an arc over the top
    const x1 = from.x + NODE_W / 2, y1 = from.y, x2 = to.x + NODE_W / 2 + 6, y2 = to.y - 2;
    const lift = 26 + Math.abs(y2 - y1) / 4;
    d = `M${x1},${y1} C${x1 + 40},${Math.min(y1, y2) - lift} ${x2 + 40},${Math.min(y1, y2) - lift} ${x2},${y2}`;
    labelX = (x1 + x2) / 2 + 40; labelY = Math.min(y1, y2) - lift * 0.75;
  }
  group.append(el('path', { d, 'marker-end': 'url(#arrow)' }));
  const kinds = edge.kinds.map(kind => KIND_LABELS[kind] ?? kind).join(' · ');
  group.append(el('text', { x: labelX, y: labelY, 'text-anchor': 'middle', class: 'kind' },
                  edge.deals > 1 ? `${kinds} ×${edge.deals}` : kinds));
  group.append(el('title', {}, `${edge.from} → ${edge.to}: ${edge.deals} deal(s), ${kinds}`));
  return group;
}

/** The whole drawing for one answer of the chains endpoint. */
export function drawChains({ nodes, edges }) {
  const { positions, blocks, width, height } = layout(nodes);
  const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
                          'aria-label': 'Cooperation chains' });
  const marker = el('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7,
                                markerHeight: 7, orient: 'auto-start-reverse' });
  marker.append(el('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#8a96a6' }));
  const defs = el('defs');
  defs.append(marker);
  svg.append(defs);
  for (const block of blocks) {
    svg.append(el('text', { x: MARGIN, y: block.top + 13, class: 'chain-label' },
                  `Chain ${block.chain + 1} · ${block.members} members`));
    for (let tier = 0; tier < block.tiers; tier++) {
      svg.append(el('text', { x: MARGIN + tier * (NODE_W + GAP_X) + NODE_W - 4, y: block.top + 13,
                              'text-anchor': 'end', class: 'tier-label' }, `tier ${tier + 1}`));
    }
  }
  for (const edge of edges) {
    const from = positions.get(edge.from), to = positions.get(edge.to);
    if (from && to) svg.append(drawEdge(edge, from, to));
  }
  for (const node of nodes) svg.append(drawNode(node, positions.get(node.id)));
  return svg;
}

/** Which colour stands for which kind of deal, for the kinds the drawing shows. */
export function legend(edges) {
  const kinds = [...new Set(edges.flatMap(edge => edge.kinds.slice(0, 1)))].sort();
  const box = document.createElement('div');
  box.className = 'legend';
  for (const kind of kinds) {
    const entry = document.createElement('span');
    entry.className = `kind-${kind}`;
    entry.textContent = KIND_LABELS[kind] ?? kind;
    box.append(entry);
  }
  return box;
}
