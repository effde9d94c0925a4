/** Raw HTML and URL rules: an allowlist on jsoup's {@code Safelist} that reports everything it would change. */
package org.sitegen.sanitize;
