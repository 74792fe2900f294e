// Draws GET /api/alliances/{a}/chains/layout as SVG: the server laid it out with Eclipse ELK (boxes, orthogonal
// routes from provider to receiver, label places), so this file only draws. Text goes in through textContent only.

const SVG = 'http://www.w3.org/2000/svg';
const NAME_LINE = 196, NODE_PADDING = 10, LINE_HEIGHT = 18; // as the server sized the boxes (ChainLayout)

const TEXTS = {
  'zh-CN': {
    kinds: { SUPPLY: '供应', DISTRIBUTION: '分销', LONG_TERM_AGREEMENT: '长期协议', LABOR_SHARING: '劳务共享',
             TECHNICAL_SERVICE: '技术服务', OTHER: '其他' },
    picture: '合作链图',
    deals: (edge, kinds) => `${edge.fromName} → ${edge.toName}：${edge.deals} 笔合作，${kinds}`,
    truncated: l => `成员与合作较多，仅显示最大的 ${l.shownChains} 条链中的 ${l.shownMembers} 家成员、${l.shownEdges} 组合作`
                    + `（共 ${l.totalChains} 条链、${l.totalMembers} 家成员、${l.totalEdges} 组合作）。`
  },
  en: {
    kinds: { SUPPLY: 'supply', DISTRIBUTION: 'distribution', LONG_TERM_AGREEMENT: 'long-term agreement',
             LABOR_SHARING: 'labour sharing', TECHNICAL_SERVICE: 'technical service', OTHER: 'other' },
    picture: 'Cooperation chains',
    deals: (edge, kinds) => `${edge.fromName} → ${edge.toName}: ${edge.deals} deal(s), ${kinds}`,
    truncated: l => `Too large to draw whole: showing ${l.shownMembers} members and ${l.shownEdges} links of the `
                    + `top ${l.shownChains} chain(s), of ${l.totalMembers} members, ${l.totalEdges} links and `
                    + `${l.totalChains} chains.`
  }
};

// the language the server answers in unless told otherwise (it reads Accept-Language) until the page sets one
let texts = TEXTS[(navigator.languages?.[0] ?? navigator.language ?? '').startsWith('en') ? 'en' : 'zh-CN'];
/** Deal kinds by language, for the deals table too. */
export let KIND_LABELS = texts.kinds;

export function setLanguage(lang) {
  texts = TEXTS[lang] ?? TEXTS['zh-CN'];
  KIND_LABELS = texts.kinds;
}

function el(name, attributes = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pixels the server reckons a text takes: a CJK glyph is a full em, any other character 0.6 em. */
const wide = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uff60]/u;
const textWidth = (text, font) => [...text].reduce((sum, c) => sum + (wide.test(c) ? font : 0.6 * font), 0);

/** The name in at most two lines of the box's width, the second clipped with an ellipsis. */
function nameLines(name, font) {
  const lines = [''];
  for (const c of name) {
    const line = lines[lines.length - 1];
    if (textWidth(line + c, font) <= NAME_LINE || line === '') lines[lines.length - 1] = line + c;
    else if (lines.length < 2) lines.push(c);
    else {
      lines[1] = [...lines[1]].slice(0, -1).join('') + '…';
      break;
    }
  }
  return lines;
}

function drawNode(node, font) {
  const group = el('g', { class: 'node', 'data-id': node.id, transform: `translate(${node.x},${node.y})` });
  group.append(el('title', {}, `${node.name}\n${node.id}`));
  group.append(el('rect', { width: node.width, height: node.height, rx: 5 }));
  const text = el('text', { x: NODE_PADDING, y: NODE_PADDING - 2 + font, class: 'name', style: `font-size:${font}px` });
  nameLines(node.name, font).forEach((line, i) =>
    text.append(el('tspan', { x: NODE_PADDING, dy: i === 0 ? 0 : LINE_HEIGHT }, line)));
  group.append(text);
  return group;
}

function drawEdge(edge, font) {
  // coloured by its (first) kind, as the legend says
  const group = el('g', { class: `edge kind-${edge.kinds[0] ?? 'OTHER'}`, 'data-from': edge.from, 'data-to': edge.to });
  const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
  group.append(el('path', { d, 'marker-end': 'url(#arrow)' }));
  for (const label of edge.labels) {
    // squeezed or stretched to the width the layout reserved, so that no two labels can meet whatever the font
    group.append(el('text', { x: label.x + 3, y: label.y + label.height - 4, class: 'kind', textLength: label.width - 6,
                              lengthAdjust: 'spacingAndGlyphs', style: `font-size:${font}px` }, label.text));
  }
  const kinds = edge.kinds.map(kind => KIND_LABELS[kind] ?? kind).join(' · ');
  group.append(el('title', {}, texts.deals(edge, kinds)));
  return group;
}

/** The whole drawing for one answer of the layout endpoint: the picture, and a note when it shows a part only. */
export function drawLayout(layout) {
  const names = new Map(layout.nodes.map(node => [node.id, node.name]));
  const svg = el('svg', { width: Math.ceil(layout.width), height: Math.ceil(layout.height),
                          viewBox: `0 0 ${layout.width} ${layout.height}`, role: 'img', 'aria-label': texts.picture });
  const marker = el('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7,
                                markerHeight: 7, orient: 'auto-start-reverse', markerUnits: 'strokeWidth' });
  marker.append(el('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#5d6b7c' }));
  const defs = el('defs');
  defs.append(marker);
  svg.append(defs);
  for (const edge of layout.edges) {
    svg.append(drawEdge({ ...edge, fromName: names.get(edge.from), toName: names.get(edge.to) }, layout.labelFont));
  }
  for (const node of layout.nodes) svg.append(drawNode(node, layout.nameFont));
  const figure = document.createElement('div');
  figure.className = 'chain-picture';
  if (layout.truncated) {
    const note = document.createElement('p');
    note.className = 'truncated';
    note.textContent = texts.truncated(layout);
    figure.append(note);
  }
  figure.append(svg);
  return figure;
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
