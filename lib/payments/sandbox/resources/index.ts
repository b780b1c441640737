import type { SandboxRoute } from "../router";
import { customerRoutes } from "./customers";

/** Every endpoint the sandbox emulates. Each resource module owns its routes. */
export const sandboxRoutes: SandboxRoute[] = [...customerRoutes];
