/**
 * distanceMatrix's result object: the row-major Int32Array (Float32Array for jaro, jaroWinkler) with its shape, printing and
 * serialising as rows of numbers rather than as a typed array's indexed fields.
 */
import type { DistanceMatrix, FloatDistanceMatrix } from './batch-types';
import { inspectAs, inspectCustom, type Inspect, type InspectOptions } from './inspect-custom';

export class DistanceMatrixResult implements Omit<DistanceMatrix | FloatDistanceMatrix, 'data'> {
  constructor(
    readonly rows: number,
    readonly cols: number,
    readonly data: Int32Array | Float32Array,
  ) {}

  toJSON(): { rows: number; cols: number; data: number[] } {
    return { rows: this.rows, cols: this.cols, data: Array.from(this.data) };
  }

  /** console.log shows the matrix as one array per row. */
  [inspectCustom](depth: number, options?: InspectOptions, inspect?: Inspect): unknown {
    const rows: number[][] = [];
    for (let row = 0; row < this.rows; row++) rows.push(Array.from(this.data.subarray(row * this.cols, (row + 1) * this.cols)));
    return inspectAs('DistanceMatrix', { rows: this.rows, cols: this.cols, data: rows }, depth, options, inspect);
  }
}
