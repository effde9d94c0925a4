/** The audit trail of a build: {@code <output>/<edition>/release.json}, what each page was built from and showed. */
package org.sitegen.release;
