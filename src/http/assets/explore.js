/* global cytoscape */
// The visual explorer: search (simplified, traditional or English), the neighbourhood drawn with cytoscape,
// click a node to expand it, and a side panel with properties, figures, rankings and evidence. Talks to /graphql.
'use strict';

(() => {
  const KINDS = {
    REGION: { label: 'Region 地区', color: '#4e79a7' },
    COMPANY: { label: 'Company 企业', color: '#f28e2b' },
    INSTITUTION: { label: 'Institution 机构', color: '#76b7b2' },
    PROJECT: { label: 'Project 项目', color: '#e15759' },
    INDUSTRIAL_CHAIN: { label: 'Industrial chain 产业链', color: '#59a14f' },
    POLICY: { label: 'Policy 政策', color: '#b07aa1' },
    INDICATOR: { label: 'Indicator 指标', color: '#c9a227' },
  };
  const FONT = 'Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif';

  const EVIDENCE = 'fragment Ev on Evidence { quote document { key title } }';
  const FIGURE = `fragment Obs on Observation {
    period kind growthPct note value { text } indicator { key name } subject { name } evidence { ...Ev } }`;
  const RANK = `fragment Rank on Ranking {
    period rank basis indicator { name } scope { name } subject { name } evidence { ...Ev } }`;

  const SEARCH = `query Suggest($q: String!) {
    search(query: $q, first: 8) { matched entity { id key name kind } }
  }`;
  const NEIGHBORHOOD = `query Around($of: String!) {
    neighborhood(of: $of, depth: 1, limit: 60) {
      nodes { id key name kind }
      edges { id type source target evidence { ...Ev } }
    }
  }
  ${EVIDENCE}`;
  const PANEL = `query Panel($key: String!) {
    entity(name: $key) {
      id key name nameEn kind aliases description
      ... on Region { level code parent { key name } observations(first: 500) { ...Obs } rankings(first: 500) { ...Rank } }
      ... on IndustrialChain { tier group { key name } observations(first: 500) { ...Obs } }
      ... on Indicator { unit observations(first: 500) { ...Obs } rankings(first: 500) { ...Rank } }
      ... on Project { status phase investment { text } capacity { text } }
      ... on Company { region { key name } }
      ... on Institution { region { key name } }
      ... on Policy {
        policyKind issuer { key name } targets(first: 500) { ...Obs }
        fundings(first: 500) { period amount { text } projectCount note evidence { ...Ev } }
      }
      mentions(first: 20) { totalCount edges { node { evidence { ...Ev } } } }
      neighbors(first: 100) { totalCount edges { relation direction node { key name kind } evidence { ...Ev } } }
    }
  }
  ${EVIDENCE}
  ${FIGURE}
  ${RANK}`;

  const $ = (id) => document.getElementById(id);
  const graphBox = $('graph');
  const panel = $('panel');
  const statusLine = $('status');
  const input = $('search');
  const list = $('suggestions');

  /** Builds an element; strings become text nodes, so nothing from the data is parsed as HTML. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name === 'style') Object.assign(node.style, value);
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat(Number.POSITIVE_INFINITY)) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  async function gql(query, variables) {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors && body.errors.length > 0) throw new Error(body.errors[0].message);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return body.data;
  }

  function setStatus(text, isError) {
    statusLine.textContent = text;
    statusLine.classList.toggle('error', Boolean(isError));
  }

  const kindBadge = (kind) =>
    el('span', { class: 'kind', style: { background: KINDS[kind]?.color || '#888' } }, kind.toLowerCase());

  // ---------------------------------------------------------------- graph

  const cy = cytoscape({
    container: graphBox,
    minZoom: 0.2,
    maxZoom: 1.6,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          label: 'data(label)',
          'font-family': FONT,
          'font-size': 11,
          color: '#1d2733',
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-overflow-wrap': 'anywhere',
          'text-max-width': 140,
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
          'text-background-padding': 1,
          width: 22,
          height: 22,
          'border-width': 1,
          'border-color': '#ffffff',
        },
      },
      { selector: 'node.center', style: { width: 34, height: 34, 'font-size': 13, 'font-weight': 'bold' } },
      { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1d2733' } },
      {
        selector: 'node:selected',
        style: { 'overlay-color': '#1f5fa8', 'overlay-opacity': 0.25, 'overlay-padding': 6 },
      },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#a9b4c2',
          'target-arrow-color': '#a9b4c2',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(type)',
          'font-family': FONT,
          'font-size': 8,
          color: '#5f6b7a',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
        },
      },
      { selector: 'edge:selected', style: { width: 3, 'line-color': '#1f5fa8', 'target-arrow-color': '#1f5fa8' } },
    ],
  });
  const expanded = new Set();

  function updateCounts() {
    graphBox.dataset.nodes = String(cy.nodes().length);
    graphBox.dataset.edges = String(cy.edges().length);
    setStatus(
      `${cy.nodes().length} nodes, ${cy.edges().length} edges · click a node to expand it, an edge for its evidence`,
    );
  }

  /** Adds the entity's neighbourhood to the graph (replacing the graph when reset) and lays it out. */
  async function drawAround(key, reset, origin) {
    setStatus(`Loading the neighbourhood of ${key}…`);
    const { neighborhood } = await gql(NEIGHBORHOOD, { of: key });
    if (reset) {
      cy.elements().remove();
      expanded.clear();
    }
    const at = origin ? origin.position() : undefined;
    for (const n of neighborhood.nodes) {
      if (cy.getElementById(n.id).length > 0) continue;
      const kind = KINDS[n.kind] || { color: '#888' };
      cy.add({
        group: 'nodes',
        data: { id: n.id, key: n.key, label: n.name, kind: n.kind, color: kind.color },
        position: at ? { x: at.x + (Math.random() - 0.5) * 80, y: at.y + (Math.random() - 0.5) * 80 } : undefined,
      });
    }
    for (const e of neighborhood.edges) {
      if (cy.getElementById(e.id).length > 0) continue;
      cy.add({
        group: 'edges',
        data: { id: e.id, source: e.source, target: e.target, type: e.type, evidence: e.evidence },
      });
    }
    const first = neighborhood.nodes[0];
    if (first) {
      const centre = cy.getElementById(first.id);
      centre.addClass('expanded');
      if (reset) centre.addClass('center');
      cy.nodes().unselect();
      centre.select();
    }
    expanded.add(key);
    cy.layout({
      name: 'cose',
      animate: false,
      randomize: reset,
      fit: true,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 90,
      nodeRepulsion: () => 12000,
    }).run();
    updateCounts();
  }

  cy.on('tap', 'node', (event) => {
    const node = event.target;
    const key = node.data('key');
    showEntity(key).catch(showError);
    if (!expanded.has(key)) drawAround(key, false, node).catch(showError);
  });
  cy.on('tap', 'edge', (event) => showEdge(event.target));

  // ---------------------------------------------------------------- panel

  function evidenceBlock(evidence) {
    return el(
      'div',
      { class: 'evidence' },
      evidence.map((e) =>
        el('div', {}, el('blockquote', { class: 'quote' }, e.quote), el('cite', {}, `— ${e.document.title}`)),
      ),
    );
  }

  const sourceCell = (evidence) =>
    el(
      'td',
      {},
      evidence.length > 0
        ? el(
            'details',
            {},
            el('summary', {}, `${evidence.length} quote${evidence.length > 1 ? 's' : ''}`),
            evidenceBlock(evidence),
          )
        : '',
    );

  const entityButton = (entity) =>
    el('button', { type: 'button', class: 'link', onclick: () => selectEntity(entity.key, entity.name) }, entity.name);

  function properties(e) {
    const rows = [
      ['Key', e.key],
      ['English name', e.nameEn],
      ['Also called', e.aliases && e.aliases.length > 0 ? e.aliases.join('、') : null],
      ['Level', e.level],
      ['Code', e.code],
      ['Tier', e.tier],
      ['Status', e.status],
      ['Phase', e.phase],
      ['Investment', e.investment?.text],
      ['Capacity', e.capacity?.text],
      ['Unit', e.unit],
      ['Policy kind', e.policyKind],
      ['Part of', e.parent ? entityButton(e.parent) : e.group ? entityButton(e.group) : null],
      ['Region', e.region ? entityButton(e.region) : null],
      ['Issued by', e.issuer ? entityButton(e.issuer) : null],
      ['Description', e.description],
    ].filter(([, value]) => value !== null && value !== undefined && value !== '');
    return el(
      'dl',
      { class: 'props' },
      rows.map(([name, value]) => [el('dt', {}, name), el('dd', {}, value)]),
    );
  }

  const byPeriodDesc = (a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0);

  function figuresTable(observations, isIndicator) {
    const sorted = [...observations].sort(byPeriodDesc);
    return el(
      'table',
      { class: 'figures' },
      el(
        'tr',
        {},
        ['Period', isIndicator ? 'Subject' : 'Indicator', 'Value', 'Growth', 'Kind', 'Source'].map((h) =>
          el('th', {}, h),
        ),
      ),
      sorted.map((o) =>
        el(
          'tr',
          {},
          el('td', { class: 'period' }, o.period),
          el('td', {}, isIndicator ? o.subject.name : o.indicator.name),
          el('td', { class: 'num' }, o.value ? o.value.text : ''),
          el('td', { class: 'num' }, o.growthPct === null ? '' : `${o.growthPct}%`),
          el('td', {}, o.kind.toLowerCase()),
          sourceCell(o.evidence),
        ),
      ),
    );
  }

  function rankingsTable(rankings, isIndicator) {
    const sorted = [...rankings].sort((a, b) => byPeriodDesc(a, b) || a.rank - b.rank);
    return el(
      'table',
      { class: 'rankings' },
      el(
        'tr',
        {},
        ['Period', isIndicator ? 'Subject' : 'Indicator', 'Rank', 'By', 'In', 'Source'].map((h) => el('th', {}, h)),
      ),
      sorted.map((r) =>
        el(
          'tr',
          {},
          el('td', { class: 'period' }, r.period),
          el('td', {}, isIndicator ? r.subject.name : r.indicator.name),
          el('td', { class: 'num' }, `#${r.rank}`),
          el('td', {}, r.basis.toLowerCase()),
          el('td', {}, r.scope.name),
          sourceCell(r.evidence),
        ),
      ),
    );
  }

  function fundingsTable(fundings) {
    return el(
      'table',
      { class: 'fundings' },
      el(
        'tr',
        {},
        ['Period', 'Amount', 'Projects', 'Source'].map((h) => el('th', {}, h)),
      ),
      fundings.map((f) =>
        el(
          'tr',
          {},
          el('td', { class: 'period' }, f.period || ''),
          el('td', { class: 'num' }, f.amount.text),
          el('td', { class: 'num' }, f.projectCount === null ? '' : String(f.projectCount)),
          sourceCell(f.evidence),
        ),
      ),
    );
  }

  function relationBlock(edge) {
    const arrow = edge.direction === 'OUT' ? `→ ${edge.relation} →` : `← ${edge.relation} ←`;
    return el(
      'div',
      { class: 'relation' },
      el('div', { class: 'head' }, `${arrow} `, entityButton(edge.node), ' ', kindBadge(edge.node.kind)),
      evidenceBlock(edge.evidence),
    );
  }

  // ---------------------------------------------------------------- a region's trend and league position

  const TREND = `query Trend($indicator: String!, $subject: String!) {
    series(indicator: $indicator, subject: $subject) {
      indicator { key name }
      unit
      points { period kind growthPct value { value unit } publishedAt revisions { differs publishedAt document { title } } }
    }
  }`;
  const LEAGUE = `query League($indicator: String!, $period: String!, $scope: String!, $basis: RankingBasis) {
    leagueTable(indicator: $indicator, period: $period, scope: $scope, basis: $basis) {
      scope { name }
      complete
      entries { name place { key } rank rankSource }
    }
  }`;

  /** The indicator to draw: the one with figures in the most periods (GDP first among equals). */
  function trendIndicator(observations) {
    const periods = new Map();
    for (const o of observations) {
      if (o.kind === 'TARGET') continue;
      const key = o.indicator.key;
      if (!periods.has(key)) periods.set(key, new Set());
      periods.get(key).add(o.period);
    }
    let best = null;
    for (const [key, set] of periods) {
      const score = set.size + (key === 'indicator/gdp' ? 0.5 : 0);
      if (!best || score > best.score) best = { key, score };
    }
    return best && best.score >= 1 ? best.key : null;
  }

  const SVG = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
    return node;
  }

  /** A sparkline of the series (growth where it has growth rates, else values); a red ring marks a revised point. */
  function sparkline(points, field) {
    const w = 260;
    const h = 56;
    const padX = 24;
    const padY = 8;
    const values = points.map((p) => (field === 'growth' ? p.growthPct : p.value?.value));
    const known = values.filter((v) => v !== null && v !== undefined);
    const lo = Math.min(...known);
    const hi = Math.max(...known);
    const x = (i) => (points.length === 1 ? w / 2 : padX + (i * (w - 2 * padX)) / (points.length - 1));
    const y = (v) => (hi === lo ? h / 2 : h - padY - ((v - lo) * (h - 2 * padY)) / (hi - lo));
    const box = svg('svg', { class: 'sparkline', width: w, height: h + 14, viewBox: `0 0 ${w} ${h + 14}` });
    const line = points.flatMap((_p, i) =>
      values[i] === null || values[i] === undefined ? [] : [`${x(i)},${y(values[i])}`],
    );
    box.append(svg('polyline', { points: line.join(' '), fill: 'none', stroke: '#1f5fa8', 'stroke-width': 2 }));
    points.forEach((p, i) => {
      if (values[i] === null || values[i] === undefined) return;
      const revised = p.revisions.some((r) => r.differs);
      const dot = svg('circle', {
        cx: x(i),
        cy: y(values[i]),
        r: revised ? 5 : 3.5,
        fill: p.kind === 'ESTIMATE' ? '#fff' : '#1f5fa8',
        stroke: revised ? '#e15759' : '#1f5fa8',
        'stroke-width': 2,
      });
      const title = svg('title', {});
      const figure = field === 'growth' ? `${values[i]}%` : `${values[i]} ${p.value.unit}`;
      const revisions = p.revisions.map((r) => `revision: ${r.document.title} (${r.publishedAt})`).join('\n');
      title.textContent = `${p.period}: ${figure} (${p.kind.toLowerCase()}, ${p.publishedAt})${revisions ? `\n${revisions}` : ''}`;
      dot.append(title);
      box.append(dot);
      const label = svg('text', { x: x(i), y: h + 12, 'text-anchor': 'middle', 'font-size': 9, fill: '#5f6b7a' });
      label.textContent = p.period;
      box.append(label);
    });
    return box;
  }

  /** Fills a region's panel section: the sparkline of its main indicator and its place in its parent's league table. */
  async function fillTrend(box, e) {
    const indicator = trendIndicator(e.observations || []);
    if (!indicator) {
      box.replaceChildren(el('p', { class: 'hint' }, 'No figures to draw a series from.'));
      return;
    }
    try {
      const { series } = await gql(TREND, { indicator, subject: e.key });
      const points = series.points;
      const growth = points.some((p) => p.growthPct !== null);
      const latest = points[points.length - 1];
      const parts = [
        el('h3', {}, `Trend: ${series.indicator.name} ${growth ? 'growth (%)' : `(${series.unit || ''})`}`),
        sparkline(points, growth ? 'growth' : 'value'),
      ];
      if (e.parent && latest) {
        const { leagueTable: t } = await gql(LEAGUE, {
          indicator,
          period: latest.period,
          scope: e.parent.key,
          basis: growth ? 'GROWTH' : 'LEVEL',
        });
        const mine = t.entries.find((x) => x.place && x.place.key === e.key);
        const position =
          mine && mine.rank !== null
            ? `#${mine.rank} of ${t.entries.length} in ${t.scope.name} (${mine.rankSource.toLowerCase()})`
            : `unranked among ${t.entries.length} places of ${t.scope.name}${t.complete ? '' : ' (not every place has a figure)'}`;
        parts.push(el('p', { class: 'league' }, `League position, ${latest.period}: ${position}`));
      }
      box.replaceChildren(...parts);
    } catch (error) {
      box.replaceChildren(el('p', { class: 'hint' }, `No trend: ${error.message}`));
    }
  }

  function showPanel(...children) {
    panel.replaceChildren(...children.flat(Number.POSITIVE_INFINITY).filter(Boolean));
    panel.scrollTop = 0;
  }

  async function showEntity(key) {
    showPanel(el('p', { class: 'hint' }, `Loading ${key}…`));
    const { entity: e } = await gql(PANEL, { key });
    if (!e) {
      showPanel(el('p', { class: 'hint' }, `Nothing is named ${key}.`));
      return;
    }
    const isIndicator = e.kind === 'INDICATOR';
    const figures = [...(e.observations || []), ...(e.targets || [])];
    const mentions = e.mentions.edges.map((m) => m.node.evidence);
    const trendBox =
      e.kind === 'REGION' ? el('div', { class: 'trend' }, el('p', { class: 'hint' }, 'Loading the trend…')) : null;
    if (trendBox) fillTrend(trendBox, e);
    showPanel(
      el('h2', { 'data-key': e.key }, e.name),
      kindBadge(e.kind),
      properties(e),
      trendBox,
      e.rankings &&
        e.rankings.length > 0 && [
          el('h3', {}, `Rankings (${e.rankings.length})`),
          rankingsTable(e.rankings, isIndicator),
        ],
      figures.length > 0 && [el('h3', {}, `Figures (${figures.length})`), figuresTable(figures, isIndicator)],
      e.fundings &&
        e.fundings.length > 0 && [el('h3', {}, `Fundings (${e.fundings.length})`), fundingsTable(e.fundings)],
      el('h3', {}, `Evidence: mentioned in the reports (${e.mentions.totalCount})`),
      mentions.length > 0 ? evidenceBlock(mentions) : el('p', { class: 'hint' }, 'No mention recorded.'),
      el('h3', {}, `Relationships (${e.neighbors.totalCount})`),
      e.neighbors.edges.length > 0
        ? e.neighbors.edges.map(relationBlock)
        : el('p', { class: 'hint' }, 'No relationship recorded.'),
    );
  }

  function showEdge(edge) {
    const source = edge.source();
    const target = edge.target();
    const entity = (node) => ({ key: node.data('key'), name: node.data('label') });
    showPanel(
      el('h2', {}, edge.data('type')),
      el(
        'p',
        { class: 'relation head' },
        entityButton(entity(source)),
        ` → ${edge.data('type')} → `,
        entityButton(entity(target)),
      ),
      el('h3', {}, `Evidence (${edge.data('evidence').length})`),
      evidenceBlock(edge.data('evidence')),
    );
  }

  function showError(error) {
    setStatus(error.message, true);
    showPanel(el('p', { class: 'hint error' }, error.message));
  }

  async function selectEntity(key, name) {
    if (name) input.value = name;
    hideSuggestions();
    if (window.location.hash !== `#${key}`) window.history.replaceState(null, '', `#${key}`);
    try {
      await Promise.all([drawAround(key, true), showEntity(key)]);
    } catch (error) {
      showError(error);
    }
  }

  // ---------------------------------------------------------------- search with suggestions

  let hits = [];
  let active = -1;
  let asked = 0;
  let timer;

  function hideSuggestions() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  }

  function renderSuggestions() {
    list.replaceChildren(
      ...hits.map((hit, i) =>
        el(
          'li',
          {
            role: 'option',
            id: `suggestion-${i}`,
            'aria-selected': i === active ? 'true' : 'false',
            onmousedown: (event) => {
              event.preventDefault();
              choose(i);
            },
          },
          kindBadge(hit.entity.kind),
          el('span', {}, hit.entity.name),
          hit.matched !== hit.entity.name ? el('span', { class: 'matched' }, hit.matched) : null,
        ),
      ),
    );
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
  }

  async function suggest() {
    const text = input.value.trim();
    const ticket = ++asked;
    if (text === '') {
      hits = [];
      hideSuggestions();
      return hits;
    }
    const { search } = await gql(SEARCH, { q: text });
    if (ticket !== asked) return hits;
    hits = search;
    active = -1;
    if (hits.length === 0) setStatus(`Nothing found for “${text}”.`);
    renderSuggestions();
    return hits;
  }

  function choose(i) {
    const hit = hits[i];
    if (hit) selectEntity(hit.entity.key, hit.entity.name);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => suggest().catch(showError), 180);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      renderSuggestions();
    } else if (event.key === 'Escape') {
      hideSuggestions();
    }
  });
  input.addEventListener('blur', () => setTimeout(hideSuggestions, 150));
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    if (active >= 0) choose(active);
    else
      suggest()
        .then(() => choose(0))
        .catch(showError);
  });

  // ---------------------------------------------------------------- legend, start

  $('legend').replaceChildren(
    ...Object.values(KINDS).map((k) =>
      el('div', {}, el('span', { class: 'dot', style: { background: k.color } }), k.label),
    ),
  );

  window.kgExplorer = { cy, selectEntity };
  const start = decodeURIComponent(window.location.hash.slice(1));
  if (start) selectEntity(start);
})();
