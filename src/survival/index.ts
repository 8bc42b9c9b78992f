/** Survival stack, ACB v6 and the MC-Forewarner gate: posture control that degrades, never dies. */
export * from './pending-update.js';
