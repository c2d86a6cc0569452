/** Types for eslint-walls.js, which the ESLint config loads as plain JavaScript. */
import type { Linter } from "eslint";

export declare const importWalls: Linter.Config[];
