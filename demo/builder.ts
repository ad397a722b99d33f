// The chart builder in development (npm start): its script and stylesheet from src/, through Vite.
// dist/builder/index.html links the built builder.css and builder.js instead.
import '../src/builder/builder.css';
import '../src/builder/main.ts';
