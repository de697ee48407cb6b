import { useEffect, useState } from 'react';
import { useSurfaceHost } from '../shared/shell/surface-host';
import type { ComponentChoices } from './component-choices';

/** The components of each project set up, read once the configuration says which projects those are. */
export const useComponentChoices = (projects: readonly string[]): ComponentChoices => {
  const host = useSurfaceHost();
  const [choices, setChoices] = useState<ComponentChoices>({ state: 'none' });
  // The projects come as a new array with each load; their keys are what matters.
  const keys = projects.join(',');
  useEffect(() => {
    if (projects.length === 0) return undefined;
    let current = true;
    Promise.all(projects.map(async (project) => ({ project, components: (await host.call('project/components', { projectKey: project })).components }))).then(
      (read) => {
        if (current) setChoices({ state: 'ready', projects: read });
      },
      () => {
        if (current) setChoices({ state: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [keys]);
  return choices;
};
