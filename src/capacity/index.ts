/** The capacity planner: {@link planCapacity} and what it takes and returns. */
export { planCapacity } from './plan.js';
export type { CapacityPlan, StoragePlan, PartitionPlan, GrowthPlan, RunsOut, CapacityWarning } from './types.js';
export { CapacityInputError } from './input.js';
export type { CapacityInput, CapacityInputIssue, ResolvedCapacityInput, ResolvedBroker, ResolvedHeadroom, ResolvedFailures, ResolvedMetadata, ResolvedGrowth, ResolvedPartitionThroughput, Size, Rate, Duration } from './input.js';
export type { Constraint, ConstraintName, ConstraintUnit, StorageFigures } from './model.js';
export type { ThreadPlan, MemoryPlan, OsLimits, QuorumPlan } from './derived.js';
export { renderPlanText, renderPlanMarkdown } from './render.js';
export { renderPlanHtml } from './render-html.js';
export { parseBytes, parseByteRate, parseDuration, formatBytes, formatRate, formatDuration, UnitError } from './units.js';
