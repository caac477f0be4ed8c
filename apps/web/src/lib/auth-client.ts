"use client";
/** Better Auth's browser client: sign-up, sign-in, sign-out and password change POST to /api/auth. */
import { createAuthClient } from "better-auth/react";

export const authClient = createAuthClient();
