/** Problems found in content, with file and line, collected per run and reported together. */
package org.sitegen.diagnostics;
