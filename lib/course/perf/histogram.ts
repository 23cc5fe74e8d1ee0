/** Sub-buckets per power of two: a bucket is at most about 3 % wide. */
const SUB_BUCKETS = 64;
const SUB_BITS = 6;
/** Powers of two covered, from 1 µs: up to 2^37 µs, about 38 hours. */
const MAGNITUDES = 38;

/**
 * Latencies in microseconds, counted in fixed log-linear buckets (as HdrHistogram does): recording
 * one is a few arithmetic operations and never allocates, however many requests a run makes.
 */
export class Histogram {
  readonly #counts = new Float64Array(MAGNITUDES * SUB_BUCKETS);
  #total = 0;
  #sum = 0;
  #max = 0;

  get count(): number {
    return this.#total;
  }

  get max(): number {
    return this.#max;
  }

  get mean(): number {
    return this.#total === 0 ? 0 : this.#sum / this.#total;
  }

  /** Records one latency, in microseconds. */
  record(micros: number): void {
    const value = micros < 1 ? 1 : micros;
    this.#counts[bucketOf(value)]++;
    this.#total++;
    this.#sum += value;
    if (value > this.#max) this.#max = value;
  }

  /** Adds another histogram's counts to this one. */
  merge(other: Histogram): void {
    for (let i = 0; i < this.#counts.length; i++) this.#counts[i] += other.#counts[i];
    this.#total += other.#total;
    this.#sum += other.#sum;
    this.#max = Math.max(this.#max, other.#max);
  }

  /** The latency below which `percent` % of the recorded ones fall (the bucket's upper edge). */
  percentile(percent: number): number {
    if (this.#total === 0) return 0;
    const wanted = Math.max(1, Math.ceil((percent / 100) * this.#total));
    let seen = 0;
    for (let i = 0; i < this.#counts.length; i++) {
      seen += this.#counts[i];
      if (seen >= wanted) return Math.min(upperEdge(i), this.#max);
    }
    return this.#max;
  }

  /**
   * The counts grouped into `rows` ranges of equal width on a log scale, from the smallest to the
   * largest latency recorded: what a terminal can draw.
   */
  rows(rows: number): { upTo: number; count: number }[] {
    if (this.#total === 0) return [];
    const first = this.#counts.findIndex((count) => count > 0);
    let last = this.#counts.length - 1;
    while (this.#counts[last] === 0) last--;
    const low = Math.log(lowerEdge(first));
    const high = Math.log(upperEdge(last));
    const step = (high - low) / rows || 1;
    const out = Array.from(
      { length: rows },
      (_, i) => ({ upTo: Math.exp(low + step * (i + 1)), count: 0 }),
    );
    for (let i = first; i <= last; i++) {
      if (this.#counts[i] === 0) continue;
      const row = Math.min(rows - 1, Math.floor((Math.log(upperEdge(i)) - low) / step - 1e-9));
      out[Math.max(0, row)].count += this.#counts[i];
    }
    return out;
  }
}

function bucketOf(value: number): number {
  const whole = Math.floor(value);
  if (whole < SUB_BUCKETS) return whole;
  const magnitude = Math.floor(Math.log2(whole)) - SUB_BITS + 1;
  const sub = whole >> magnitude;
  return Math.min(magnitude * SUB_BUCKETS + sub, MAGNITUDES * SUB_BUCKETS - 1);
}

function lowerEdge(bucket: number): number {
  if (bucket < SUB_BUCKETS) return Math.max(bucket, 1);
  const magnitude = Math.floor(bucket / SUB_BUCKETS);
  return (bucket % SUB_BUCKETS) * 2 ** magnitude;
}

function upperEdge(bucket: number): number {
  if (bucket < SUB_BUCKETS) return bucket + 1;
  const magnitude = Math.floor(bucket / SUB_BUCKETS);
  return ((bucket % SUB_BUCKETS) + 1) * 2 ** magnitude;
}
