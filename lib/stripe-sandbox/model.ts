/** The shape of model.generated.json, written by scripts/stripe-sandbox-model.ts. */

/** A parameter or field type. `ref` names an entry of `types`. */
export type ModelType =
  | { type: "string" | "number" | "boolean" | "object" | "unknown"; emptyable?: true; nullable?: true }
  | { enum: (string | boolean | number)[]; emptyable?: true; nullable?: true }
  | { ref: string; emptyable?: true; nullable?: true }
  | { array: ModelType; emptyable?: true; nullable?: true }
  | { map: ModelType; emptyable?: true; nullable?: true }
  | { anyOf: ModelType[]; emptyable?: true; nullable?: true };

export type ModelObject = {
  fields: Record<string, { type: ModelType; required?: true }>;
  /** Response objects: fields that may be expanded (`string | Stripe.X`). */
  expandable?: string[];
};

export type StripeSandboxModel = {
  stripeVersion: string;
  apiVersion: string;
  endpoints: Record<string, { params: string; returns: { object: string | string[] } | { list: string } }>;
  types: Record<string, ModelObject>;
};

