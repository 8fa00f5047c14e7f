/**
 * A realistic sample customer list for the browser preview, generated deterministically (seeded
 * PRNG): 600 outlets of a Chinese FMCG distributor around Chengdu, Chinese headers, a long tail
 * of monthly sales, and a few data problems the checks should report (blank and text sales, a
 * duplicate name, a customer without a rep, one without a region).
 */
import type { CellInput } from "../host/types";
export { mulberry32 } from "../core/random";
import { mulberry32 } from "../core/random";
import { MS_PER_DAY } from "../core/excel/dates";

export const SAMPLE_HEADER = [
  "客户名称",
  "渠道",
  "区域",
  "业务员",
  "月销售额",
  "毛利",
  "纬度",
  "经度",
  "最近下单日期",
];

const CHANNELS: Array<[string, number, number]> = [
  // channel, weight, sales scale
  ["KA卖场", 0.06, 60000],
  ["超市", 0.22, 15000],
  ["批发", 0.12, 25000],
  ["便利店", 0.38, 4000],
  ["特殊渠道", 0.22, 6000],
];
const REGIONS: Array<[string, number, number]> = [
  ["锦江区", 30.657, 104.083],
  ["青羊区", 30.674, 104.062],
  ["金牛区", 30.692, 104.052],
  ["武侯区", 30.642, 104.043],
  ["成华区", 30.66, 104.102],
  ["高新区", 30.6, 104.065],
];
const REPS = ["王伟", "李娜", "张强", "刘洋", "陈静", "杨磊", "赵敏", "黄勇"];
const NAME_A = [
  "红旗",
  "舞东风",
  "互惠",
  "百佳",
  "家乐",
  "天府",
  "蜀都",
  "锦城",
  "芙蓉",
  "金沙",
  "宽窄",
  "春熙",
  "双流",
  "望江",
  "青城",
  "熊猫",
];
const NAME_B = ["超市", "便利店", "商行", "批发部", "食品店", "百货", "副食店", "连锁店"];

/**
 * The sample list as sheet cells: header row then `n` customers.
 * @param n Number of customers (default 600).
 * @param seed PRNG seed (default 20240601).
 */
export function sampleCustomerCells(n = 600, seed = 20240601): CellInput[][] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const rows: CellInput[][] = [SAMPLE_HEADER.slice()];
  const used = new Set<string>();
  const asOf = Date.UTC(2024, 5, 1);
  for (let i = 0; i < n; i++) {
    let x = rnd();
    let ch = CHANNELS[0];
    for (const c of CHANNELS) {
      if (x < c[1]) {
        ch = c;
        break;
      }
      x -= c[1];
    }
    const region = pick(REGIONS);
    let name = "";
    for (let k = 0; k < 50 && (name === "" || used.has(name)); k++)
      name = `${pick(NAME_A)}${pick(NAME_B)}${k > 3 ? `${k}号店` : ""}`;
    if (used.has(name)) name = `${name}${i}`;
    used.add(name);
    // Log-normal sales around the channel's scale: a long tail, as real lists have.
    const sales = Math.round(ch[2] * Math.exp(0.9 * normal()));
    const margin = Math.round(sales * (0.08 + 0.12 * rnd()));
    const lat = Math.round((region[1] + 0.02 * normal()) * 1e5) / 1e5;
    const lng = Math.round((region[2] + 0.02 * normal()) * 1e5) / 1e5;
    const last = new Date(asOf - Math.floor(rnd() * rnd() * 120) * MS_PER_DAY);
    rows.push([name, ch[0], region[0], pick(REPS), sales, margin, lat, lng, last]);
  }
  // Data problems the checks report (row i + 1 in the sheet is customer i).
  if (n >= 60) {
    rows[12][4] = null; // blank sales
    rows[27][4] = "待核实"; // text sales
    rows[41][0] = rows[5][0]; // duplicate customer name
    rows[33][3] = null; // no rep
    rows[58][2] = null; // no region
  }
  return rows;
}
