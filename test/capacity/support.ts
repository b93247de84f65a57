/** Helpers shared by the planner's tests. */
import { expect } from 'vitest';
import { planCapacity } from '../../src/capacity/plan.js';
import { CapacityInputError } from '../../src/capacity/input.js';
import type { CapacityInput } from '../../src/capacity/input.js';

/** The issues planCapacity throws for `input`; fails the test when it plans instead. */
export function issuesOf(input: unknown): { path: string; message: string }[] {
  try {
    planCapacity(input as CapacityInput);
  } catch (e) {
    expect(e).toBeInstanceOf(CapacityInputError);
    return [...(e as CapacityInputError).issues];
  }
  throw new Error('expected a CapacityInputError');
}
