import base from '../../web-test-runner.config.js';
import { fuzzSettings, robustnessGroups, robustnessPlugins } from './groups.js';

/**
 * The robustness suite on its own, with timeouts that grow with FUZZ_RUNS:
 *
 *   npx wtr --config test/robustness/wtr-robustness.config.js --group robustness        # fuzzing + <base href>
 *   npx wtr --config test/robustness/wtr-robustness.config.js --group robustness-heap   # lifecycle and heap
 *   FUZZ_RUNS=10000 FUZZ_SEED=7 npx wtr --config test/robustness/wtr-robustness.config.js --group robustness
 *
 * Without --group it runs everything, like `npm test`. Run it from the repository root.
 */
const names = new Set(robustnessGroups.map((group) => group.name));
const { runs } = fuzzSettings();
// About 25 ms a case on a 2-core machine; allow four times that, and never less than the defaults.
const perFile = Math.max(180_000, runs * 100 + 120_000);

export default {
  ...base,
  // The main config may already list them (once the lead adds them): keep one of each.
  plugins: [...(base.plugins ?? []).filter((plugin) => !robustnessPlugins.some((own) => own.name === plugin.name)), ...robustnessPlugins],
  groups: [...(base.groups ?? []).filter((group) => typeof group !== 'object' || !names.has(group.name)), ...robustnessGroups],
  testsFinishTimeout: Math.max(base.testsFinishTimeout ?? 0, perFile),
  testFramework: { ...base.testFramework, config: { ...base.testFramework?.config, timeout: Math.max(base.testFramework?.config?.timeout ?? 0, perFile) } },
};
