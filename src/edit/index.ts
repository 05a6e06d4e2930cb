export { applyEdits, type EditConflict, normalizeEdits, shiftedStarts } from "./apply.js";
export { renderScalar, uneditableReason } from "./render.js";
export type { Edit } from "./types.js";
