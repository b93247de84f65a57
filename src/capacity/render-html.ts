/**
 * A capacity plan as one self-contained HTML page: a utilisation bar per constraint with its
 * headroom limit marked and the binding constraint in its own colour, the explanation, the cost
 * breakdown, and the other figures. No script, no external file: the page opens from a CI
 * artifact as it is.
 */
import type { CapacityPlan } from './types.js';
import { capacityText, formatDemand } from './explain.js';
import { formatBytes, formatRate, formatUsd } from './units.js';

/** Bar geometry and colours; the browser test checks the screenshot against them. */
export const HTML_BAR = {
  /** Width of a bar's track, CSS px. */
  width: 480,
  /** Height of a bar, CSS px. */
  height: 18,
  /** The binding constraint's fill. */
  binding: [214, 39, 40],
  /** Every other constraint's fill. */
  other: [31, 119, 180],
  /** The empty part of the track. */
  track: [230, 230, 230],
  /** The headroom limit marker. */
  limit: [0, 0, 0],
} as const;

const rgb = (c: readonly number[]) => `rgb(${c.join(', ')})`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const usd = (n: number) => formatUsd(n, 'cents');
/** A share as a CSS width, clamped to the track. */
const width = (share: number) => `${(Math.min(1, Math.max(0, share)) * 100).toFixed(3)}%`;

function title(plan: CapacityPlan): string {
  const binding = plan.constraints.find((c) => c.name === plan.binding)!;
  return `${plan.brokers} broker${plan.brokers === 1 ? '' : 's'} (${binding.label} decides)`;
}

function constraintBars(plan: CapacityPlan): string {
  return plan.constraints
    .map((c) => {
      const binding = c.name === plan.binding;
      const over = c.utilizationAtPlan > 1 ? ' (over: the bar is full)' : '';
      return `<div class="row${binding ? ' binding' : ''}" data-constraint="${c.name}" data-utilization="${c.utilizationAtPlan}">
  <div class="label">${escapeHtml(c.label)}${binding ? ' <span class="badge">decides</span>' : ''}</div>
  <div class="track"><div class="fill" style="width: ${width(c.utilizationAtPlan)}"></div>${c.headroom < 1 ? `<div class="limit" style="left: ${width(c.headroom)}" title="headroom ${pct(c.headroom)}"></div>` : ''}</div>
  <div class="figures">${pct(c.utilizationAtPlan)} used${over} · ${c.brokersNeeded} broker${c.brokersNeeded === 1 ? '' : 's'} needed · ${escapeHtml(formatDemand(c, c.demand))} against ${escapeHtml(capacityText(c))} per broker</div>
</div>`;
    })
    .join('\n');
}

function costSection(plan: CapacityPlan): string {
  const cost = plan.cost;
  if (!cost) return '';
  const rows = cost.lines
    .map((l) => `<tr data-cost="${escapeHtml(l.item)}"><td>${escapeHtml(l.item)}</td><td class="num">${usd(l.monthly)}</td><td><div class="share" style="width: ${width(cost.monthly > 0 ? l.monthly / cost.monthly : 0)}"></div></td><td>${escapeHtml(l.basis)}</td></tr>`)
    .join('\n');
  const lever = cost.followerFetchingSaves ? `<p>Follower fetching (KIP-392: <code>client.rack</code> on consumers, <code>replica.selector.class=org.apache.kafka.common.replica.RackAwareReplicaSelector</code> on brokers) would save ${usd(cost.followerFetchingSaves)} a month.</p>` : '';
  return `<section id="cost"><h2>Cost: ${usd(cost.monthly)} a month</h2>
<table><thead><tr><th>Item</th><th>USD a month</th><th>Share</th><th>Basis</th></tr></thead><tbody>
${rows}
<tr class="total"><td>total</td><td class="num">${usd(cost.monthly)}</td><td></td><td></td></tr>
</tbody></table>
${lever}<p class="note">Prices: ${escapeHtml(cost.source)}.</p></section>`;
}

function list(id: string, heading: string, items: string[]): string {
  return items.length ? `<section id="${id}"><h2>${heading}</h2><ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul></section>` : '';
}

/**
 * The plan as one self-contained HTML page (no script, no external file), for a CI artifact or
 * a design review: a utilisation bar per constraint with the headroom limit marked and the
 * binding one in red, the explanation, the cost breakdown, warnings and assumptions.
 *
 * @example
 * ```ts
 * writeFileSync('plan.html', renderPlanHtml(planCapacity(input)));
 * ```
 */
export function renderPlanHtml(plan: CapacityPlan): string {
  const s = plan.storage;
  const facts: [string, string][] = [
    ['Brokers', String(plan.brokers)],
    ['Partitions', `${plan.partitions.count.toLocaleString('en-US')}${plan.partitions.suggested !== plan.partitions.count ? ` (${plan.partitions.suggested.toLocaleString('en-US')} would be a multiple of the brokers)` : ''}`],
    ['Local disks', `${formatBytes(s.totalLocal)} in total, ${formatBytes(s.perBroker)} per broker`],
    ['Write (stored)', `${formatRate(plan.input.writeAvg)} average, ${formatRate(plan.input.writePeak)} peak`],
    ['Quorum', `${plan.quorum.servers} ${plan.quorum.mode === 'kraft' ? 'KRaft controllers' : 'ZooKeeper servers'}`],
    ['Heap', plan.memory.jvmOptions],
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Capacity plan: ${escapeHtml(title(plan))}</title>
<style>
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 24px; color: rgb(17, 17, 17); background: rgb(255, 255, 255); }
h1 { font-size: 22px; margin: 0 0 16px; } h2 { font-size: 17px; margin: 24px 0 8px; }
.row { display: grid; grid-template-columns: 200px ${HTML_BAR.width}px 1fr; gap: 12px; align-items: center; margin: 6px 0; }
.track { position: relative; width: ${HTML_BAR.width}px; height: ${HTML_BAR.height}px; background: ${rgb(HTML_BAR.track)}; }
.fill { position: absolute; left: 0; top: 0; height: 100%; background: ${rgb(HTML_BAR.other)}; }
.binding .fill { background: ${rgb(HTML_BAR.binding)}; }
.binding .label { font-weight: 600; }
.limit { position: absolute; top: 0; width: 2px; height: 100%; margin-left: -1px; background: ${rgb(HTML_BAR.limit)}; }
.badge { font-size: 11px; padding: 1px 6px; border-radius: 8px; color: rgb(255, 255, 255); background: ${rgb(HTML_BAR.binding)}; }
.figures { color: rgb(68, 68, 68); }
table { border-collapse: collapse; } td, th { text-align: left; padding: 3px 10px 3px 0; vertical-align: top; }
td.num { text-align: right; white-space: nowrap; } tr.total td { font-weight: 600; border-top: 1px solid rgb(170, 170, 170); }
.share { height: 10px; min-width: 1px; background: rgb(120, 120, 120); width: 0; } td:nth-child(3) { width: 160px; }
.note { color: rgb(100, 100, 100); font-size: 12px; }
</style>
</head>
<body>
<h1>Capacity plan: ${escapeHtml(title(plan))}</h1>
<section id="constraints"><h2>Utilisation at the plan</h2>
<p class="note">Each bar is the demand on one broker's raw capacity at ${plan.brokers} brokers (survivors for failure headroom); the black mark is the headroom the plan allows.</p>
${constraintBars(plan)}
</section>
${list('why', 'Why', plan.explanation)}
${costSection(plan)}
<section id="facts"><h2>Figures</h2><table><tbody>${facts.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</tbody></table></section>
${list('warnings', 'Warnings', plan.warnings.map((w) => `${w.message} [${w.code}]`))}
${list('assumptions', 'Assumed (not given)', plan.assumptions)}
</body>
</html>
`;
}
