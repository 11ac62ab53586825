/**
 * Rule ids by what their findings are about, for `Rule.supersedes`: a step that is
 * missing or not started replaces every finding about what the step lacks or says.
 */

/** Rules that report what a step lacks (`gap: true`). */
export const GAP_RULES = ['MLSD004', 'MLSD005', 'MLSD006', 'MLSD008', 'MLSD009', 'MLSD010', 'MLSD011', 'MLSD012', 'MLSD014', 'MLSD016', 'MLSD017', 'MLSD018'];

/** Rules that judge what a written step says (depth, lists, metrics misuse) and its leftover placeholders. */
export const CONTENT_RULES = ['MLSD007', 'MLSD013', 'MLSD019', 'MLSD021', 'MLSD028'];

/** Everything a missing or not-started step makes moot. */
export const STEP_RULES = [...GAP_RULES, ...CONTENT_RULES];
