/** Stage 6, audit: the written editions read back and checked for regulatory mistakes before publishing. */
package org.sitegen.audit;
