/**
 * The core: plans, points, parties and their positions over time. Its API is this package: the reading services
 * (matrix, point, history, audit log), the writing services (curation, import and export of the whole dataset),
 * the filter and its URL contract, the read records, the vocabulary (verdicts, trends) and the codes it answers
 * with ({@link org.redlines.positions.Notice}, {@link org.redlines.positions.Phrase}). Entities, the Envers
 * plumbing, the read models and the repositories are internal ({@code internal}). It never depends on Vaadin or on
 * the words of any language: docs/ARCHITECTURE.md.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Positions (the core)",
        allowedDependencies = {"access", "dataset", "routes"})
package org.redlines.positions;
