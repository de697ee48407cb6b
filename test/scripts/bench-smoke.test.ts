import { runBench } from '../../scripts/bench-run';

/**
 * `npm run bench` is not part of `npm test`, but its code is: the same run on small sizes, so a
 * change that breaks a measurement fails here rather than on the day someone benches. Whether a
 * figure meets its budget is the bench's question, not this test's: small sizes and a busy
 * machine say nothing about that.
 */
jest.setTimeout(10 * 60_000);

const silenced = <T>(run: () => Promise<T>): Promise<T> => {
  const spies = [jest.spyOn(console, 'log').mockImplementation(() => undefined), jest.spyOn(console, 'info').mockImplementation(() => undefined)];
  return run().finally(() => {
    for (const spy of spies) spy.mockRestore();
  });
};

const verdict = (value: number, operator: string | undefined, limit: number): boolean =>
  operator === '<' ? value < limit : operator === '>=' ? value >= limit : value <= limit;

it('measures every budgeted figure on small sizes, each beside its budget and a verdict that follows from them', async () => {
  const report = await silenced(() => runBench('smoke'));

  expect(report.scale).toBe('smoke');
  expect(report.baselineMs).toBeGreaterThan(0);
  expect(Object.keys(report.figures).sort()).toEqual(
    expect.arrayContaining([
      'routeJiraCallsFirstContact',
      'routeJiraCallsSteadyState',
      'routeAppCpuP95Ms',
      'backendBundleKb',
      'dashboardResolverP50Ms',
      'dashboardResolverP95Ms',
      'panelJsGzipKb',
      'gadgetJsGzipKb',
      'panelFirstRenderP50Ms',
      'sqlBytesPerComplaint',
      'steadyStateGibAt1MPerYear',
      'triageTop1Accuracy',
      'triageTop2Accuracy',
      'triageCategoryTop1Accuracy',
      'triageShareAboveThreshold',
      'triageAccuracyAboveThreshold',
      'triageLearnUsPerComplaint',
      'triageSuggestUsPerComplaint',
      'triageExampleBytes',
    ]),
  );
  for (const [name, figure] of Object.entries(report.figures)) {
    expect({ name, finite: Number.isFinite(figure.value), negative: figure.value < 0 }).toEqual({ name, finite: true, negative: false });
    const [, operator, limit] = /^(<=|<|>=) (\d+(?:\.\d+)?)$/.exec(figure.budget) ?? [];
    expect({ name, operator }).toEqual({ name, operator: expect.stringMatching(/^(<=?|>=)$/) as unknown });
    expect({ name, pass: figure.pass }).toEqual({ name, pass: verdict(figure.value, operator, Number(limit)) });
  }
  // The smoke's sweep found its 1% due and sent each reminder once, under the emulated quota too.
  expect(report.details.sweep.sizes.map((s) => s.due)).toEqual([0, 2]);
  expect(report.details.sweep.drain).toMatchObject({ lost: 0, duplicates: 0, sent: report.details.sweep.drain.due });
  expect(report.allPass).toBe(Object.values(report.figures).every((f) => f.pass));
  // The dashboard answered over the smoke's complaints, asking Jira only whether the viewer may browse.
  expect(report.details.dashboard.complaints).toBe(report.complaints);
  expect(report.details.dashboard.jiraCallsPerView).toBe(1);
  // The triage model learned from the earlier complaints and was asked about every later one.
  expect(report.details.triage.learned).toBeGreaterThan(report.details.triage.tested);
  expect(report.details.triage.calibration.reduce((sum, bin) => sum + bin.complaints, 0)).toBe(report.details.triage.tested);
});
