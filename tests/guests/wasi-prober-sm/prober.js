// Test guest: reports, as key=value lines in reset's observation, what a StarlingMonkey guest
// reaches. Action "fetch" builds an HTTP request, which must fail.
function report() {
  const start = performance.now();
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return [
    `wall-clock-ms=${Date.now()}`,
    `monotonic-elapsed=${performance.now() - start}`,
    `math-random=${Math.random()}`,
    `crypto-random=${[...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")}`,
  ].join("\n");
}

const obs = (text) => ({ longTermContext: text, shortTermContext: "", info: "{}" });

export const environment = {
  info() {
    return {
      name: "wasi-prober-sm",
      version: "0.1.0",
      tasks: ["probe"],
      actions: ["wait", "fetch"],
      defaultAction: "wait",
      maxSteps: 1,
      instructions: "Reports what it can reach.",
    };
  },
  taskInfo(task) {
    return environment.info();
  },
  reset(seed, options) {
    return obs(report());
  },
  step(action) {
    let text = "waited";
    if (action === "fetch") {
      const headers = new Headers();
      headers.set("x-probe", "1");
      text = `fetch: ${String(fetch("http://127.0.0.1:9/", { headers }))}`;
    }
    return { observation: obs(text), reward: 0, done: true, truncated: false, progression: 0, actionValid: true, events: [] };
  },
  draw() {
    return null;
  },
};
