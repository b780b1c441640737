import type { SandboxRoute } from "../router";
import { customerRoutes } from "./customers";
import { paymentRoutes } from "./payments";

/** Every endpoint the sandbox emulates. Each resource module owns its routes. */
export const sandboxRoutes: SandboxRoute[] = [...customerRoutes, ...paymentRoutes];
