/** The handlers of one area of the contract: the methods whose names start with `<area>.`. */
import type { Handlers } from '../dispatch.js';

export type AreaHandlers<Area extends string> = Pick<Handlers, Extract<keyof Handlers, `${Area}.${string}`>>;
