/**
 * The sandbox's browser-safe entry: the documented test cards and the contract between the sandbox
 * card form and the sandbox's browser endpoints. Nothing here touches the server.
 */
export * from "./cards";
export * from "./browser-api";
