import { mountSurface } from '../shared/mount-surface';
import { GadgetBody } from './components/GadgetBody';

mountSurface(GadgetBody);
