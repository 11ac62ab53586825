/** Where a running practice session is saved (workspace state), so a reload resumes it. */
export const PRACTICE_STATE_KEY = 'mlsd.practice.session';
