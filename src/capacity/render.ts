/**
 * A capacity plan as text for a terminal or as Markdown. Both print the same facts; sizes
 * are always decimal units (MB = 10^6 B) except JVM heap options, which are the JVM's own.
 */
import type { CapacityPlan } from './types.js';
import { capacityText, formatDemand } from './explain.js';
import { formatBytes, formatDuration, formatRate, formatUsd } from './units.js';

const pct = (x: number) => (Number.isFinite(x) ? `${Math.round(x * 100)}%` : '—');
const int = (n: number) => n.toLocaleString('en-US');

function constraintRows(plan: CapacityPlan): string[][] {
  return plan.constraints.map((c) => [
    c.name === plan.binding ? `${c.label} *` : c.label,
    formatDemand(c, c.demand),
    capacityText(c),
    String(c.brokersNeeded),
    pct(c.utilizationAtPlan),
  ]);
}

const CONSTRAINT_HEADER = ['Constraint', 'Demand', 'Per broker (usable)', 'Brokers', `Used at plan`];

const COST_HEADER = ['Cost item', 'USD a month', 'Basis'];
const CANDIDATE_HEADER = ['Candidate', 'Brokers', 'Decides', 'USD a month', 'Why'];
const usd = (n: number) => formatUsd(n, 'cents');

function costRows(plan: CapacityPlan): string[][] {
  const c = plan.cost!;
  return [...c.lines.map((l) => [l.item, usd(l.monthly), l.basis]), ['total', usd(c.monthly), c.followerFetchingSaves ? `follower fetching (KIP-392) would save ${usd(c.followerFetchingSaves)} a month` : '']];
}

function candidateRows(plan: CapacityPlan): string[][] {
  const label = (name: string | null) => (name === null ? '—' : (plan.constraints.find((c) => c.name === name)?.label ?? name));
  return plan.candidates!.map((c) => [c.chosen ? `${c.broker} *` : c.broker, c.brokers === null ? '—' : String(c.brokers), label(c.binding), c.monthlyCost === null ? '—' : usd(c.monthlyCost), c.why]);
}

const TOPIC_HEADER = ['Topic', 'Partitions', 'RF', 'Stored (all copies)', 'Network at peak', 'Notes'];

function topicRows(plan: CapacityPlan): string[][] {
  return (plan.topics ?? []).map((t) => {
    const notes: string[] = [];
    if (t.suggestedPartitions !== t.partitions) notes.push(`${int(t.suggestedPartitions)} would be a multiple of the brokers`);
    if (t.retentionBytes) notes.push(`retention.bytes: ${formatBytes(t.retentionBytes.perCopy)} per copy`);
    if (t.compaction) notes.push(`compacted: ${formatBytes(t.compaction.liveBytesPerCopy)} live per copy, cleaner ${formatRate(t.compaction.cleanerBytesPerSec)}`);
    return [t.name, `${int(t.partitions)} (${t.partitionBasis})`, String(t.replicationFactor), `${formatBytes(t.storedBytes)} (${pct(t.diskShare)})`, `${formatRate(t.networkBytesPerSec)} (${pct(t.networkShare)})`, notes.join('; ')];
  });
}

/** The plan's other figures as label/value pairs, shared by both renderers. */
function detailRows(plan: CapacityPlan): [string, string][] {
  const s = plan.storage;
  const p = plan.partitions;
  const t = plan.threads;
  const m = plan.memory;
  const o = plan.osLimits;
  const q = plan.quorum;
  const r = plan.input;
  const rows: [string, string][] = [
    ['Write (stored, after compression)', `${formatRate(r.writeAvg)} average, ${formatRate(r.writePeak)} peak`],
    ['Retained data', `${formatBytes(s.dataPerCopy)} per copy, ${formatBytes(s.retainedBytes)} in all copies`],
    ['Overhead', `${formatBytes(s.overheadPerCopy)} per copy (index ${formatBytes(s.indexPerCopy)}, segment slack ${formatBytes(s.segmentSlackPerCopy)}, allowance ${pct(r.storageOverhead)})`],
    ['Local disks', `${formatBytes(s.totalLocal)} in total, ${formatBytes(s.perBroker)} per broker (${pct(s.diskFillAtPlan)} full)`],
  ];
  if (plan.catchUp) {
    const c = plan.catchUp;
    rows.push(['Catch-up', `${c.groups} group${c.groups === 1 ? '' : 's'} reading ${formatBytes(c.backlogBytes)} of backlog within ${formatDuration(r.catchUp!.withinMs)}: ${formatRate(c.readBytesPerSec)} from disk on top of peak`]);
  }
  if (s.remote > 0) rows.push(['Remote storage', `${formatBytes(s.remote)} (one copy of the full retention)`]);
  rows.push(['Partitions', `${int(p.count)} (${p.basis})${p.suggested !== p.count ? `; ${int(p.suggested)} would be a multiple of the brokers` : ''}; ${int(p.replicasPerBroker)} replicas per broker`]);
  if (p.retentionBytes)
    rows.push(['retention.bytes', `${formatBytes(p.retentionBytes.perPartition)} per partition × ${int(p.count)} = ${formatBytes(p.retentionBytes.perCopy)} per copy (up to ${formatBytes(p.retentionBytes.worstCasePerCopy)}), ${formatBytes(p.retentionBytes.allCopies)} in all copies`]);
  rows.push(
    ['Recovery threads', `${t.recovery.perDataDir} per dir × ${t.recovery.logDirs} log.dirs = ${t.recovery.total}`],
    ['num.io.threads', String(t.io)],
    ['num.network.threads', `${t.network.perListener} per listener × ${t.network.listeners} = ${t.network.total}`],
    ['num.replica.fetchers', `${t.replicaFetchers.perSourceBroker} (${t.replicaFetchers.total} fetcher threads per broker)`],
    ['Heap', `${m.jvmOptions}`],
    ['Page cache', `${formatBytes(m.pageCacheBytes)} (${formatDuration(m.pageCacheSeconds * 1000)} of ${formatRate(m.writeBytesPerSecPerBroker)} written per broker)`],
    ['RAM per broker', `${formatBytes(m.recommendedBytes)} recommended (heap + page cache + ${formatBytes(m.osReserveBytes)} OS)${m.cacheWindowSeconds !== undefined ? `; the given RAM caches ${formatDuration(m.cacheWindowSeconds * 1000)} of writes` : ''}`],
    ['Open files', `at least ${int(o.openFiles)} (${int(o.segmentsPerBroker)} segments per broker)`],
    ['vm.max_map_count', `at least ${int(o.vmMaxMapCount)}`],
    ['Quorum', `${q.servers} ${q.mode === 'kraft' ? 'KRaft controllers' : 'ZooKeeper servers'}, tolerating ${q.toleratesFailures} failure${q.toleratesFailures === 1 ? '' : 's'} (${q.reason})${q.approxRequestsPerSec ? `; about ${int(q.approxRequestsPerSec)} requests/s` : ''}`],
    ...(q.controllerMemory ? [['Controller memory', `${formatBytes(q.controllerMemory.memoryBytes)} RAM, ${q.controllerMemory.jvmOptions}, for ${int(q.controllerMemory.partitions)} partitions`] as [string, string]] : []),
    ['Partition ceiling', `${int(q.partitionCeiling.partitions)} partitions per cluster (${q.partitionCeiling.source})`],
  );
  if (plan.growth) {
    const g = plan.growth;
    const label = (name: string) => plan.constraints.find((c) => c.name === name)!.label;
    const months = g.runsOut.filter((x) => x.month !== null).map((x) => `${label(x.name)} in month ${x.month}`);
    rows.push(['Growth', `${pct(g.monthlyRate)} a month: ${months.length ? `runs out: ${months.join(', ')}` : `nothing runs out within ${g.horizonMonths} months`}; ${g.brokersAtHorizon} brokers at month ${g.horizonMonths}`]);
  }
  return rows;
}

function title(plan: CapacityPlan): string {
  const binding = plan.constraints.find((c) => c.name === plan.binding)!;
  return `${plan.brokers} broker${plan.brokers === 1 ? '' : 's'} (${binding.label} decides)`;
}

function columns(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n');
}

/**
 * The plan as plain text for a terminal: a constraint table, the explanation, the other
 * figures, warnings and assumptions.
 *
 * @example
 * ```ts
 * console.log(renderPlanText(planCapacity(input)));
 * ```
 */
export function renderPlanText(plan: CapacityPlan): string {
  const out = [`Capacity plan: ${title(plan)}`, '', columns([CONSTRAINT_HEADER, ...constraintRows(plan)]), '(* decides)', ''];
  out.push(...plan.explanation.map((e) => `- ${e}`), '');
  if (plan.topics) out.push(columns([TOPIC_HEADER, ...topicRows(plan)]), '');
  if (plan.candidates) out.push(columns([CANDIDATE_HEADER, ...candidateRows(plan)]), '(* chosen)', '');
  if (plan.cost) out.push(columns([COST_HEADER, ...costRows(plan)]), `(prices: ${plan.cost.source})`, '');
  out.push(columns(detailRows(plan)), '');
  if (plan.warnings.length) out.push('Warnings:', ...plan.warnings.map((w) => `! ${w.message} [${w.code}]`), '');
  if (plan.assumptions.length) out.push('Assumed (not given):', ...plan.assumptions.map((a) => `  ${a}`), '');
  return out.join('\n');
}

function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function mdTable(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.map(mdCell).join(' | ')} |`).join('\n');
}

/**
 * The plan as Markdown, for a pull request or a design document.
 *
 * @example
 * ```ts
 * writeFileSync('plan.md', renderPlanMarkdown(planCapacity(input)));
 * ```
 */
export function renderPlanMarkdown(plan: CapacityPlan): string {
  const out = [`# Capacity plan: ${title(plan)}`, '', mdTable(CONSTRAINT_HEADER, constraintRows(plan)), '', '\\* decides.', ''];
  out.push('## Why', '', ...plan.explanation.map((e) => `- ${e}`), '');
  if (plan.topics) out.push('## Topics', '', mdTable(TOPIC_HEADER, topicRows(plan)), '');
  if (plan.candidates) out.push('## Candidates', '', mdTable(CANDIDATE_HEADER, candidateRows(plan)), '', '\\* chosen.', '');
  if (plan.cost) out.push('## Cost', '', mdTable(COST_HEADER, costRows(plan)), '', `Prices: ${plan.cost.source}.`, '');
  out.push('## Details', '', mdTable(['', 'Value'], detailRows(plan)), '');
  if (plan.warnings.length) out.push('## Warnings', '', ...plan.warnings.map((w) => `- **${w.code}**: ${w.message}`), '');
  if (plan.assumptions.length) out.push('## Assumed (not given)', '', ...plan.assumptions.map((a) => `- ${a}`), '');
  return out.join('\n');
}
