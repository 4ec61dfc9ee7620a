// A change of 1.00 to any amount of 临汾 2020 is caught: share 2 (see linfen-2020.ts).
import { describeAmountChanges } from './linfen-2020.ts';

describeAmountChanges(2);
