/**
 * The {@code redlines-dataset/1} format (docs/FORMAT.md): the {@link org.redlines.dataset.Dataset} value, the
 * stance scale, the rules and limits every entry obeys (whether it comes from a file or a form), and the reader
 * and writer. Plain Java at the bottom of the app: it depends on no other module, and says what is wrong as
 * codes that the edges put into words.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.redlines.dataset;
