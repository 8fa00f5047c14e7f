/**
 * @jest-environment node
 *
 * `crm plan` plans and writes through the Visit plan tab's job (`planningJob.plan`), re-plans
 * included, and its progress never steps back.
 */
import * as fs from "fs";
import { planningJob } from "../../src/app/planningJob";
import { Progress } from "../../src/cli/common";
import { crmJson, crmRunner, outputDir, SAMPLE_EN } from "./helpers";

const out = outputDir("crm-planjob-");
const crm = crmRunner();

afterEach(() => jest.restoreAllMocks());

describe("crm plan through planningJob.plan", () => {
  test("one call of the job; the sheets it planned are the ones written", async () => {
    const spy = jest.spyOn(planningJob, "plan");
    const json = await crmJson(
      crm,
      "plan",
      SAMPLE_EN,
      "--start",
      "2025-11-03",
      "--weeks",
      "1",
      "--capacity",
      "3",
      "-o",
      out("one.xlsx")
    );
    expect(spy).toHaveBeenCalledTimes(1);
    const [, choices] = spy.mock.calls[0];
    expect(choices.options).toMatchObject({ startDate: "2025-11-03", weeks: 1, capacity: 3 });
    expect(choices.options.replan).toBeUndefined();
    const planned = await spy.mock.results[0].value;
    expect(json.planSheet).toBe(planned.result.layout.planSheet);
    expect(json.repSheets).toEqual(planned.result.repSheets);
    expect(json.totals).toEqual(planned.result.plan.totals);
  }, 240_000); // a plan of the sample: seconds alone, a minute on a busy 2-core machine

  test("a re-plan passes --from and the --done log to the job; what it counted is reported", async () => {
    const log = out("done.csv");
    // Two visits of one customer of the sample and a name not in the list.
    fs.writeFileSync(
      log,
      'Rep,Customer,Date\nLi Na,"Petrol Station Shop (N 1st Ring Rd)",2025-11-03\n' +
        'Li Na,"Petrol Station Shop (N 1st Ring Rd)",2025-11-04\nLi Na,Nobody\'s shop,2025-11-04\n'
    );
    const spy = jest.spyOn(planningJob, "plan");
    const argv = ["plan", SAMPLE_EN, "--start", "2025-11-03", "--weeks", "1", "--capacity", "3"];
    const json = await crmJson(
      crm,
      ...argv,
      "--done",
      log,
      "--from",
      "2025-11-05",
      "-o",
      out("re.xlsx")
    );
    const replan = spy.mock.calls[0][1].options.replan;
    expect(replan?.from).toBe("2025-11-05");
    expect(replan?.log?.visits).toHaveLength(3);
    const done = (await spy.mock.results[0].value).result.done;
    expect(done.counted).toBe(2);
    expect(json.replan).toMatchObject({
      from: "2025-11-05",
      loggedVisits: 3,
      counted: done.counted,
      customers: done.done.size,
    });
    expect(json.replan.notCounted.map((n: { customer: string }) => n.customer)).toContain(
      "Nobody's shop"
    );
    // --from alone: the days before it closed, nothing counted as done.
    const alone = await crmJson(crm, ...argv, "--from", "2025-11-05", "-o", out("from.xlsx"));
    expect(spy.mock.calls[1][1].options.replan).toEqual({ from: "2025-11-05", log: undefined });
    expect(alone.replan).toMatchObject({ log: null, counted: 0, loggedVisits: 0 });
  }, 240_000);

  test("progress only goes forward, through the planner's steps, to the end", async () => {
    const seen: number[] = [];
    const update = Progress.prototype.update;
    jest.spyOn(Progress.prototype, "update").mockImplementation(function (this: Progress, f, s) {
      seen.push(f);
      return update.call(this, f, s);
    });
    const r = await crm("plan", SAMPLE_EN, "--weeks", "1", "-o", out("progress.xlsx"));
    expect(r.code).toBe(0);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
    // Reading ends at 35%, writing starts at 75%: the planner's own steps lie in between.
    expect(seen.some((f) => f > 0.35 && f < 0.75)).toBe(true);
    expect(seen[seen.length - 1]).toBe(1);
  }, 240_000);
});
