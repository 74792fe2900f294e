// The figures' charts, drawn by Apache ECharts (the webjar's echarts.min.js, loaded before the modules). A
// figure the API hides is null and stays a gap: nothing on the page works out a hidden number.
import { t, language, cny, percent } from './i18n.js';

const PALETTE = ['#3b5b92', '#2e7d32', '#8e24aa', '#c25400', '#00727d', '#b3261e', '#5d4037', '#546e7a', '#7b6d00',
                 '#ad1457', '#283593', '#00695c'];
const charts = new Set();

/** In 亿元 for Chinese readers, in billion CNY for English ones: the axis's unit. */
const unit = () => language() === 'en' ? { divisor: 1e9, name: 'billion CNY' } : { divisor: 1e8, name: '亿元' };
const scaled = value => value === null || value === undefined ? null : Number(value) / unit().divisor;

function chart(box) {
  if (!window.echarts) {
    box.textContent = 'ECharts?';
    return null;
  }
  const instance = window.echarts.init(box, null, { renderer: 'svg' });
  charts.add(instance);
  return instance;
}

export function disposeCharts(container) {
  for (const instance of [...charts]) {
    if (container.contains(instance.getDom())) {
      instance.dispose();
      charts.delete(instance);
    }
  }
}

addEventListener('resize', () => charts.forEach(instance => instance.resize()));

const base = {
  animation: false, color: PALETTE, textStyle: { fontFamily: 'inherit', color: '#1d2733' },
  grid: { left: 8, right: 16, top: 64, bottom: 8, containLabel: true },
  legend: { type: 'scroll', top: 0, textStyle: { color: '#1d2733' } },
};

/** Each member's revenue by year as bars, the total as a line (a suppressed total or a confidential figure: a gap). */
export function revenueChart(box, sheets) {
  const instance = chart(box);
  if (!instance) return;
  const years = sheets.map(sheet => String(sheet.year));
  const members = new Map();
  sheets.forEach((sheet, index) => sheet.members.forEach(member => {
    if (!members.has(member.id)) members.set(member.id, { name: member.name, data: years.map(() => null) });
    members.get(member.id).data[index] = member.confidential ? null : scaled(member.revenueCny);
  }));
  instance.setOption({
    ...base,
    tooltip: { trigger: 'axis', valueFormatter: value => value === null || value === undefined ? t('confidential')
      : cny(value * unit().divisor) },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', name: unit().name, nameTextStyle: { align: 'left' } },
    series: [
      ...[...members.values()].map(member => ({ type: 'bar', name: member.name, data: member.data })),
      { type: 'line', name: t('total'), data: sheets.map(sheet => scaled(sheet.total.revenueCny)),
        symbolSize: 8, lineStyle: { width: 3, color: '#1d2733' }, itemStyle: { color: '#1d2733' } }],
  });
}

/** The like-for-like growth of the year shown and each member's, in percent as the API rounds them. */
export function growthChart(box, sheet) {
  const instance = chart(box);
  if (!instance) return;
  const bars = [{ name: t('likeForLike'), value: sheet.likeForLike?.growthPercent ?? null, total: true },
    ...sheet.members.map(member => ({ name: member.name, value: member.growthPercent ?? null }))];
  instance.setOption({
    ...base,
    legend: { show: false },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: value => value === null || value === undefined ? t('confidential')
      : percent(value) },
    xAxis: { type: 'category', data: bars.map(bar => bar.name), axisLabel: { rotate: 35, interval: 0 } },
    yAxis: { type: 'value', name: '%' },
    series: [{ type: 'bar', name: t('growth'), data: bars.map(bar => ({
      value: bar.value === null ? null : Number(bar.value),
      itemStyle: { color: bar.total ? '#b3261e' : '#3b5b92' } })),
      label: { show: true, position: 'top', formatter: params => percent(params.value) ?? '' } }],
  });
}
