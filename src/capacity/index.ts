/** The capacity planner: {@link planCapacity} and what it takes and returns. */
export { planCapacity } from './plan.js';
export type { CapacityPlan, StoragePlan, PartitionPlan, GrowthPlan, RunsOut, CapacityWarning, TopicPlan, CatchUpPlan, CostPlan, CostLine, CandidatePlan } from './types.js';
export { CapacityInputError } from './input.js';
export type { CapacityInput, CapacityInputIssue, WriteInput, RetentionInput, TopicInput, BrokerInput, PriceInput, ResolvedCapacityInput, ResolvedWorkload, ResolvedCompaction, ResolvedBroker, ResolvedHeadroom, ResolvedFailures, ResolvedMetadata, ResolvedGrowth, ResolvedPartitionThroughput, ResolvedRecovery, ResolvedCatchUp, ResolvedPrices, Size, Rate, Duration } from './input.js';
export type { Constraint, ConstraintName, ConstraintUnit, StorageFigures } from './model.js';
export type { ThreadPlan, MemoryPlan, OsLimits, QuorumPlan, ControllerMemory } from './derived.js';
export { BROKER_PROFILES } from './hardware.js';
export type { BrokerProfile, BlockStorage, LocalStorage } from './hardware.js';
export { renderPlanText, renderPlanMarkdown } from './render.js';
export { renderPlanHtml } from './render-html.js';
export { parseBytes, parseByteRate, parseDuration, formatBytes, formatRate, formatDuration, UnitError } from './units.js';
