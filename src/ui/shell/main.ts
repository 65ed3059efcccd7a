/** The page's entry point (loaded by index.html): registers the elements; <tally-app> does the rest. */
import './tally-app.ts';
