import { mountSurface } from '../shared/mount-surface';
import { QueueBody } from './components/QueueBody';

mountSurface(QueueBody);
