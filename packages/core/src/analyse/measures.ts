/**
 * Units of measure and their size in one base unit per dimension, so "6,000 metres" and
 * "6 km", or "640 meters" and "2,100 feet", can be compared as the same quantity. Units are
 * the counted noun's lemma as extraction and the slots give it ("metre", "km", "foot").
 */
export type Dimension = 'length' | 'mass' | 'area' | 'volume' | 'power' | 'energy' | 'data' | 'speed';

const UNITS: Record<string, [Dimension, number]> = {
  meter: ['length', 1], metre: ['length', 1], m: ['length', 1],
  kilometer: ['length', 1000], kilometre: ['length', 1000], km: ['length', 1000],
  centimeter: ['length', 0.01], centimetre: ['length', 0.01], cm: ['length', 0.01],
  millimeter: ['length', 0.001], millimetre: ['length', 0.001], mm: ['length', 0.001],
  foot: ['length', 0.3048], feet: ['length', 0.3048], ft: ['length', 0.3048],
  inch: ['length', 0.0254], yard: ['length', 0.9144], mile: ['length', 1609.344],
  kilogram: ['mass', 1], kg: ['mass', 1], gram: ['mass', 0.001], g: ['mass', 0.001],
  tonne: ['mass', 1000], ton: ['mass', 1000], pound: ['mass', 0.45359], lb: ['mass', 0.45359],
  hectare: ['area', 10_000], acre: ['area', 4046.86],
  liter: ['volume', 1], litre: ['volume', 1], gallon: ['volume', 3.78541],
  // "9,412 MW of generation" / "9.4 gigawatts": a grid's power, and the energy it delivers.
  watt: ['power', 1], kilowatt: ['power', 1e3], kw: ['power', 1e3], megawatt: ['power', 1e6], mw: ['power', 1e6], gigawatt: ['power', 1e9], gw: ['power', 1e9],
  kwh: ['energy', 1e3], mwh: ['energy', 1e6], gwh: ['energy', 1e9], twh: ['energy', 1e12],
  // "150 mph (240 km/h)": a wind's or a train's speed, in metres a second.
  mph: ['speed', 0.44704], 'km/h': ['speed', 1 / 3.6], kph: ['speed', 1 / 3.6], kmh: ['speed', 1 / 3.6], knot: ['speed', 0.514444], kt: ['speed', 0.514444],
  // "300 GB of patient data" / "1.3 TB": what a breach took, in bytes.
  byte: ['data', 1], kilobyte: ['data', 1e3], kb: ['data', 1e3], megabyte: ['data', 1e6], mb: ['data', 1e6],
  gigabyte: ['data', 1e9], gb: ['data', 1e9], terabyte: ['data', 1e12], tb: ['data', 1e12], petabyte: ['data', 1e15], pb: ['data', 1e15],
};

export interface Measure {
  dimension: Dimension;
  /** The amount in the dimension's base unit (metres, kilograms, square metres, litres). */
  base: number;
}

/** The quantity a number and its unit measure, or undefined when the unit is no unit of measure. */
export function measureOf(amount: number, unit: string | undefined): Measure | undefined {
  const u = unit === undefined ? undefined : UNITS[unit.toLowerCase().replace(/s$/, '')] ?? UNITS[unit.toLowerCase()];
  return u ? { dimension: u[0], base: amount * u[1] } : undefined;
}

/** Do two units measure the same dimension ("metre" and "foot")? */
export function sameDimension(a: string | undefined, b: string | undefined): boolean {
  const x = measureOf(1, a);
  const y = measureOf(1, b);
  return x !== undefined && y !== undefined && x.dimension === y.dimension;
}

/**
 * Two measures of one quantity, one converted from the other: equal within the rounding a
 * conversion brings ("640 meters (about 2,100 feet)", "a column 6 km high" / "6,000 metres").
 */
export function sameMeasure(a: Measure, b: Measure, slack = 0.03): boolean {
  if (a.dimension !== b.dimension) return false;
  const big = Math.max(Math.abs(a.base), Math.abs(b.base));
  return big === 0 || Math.abs(a.base - b.base) <= slack * big;
}
