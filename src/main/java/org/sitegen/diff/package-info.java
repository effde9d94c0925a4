/** The release report: compares two built sites edition by edition, page by page, by what readers see. */
package org.sitegen.diff;
