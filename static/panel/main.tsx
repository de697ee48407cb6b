import { mountSurface } from '../shared/mount-surface';
import { PanelBody } from './components/PanelBody';

mountSurface(PanelBody);
