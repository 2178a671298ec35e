// The widget from its sources, as the npm build ships it.
import '../../src/define.js';
