/** The adapter to JBake: every contact with its classes and its static state stays in this package. */
package org.sitegen.jbake;
