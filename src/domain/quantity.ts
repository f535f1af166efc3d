import { z } from 'zod';

// An amount with the unit the report uses; stored on a node as <name>Value / <name>Unit / <name>Text.

export const quantitySchema = z.strictObject({
  value: z.number(),
  unit: z.string().min(1),
  text: z.string().min(1),
});
export type QuantityInput = z.infer<typeof quantitySchema>;

/** True for a property declared as a quantity (optional or not). */
export function isQuantitySchema(schema: z.ZodType): boolean {
  return schema === quantitySchema || (schema instanceof z.ZodOptional && schema.unwrap() === quantitySchema);
}

/** The stored properties of a quantity: three nulls when absent, so a re-seed clears an old value. */
export function quantityProps(name: string, q: QuantityInput | undefined): Record<string, string | number | null> {
  return q
    ? { [`${name}Value`]: q.value, [`${name}Unit`]: q.unit, [`${name}Text`]: q.text }
    : { [`${name}Value`]: null, [`${name}Unit`]: null, [`${name}Text`]: null };
}
