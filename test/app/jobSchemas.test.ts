/**
 * Every job of src/app is a value that carries its column-role schema (issue 12): the pane and
 * `crm` read a list with the same schema, and each role's header words are data in English and
 * Chinese (a new header word is one string there).
 */
import { churnJob } from "../../src/app/churnJob";
import { CHURN_ROLES } from "../../src/app/churnGuess";
import { historyJob } from "../../src/app/historyJob";
import { planningJob, PLAN_ROLES } from "../../src/app/planningJob";
import { tieringJob, TIERING_ROLES } from "../../src/app/tieringJob";
import { valueJob } from "../../src/app/valueJob";
import { VALUE_ROLES } from "../../src/app/valueGuess";
import { ORDER_TABLE_ROLES } from "../../src/core/list/columns";
import { assignRoles } from "../../src/core/roles";

const JOBS = [
  { job: tieringJob, schema: TIERING_ROLES },
  { job: planningJob, schema: PLAN_ROLES },
  { job: valueJob, schema: VALUE_ROLES },
  { job: churnJob, schema: CHURN_ROLES },
  { job: historyJob, schema: ORDER_TABLE_ROLES },
];

describe("each job carries its role schema", () => {
  test("the five jobs, each with the schema its module exports", () => {
    expect(JOBS.map(({ job }) => job.id).sort()).toEqual(
      ["churn", "history", "plan", "tier", "value"].sort()
    );
    for (const { job, schema } of JOBS) expect(job.schema).toBe(schema);
  });

  for (const { job } of JOBS) {
    test(`${job.id}: every role has header words in English and Chinese`, () => {
      const missing = job.schema.roles
        .filter((r) => r.words.en.length === 0 || r.words.zh.length === 0)
        .map((r) => r.key);
      expect(missing).toEqual([]);
    });

    test(`${job.id}: a shown role is found by its first English and Chinese word`, () => {
      for (const key of job.schema.shown) {
        const role = job.schema.roles.find((r) => r.key === key);
        if (!role) throw new Error(`${job.id}: shown role ${key} is not declared`);
        for (const words of [role.words.en, role.words.zh]) {
          // "=word" matches the whole header only; the header is the word itself either way.
          const header = words[0].replace(/^=/, "");
          const found = assignRoles(job.schema, [header], []).columns as Record<string, number>;
          expect(`${key} <- ${header}: ${found[key]}`).toBe(`${key} <- ${header}: 0`);
        }
      }
    });
  }
});
