/** Pieces every view shares: the matrix filter bar, stance badges, notices, print and frozen-view banners. */
@org.springframework.modulith.ApplicationModule
package org.redlines.ui;
