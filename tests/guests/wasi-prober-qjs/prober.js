// Test guest: reports, as key=value lines in reset's observation, QuickJS's clock and randomness.
import { seedMathRandom } from "automem";

const obs = (text) => ({ longTermContext: text, shortTermContext: "", info: "{}" });

export const environment = {
  info() {
    return {
      name: "wasi-prober-qjs",
      version: "0.1.0",
      tasks: ["probe"],
      actions: ["wait"],
      defaultAction: "wait",
      maxSteps: 1,
      instructions: "Reports what it can reach.",
    };
  },
  taskInfo(task) {
    return environment.info();
  },
  reset(seed, options) {
    const start = performance.now();
    const lines = [`wall-clock-ms=${Date.now()}`, `monotonic-elapsed=${performance.now() - start}`];
    lines.push(`math-random=${Math.random()}`);
    seedMathRandom(seed);
    lines.push(`seeded-math-random=${Math.random()}`);
    return obs(lines.join("\n"));
  },
  step(action) {
    return { observation: obs(""), reward: 0, done: true, truncated: false, progression: 0, actionValid: true, events: [] };
  },
  draw() {
    return null;
  },
};
