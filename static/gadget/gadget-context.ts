import type { FullContext } from '@forge/bridge';

/** Forge opens the gadget's one resource in edit mode with this entry point. */
export const isEditMode = (context: FullContext): boolean => {
  const entryPoint: unknown = context.extension.entryPoint;
  return entryPoint === 'edit';
};

export const storedGadgetConfig = (context: FullContext): unknown => {
  const stored: unknown = context.extension.gadgetConfiguration;
  return stored;
};
