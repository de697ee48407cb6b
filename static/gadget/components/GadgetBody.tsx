import type { FullContext } from '@forge/bridge';
import { readGadgetConfig } from '../gadget-config';
import { isEditMode, storedGadgetConfig } from '../gadget-context';
import { GadgetEditForm } from './GadgetEditForm';
import { GadgetView } from './GadgetView';

/** One resource serves both of the gadget's entry points: view and edit. */
export const GadgetBody = ({ context }: { context: FullContext }) => {
  const config = readGadgetConfig(storedGadgetConfig(context));
  return isEditMode(context) ? <GadgetEditForm saved={config} /> : <GadgetView config={config} />;
};
