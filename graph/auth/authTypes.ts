/** What GET /api/auth/me, POST /api/auth/login and /logout answer; browser code imports these types only. */
import { z } from 'zod';

export const SignedInEditor = z.object({ name: z.string() });
export type SignedInEditor = z.infer<typeof SignedInEditor>;

export const AuthState = z.object({
  /** The signed-in editor, or null. */
  editor: SignedInEditor.nullable(),
  /** Whether this server allows editing at all (EDITING=on). */
  editing: z.boolean(),
});
export type AuthState = z.infer<typeof AuthState>;
