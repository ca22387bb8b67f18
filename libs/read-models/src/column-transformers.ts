/** PostgreSQL returns bigint as a string; global positions stay far below 2^53. */
export const bigintAsNumber = { to: (value: number) => value, from: (value: string | null) => (value === null ? null : Number(value)) };
