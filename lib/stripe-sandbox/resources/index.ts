import type { SandboxRoute } from "../router";
import { billingRoutes } from "./billing";
import { customerRoutes } from "./customers";
import { paymentRoutes } from "./payments";

/** Every endpoint the sandbox emulates. Each resource module owns its routes. */
export const sandboxRoutes: SandboxRoute[] = [...customerRoutes, ...paymentRoutes, ...billingRoutes];
