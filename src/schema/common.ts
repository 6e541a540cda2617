// Small rules the schemas share.
import { z } from 'astro/zod';

/** A string with something in it besides white space. */
export const nonEmptyString = z.string().trim().min(1, 'expected a non-empty string');
