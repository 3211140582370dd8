/**
 * Citable releases of the dataset: the files each release freezes (the dataset and a matrix CSV per plan) with their
 * SHA-256 checksums, the "cite as" texts, and the pages that list releases and show one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Releases")
package org.redlines.releases;
