/**
 * wink-nlp and its English model in one module: the desktop bundles (the lazy
 * checker bundle and the CLI) require it as one shared `dist/nlp.js` instead of
 * carrying a copy each (the model is most of the checker's size); the web build
 * and the tests inline it.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export { winkNLP, model };
